"""TLS verification is on by default; turning it off takes an explicit ``verify=False`` and logs a warning."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterator

import pytest

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import ServiceRequestError
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import DEV_ACCESS_KEY, Emulator

NO_RETRY = RetryPolicy(max_retries=1, backoff_factor=0.0)


@pytest.fixture(scope="module")
def tls_emulator() -> Iterator[Emulator]:
    with Emulator(lro_seconds=0.0, tls=True) as emu:
        yield emu


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "acs_phonenumbers" and r.levelno >= logging.WARNING]


def test_tls_emulator_serves_https(tls_emulator: Emulator) -> None:
    assert tls_emulator.endpoint.startswith("https://127.0.0.1:")
    assert tls_emulator.ca_file


def test_unknown_ca_is_refused_by_default(tls_emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    client = PhoneNumbersClient(tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY))  # default retries
    with client, pytest.raises(ServiceRequestError) as info:
        list(client.list_purchased_phone_numbers())
    message = str(info.value)
    assert "CERTIFICATE_VERIFY_FAILED" in message or "certificate" in message.lower()
    assert info.value.attempts == 1  # a certificate failure cannot succeed on a retry
    assert "not retried" in message
    assert isinstance(info.value.__cause__.__context__ or info.value.__cause__, Exception)
    assert not _warnings(caplog)


async def test_unknown_ca_is_refused_by_default_async(tls_emulator: Emulator) -> None:
    async with AsyncPhoneNumbersClient(
        tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), retry=NO_RETRY
    ) as client:
        with pytest.raises(ServiceRequestError, match=r"(?i)certificate"):
            await client.get_purchased_phone_number("+18005550100")


def test_connection_string_client_verifies_too(tls_emulator: Emulator) -> None:
    client = PhoneNumbersClient.from_connection_string(tls_emulator.connection_string, retry=NO_RETRY)
    with client, pytest.raises(ServiceRequestError, match=r"(?i)certificate"):
        list(client.list_purchased_phone_numbers())


@pytest.mark.parametrize("kind", ["path", "context"])
def test_the_emulator_ca_makes_it_work(tls_emulator: Emulator, caplog: pytest.LogCaptureFixture, kind: str) -> None:
    assert tls_emulator.ca_file
    verify: str | ssl.SSLContext = (
        tls_emulator.ca_file if kind == "path" else ssl.create_default_context(cafile=tls_emulator.ca_file)
    )
    with PhoneNumbersClient(tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), verify=verify) as client:
        assert list(client.list_purchased_phone_numbers()) == []
    assert not _warnings(caplog)


def test_verify_false_works_and_warns(tls_emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="acs_phonenumbers"),
        PhoneNumbersClient(tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), verify=False) as client,
    ):
        assert list(client.list_purchased_phone_numbers()) == []
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "verif" in warnings[0].lower()


async def test_verify_false_works_and_warns_async(tls_emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="acs_phonenumbers"):
        async with AsyncPhoneNumbersClient(
            tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), verify=False
        ) as client:
            assert [n async for n in client.list_purchased_phone_numbers()] == []
    assert len(_warnings(caplog)) == 1


@pytest.mark.parametrize("verify", [0, 1, None, b"/tmp/ca.pem", object()])
def test_verify_accepts_only_explicit_values(tls_emulator: Emulator, verify: object) -> None:
    """Anything but True/False/a path/an SSLContext is refused, so a falsy typo can never switch verification off."""
    with pytest.raises((TypeError, ValueError)):
        PhoneNumbersClient(tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), verify=verify)  # type: ignore[arg-type]


def test_an_empty_ca_path_does_not_switch_verification_off(tls_emulator: Emulator) -> None:
    client = PhoneNumbersClient(tls_emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), verify="", retry=NO_RETRY)
    with client, pytest.raises(ServiceRequestError, match=r"(?i)certificate"):
        list(client.list_purchased_phone_numbers())
