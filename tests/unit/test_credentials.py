"""Key credential and connection strings: tolerant parsing, specific errors, the key never shown."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acs_phonenumbers._credentials import (
    AsyncTokenCredential,
    AzureKeyCredential,
    ConnectionString,
    KeyCredential,
    TokenCredential,
    parse_connection_string,
)
from acs_phonenumbers._errors import InvalidArgumentError

KEY = base64.b64encode(b"a connection string test key, 32+ bytes long").decode()
ENDPOINT = "https://contoso.communication.azure.com"


def test_key_credential_update_and_repr() -> None:
    credential = AzureKeyCredential(KEY)
    assert credential.key == KEY
    assert KEY not in repr(credential) and KEY not in str(credential)
    credential.update("bmV3")
    assert credential.key == "bmV3"
    for bad in ("", "   "):
        with pytest.raises(InvalidArgumentError):
            credential.update(bad)
    with pytest.raises(TypeError):
        AzureKeyCredential(None)  # type: ignore[arg-type]
    assert credential.key == "bmV3"  # a refused update leaves the old key


def test_protocols() -> None:
    from azure.core.credentials import AzureKeyCredential as CoreKeyCredential

    assert isinstance(AzureKeyCredential(KEY), KeyCredential)
    assert isinstance(CoreKeyCredential(KEY), KeyCredential)

    class Sync:
        def get_token(self, *scopes: str, **kwargs: object) -> object:
            return object()

    assert isinstance(Sync(), TokenCredential) and isinstance(Sync(), AsyncTokenCredential)  # structural only


@pytest.mark.parametrize(
    "text",
    [
        f"endpoint={ENDPOINT}/;accesskey={KEY}",
        f"endpoint={ENDPOINT};accesskey={KEY}",
        f"accesskey={KEY};endpoint={ENDPOINT}/",
        f"EndPoint={ENDPOINT}/;AccessKey={KEY};",
        f"  endpoint = {ENDPOINT}/ ; accesskey = {KEY} ;; ",
        f"ENDPOINT=HTTPS://CONTOSO.communication.azure.com//;ACCESSKEY={KEY}",
    ],
)
def test_valid_forms(text: str) -> None:
    parsed = parse_connection_string(text)
    assert parsed == ConnectionString(endpoint=ENDPOINT, access_key=KEY)
    assert KEY not in repr(parsed)


def test_http_and_ports_allowed_for_local_use() -> None:
    parsed = parse_connection_string(f"endpoint=http://127.0.0.1:8443/;accesskey={KEY}")
    assert parsed.endpoint == "http://127.0.0.1:8443"


def test_key_with_equals_padding_is_kept_whole() -> None:
    key = base64.b64encode(b"x").decode()  # 'eA=='
    assert parse_connection_string(f"endpoint={ENDPOINT};accesskey={key}").access_key == key


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "missing 'endpoint' and 'accesskey'"),
        (f"accesskey={KEY}", "missing 'endpoint'"),
        (f"endpoint={ENDPOINT}", "missing 'accesskey'"),
        (f"endpoint={ENDPOINT};accesskey=", "missing 'accesskey'"),
        (f"endpoint={ENDPOINT};acceskey={KEY}", "found 'endpoint', 'acceskey'"),
        (f"endpoint={ENDPOINT};{KEY[:-2]}", "segment 2 is not 'name=value'"),
        (f"endpoint={ENDPOINT};accesskey={KEY};accesskey={KEY}", "more than once"),
        (f"endpoint=contoso.communication.azure.com;accesskey={KEY}", "http(s) URL"),
        (f"endpoint=ftp://contoso;accesskey={KEY}", "http(s) URL"),
        (f"endpoint=https://;accesskey={KEY}", "http(s) URL"),
        (f"endpoint=https://h:99999;accesskey={KEY}", "http(s) URL"),
        (f"endpoint=https://u:p@h;accesskey={KEY}", "user info"),
        (f"endpoint={ENDPOINT};accesskey=not*base64!", "not valid base64"),
    ],
)
def test_errors_name_the_problem_and_never_the_key(text: str, fragment: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        parse_connection_string(text)
    message = str(info.value)
    assert fragment in message
    assert "endpoint=https://<resource>" in message or "Keys page" in message  # says how to fix it
    assert KEY not in message and KEY[:-2] not in message and "not*base64" not in message


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        parse_connection_string(None)  # type: ignore[arg-type]


@given(st.text(max_size=200))
def test_any_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        parsed = parse_connection_string(text)
    except InvalidArgumentError as exc:
        key = text.lower().partition("accesskey=")[2].split(";")[0].strip()
        if len(key) >= 4:
            assert key not in str(exc).lower()
    else:
        assert parsed.endpoint.startswith(("http://", "https://"))


@given(st.binary(min_size=1, max_size=64), st.sampled_from(["endpoint", "ENDPOINT", "Endpoint"]))
def test_round_trip(raw_key: bytes, name: str) -> None:
    key = base64.b64encode(raw_key).decode()
    parsed = parse_connection_string(f"accesskey={key};{name}={ENDPOINT}/")
    assert parsed.access_key == key and parsed.endpoint == ENDPOINT
