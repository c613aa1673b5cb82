from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_explicit_null

if TYPE_CHECKING:
    from ..models.phone_number_area_code import PhoneNumberAreaCode

T = TypeVar("T", bound="PhoneNumberAreaCodes")


@_attrs_define
class PhoneNumberAreaCodes:
    """One page of area codes."""

    area_codes: list[PhoneNumberAreaCode]
    """ The area codes on this page. """

    next_link: str | None = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The URL of the next page; absent or null on the last page. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: frozenset[str] = _attrs_field(init=False, default=frozenset(), eq=False, repr=False)
    """The nullable fields set to None on purpose: ``to_dict`` sends them as null (others set to None are left out)."""

    def __attrs_post_init__(self) -> None:
        # A nullable field the caller did not give still holds UNSET here: it reads as None and is left out.
        nulls: list[str] = []
        if self.next_link is None:
            nulls.append("next_link")
        elif isinstance(self.next_link, Unset):
            object.__setattr__(self, "next_link", None)
        if nulls:
            object.__setattr__(self, "_explicit_nulls", frozenset(nulls))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "areaCodes": [i0.to_dict() for i0 in self.area_codes],
        }
        if self.next_link is not None:
            field_dict["nextLink"] = self.next_link
        elif "next_link" in self._explicit_nulls:
            field_dict["nextLink"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _area_codes = d["areaCodes"]
        area_codes = [PhoneNumberAreaCode.from_dict(i0) for i0 in _area_codes]
        next_link: Any = d.get("nextLink", UNSET)  # UNSET when absent: see __attrs_post_init__
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_area_codes = cls(
            area_codes,
            next_link,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            phone_number_area_codes.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return phone_number_area_codes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_JSON_NAMES: frozenset[str] = frozenset({"areaCodes", "nextLink"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_area_code import PhoneNumberAreaCode  # noqa: E402
