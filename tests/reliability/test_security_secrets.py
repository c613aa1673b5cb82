"""Secrets never leave the process in text: not in logs (any level, any logger), not on stdout/stderr, not in the
reprs of clients, credentials, auth objects, pollers and pagers, not in exception messages or tracebacks.

A full lifecycle (search, purchase, update, list, release) plus errors (404, 401, a dead endpoint, a bad connection
string) runs with a known access key and, separately, a known bearer token. Every Authorization header actually sent
is recorded by a wrapping transport; none of the key, the token or any signature may appear in what was captured.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Iterator

import pytest

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._auth import auth_for
from acs_phonenumbers._credentials import AzureKeyCredential, parse_connection_string
from acs_phonenumbers._errors import AcsError
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import Emulator

from ._support import (
    CAPABILITIES,
    KNOWN_TOKEN,
    AsyncFakeTokenCredential,
    AsyncRecordingTransport,
    FakeTokenCredential,
    Recorder,
    RecordingTransport,
    closed_port,
)

SECRET_KEY = base64.b64encode(b"reliability secret key: never print me 0123456789").decode()


@pytest.fixture(scope="module")
def secret_emulator() -> Iterator[Emulator]:
    with Emulator(lro_seconds=0.0, access_key=SECRET_KEY, dev_bearer=True) as emu:
        yield emu


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every log record at DEBUG, from our logger and from everyone else (httpx, httpcore, uvicorn)."""
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="acs_phonenumbers"):
        yield caplog


def _describe(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), *map(str, exc.args), "".join(traceback.format_exception(exc))])


def _assert_clean(texts: list[str], secrets: set[str]) -> None:
    assert secrets, "nothing was recorded: the test would prove nothing"
    blob = "\n".join(texts)
    for secret in secrets:
        assert secret not in blob, f"a secret ({len(secret)} chars, starting {secret[:4]!r}) leaked"


def _lifecycle(client: PhoneNumbersClient, texts: list[str]) -> None:
    poller = client.begin_search_available_phone_numbers(
        "US", "tollFree", "application", CAPABILITIES, polling_interval=0
    )
    texts.append(repr(poller))
    search = poller.result()
    texts += [repr(poller), poller.continuation_token(), repr(search)]
    client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True, polling_interval=0).result()
    number = search.phone_numbers[0]
    updated = client.begin_update_phone_number_capabilities(number, sms="none", polling_interval=0).result()
    texts.append(repr(updated))
    pager = client.list_purchased_phone_numbers(top=1)
    texts.append(repr(pager))
    listed = [n.phone_number for n in pager]
    assert number in listed
    texts.append(repr(pager))
    client.begin_release_phone_number(number, polling_interval=0).result()
    with pytest.raises(AcsError) as missing:
        client.get_purchased_phone_number(number)
    texts.append(_describe(missing.value))


def test_no_secret_in_logs_reprs_or_errors_with_a_key(
    secret_emulator: Emulator, everything: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secret_emulator.reset()
    recorder = Recorder()
    texts: list[str] = []
    credential = AzureKeyCredential(SECRET_KEY)
    texts += [repr(credential), str(credential), repr(auth_for(credential))]
    parsed = parse_connection_string(secret_emulator.connection_string)
    texts += [repr(parsed), str(parsed)]
    with PhoneNumbersClient(
        secret_emulator.endpoint, credential, transport=RecordingTransport(recorder), polling_interval=0
    ) as client:
        texts += [repr(client), str(client)]
        _lifecycle(client, texts)
    # A refused key: the 401 error must not quote the signature it refused.
    wrong = AzureKeyCredential(base64.b64encode(b"not the key").decode())
    with PhoneNumbersClient(secret_emulator.endpoint, wrong, transport=RecordingTransport(recorder)) as client:
        with pytest.raises(AcsError) as refused:
            client.get_purchased_phone_number("+18005550100")
        texts.append(_describe(refused.value))
    # A dead endpoint: the transport error names the URL, never the headers.
    dead = f"http://127.0.0.1:{closed_port()}"
    retry = RetryPolicy(max_retries=1, backoff_factor=0.0)
    with PhoneNumbersClient(dead, credential, retry=retry, transport=RecordingTransport(recorder)) as client:
        with pytest.raises(AcsError) as unreachable:
            client.get_purchased_phone_number("+18005550100")
        texts.append(_describe(unreachable.value))
    # A connection string with a broken key: the message must not echo it.
    broken_key = SECRET_KEY[:-4] + "!!!!"
    with pytest.raises(ValueError) as bad:
        parse_connection_string(f"endpoint={secret_emulator.endpoint};accesskey={broken_key}")
    texts.append(_describe(bad.value))
    with pytest.raises(ValueError) as no_endpoint:
        parse_connection_string(f"accesskey={SECRET_KEY}")
    texts.append(_describe(no_endpoint.value))
    with pytest.raises(ValueError) as as_endpoint:
        PhoneNumbersClient(secret_emulator.connection_string, credential)
    texts.append(_describe(as_endpoint.value))

    out, err = capfd.readouterr()
    texts += [out, err, everything.text, *(r.getMessage() for r in everything.records)]
    assert len(recorder.requests) >= 10
    _assert_clean(texts, recorder.secrets() | {SECRET_KEY, broken_key})


def test_no_secret_in_logs_reprs_or_errors_with_a_bearer_token(
    secret_emulator: Emulator, everything: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secret_emulator.reset()
    recorder = Recorder()
    texts: list[str] = []
    credential = FakeTokenCredential()
    texts.append(repr(auth_for(credential)))
    with PhoneNumbersClient(
        secret_emulator.endpoint, credential, transport=RecordingTransport(recorder), polling_interval=0
    ) as client:
        texts.append(repr(client))
        _lifecycle(client, texts)
    out, err = capfd.readouterr()
    texts += [out, err, everything.text, *(r.getMessage() for r in everything.records)]
    assert credential.calls >= 1
    assert recorder.secrets() == {KNOWN_TOKEN}
    _assert_clean(texts, {KNOWN_TOKEN})


async def test_no_secret_in_logs_with_the_async_client(
    secret_emulator: Emulator, everything: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secret_emulator.reset()
    recorder = Recorder()
    texts: list[str] = []
    for credential in (AzureKeyCredential(SECRET_KEY), AsyncFakeTokenCredential()):
        async with AsyncPhoneNumbersClient(
            secret_emulator.endpoint, credential, transport=AsyncRecordingTransport(recorder), polling_interval=0
        ) as client:
            texts.append(repr(client))
            poller = await client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES)
            search = await poller.result()
            texts += [repr(poller), repr(search)]
            await (await client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True)).result()
            number = search.phone_numbers[0]
            texts.append(repr([n async for n in client.list_purchased_phone_numbers()]))
            await (await client.begin_release_phone_number(number)).result()
            with pytest.raises(AcsError) as missing:
                await client.get_purchased_phone_number(number)
            texts.append(_describe(missing.value))
    out, err = capfd.readouterr()
    texts += [out, err, everything.text]
    _assert_clean(texts, recorder.secrets() | {SECRET_KEY, KNOWN_TOKEN})


def test_log_redaction_keeps_the_useful_parts(secret_emulator: Emulator, everything: pytest.LogCaptureFixture) -> None:
    """Redaction must not hide everything: method, URL, status and MS-CV are logged, the Authorization is not."""
    secret_emulator.reset()
    with PhoneNumbersClient(secret_emulator.endpoint, AzureKeyCredential(SECRET_KEY)) as client:
        list(client.list_purchased_phone_numbers())
    ours = [r.getMessage() for r in everything.records if r.name == "acs_phonenumbers"]
    assert any("GET" in m and "/phoneNumbers" in m and "200" in m and "MS-CV" in m for m in ours)
    assert any("authorization" in m.lower() and "REDACTED" in m for m in ours)
