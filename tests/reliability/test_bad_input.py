"""Bad input, property-based: every bad value gets a clear exception of ours (a ``ValueError`` / ``TypeError``
subclass) before any request, or a 400 from the emulator with the service's envelope. Never a crash from deep inside
(KeyError, binascii.Error, JSONDecodeError, AttributeError...), never a hang, never a 500.
"""

from __future__ import annotations

import json
import string
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acs_phonenumbers import PhoneNumbersClient, ShortCodesClient
from acs_phonenumbers._credentials import AzureKeyCredential, ConnectionString, parse_connection_string
from acs_phonenumbers._errors import AcsError, InvalidArgumentError
from acs_phonenumbers._program_briefs import check_program_brief, load_program_brief, program_brief_from_dict
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.emulator import DEV_ACCESS_KEY, Emulator

from ._support import API_VERSION, CAPABILITIES, SHORT_CODES_API_VERSION, sign

_EXPECTED_FORMAT = "endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key> Azure portal"
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
E164_ASCII = string.digits
ENUM_FIELDS = {
    "phone_number_type": ("geographic", "tollFree", "mobile"),
    "assignment_type": ("person", "application"),
    "capability": ("none", "inbound", "outbound", "inbound+outbound"),
}


class NoRequests(httpx.MockTransport):
    """A transport that fails the test if anything is sent: bad input must be refused before any request."""

    def __init__(self) -> None:
        super().__init__(self._fail)

    @staticmethod
    def _fail(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent for bad input: {request.method} {request.url}")


def _client() -> PhoneNumbersClient:
    return PhoneNumbersClient(
        "https://contoso.communication.azure.com",
        AzureKeyCredential(DEV_ACCESS_KEY),
        transport=NoRequests(),
        retry=RetryPolicy.disabled(),
    )


def _is_e164(text: str) -> bool:
    return (
        len(text) >= 3
        and len(text) <= 16
        and text[0] == "+"
        and text[1] in "123456789"
        and all(c in E164_ASCII for c in text[2:])
    )


anything = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.binary(max_size=10), st.text(max_size=30)
)
phone_like = st.one_of(
    st.text(max_size=25),
    st.text(alphabet="+0123456789 -().%2B\u0661\u0662\uff11\n", max_size=20),
    st.from_regex(r"\+?[0-9]{0,18}", fullmatch=True),
    st.builds(
        lambda digits: "+" + digits, st.text(alphabet=string.digits + "\u0663\u06f4\u0e55", min_size=1, max_size=18)
    ),
)


# -- connection strings ----------------------------------------------------------------------------------------------

segment_names = st.sampled_from(["endpoint", "ENDPOINT", "accesskey", "AccessKey", "other", "", " endpoint "])
segment_values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "https://contoso.communication.azure.com/",
            "http://127.0.0.1:1/",
            "ftp://x",
            "https://",
            "https://user:pw@host/",
            "https://host/?q=1",
            "https://host:99999/",
            DEV_ACCESS_KEY,
            DEV_ACCESS_KEY[:-1],
            "not base64!!",
            "",
        ]
    ),
)
connection_strings = st.one_of(
    st.text(max_size=80),
    st.lists(st.tuples(segment_names, st.sampled_from(["=", "", "=="]), segment_values), max_size=4).map(
        lambda parts: ";".join(f"{n}{s}{v}" for n, s, v in parts)
    ),
)


@FAST
@given(text=connection_strings)
def test_connection_strings_parse_or_fail_clearly(text: str) -> None:
    try:
        parsed = parse_connection_string(text)
    except InvalidArgumentError as exc:
        message = str(exc)
        assert (message and "format" in message) or "connection string" in message
        # The message never quotes the accesskey value.
        for segment in text.split(";"):
            name, _, value = segment.partition("=")
            secret = value.strip()
            # (a value that is also given elsewhere, e.g. as the endpoint, may be quoted as that)
            alone = text.count(secret) == 1 and secret not in _EXPECTED_FORMAT
            if name.strip().lower() == "accesskey" and len(secret) >= 8 and alone:
                assert secret not in message
        return
    assert isinstance(parsed, ConnectionString)
    assert parsed.endpoint.startswith(("http://", "https://"))
    assert parsed.access_key


@FAST
@given(value=anything)
def test_connection_string_of_the_wrong_type(value: object) -> None:
    if isinstance(value, str):
        return
    with pytest.raises(TypeError):
        parse_connection_string(value)  # type: ignore[arg-type]


@FAST
@given(text=connection_strings)
def test_clients_from_bad_connection_strings_fail_before_any_request(text: str) -> None:
    try:
        client = PhoneNumbersClient.from_connection_string(text, transport=NoRequests())
    except (InvalidArgumentError, TypeError):
        return
    client.close()


# -- phone numbers ---------------------------------------------------------------------------------------------------


@FAST
@given(number=phone_like)
def test_phone_numbers_are_checked_before_any_request(number: str) -> None:
    if number.upper().startswith("%2B"):
        number = "+" + number[3:]
    with _client() as client:
        for call in (
            lambda: client.get_purchased_phone_number(number),
            lambda: client.begin_release_phone_number(number),
            lambda: client.begin_update_phone_number_capabilities(number, sms="none"),
            lambda: client.search_operator_information([number]),
        ):
            # Any non-empty string is the service's to judge (its number id, a malformed number): it is sent.
            if number.strip():
                with pytest.raises(AssertionError, match="a request was sent"):
                    call()
            else:
                with pytest.raises(InvalidArgumentError, match="must not be empty"):
                    call()


@FAST
@given(value=anything)
def test_phone_numbers_of_the_wrong_type(value: object) -> None:
    if isinstance(value, str):
        return
    with _client() as client, pytest.raises((InvalidArgumentError, TypeError)):
        client.get_purchased_phone_number(value)  # type: ignore[arg-type]


# -- enum values -----------------------------------------------------------------------------------------------------

enum_like = st.one_of(
    st.sampled_from([v for values in ENUM_FIELDS.values() for v in values]),
    st.sampled_from(["TOLL_FREE", "TollFree", "toll_free", "inbound + outbound", "INBOUND_OUTBOUND", " mobile "]),
    st.text(max_size=15),
    anything,
)


@FAST
@given(phone_number_type=enum_like, assignment_type=enum_like, calling=enum_like, sms=enum_like)
def test_enum_values_are_checked_before_any_request(
    phone_number_type: Any, assignment_type: Any, calling: Any, sms: Any
) -> None:
    with _client() as client:
        try:
            client.begin_search_available_phone_numbers(
                "US", phone_number_type, assignment_type, {"calling": calling, "sms": sms}
            )
        except AssertionError as exc:  # everything was valid: it got as far as sending
            assert "a request was sent" in str(exc)
        except (InvalidArgumentError, TypeError) as exc:
            assert "must be" in str(exc)


def test_an_empty_enum_value_names_the_field_and_the_valid_values() -> None:
    # A typo such as "tolFree" is sent: the service's enums are open, so the service judges it.
    with _client() as client, pytest.raises(InvalidArgumentError) as info:
        client.begin_search_available_phone_numbers("US", " ", "application", CAPABILITIES)
    assert "phone_number_type" in str(info.value)
    assert "tollFree" in str(info.value)


@FAST
@given(skip=anything, top=anything)
def test_paging_arguments_are_checked_before_any_request(skip: Any, top: Any) -> None:
    with _client() as client:
        try:
            next(iter(client.list_purchased_phone_numbers(skip=skip, top=top)))
        except AssertionError as exc:
            assert "a request was sent" in str(exc)
            assert isinstance(skip, int) and isinstance(top, int)
        except (InvalidArgumentError, TypeError) as exc:
            assert "skip" in str(exc) or "top" in str(exc)


@pytest.mark.parametrize(("skip", "top"), [(-1, 10), (0, 0), (0, -5)])
def test_out_of_range_paging_arguments_raise_value_errors(skip: int, top: int) -> None:
    """A negative number is a bad value, not a bad type: a ValueError of ours, as in ShortCodesClient."""
    with _client() as client, pytest.raises(InvalidArgumentError):
        client.list_purchased_phone_numbers(skip=skip, top=top)


@FAST
@given(identifier=st.one_of(st.text(max_size=40), anything))
def test_ids_are_checked_before_any_request(identifier: Any) -> None:
    try:
        valid = isinstance(identifier, str) and bool(str(uuid.UUID(identifier.strip())))
    except ValueError:
        valid = False
    with _client() as client:
        try:
            client.get_reservation(identifier)
        except AssertionError as exc:
            assert valid, exc
        except InvalidArgumentError as exc:
            assert not valid
            assert "reservation_id" in str(exc)


# -- program briefs --------------------------------------------------------------------------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=15))
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)
brief_fields = st.sampled_from(
    [
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
    ]
)


@FAST
@given(
    data=st.one_of(
        json_values, st.dictionaries(brief_fields, json_values, max_size=5), st.dictionaries(st.text(), json_scalars)
    ),
    with_id=st.booleans(),
)
def test_program_briefs_from_any_json_parse_or_fail_clearly(data: Any, with_id: bool) -> None:
    if with_id and isinstance(data, dict):
        data = {**data, "id": str(uuid.uuid4())}
    try:
        brief = program_brief_from_dict(data)
    except ValueError as exc:
        assert str(exc)
        return
    try:
        check_program_brief(brief)
    except ValueError as exc:
        assert ":" in str(exc)


@FAST
@given(data=st.dictionaries(brief_fields, json_values, max_size=4))
def test_short_codes_client_refuses_bad_briefs_before_any_request(data: dict[str, Any]) -> None:
    client = ShortCodesClient(
        "https://contoso.communication.azure.com", AzureKeyCredential(DEV_ACCESS_KEY), transport=NoRequests()
    )
    with client:
        try:
            client.upsert_us_program_brief(str(uuid.uuid4()), {k: v for k, v in data.items() if k != "id"})
        except AssertionError as exc:
            assert "a request was sent" in str(exc)
        except (InvalidArgumentError, TypeError, ValueError) as exc:
            assert str(exc)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("brief.yaml", "id: [unclosed\n  - : :"),
        ("brief.yaml", "\t- tab: indented\n"),
        ("brief.json", '{"id": '),
        ("brief.json", "\xff\xfe not utf-8"),
        ("brief.yaml", "just a string"),
        ("brief.txt", "{}"),
    ],
)
def test_unreadable_brief_files_raise_value_errors_naming_the_file(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(ValueError, match=name):
        load_program_brief(path)


# -- the emulator's answers to bad requests --------------------------------------------------------------------------

OPERATIONS = [
    ("POST", f"/availablePhoneNumbers/countries/{{}}/:search?api-version={API_VERSION}"),
    ("POST", f"/availablePhoneNumbers/:purchase?api-version={API_VERSION}"),
    ("POST", f"/availablePhoneNumbers/countries/{{}}/:browse?api-version={API_VERSION}"),
    ("PATCH", f"/phoneNumbers/{{}}/capabilities?api-version={API_VERSION}"),
    ("POST", f"/operatorInformation/:search?api-version={API_VERSION}"),
    ("PATCH", f"/availablePhoneNumbers/reservations/{{}}?api-version={API_VERSION}"),
    ("PATCH", f"/shortCodes/countries/US/programBriefs/{{}}?api-version={SHORT_CODES_API_VERSION}"),
    ("GET", f"/phoneNumbers/{{}}?api-version={API_VERSION}"),
    ("GET", f"/availablePhoneNumbers/countries/{{}}/localities?api-version={API_VERSION}&maxPageSize=-1"),
    ("GET", f"/phoneNumbers?skip={{}}&top=0&api-version={API_VERSION}"),
]
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(
        st.sampled_from(["phoneNumberType", "assignmentType", "capabilities", "quantity", "searchId", "phoneNumbers"]),
        json_values,
        max_size=4,
    ).map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=30),
    st.just(b"{"),
    st.just(b""),
)
path_params = st.one_of(st.text(alphabet=string.ascii_letters + string.digits + "+-%._~", max_size=20), phone_like)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operation=st.sampled_from(OPERATIONS), param=path_params, body=bodies)
def test_emulator_answers_bad_requests_with_the_envelope_never_500(
    emulator: Emulator, operation: tuple[str, str], param: str, body: bytes
) -> None:
    method, template = operation
    path = template.format(quote(param, safe="+%"))
    url = emulator.endpoint.rstrip("/") + path
    headers = {**sign(method, url, body), "content-type": "application/json"}
    response = httpx.request(method, url, content=body, headers=headers)
    assert response.status_code < 500, (method, path, body, response.status_code, response.text)
    if response.status_code >= 400:
        error = response.json()["error"]
        assert isinstance(error["code"], str) and error["code"]
        assert isinstance(error["message"], str) and error["message"]


def test_emulator_refuses_a_wrong_api_version_with_the_envelope(emulator: Emulator) -> None:
    url = emulator.endpoint.rstrip("/") + "/phoneNumbers?api-version=1999-01-01"
    response = httpx.get(url, headers=sign("GET", url))
    assert response.status_code == 400
    assert response.json()["error"]["code"]


def test_no_error_escapes_from_deep_inside_any_client_method() -> None:
    """A last sweep with obviously wrong types in every positional slot: our exceptions or TypeError only."""
    with _client() as client:
        calls = [
            lambda: client.begin_purchase_phone_numbers(None),  # type: ignore[arg-type]
            lambda: client.begin_purchase_phone_numbers(""),
            lambda: client.begin_search_available_phone_numbers(None, None, None, None),  # type: ignore[arg-type]
            lambda: client.begin_search_available_phone_numbers(
                "US", "tollFree", "application", CAPABILITIES, quantity=0
            ),
            lambda: client.begin_search_available_phone_numbers("US", "tollFree", "application", "inbound"),  # type: ignore[arg-type]
            lambda: client.browse_available_phone_numbers(country_code="", phone_number_type="tollFree"),
            lambda: client.create_or_update_reservation(reservation_id=str(uuid.uuid4()), numbers_to_add=["+1425"]),  # type: ignore[list-item]
            lambda: client.search_operator_information([]),
            lambda: client.begin_release_phone_number("+1", polling_interval=-1),
        ]
        for call in calls:
            with pytest.raises((AcsError, TypeError)) as info:
                call()
            assert isinstance(info.value, AcsError | TypeError)
            assert str(info.value)
