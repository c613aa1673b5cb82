"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562 ``__getattr__``): building every attrs
class up front made ``import`` of any one model or operation pay for all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .communication_error import CommunicationError
    from .communication_error_response import CommunicationErrorResponse
    from .sip_configuration import SipConfiguration
    from .sip_configuration_trunks import SipConfigurationTrunks
    from .sip_configuration_update import SipConfigurationUpdate
    from .sip_configuration_update_trunks import SipConfigurationUpdateTrunks
    from .trunk import Trunk
    from .trunk_route import TrunkRoute
    from .trunk_update import TrunkUpdate

_MODULE_OF = {
    "CommunicationError": ".communication_error",
    "CommunicationErrorResponse": ".communication_error_response",
    "SipConfiguration": ".sip_configuration",
    "SipConfigurationTrunks": ".sip_configuration_trunks",
    "SipConfigurationUpdate": ".sip_configuration_update",
    "SipConfigurationUpdateTrunks": ".sip_configuration_update_trunks",
    "Trunk": ".trunk",
    "TrunkRoute": ".trunk_route",
    "TrunkUpdate": ".trunk_update",
}

__all__ = (
    "CommunicationError",
    "CommunicationErrorResponse",
    "SipConfiguration",
    "SipConfigurationTrunks",
    "SipConfigurationUpdate",
    "SipConfigurationUpdateTrunks",
    "Trunk",
    "TrunkRoute",
    "TrunkUpdate",
)


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
