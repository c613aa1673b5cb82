from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.us_program_brief import USProgramBrief


T = TypeVar("T", bound="USProgramBriefs")


@_attrs_define
class USProgramBriefs:
    program_briefs: list[USProgramBrief] | Unset = UNSET
    next_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_briefs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.program_briefs, Unset):
            program_briefs = []
            for program_briefs_item_data in self.program_briefs:
                program_briefs_item = program_briefs_item_data.to_dict()
                program_briefs.append(program_briefs_item)

        next_link: None | str | Unset
        if isinstance(self.next_link, Unset):
            next_link = UNSET
        else:
            next_link = self.next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_briefs is not UNSET:
            field_dict["programBriefs"] = program_briefs
        if next_link is not UNSET:
            field_dict["nextLink"] = next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _program_briefs = d.pop("programBriefs", UNSET)
        program_briefs: list[USProgramBrief] | Unset = UNSET
        if _program_briefs is not UNSET:
            program_briefs = []
            for program_briefs_item_data in _program_briefs:
                program_briefs_item = USProgramBrief.from_dict(program_briefs_item_data)

                program_briefs.append(program_briefs_item)

        def _parse_next_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_link = _parse_next_link(d.pop("nextLink", UNSET))

        us_program_briefs = cls(
            program_briefs=program_briefs,
            next_link=next_link,
        )

        us_program_briefs.additional_properties = d
        return us_program_briefs

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


from ..models.us_program_brief import USProgramBrief  # noqa: E402
