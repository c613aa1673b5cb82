"""How the generated models read and write, as openapi/templates/model.py.jinja makes them (both packages).

Absent optional fields read as None; None is what leaves a field out of a request; a nullable field remembers an
explicit null in both directions; map schemas are real dicts; uuid fields are str; x-ms-client-name names the
attribute.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import attrs
import pytest

import acs_phonenumbers_generated.models as pn_models
import acs_shortcodes_generated.models as sc_models
from acs_phonenumbers_generated import types as pn_types
from acs_phonenumbers_generated.models import (
    AvailablePhoneNumber,
    CommunicationError,
    OperatorInformation,
    PhoneNumberCapabilities,
    PhoneNumberCost,
    PhoneNumbersReservation,
    PhoneNumbersReservationPhoneNumbers,
    PhoneNumberType,
    PurchasedPhoneNumbers,
)
from acs_shortcodes_generated import types as sc_types
from acs_shortcodes_generated.models import ProgramDetails, USProgramBrief

NUMBER = {
    "id": "14255550123",
    "countryCode": "US",
    "phoneNumber": "+14255550123",
    "capabilities": {"calling": "inbound", "sms": "none"},
    "phoneNumberType": "geographic",
    "assignmentType": "application",
    "status": "reserved",
}


def _attrs_models(package: Any) -> list[type]:
    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found += [v for v in vars(module).values() if attrs.has(v) and v.__module__ == module.__name__]
    return found


ALL_MODELS = _attrs_models(pn_models) + _attrs_models(sc_models)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: f"{m.__module__.split('.')[0]}.{m.__name__}")
def test_every_optional_field_of_every_model_reads_none_when_absent(model: type) -> None:
    parameters = inspect.signature(model).parameters.values()
    required = [p.name for p in parameters if p.default is inspect.Parameter.empty]
    optional = [p.name for p in parameters if p.default is not inspect.Parameter.empty]
    built = model(**{name: "x" for name in required})
    for name in optional:
        value = getattr(built, name)
        assert value is None or not isinstance(value, pn_types.Unset | sc_types.Unset), f"{model.__name__}.{name}"
    assert not any(isinstance(v, pn_types.Unset | sc_types.Unset) for v in attrs.asdict(built, recurse=False).values())


def test_absent_and_null_fields_of_a_response_both_read_none() -> None:
    number = AvailablePhoneNumber.from_dict(NUMBER)
    assert number.cost is None and number.error is None and number.is_agreement_to_not_resell_required is None
    assert not number.error  # official code writes `if x.error:`
    with_nulls = AvailablePhoneNumber.from_dict({**NUMBER, "cost": None, "error": None})
    assert with_nulls.cost is None and with_nulls.error is None
    # A field that is not nullable has no null to keep: both read and write back as absent.
    assert "cost" not in with_nulls.to_dict()


def test_none_leaves_a_field_out_of_a_request() -> None:
    capabilities = PhoneNumberCapabilities(calling="none", sms="none")
    number = AvailablePhoneNumber(
        country_code="US",
        capabilities=capabilities,
        phone_number_type=PhoneNumberType.TOLL_FREE,
        assignment_type="application",
        error=None,
    )
    assert number.to_dict() == {
        "countryCode": "US",
        "capabilities": {"calling": "none", "sms": "none"},
        "phoneNumberType": "tollFree",
        "assignmentType": "application",
    }


def test_a_nullable_field_keeps_an_explicit_null_apart_from_an_omitted_one() -> None:
    omitted = OperatorInformation(phone_number="+14255550123")
    explicit = OperatorInformation(phone_number="+14255550123", iso_country_code=None)
    assert omitted.iso_country_code is None and explicit.iso_country_code is None
    assert omitted.to_dict() == {"phoneNumber": "+14255550123"}
    assert explicit.to_dict() == {"phoneNumber": "+14255550123", "isoCountryCode": None}
    assert omitted == explicit  # the same values; only what to_dict sends differs

    omitted.number_type = None  # assigned None: an explicit null too
    assert omitted.to_dict() == {"phoneNumber": "+14255550123", "numberType": None}
    omitted.number_type = "mobile"
    assert omitted.to_dict() == {"phoneNumber": "+14255550123", "numberType": "mobile"}


def test_a_nullable_field_round_trips_missing_and_null_from_json() -> None:
    missing = OperatorInformation.from_dict({"phoneNumber": "+1"})
    null = OperatorInformation.from_dict({"phoneNumber": "+1", "isoCountryCode": None, "operatorDetails": None})
    assert missing.iso_country_code is None and null.iso_country_code is None and null.operator_details is None
    assert missing.to_dict() == {"phoneNumber": "+1"}
    assert null.to_dict() == {"phoneNumber": "+1", "isoCountryCode": None, "operatorDetails": None}
    page = PurchasedPhoneNumbers.from_dict({"phoneNumbers": [], "nextLink": None})
    assert page.next_link is None and page.to_dict() == {"phoneNumbers": [], "nextLink": None}


def test_explicit_nulls_survive_copy_and_pickle_and_do_not_show_in_repr() -> None:
    explicit = OperatorInformation(phone_number="+1", iso_country_code=None)
    for twin in (copy.copy(explicit), copy.deepcopy(explicit), pickle.loads(pickle.dumps(explicit))):
        assert twin.to_dict() == {"phoneNumber": "+1", "isoCountryCode": None}
    assert "explicit" not in repr(explicit)


def test_the_reservation_map_is_a_dict() -> None:
    reservation = PhoneNumbersReservation.from_dict(
        {"id": "6227aeb8-8086-4824-9586-05cafe96f37b", "phoneNumbers": {"a": NUMBER, "b": NUMBER}, "status": "active"}
    )
    numbers = reservation.phone_numbers
    assert isinstance(numbers, dict) and isinstance(numbers, PhoneNumbersReservationPhoneNumbers)
    assert len(numbers) == 2 and set(numbers) == {"a", "b"}
    assert all(isinstance(n, AvailablePhoneNumber) for n in numbers.values())
    assert [key for key, _ in numbers.items()] == ["a", "b"]
    assert numbers["a"].phone_number == "+14255550123"
    empty = PhoneNumbersReservation.from_dict({"phoneNumbers": {}})
    assert empty.phone_numbers == {} and not empty.phone_numbers
    assert PhoneNumbersReservation.from_dict({}).phone_numbers is None


def test_a_plain_dict_with_none_values_builds_a_merge_patch() -> None:
    number = AvailablePhoneNumber.from_dict(NUMBER)
    request = PhoneNumbersReservation(phone_numbers={"a": number, "gone": None})
    assert request.to_dict() == {"phoneNumbers": {"a": number.to_dict(), "gone": None}}
    assert PhoneNumbersReservation().to_dict() == {}
    assert PhoneNumbersReservationPhoneNumbers.from_dict({"x": None}).to_dict() == {"x": None}


def test_uuid_fields_are_str_and_still_accept_a_uuid() -> None:
    import uuid

    reservation = PhoneNumbersReservation.from_dict({"id": "6227aeb8-8086-4824-9586-05cafe96f37b"})
    assert reservation.id == "6227aeb8-8086-4824-9586-05cafe96f37b"
    brief = USProgramBrief.from_dict({"id": "146b433f-d774-40b9-9138-55d386208725"})
    assert brief.id == "146b433f-d774-40b9-9138-55d386208725"
    given = uuid.UUID("146b433f-d774-40b9-9138-55d386208725")
    assert USProgramBrief(id=given).to_dict() == {"id": str(given)}  # type: ignore[arg-type]


def test_inner_error_is_the_official_name_and_innererror_still_reads() -> None:
    error = CommunicationError.from_dict({"code": "A", "message": "a", "innererror": {"code": "B", "message": "b"}})
    assert error.inner_error is not None and error.inner_error.code == "B"
    assert error.innererror is error.inner_error
    assert error.to_dict() == {"code": "A", "message": "a", "innererror": {"code": "B", "message": "b"}}
    assert CommunicationError(code="A", message="a", inner_error=None).to_dict() == {"code": "A", "message": "a"}


def test_short_code_merge_patch_sends_only_what_is_given() -> None:
    brief = USProgramBrief(id="146b433f-d774-40b9-9138-55d386208725", program_details=ProgramDetails(name="N"))
    assert brief.to_dict() == {"id": "146b433f-d774-40b9-9138-55d386208725", "programDetails": {"name": "N"}}


def test_a_cost_reads_as_officially() -> None:
    cost = PhoneNumberCost.from_dict({"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"})
    assert (cost.amount, cost.currency_code, cost.billing_frequency) == (2.0, "USD", "monthly")
