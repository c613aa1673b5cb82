from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.trunk_update import TrunkUpdate

    _Base = dict[str, None | TrunkUpdate]
else:
    _Base = dict

T = TypeVar("T", bound="SipConfigurationUpdateTrunks")


class SipConfigurationUpdateTrunks(_Base):
    """Trunks to add or replace (an object) or remove (null), by FQDN.

    A map (a dict) from key to value; ``to_dict``/``from_dict`` convert it to and from JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {k0: (None if v0 is None else v0.to_dict()) for k0, v0 in self.items()}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls({k0: (None if v0 is None else TrunkUpdate.from_dict(v0)) for k0, v0 in src_dict.items()})


from ..models.trunk_update import TrunkUpdate  # noqa: E402
