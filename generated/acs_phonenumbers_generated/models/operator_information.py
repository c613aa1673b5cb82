from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator_number_type import OperatorNumberType, as_operator_number_type
from ..types import UNSET, Unset, note_explicit_null

if TYPE_CHECKING:
    from ..models.operator_details import OperatorDetails

T = TypeVar("T", bound="OperatorInformation")


@_attrs_define
class OperatorInformation:
    """What an operator lookup tells about one phone number."""

    phone_number: str
    """ The number looked up, in E.164 format. """

    national_format: str | None = None
    """ The number as dialled inside its country. """

    international_format: str | None = None
    """ The number as dialled from abroad. """

    iso_country_code: str | None = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The number's country (ISO 3166 alpha-2); null when unknown. """

    number_type: None | OperatorNumberType = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The kind of number; null unless additional operator details were asked for. """

    operator_details: None | OperatorDetails = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The operator serving the number; null unless additional operator details were asked for. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: frozenset[str] = _attrs_field(init=False, default=frozenset(), eq=False, repr=False)
    """The nullable fields set to None on purpose: ``to_dict`` sends them as null (others set to None are left out)."""

    def __attrs_post_init__(self) -> None:
        # A nullable field the caller did not give still holds UNSET here: it reads as None and is left out.
        nulls: list[str] = []
        if self.iso_country_code is None:
            nulls.append("iso_country_code")
        elif isinstance(self.iso_country_code, Unset):
            object.__setattr__(self, "iso_country_code", None)
        if self.number_type is None:
            nulls.append("number_type")
        elif isinstance(self.number_type, Unset):
            object.__setattr__(self, "number_type", None)
        if self.operator_details is None:
            nulls.append("operator_details")
        elif isinstance(self.operator_details, Unset):
            object.__setattr__(self, "operator_details", None)
        if nulls:
            object.__setattr__(self, "_explicit_nulls", frozenset(nulls))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phoneNumber": self.phone_number,
        }
        if self.national_format is not None:
            field_dict["nationalFormat"] = self.national_format
        if self.international_format is not None:
            field_dict["internationalFormat"] = self.international_format
        if self.iso_country_code is not None:
            field_dict["isoCountryCode"] = self.iso_country_code
        elif "iso_country_code" in self._explicit_nulls:
            field_dict["isoCountryCode"] = None
        if self.number_type is not None:
            field_dict["numberType"] = getattr(self.number_type, "_value_", self.number_type)
        elif "number_type" in self._explicit_nulls:
            field_dict["numberType"] = None
        if self.operator_details is not None:
            field_dict["operatorDetails"] = self.operator_details.to_dict()
        elif "operator_details" in self._explicit_nulls:
            field_dict["operatorDetails"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        phone_number = d["phoneNumber"]
        national_format = d.get("nationalFormat")
        international_format = d.get("internationalFormat")
        iso_country_code: Any = d.get("isoCountryCode", UNSET)  # UNSET when absent: see __attrs_post_init__
        _number_type = d.get("numberType", UNSET)
        number_type: Any = (
            _number_type
            if _number_type is None or isinstance(_number_type, Unset)
            else as_operator_number_type(_number_type)
        )
        _operator_details = d.get("operatorDetails", UNSET)
        operator_details: Any = (
            _operator_details
            if _operator_details is None or isinstance(_operator_details, Unset)
            else OperatorDetails.from_dict(_operator_details)
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        operator_information = cls(
            phone_number,
            national_format,
            international_format,
            iso_country_code,
            number_type,
            operator_details,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            operator_information.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return operator_information

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


_JSON_NAMES: frozenset[str] = frozenset(
    {"phoneNumber", "nationalFormat", "internationalFormat", "isoCountryCode", "numberType", "operatorDetails"}
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.operator_details import OperatorDetails  # noqa: E402
