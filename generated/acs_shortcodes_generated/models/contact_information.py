from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactInformation")


@_attrs_define
class ContactInformation:
    """The person to contact about the program."""

    name: str | None = None
    """ The contact's name. """

    phone: str | None = None
    """ The contact's phone number. """

    email: str | None = None
    """ The contact's email address. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.phone is not None:
            field_dict["phone"] = self.phone
        if self.email is not None:
            field_dict["email"] = self.email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name")
        phone = d.get("phone")
        email = d.get("email")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        contact_information = cls(
            name,
            phone,
            email,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            contact_information.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return contact_information

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


_JSON_NAMES: frozenset[str] = frozenset({"name", "phone", "email"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
