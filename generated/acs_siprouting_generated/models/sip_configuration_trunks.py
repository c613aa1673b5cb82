from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.trunk import Trunk

    _Base = dict[str, Trunk]
else:
    _Base = dict

T = TypeVar("T", bound="SipConfigurationTrunks")


class SipConfigurationTrunks(_Base):
    """The trunks by FQDN (1 to 249 characters).

    A map (a dict) from key to value; ``to_dict``/``from_dict`` convert it to and from JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {k0: v0.to_dict() for k0, v0 in self.items()}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls({k0: Trunk.from_dict(v0) for k0, v0 in src_dict.items()})


from ..models.trunk import Trunk  # noqa: E402
