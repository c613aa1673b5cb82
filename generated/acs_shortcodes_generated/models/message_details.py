from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_directionality import MessageDirectionality
from ..models.message_protocol import MessageProtocol
from ..models.recurrence import Recurrence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.use_case import UseCase


T = TypeVar("T", bound="MessageDetails")


@_attrs_define
class MessageDetails:
    supported_protocols: list[MessageProtocol] | Unset = UNSET
    recurrence: Recurrence | Unset = UNSET
    help_message: str | Unset = UNSET
    opt_out_message: str | Unset = UNSET
    opt_in_message: str | Unset = UNSET
    opt_in_reply: str | Unset = UNSET
    confirmation_message: str | Unset = UNSET
    directionality: MessageDirectionality | Unset = UNSET
    use_cases: list[UseCase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported_protocols: list[str] | Unset = UNSET
        if not isinstance(self.supported_protocols, Unset):
            supported_protocols = []
            for supported_protocols_item_data in self.supported_protocols:
                supported_protocols_item = supported_protocols_item_data.value
                supported_protocols.append(supported_protocols_item)

        recurrence: str | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = self.recurrence.value

        help_message = self.help_message

        opt_out_message = self.opt_out_message

        opt_in_message = self.opt_in_message

        opt_in_reply = self.opt_in_reply

        confirmation_message = self.confirmation_message

        directionality: str | Unset = UNSET
        if not isinstance(self.directionality, Unset):
            directionality = self.directionality.value

        use_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.use_cases, Unset):
            use_cases = []
            for use_cases_item_data in self.use_cases:
                use_cases_item = use_cases_item_data.to_dict()
                use_cases.append(use_cases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported_protocols is not UNSET:
            field_dict["supportedProtocols"] = supported_protocols
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if help_message is not UNSET:
            field_dict["helpMessage"] = help_message
        if opt_out_message is not UNSET:
            field_dict["optOutMessage"] = opt_out_message
        if opt_in_message is not UNSET:
            field_dict["optInMessage"] = opt_in_message
        if opt_in_reply is not UNSET:
            field_dict["optInReply"] = opt_in_reply
        if confirmation_message is not UNSET:
            field_dict["confirmationMessage"] = confirmation_message
        if directionality is not UNSET:
            field_dict["directionality"] = directionality
        if use_cases is not UNSET:
            field_dict["useCases"] = use_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _supported_protocols = d.pop("supportedProtocols", UNSET)
        supported_protocols: list[MessageProtocol] | Unset = UNSET
        if _supported_protocols is not UNSET:
            supported_protocols = []
            for supported_protocols_item_data in _supported_protocols:
                supported_protocols_item = MessageProtocol(supported_protocols_item_data)

                supported_protocols.append(supported_protocols_item)

        _recurrence = d.pop("recurrence", UNSET)
        recurrence: Recurrence | Unset
        if isinstance(_recurrence, Unset):
            recurrence = UNSET
        else:
            recurrence = Recurrence(_recurrence)

        help_message = d.pop("helpMessage", UNSET)

        opt_out_message = d.pop("optOutMessage", UNSET)

        opt_in_message = d.pop("optInMessage", UNSET)

        opt_in_reply = d.pop("optInReply", UNSET)

        confirmation_message = d.pop("confirmationMessage", UNSET)

        _directionality = d.pop("directionality", UNSET)
        directionality: MessageDirectionality | Unset
        if isinstance(_directionality, Unset):
            directionality = UNSET
        else:
            directionality = MessageDirectionality(_directionality)

        _use_cases = d.pop("useCases", UNSET)
        use_cases: list[UseCase] | Unset = UNSET
        if _use_cases is not UNSET:
            use_cases = []
            for use_cases_item_data in _use_cases:
                use_cases_item = UseCase.from_dict(use_cases_item_data)

                use_cases.append(use_cases_item)

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


from ..models.use_case import UseCase  # noqa: E402
