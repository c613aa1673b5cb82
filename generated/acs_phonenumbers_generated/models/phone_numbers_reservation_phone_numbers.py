from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.available_phone_number import AvailablePhoneNumber

    _Base = dict[str, None | AvailablePhoneNumber]
else:
    _Base = dict

T = TypeVar("T", bound="PhoneNumbersReservationPhoneNumbers")


class PhoneNumbersReservationPhoneNumbers(_Base):
    """The held numbers by digits-only id; in a patch, null drops a number.

    A map (a dict) from key to value; ``to_dict``/``from_dict`` convert it to and from JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {k0: (None if v0 is None else v0.to_dict()) for k0, v0 in self.items()}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls({k0: (None if v0 is None else AvailablePhoneNumber.from_dict(v0)) for k0, v0 in src_dict.items()})


from ..models.available_phone_number import AvailablePhoneNumber  # noqa: E402
