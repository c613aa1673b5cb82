from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_directionality import MessageDirectionality
from ..models.message_protocol import MessageProtocol
from ..models.recurrence import Recurrence

if TYPE_CHECKING:
    from ..models.use_case import UseCase

T = TypeVar("T", bound="MessageDetails")


@_attrs_define
class MessageDetails:
    supported_protocols: list[MessageProtocol] | None = None

    recurrence: Recurrence | None = None

    help_message: str | None = None

    opt_out_message: str | None = None

    opt_in_message: str | None = None

    opt_in_reply: str | None = None

    confirmation_message: str | None = None

    directionality: MessageDirectionality | None = None

    use_cases: list[UseCase] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.supported_protocols is not None:
            field_dict["supportedProtocols"] = [getattr(i0, "value", i0) for i0 in self.supported_protocols]
        if self.recurrence is not None:
            field_dict["recurrence"] = getattr(self.recurrence, "value", self.recurrence)
        if self.help_message is not None:
            field_dict["helpMessage"] = self.help_message
        if self.opt_out_message is not None:
            field_dict["optOutMessage"] = self.opt_out_message
        if self.opt_in_message is not None:
            field_dict["optInMessage"] = self.opt_in_message
        if self.opt_in_reply is not None:
            field_dict["optInReply"] = self.opt_in_reply
        if self.confirmation_message is not None:
            field_dict["confirmationMessage"] = self.confirmation_message
        if self.directionality is not None:
            field_dict["directionality"] = getattr(self.directionality, "value", self.directionality)
        if self.use_cases is not None:
            field_dict["useCases"] = [i0.to_dict() for i0 in self.use_cases]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.use_case import UseCase  # noqa: PLC0415

        d = dict(src_dict)
        _supported_protocols = d.pop("supportedProtocols", None)
        supported_protocols = (
            None if _supported_protocols is None else [MessageProtocol(i0) for i0 in _supported_protocols]
        )
        _recurrence = d.pop("recurrence", None)
        recurrence = None if _recurrence is None else Recurrence(_recurrence)
        help_message = d.pop("helpMessage", None)
        opt_out_message = d.pop("optOutMessage", None)
        opt_in_message = d.pop("optInMessage", None)
        opt_in_reply = d.pop("optInReply", None)
        confirmation_message = d.pop("confirmationMessage", None)
        _directionality = d.pop("directionality", None)
        directionality = None if _directionality is None else MessageDirectionality(_directionality)
        _use_cases = d.pop("useCases", None)
        use_cases = None if _use_cases is None else [UseCase.from_dict(i0) for i0 in _use_cases]
        message_details = cls(
            supported_protocols=supported_protocols,
            recurrence=recurrence,
            help_message=help_message,
            opt_out_message=opt_out_message,
            opt_in_message=opt_in_message,
            opt_in_reply=opt_in_reply,
            confirmation_message=confirmation_message,
            directionality=directionality,
            use_cases=use_cases,
        )
        message_details.additional_properties = d
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
