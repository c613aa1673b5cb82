from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.message_directionality import (
    MessageDirectionality,
    as_message_directionality_or_none,
)
from ..models.message_protocol import (
    MessageProtocol,
    as_message_protocol_or_none,
)
from ..models.recurrence import Recurrence, as_recurrence_or_none

if TYPE_CHECKING:
    from ..models.use_case import UseCase

T = TypeVar("T", bound="MessageDetails")


@_attrs_define(on_setattr=_NO_OP)
class MessageDetails:
    """How the program's messages work: protocol, recurrence, opt-in and opt-out."""

    supported_protocol: MessageProtocol | None = _attrs_field(default=None, converter=as_message_protocol_or_none)
    """ The messaging protocol: SMS or MMS. """

    recurrence: Recurrence | None = _attrs_field(default=None, converter=as_recurrence_or_none)
    """ Whether messages come by subscription or per transaction. """

    help_answer_to_user: str | None = None
    """ The reply a user gets on sending HELP. """

    opt_out_answer_to_user: str | None = None
    """ The reply a user gets on opting out (STOP). """

    opt_in_message_to_user: str | None = None
    """ The message a user gets about opting in. """

    opt_in_answer_from_user: str | None = None
    """ What a user sends to opt in, e.g. a keyword. """

    opt_in_confirmation_message_to_user: str | None = None
    """ The message confirming a user has opted in. """

    directionality: MessageDirectionality | None = _attrs_field(
        default=None, converter=as_message_directionality_or_none
    )
    """ Whether users can answer the program's messages. """

    use_cases: list[UseCase] | None = None
    """ The kinds of content the program sends. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.supported_protocol is not None:
            field_dict["supportedProtocol"] = getattr(self.supported_protocol, "_value_", self.supported_protocol)
        if self.recurrence is not None:
            field_dict["recurrence"] = getattr(self.recurrence, "_value_", self.recurrence)
        if self.help_answer_to_user is not None:
            field_dict["helpAnswerToUser"] = self.help_answer_to_user
        if self.opt_out_answer_to_user is not None:
            field_dict["optOutAnswerToUser"] = self.opt_out_answer_to_user
        if self.opt_in_message_to_user is not None:
            field_dict["optInMessageToUser"] = self.opt_in_message_to_user
        if self.opt_in_answer_from_user is not None:
            field_dict["optInAnswerFromUser"] = self.opt_in_answer_from_user
        if self.opt_in_confirmation_message_to_user is not None:
            field_dict["optInConfirmationMessageToUser"] = self.opt_in_confirmation_message_to_user
        if self.directionality is not None:
            field_dict["directionality"] = getattr(self.directionality, "_value_", self.directionality)
        if self.use_cases is not None:
            field_dict["useCases"] = [i0.to_dict() for i0 in self.use_cases]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        supported_protocol = d.get("supportedProtocol")  # as_message_protocol_or_none reads it in __init__
        recurrence = d.get("recurrence")  # as_recurrence_or_none reads it in __init__
        help_answer_to_user = d.get("helpAnswerToUser")
        opt_out_answer_to_user = d.get("optOutAnswerToUser")
        opt_in_message_to_user = d.get("optInMessageToUser")
        opt_in_answer_from_user = d.get("optInAnswerFromUser")
        opt_in_confirmation_message_to_user = d.get("optInConfirmationMessageToUser")
        directionality = d.get("directionality")  # as_message_directionality_or_none reads it in __init__
        _use_cases = d.get("useCases")
        use_cases = None if _use_cases is None else [UseCase.from_dict(i0) for i0 in _use_cases]
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        message_details = cls(
            supported_protocol,
            recurrence,
            help_answer_to_user,
            opt_out_answer_to_user,
            opt_in_message_to_user,
            opt_in_answer_from_user,
            opt_in_confirmation_message_to_user,
            directionality,
            use_cases,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            message_details.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return message_details

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
        "supportedProtocol",
        "recurrence",
        "helpAnswerToUser",
        "optOutAnswerToUser",
        "optInMessageToUser",
        "optInAnswerFromUser",
        "optInConfirmationMessageToUser",
        "directionality",
        "useCases",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.use_case import UseCase  # noqa: E402
