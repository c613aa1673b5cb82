from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_brief_status import ProgramBriefStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_information import CompanyInformation
    from ..models.message_details import MessageDetails
    from ..models.program_details import ProgramDetails
    from ..models.review_note import ReviewNote
    from ..models.short_code_cost import ShortCodeCost
    from ..models.traffic_details import TrafficDetails


T = TypeVar("T", bound="USProgramBrief")


@_attrs_define
class USProgramBrief:
    id: UUID
    status: ProgramBriefStatus | Unset = UNSET
    number: str | Unset = UNSET
    review_notes: list[ReviewNote] | Unset = UNSET
    costs: list[ShortCodeCost] | Unset = UNSET
    submission_date: datetime.datetime | Unset = UNSET
    status_updated_date: datetime.datetime | Unset = UNSET
    program_details: ProgramDetails | Unset = UNSET
    company_information: CompanyInformation | Unset = UNSET
    message_details: MessageDetails | Unset = UNSET
    traffic_details: TrafficDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        number = self.number

        review_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_notes, Unset):
            review_notes = []
            for review_notes_item_data in self.review_notes:
                review_notes_item = review_notes_item_data.to_dict()
                review_notes.append(review_notes_item)

        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)

        submission_date: str | Unset = UNSET
        if not isinstance(self.submission_date, Unset):
            submission_date = self.submission_date.isoformat()

        status_updated_date: str | Unset = UNSET
        if not isinstance(self.status_updated_date, Unset):
            status_updated_date = self.status_updated_date.isoformat()

        program_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.program_details, Unset):
            program_details = self.program_details.to_dict()

        company_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_information, Unset):
            company_information = self.company_information.to_dict()

        message_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_details, Unset):
            message_details = self.message_details.to_dict()

        traffic_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_details, Unset):
            traffic_details = self.traffic_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if number is not UNSET:
            field_dict["number"] = number
        if review_notes is not UNSET:
            field_dict["reviewNotes"] = review_notes
        if costs is not UNSET:
            field_dict["costs"] = costs
        if submission_date is not UNSET:
            field_dict["submissionDate"] = submission_date
        if status_updated_date is not UNSET:
            field_dict["statusUpdatedDate"] = status_updated_date
        if program_details is not UNSET:
            field_dict["programDetails"] = program_details
        if company_information is not UNSET:
            field_dict["companyInformation"] = company_information
        if message_details is not UNSET:
            field_dict["messageDetails"] = message_details
        if traffic_details is not UNSET:
            field_dict["trafficDetails"] = traffic_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _status = d.pop("status", UNSET)
        status: ProgramBriefStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProgramBriefStatus(_status)

        number = d.pop("number", UNSET)

        _review_notes = d.pop("reviewNotes", UNSET)
        review_notes: list[ReviewNote] | Unset = UNSET
        if _review_notes is not UNSET:
            review_notes = []
            for review_notes_item_data in _review_notes:
                review_notes_item = ReviewNote.from_dict(review_notes_item_data)

                review_notes.append(review_notes_item)

        _costs = d.pop("costs", UNSET)
        costs: list[ShortCodeCost] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:
                costs_item = ShortCodeCost.from_dict(costs_item_data)

                costs.append(costs_item)

        _submission_date = d.pop("submissionDate", UNSET)
        submission_date: datetime.datetime | Unset
        if isinstance(_submission_date, Unset):
            submission_date = UNSET
        else:
            submission_date = datetime.datetime.fromisoformat(_submission_date)

        _status_updated_date = d.pop("statusUpdatedDate", UNSET)
        status_updated_date: datetime.datetime | Unset
        if isinstance(_status_updated_date, Unset):
            status_updated_date = UNSET
        else:
            status_updated_date = datetime.datetime.fromisoformat(_status_updated_date)

        _program_details = d.pop("programDetails", UNSET)
        program_details: ProgramDetails | Unset
        if isinstance(_program_details, Unset):
            program_details = UNSET
        else:
            program_details = ProgramDetails.from_dict(_program_details)

        _company_information = d.pop("companyInformation", UNSET)
        company_information: CompanyInformation | Unset
        if isinstance(_company_information, Unset):
            company_information = UNSET
        else:
            company_information = CompanyInformation.from_dict(_company_information)

        _message_details = d.pop("messageDetails", UNSET)
        message_details: MessageDetails | Unset
        if isinstance(_message_details, Unset):
            message_details = UNSET
        else:
            message_details = MessageDetails.from_dict(_message_details)

        _traffic_details = d.pop("trafficDetails", UNSET)
        traffic_details: TrafficDetails | Unset
        if isinstance(_traffic_details, Unset):
            traffic_details = UNSET
        else:
            traffic_details = TrafficDetails.from_dict(_traffic_details)

        us_program_brief = cls(
            id=id,
            status=status,
            number=number,
            review_notes=review_notes,
            costs=costs,
            submission_date=submission_date,
            status_updated_date=status_updated_date,
            program_details=program_details,
            company_information=company_information,
            message_details=message_details,
            traffic_details=traffic_details,
        )

        us_program_brief.additional_properties = d
        return us_program_brief

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


from ..models.company_information import CompanyInformation  # noqa: E402
from ..models.message_details import MessageDetails  # noqa: E402
from ..models.program_details import ProgramDetails  # noqa: E402
from ..models.review_note import ReviewNote  # noqa: E402
from ..models.short_code_cost import ShortCodeCost  # noqa: E402
from ..models.traffic_details import TrafficDetails  # noqa: E402
