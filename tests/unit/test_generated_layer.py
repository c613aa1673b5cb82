"""The generator traps solved in openapi/, generator-config.yaml and openapi/templates/ stay solved."""

import copy
import inspect
import pickle
import warnings

import httpx
import pytest

from acs_phonenumbers_generated import errors as pn_errors
from acs_phonenumbers_generated.api.phone_numbers import phone_numbers_get_by_number, phone_numbers_get_reservation
from acs_phonenumbers_generated.client import Client
from acs_phonenumbers_generated.models import (
    CommunicationErrorResponse,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumberOperationStatus,
    PhoneNumbersReservation,
    PhoneNumberType,
    PurchasedPhoneNumber,
)
from acs_shortcodes_generated.api.short_codes import short_codes_get_short_codes


def test_enum_member_names_are_the_official_sdks():
    assert PhoneNumberType.TOLL_FREE == "tollFree"
    assert PhoneNumberCapabilityType.INBOUND_OUTBOUND == "inbound+outbound"
    assert PhoneNumberOperationStatus.NOT_STARTED == "notStarted"


def test_enums_are_open_and_case_insensitive():
    assert PhoneNumberType("TOLLFREE") is PhoneNumberType.TOLL_FREE
    satellite = PhoneNumberType("satellite")
    assert satellite == "satellite"
    assert isinstance(satellite, PhoneNumberType)
    caps = PhoneNumberCapabilities.from_dict({"calling": "Inbound+Outbound", "sms": "carrierPigeon"})
    assert caps.calling is PhoneNumberCapabilityType.INBOUND_OUTBOUND
    assert caps.to_dict() == {"calling": "inbound+outbound", "sms": "carrierPigeon"}


def test_one_enum_class_per_enum_not_per_property():
    from acs_phonenumbers_generated import models

    capability_classes = [name for name in dir(models) if name.startswith("PhoneNumberCapabilit") and "Type" in name]
    assert capability_classes == ["PhoneNumberCapabilityType"]


def test_null_in_reservation_map_round_trips():
    wire = {"id": "6227aeb8-8086-4824-9586-05cafe96f37b", "phoneNumbers": {"14255550123": None}}
    reservation = PhoneNumbersReservation.from_dict(wire)
    assert reservation.phone_numbers["14255550123"] is None
    assert reservation.to_dict() == wire


def test_api_version_defaults_to_the_documents_version():
    default = inspect.signature(phone_numbers_get_by_number.sync_detailed).parameters["api_version"].default
    assert default == "2025-06-01"
    default = inspect.signature(short_codes_get_short_codes.sync_detailed).parameters["api_version"].default
    assert default == "2022-09-06"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [(b"", None), (b"<html><body>Bad gateway</body></html>", "text/html"), (b'{"error": {"code": "Tr', None)],
)
def test_error_bodies_that_are_not_json_do_not_raise(body, content_type):
    headers = {"content-type": content_type} if content_type else {}
    transport = httpx.MockTransport(lambda request: httpx.Response(502, content=body, headers=headers))
    client = Client(base_url="https://contoso.communication.azure.com")
    client.set_httpx_client(httpx.Client(base_url=client._base_url, transport=transport))
    response = phone_numbers_get_by_number.sync_detailed("+14255550123", client=client)
    assert response.status_code == 502
    assert isinstance(response.parsed, CommunicationErrorResponse)
    assert response.parsed.error.code == "Http502"


def test_service_error_envelope_is_parsed():
    envelope = {"error": {"code": "PhoneNumberNotFound", "message": "Not found", "target": "phoneNumber"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json=envelope))
    client = Client(base_url="https://contoso.communication.azure.com")
    client.set_httpx_client(httpx.Client(base_url=client._base_url, transport=transport))
    parsed = phone_numbers_get_by_number.sync_detailed("+14255550123", client=client).parsed
    assert isinstance(parsed, CommunicationErrorResponse)
    assert (parsed.error.code, parsed.error.target) == ("PhoneNumberNotFound", "phoneNumber")


def test_number_in_path_is_percent_encoded_and_api_version_sent():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "no"}})

    client = Client(base_url="https://contoso.communication.azure.com")
    client.set_httpx_client(httpx.Client(base_url=client._base_url, transport=httpx.MockTransport(handler)))
    phone_numbers_get_by_number.sync_detailed("+14255550123", client=client)
    assert seen[0].url.raw_path == b"/phoneNumbers/%2B14255550123?api-version=2025-06-01"


def test_purchased_number_parses_service_example():
    import json
    from pathlib import Path

    upstream = Path(__file__).parents[2] / "../shared/upstream"
    example = upstream / "PhoneNumbers/stable/2025-06-01/examples/GetPhoneNumber.json"
    if not example.exists():
        pytest.skip("../shared/upstream is not present on this machine")
    body = json.loads(example.read_text())["responses"]["200"]["body"]
    number = PurchasedPhoneNumber.from_dict(body)
    assert number.to_dict()["phoneNumber"] == body["phoneNumber"]


def test_generated_packages_import_without_warnings():
    import importlib

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in ("acs_phonenumbers_generated", "acs_shortcodes_generated", "acs_phonenumbers_generated.models"):
            importlib.reload(importlib.import_module(name))


# --- the generated clients (openapi/templates/client.py.jinja) keep the generator's usual API ---------------------


def test_generated_client_builds_its_httpx_clients_from_its_settings():
    from acs_phonenumbers_generated.client import AuthenticatedClient

    client = Client(
        "https://x.test",
        headers={"x-a": "1"},
        cookies={"c": "v"},
        timeout=httpx.Timeout(3.0),
        follow_redirects=True,
        httpx_args={"max_redirects": 2},
        raise_on_unexpected_status=True,
    )
    built = client.get_httpx_client()

    assert client.get_httpx_client() is built
    assert (built.base_url, built.headers["x-a"], built.cookies["c"]) == ("https://x.test", "1", "v")
    assert (built.timeout, built.follow_redirects, built.max_redirects) == (httpx.Timeout(3.0), True, 2)
    assert client.raise_on_unexpected_status is True
    authenticated = AuthenticatedClient("https://x.test", "s3cret", prefix="Token")
    assert authenticated.get_httpx_client().headers["Authorization"] == "Token s3cret"
    assert "s3cret" not in repr(authenticated)
    built.close()
    authenticated.get_httpx_client().close()


def test_generated_client_with_headers_returns_a_new_client_and_updates_the_built_one():
    client = Client("https://x.test", headers={"x-a": "1"})
    built = client.get_httpx_client()

    other = client.with_headers({"x-b": "2"})

    assert other is not client
    assert built.headers["x-b"] == "2"
    assert other.get_httpx_client() is not built
    assert dict(other.get_httpx_client().headers).items() >= {"x-a": "1", "x-b": "2"}.items()
    assert client.with_timeout(httpx.Timeout(1.0)).get_httpx_client().timeout == httpx.Timeout(1.0)
    assert client.with_cookies({"c": "v"}).get_httpx_client().cookies["c"] == "v"


def test_generated_client_sends_through_a_given_httpx_client_and_closes_it_as_a_context_manager():
    seen = []
    given = httpx.Client(
        base_url="https://x.test", transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))
    )
    with Client("https://ignored.test").set_httpx_client(given) as client:
        phone_numbers_get_by_number.sync_detailed("+14255550123", client=client)

    assert seen[0].url.host == "x.test"
    assert given.is_closed


async def test_generated_client_async_twin():
    given = httpx.AsyncClient(base_url="https://x.test", transport=httpx.MockTransport(lambda r: httpx.Response(404)))
    async with Client("https://ignored.test").set_async_httpx_client(given) as client:
        response = await phone_numbers_get_by_number.asyncio_detailed("+14255550123", client=client)

    assert response.status_code == 404
    assert given.is_closed


def _mock_client(handler):
    return Client("https://x.communication.azure.com").set_httpx_client(
        httpx.Client(base_url="https://x.communication.azure.com", transport=httpx.MockTransport(handler))
    )


def test_the_generated_response_carries_the_httpx_response():
    body = {"id": "6227aeb8-8086-4824-9586-05cafe96f37b", "phoneNumbers": {}, "status": "active"}
    client = _mock_client(lambda request: httpx.Response(200, json=body, headers={"MS-CV": "cv"}))
    response = phone_numbers_get_reservation.sync_detailed("6227aeb8-8086-4824-9586-05cafe96f37b", client=client)
    assert isinstance(response.http_response, httpx.Response)
    assert response.http_response.request.url.path.endswith("/reservations/6227aeb8-8086-4824-9586-05cafe96f37b")
    assert response.http_response.headers["ms-cv"] == "cv" and response.status_code == 200
    assert isinstance(response.parsed, PhoneNumbersReservation)


def test_an_undecodable_body_raises_with_the_httpx_response():
    client = _mock_client(lambda request: httpx.Response(200, json={"no": "fields"}))
    with pytest.raises(pn_errors.UndecodableResponse) as raised:
        phone_numbers_get_by_number.sync_detailed("+14255550123", client=client)
    assert raised.value.response.status_code == 200 and isinstance(raised.value.error, KeyError)
    assert raised.value.__cause__ is raised.value.error


def test_enum_members_are_case_insensitive_attributes_in_both_packages():
    from acs_shortcodes_generated.models import ProgramBriefStatus

    assert PhoneNumberType.toll_free is PhoneNumberType.TOLL_FREE is PhoneNumberType["Toll_Free"]
    assert ProgramBriefStatus.draft is ProgramBriefStatus.DRAFT
    with pytest.raises(AttributeError):
        PhoneNumberType.satellite  # noqa: B018
    with pytest.raises(KeyError):
        PhoneNumberType["satellite"]
    assert copy.deepcopy(PhoneNumberType.MOBILE) is PhoneNumberType.MOBILE
    assert pickle.loads(pickle.dumps(PhoneNumberType.MOBILE)) is PhoneNumberType.MOBILE


def test_the_unset_sentinels_print_as_unset_and_are_one_notion():
    from acs_phonenumbers_generated import types as pn_types
    from acs_shortcodes_generated import types as sc_types

    assert repr(pn_types.UNSET) == repr(sc_types.UNSET) == "UNSET"
    assert pn_types.UNSET == sc_types.UNSET and hash(pn_types.UNSET) == hash(sc_types.UNSET)
    assert pn_types.UNSET != None and not pn_types.UNSET  # noqa: E711


@pytest.mark.parametrize(
    "base",
    [
        "https://contoso.communication.azure.com",
        "https://contoso.communication.azure.com/",
        "http://[::1]:8080/prefix",
        "https://h.example/a/b/",
        "",
        "https://h.example/?q=1",
    ],
)
def test_request_url_joins_as_httpx_does(base: str) -> None:
    """The operations hand httpx an absolute URL (parsed once); it must be the URL httpx's own joining gives."""
    from itertools import product
    from urllib.parse import quote, urlencode

    from acs_phonenumbers_generated.client import request_url

    values = ["+14255550123", "a b", "ü", "..", ".", "%2B", "a/b", "?#", "", "x.y", "a;b=c", ":x"]
    templates = ["/phoneNumbers/{}", "/availablePhoneNumbers/countries/{}/:search", "/a/{}/b/{}", "/{}", "/{}/x"]
    http = httpx.Client(base_url=base)
    for template in templates:
        for combo in product(values, repeat=template.count("{}")):
            path = template.format(*(quote(v, safe="") for v in combo))
            for query in ("", "?" + urlencode({"api-version": "2025-06-01", "top": 5, "skip": combo[0]})):
                expected = http._merge_url(path + query)
                assert http._merge_url(request_url(http, path + query)).raw_path == expected.raw_path
                assert str(http._merge_url(request_url(http, path + query))) == str(expected)
