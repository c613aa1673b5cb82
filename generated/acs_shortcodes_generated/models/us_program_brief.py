from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.program_brief_status import (
    ProgramBriefStatus,
    as_program_brief_status_or_none,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.company_information import CompanyInformation
    from ..models.message_details import MessageDetails
    from ..models.program_brief_attachment_summary import ProgramBriefAttachmentSummary
    from ..models.program_details import ProgramDetails
    from ..models.review_note import ReviewNote
    from ..models.short_code_cost import ShortCodeCost
    from ..models.traffic_details import TrafficDetails

T = TypeVar("T", bound="USProgramBrief")


@_attrs_define(on_setattr=_NO_OP)
class USProgramBrief:
    """An application for a US short code, reviewed before the code is granted."""

    id: str
    """ The brief's id (a UUID chosen by the client). """

    status: ProgramBriefStatus | None = _attrs_field(default=None, converter=as_program_brief_status_or_none)
    """ Where a program brief stands in review. """

    number: str | None = None
    """ The short code granted, once there is one. """

    review_notes: list[ReviewNote] | None = None
    """ Notes the reviewers left. """

    costs: list[ShortCodeCost] | None = None
    """ What the short code asked for costs. """

    submission_date: datetime.datetime | None = None
    """ When the brief was submitted (UTC). """

    status_updated_date: datetime.datetime | None = None
    """ When the status last changed (UTC). """

    program_details: ProgramDetails | None = None
    """ What the messaging program is and how users join it. """

    company_information: CompanyInformation | None = None
    """ The company running the program. """

    message_details: MessageDetails | None = None
    """ How the program's messages work: protocol, recurrence, opt-in and opt-out. """

    traffic_details: TrafficDetails | None = None
    """ How many messages the program expects to send and receive. """

    attachments: list[ProgramBriefAttachmentSummary] | None = None
    """ The brief's attachments, in short (set by the service). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": str(self.id),
        }
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "_value_", self.status)
        if self.number is not None:
            field_dict["number"] = self.number
        if self.review_notes is not None:
            field_dict["reviewNotes"] = [i0.to_dict() for i0 in self.review_notes]
        if self.costs is not None:
            field_dict["costs"] = [i0.to_dict() for i0 in self.costs]
        if self.submission_date is not None:
            field_dict["submissionDate"] = self.submission_date.isoformat()
        if self.status_updated_date is not None:
            field_dict["statusUpdatedDate"] = self.status_updated_date.isoformat()
        if self.program_details is not None:
            field_dict["programDetails"] = self.program_details.to_dict()
        if self.company_information is not None:
            field_dict["companyInformation"] = self.company_information.to_dict()
        if self.message_details is not None:
            field_dict["messageDetails"] = self.message_details.to_dict()
        if self.traffic_details is not None:
            field_dict["trafficDetails"] = self.traffic_details.to_dict()
        if self.attachments is not None:
            field_dict["attachments"] = [i0.to_dict() for i0 in self.attachments]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]
        status = d.get("status")  # as_program_brief_status_or_none reads it in __init__
        number = d.get("number")
        _review_notes = d.get("reviewNotes")
        review_notes = None if _review_notes is None else [ReviewNote.from_dict(i0) for i0 in _review_notes]
        _costs = d.get("costs")
        costs = None if _costs is None else [ShortCodeCost.from_dict(i0) for i0 in _costs]
        _submission_date = d.get("submissionDate")
        submission_date = None if _submission_date is None else parse_datetime(_submission_date)
        _status_updated_date = d.get("statusUpdatedDate")
        status_updated_date = None if _status_updated_date is None else parse_datetime(_status_updated_date)
        _program_details = d.get("programDetails")
        program_details = None if _program_details is None else ProgramDetails.from_dict(_program_details)
        _company_information = d.get("companyInformation")
        company_information = (
            None if _company_information is None else CompanyInformation.from_dict(_company_information)
        )
        _message_details = d.get("messageDetails")
        message_details = None if _message_details is None else MessageDetails.from_dict(_message_details)
        _traffic_details = d.get("trafficDetails")
        traffic_details = None if _traffic_details is None else TrafficDetails.from_dict(_traffic_details)
        _attachments = d.get("attachments")
        attachments = (
            None if _attachments is None else [ProgramBriefAttachmentSummary.from_dict(i0) for i0 in _attachments]
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        us_program_brief = cls(
            id,
            status,
            number,
            review_notes,
            costs,
            submission_date,
            status_updated_date,
            program_details,
            company_information,
            message_details,
            traffic_details,
            attachments,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            us_program_brief.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "number",
        "reviewNotes",
        "costs",
        "submissionDate",
        "statusUpdatedDate",
        "programDetails",
        "companyInformation",
        "messageDetails",
        "trafficDetails",
        "attachments",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.company_information import CompanyInformation  # noqa: E402
from ..models.message_details import MessageDetails  # noqa: E402
from ..models.program_brief_attachment_summary import ProgramBriefAttachmentSummary  # noqa: E402
from ..models.program_details import ProgramDetails  # noqa: E402
from ..models.review_note import ReviewNote  # noqa: E402
from ..models.short_code_cost import ShortCodeCost  # noqa: E402
from ..models.traffic_details import TrafficDetails  # noqa: E402
