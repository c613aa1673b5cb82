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
    supported_protocol: MessageProtocol | Unset = UNSET
    recurrence: Recurrence | Unset = UNSET
    help_answer_to_user: str | Unset = UNSET
    opt_out_answer_to_user: str | Unset = UNSET
    opt_in_message_to_user: str | Unset = UNSET
    opt_in_answer_from_user: str | Unset = UNSET
    opt_in_confirmation_message_to_user: str | Unset = UNSET
    directionality: MessageDirectionality | Unset = UNSET
    use_cases: list[UseCase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported_protocol: str | Unset = UNSET
        if not isinstance(self.supported_protocol, Unset):
            supported_protocol = self.supported_protocol.value

        recurrence: str | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = self.recurrence.value

        help_answer_to_user = self.help_answer_to_user

        opt_out_answer_to_user = self.opt_out_answer_to_user

        opt_in_message_to_user = self.opt_in_message_to_user

        opt_in_answer_from_user = self.opt_in_answer_from_user

        opt_in_confirmation_message_to_user = self.opt_in_confirmation_message_to_user

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
        if supported_protocol is not UNSET:
            field_dict["supportedProtocol"] = supported_protocol
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if help_answer_to_user is not UNSET:
            field_dict["helpAnswerToUser"] = help_answer_to_user
        if opt_out_answer_to_user is not UNSET:
            field_dict["optOutAnswerToUser"] = opt_out_answer_to_user
        if opt_in_message_to_user is not UNSET:
            field_dict["optInMessageToUser"] = opt_in_message_to_user
        if opt_in_answer_from_user is not UNSET:
            field_dict["optInAnswerFromUser"] = opt_in_answer_from_user
        if opt_in_confirmation_message_to_user is not UNSET:
            field_dict["optInConfirmationMessageToUser"] = opt_in_confirmation_message_to_user
        if directionality is not UNSET:
            field_dict["directionality"] = directionality
        if use_cases is not UNSET:
            field_dict["useCases"] = use_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.use_case import UseCase  # noqa: PLC0415

        d = dict(src_dict)
        _supported_protocol = d.pop("supportedProtocol", UNSET)
        supported_protocol: MessageProtocol | Unset
        if isinstance(_supported_protocol, Unset):
            supported_protocol = UNSET
        else:
            supported_protocol = MessageProtocol(_supported_protocol)

        _recurrence = d.pop("recurrence", UNSET)
        recurrence: Recurrence | Unset
        if isinstance(_recurrence, Unset):
            recurrence = UNSET
        else:
            recurrence = Recurrence(_recurrence)

        help_answer_to_user = d.pop("helpAnswerToUser", UNSET)

        opt_out_answer_to_user = d.pop("optOutAnswerToUser", UNSET)

        opt_in_message_to_user = d.pop("optInMessageToUser", UNSET)

        opt_in_answer_from_user = d.pop("optInAnswerFromUser", UNSET)

        opt_in_confirmation_message_to_user = d.pop("optInConfirmationMessageToUser", UNSET)

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
            supported_protocol=supported_protocol,
            recurrence=recurrence,
            help_answer_to_user=help_answer_to_user,
            opt_out_answer_to_user=opt_out_answer_to_user,
            opt_in_message_to_user=opt_in_message_to_user,
            opt_in_answer_from_user=opt_in_answer_from_user,
            opt_in_confirmation_message_to_user=opt_in_confirmation_message_to_user,
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
