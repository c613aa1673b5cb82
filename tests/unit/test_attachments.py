"""Program-brief attachments without a network: the checks before sending, and attaching a file from a path."""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from pathlib import Path

import anyio
import anyio.to_thread
import httpx
import pytest
import yaml

from acs_phonenumbers import (
    MAX_ATTACHMENT_BYTES,
    AttachmentType,
    AzureKeyCredential,
    FileType,
    HttpResponseError,
    InvalidArgumentError,
    RetryPolicy,
    ShortCodesClient,
)
from acs_phonenumbers._attachments import attachment_type_for_name, decoded_size, read_attachment_file
from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "shortcodes.yaml"
BRIEF = "5a838593-eb6d-4c26-b4ae-c9f5cb9a4841"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def test_the_limit_is_the_one_our_document_states() -> None:
    schema = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))["components"]["schemas"]["ProgramBriefAttachment"]
    assert schema["x-acs-max-attachment-bytes"] == MAX_ATTACHMENT_BYTES
    assert schema["properties"]["fileContentBase64"]["maxLength"] == 4 * -(-MAX_ATTACHMENT_BYTES // 3)


def test_decoded_size() -> None:
    assert decoded_size(base64.b64encode(PNG).decode()) == len(PNG)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("", "file_content_base64 is empty"),
        ("not base64!", "file_content_base64 is not valid base64"),
        ("abc", "file_content_base64 is not valid base64"),
        (b"iVBO", "must be a base64 str (encode bytes with base64.b64encode(data).decode()), got bytes"),
        (None, "file_content_base64 must not be None"),
        ("A" * (4 * -(-MAX_ATTACHMENT_BYTES // 3) + 4), "more than the service takes, 5242880 bytes (5 MiB)"),
    ],
)
def test_content_no_request_could_carry_is_refused(value: object, says: str) -> None:
    with pytest.raises(InvalidArgumentError, match=re.escape(says)):
        decoded_size(value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("terms-of-service.pdf", "termsOfService"),
        ("Contoso_Terms.PDF", "termsOfService"),
        ("privacy.png", "privacyPolicy"),
        ("call-to-action.png", "callToAction"),
        ("CallToAction.jpg", "callToAction"),
        ("signup-cta.jpeg", "callToAction"),
        ("opt-in-screen.png", "callToAction"),
        ("logo.png", "other"),
    ],
)
def test_attachment_type_from_the_name(name: str, expected: str) -> None:
    assert attachment_type_for_name(name) == expected


def test_a_file_is_read_encoded_and_typed(tmp_path: Path) -> None:
    path = tmp_path / "Privacy-Policy.JPEG"
    path.write_bytes(PNG)
    file = read_attachment_file(path)
    assert (file.file_name, file.file_type, file.attachment_type, file.size) == (
        "Privacy-Policy.JPEG",
        "jpeg",
        "privacyPolicy",
        len(PNG),
    )
    assert base64.b64decode(file.file_content_base64) == PNG
    uuid.UUID(file.attachment_id)
    given = read_attachment_file(path, attachment_type="other", attachment_id="x", file_name="shown.jpeg")
    assert (given.attachment_type, given.attachment_id, given.file_name) == ("other", "x", "shown.jpeg")


def test_files_no_request_could_carry_are_refused(tmp_path: Path) -> None:
    gif = tmp_path / "cta.gif"
    gif.write_bytes(PNG)
    with pytest.raises(
        InvalidArgumentError, match=r"cta\.gif: cannot tell the file type .* \.png, \.jpg, \.jpeg, \.pdf"
    ):
        read_attachment_file(gif)
    empty = tmp_path / "cta.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidArgumentError, match=r"cta\.png: the file is empty"):
        read_attachment_file(empty)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(InvalidArgumentError, match=r"big\.pdf: 5242881 bytes is more than the service takes"):
        read_attachment_file(big)
    with pytest.raises(FileNotFoundError):
        read_attachment_file(tmp_path / "missing.png")


class Recorder:
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        body = json.loads(request.content)
        body.pop("fileContentBase64")
        body["fileSizeInBytes"] = len(PNG)
        return httpx.Response(201, json=body)


def _client(recorder: Recorder) -> ShortCodesClient:
    return ShortCodesClient(
        "https://contoso.communication.azure.com",
        AzureKeyCredential("a2V5"),
        transport=httpx.MockTransport(recorder),
        retry=RetryPolicy.disabled(),
    )


def test_attach_file_sends_what_the_service_takes(tmp_path: Path) -> None:
    path = tmp_path / "terms.pdf"
    path.write_bytes(PNG)
    recorder = Recorder()
    with _client(recorder) as client:
        attachment = client.attach_file(BRIEF, path)
    (request,) = recorder.sent
    body = json.loads(request.content)
    assert request.method == "PUT"
    assert request.url.path == f"/shortCodes/countries/US/programBriefs/{BRIEF}/attachments/{body['id']}"
    assert request.url.params["api-version"] == "2022-09-06"
    assert body == {
        "id": body["id"],
        "type": "termsOfService",
        "fileName": "terms.pdf",
        "fileType": "pdf",
        "fileContentBase64": base64.b64encode(PNG).decode(),
    }
    assert attachment.type_ is AttachmentType.TERMS_OF_SERVICE
    assert attachment.file_type is FileType.PDF
    assert attachment.file_size_in_bytes == len(PNG)


def test_create_or_replace_sends_the_given_fields() -> None:
    recorder = Recorder()
    attachment_id = uuid.uuid4()
    with _client(recorder) as client:
        client.create_or_replace_us_program_brief_attachment(
            BRIEF, attachment_id, "a.png", "PNG", base64.b64encode(PNG).decode(), "callToAction", file_size_in_bytes=68
        )
        client.create_or_replace_us_program_brief_attachment(
            BRIEF, attachment_id, "a.png", "webp", base64.b64encode(PNG).decode(), "brandNew"
        )
    first, second = (json.loads(r.content) for r in recorder.sent)
    assert (first["fileType"], first["type"], first["fileSizeInBytes"]) == ("png", "callToAction", 68)
    assert (second["fileType"], second["type"]) == ("webp", "brandNew")  # open enums: the service decides
    assert "fileSizeInBytes" not in second


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ((BRIEF, "not-a-uuid", "a.png", "png", "iVBO", "other"), "attachment_id must be a UUID"),
        (("nope", str(uuid.uuid4()), "a.png", "png", "iVBO", "other"), "program_brief_id must be a UUID"),
        ((BRIEF, str(uuid.uuid4()), "", "png", "iVBO", "other"), "file_name must not be empty"),
        ((BRIEF, str(uuid.uuid4()), "a.png", "png", "iVB", "other"), "file_content_base64 is not valid base64"),
        ((BRIEF, str(uuid.uuid4()), "a.png", "", "iVBO", "other"), "file_type must not be empty"),
    ],
)
def test_nothing_is_sent_for_bad_input(arguments: tuple[str, ...], says: str) -> None:
    recorder = Recorder()
    with _client(recorder) as client, pytest.raises(InvalidArgumentError, match=says):
        client.create_or_replace_us_program_brief_attachment(*arguments)
    assert recorder.sent == []


def test_attach_file_with_a_bad_brief_id_reads_nothing(tmp_path: Path) -> None:
    recorder = Recorder()
    with _client(recorder) as client:
        with pytest.raises(InvalidArgumentError, match="program_brief_id"):
            client.attach_file("nope", tmp_path / "missing.png")
        with pytest.raises(InvalidArgumentError, match="attachment_type must not be empty"):
            client.attach_file(BRIEF, tmp_path / "missing.png", attachment_type=" ")
        with pytest.raises(InvalidArgumentError, match="attachment_id must be a UUID"):
            client.attach_file(BRIEF, tmp_path / "missing.png", attachment_id="x")
    assert recorder.sent == []


async def test_async_attach_file(tmp_path: Path) -> None:
    path = tmp_path / "call-to-action.png"
    path.write_bytes(PNG)
    recorder = Recorder()

    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    async with AsyncShortCodesClient(
        "https://contoso.communication.azure.com",
        AzureKeyCredential("a2V5"),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy.disabled(),
    ) as client:
        attachment = await client.attach_file(BRIEF, path, attachment_type=AttachmentType.OTHER)
    assert attachment.type_ is AttachmentType.OTHER
    assert json.loads(recorder.sent[0].content)["fileType"] == "png"


def _async_client(recorder: Recorder) -> AsyncShortCodesClient:
    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    return AsyncShortCodesClient(
        "https://contoso.communication.azure.com",
        AzureKeyCredential("a2V5"),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy.disabled(),
    )


async def test_async_attach_file_reads_the_file_while_the_loop_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cta.png"
    path.write_bytes(PNG)
    reading, released = threading.Event(), threading.Event()
    readers: list[int] = []
    read_bytes = Path.read_bytes

    def read_bytes_when_released(self: Path) -> bytes:
        readers.append(threading.get_ident())
        reading.set()
        # Released by a task on the event loop: were this read on the loop's thread, that task could not run.
        # The timeout only ends a failing test instead of hanging it.
        assert released.wait(timeout=30), "the event loop was held up while the file was read"
        return read_bytes(self)

    async def release_once_reading() -> None:
        await anyio.to_thread.run_sync(reading.wait, 30)
        released.set()

    monkeypatch.setattr(Path, "read_bytes", read_bytes_when_released)
    recorder = Recorder()
    async with _async_client(recorder) as client, anyio.create_task_group() as tasks:
        tasks.start_soon(release_once_reading)
        attachment = await client.attach_file(BRIEF, path)
    assert readers and readers[0] != threading.get_ident()
    assert attachment.type_ is AttachmentType.CALL_TO_ACTION
    assert json.loads(recorder.sent[0].content)["fileContentBase64"] == base64.b64encode(PNG).decode()


async def test_async_attach_file_refuses_what_the_sync_one_refuses(tmp_path: Path) -> None:
    (tmp_path / "cta.gif").write_bytes(PNG)
    (tmp_path / "empty.png").write_bytes(b"")
    with (tmp_path / "big.pdf").open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    cases: list[tuple[str, Path, dict[str, object]]] = [
        ("nope", tmp_path / "missing.png", {}),
        (BRIEF, tmp_path / "missing.png", {"attachment_type": " "}),
        (BRIEF, tmp_path / "missing.png", {"attachment_id": "x"}),
        (BRIEF, tmp_path / "missing.png", {"file_name": 7}),
        (BRIEF, tmp_path / "cta.gif", {}),
        (BRIEF, tmp_path / "empty.png", {}),
        (BRIEF, tmp_path / "big.pdf", {}),
        (BRIEF, tmp_path / "missing.png", {}),
    ]
    recorder = Recorder()
    with _client(recorder) as client:
        async with _async_client(recorder) as aclient:
            for brief, path, kwargs in cases:
                with pytest.raises((InvalidArgumentError, TypeError, OSError)) as sync_error:
                    client.attach_file(brief, path, **kwargs)
                with pytest.raises((InvalidArgumentError, TypeError, OSError)) as async_error:
                    await aclient.attach_file(brief, path, **kwargs)
                assert (async_error.type, str(async_error.value)) == (sync_error.type, str(sync_error.value))
    assert recorder.sent == []


def _not_found(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "nothing here"}})

    return httpx.MockTransport(answer)


def _the_2022_calls(path: Path) -> list[tuple[str, tuple[object, ...], dict[str, object]]]:
    content = base64.b64encode(PNG).decode()
    return [
        ("list_short_code_costs", (), {}),
        ("create_or_replace_us_program_brief_attachment", (BRIEF, uuid.uuid4(), "a.png", "png", content, "other"), {}),
        ("attach_file", (BRIEF, path), {"attachment_type": "other"}),
        ("get_us_program_brief_attachment", (BRIEF, uuid.uuid4()), {}),
        ("list_us_program_brief_attachments", (BRIEF,), {}),
        ("delete_us_program_brief_attachment", (BRIEF, uuid.uuid4()), {}),
    ]


def test_the_2022_operations_take_the_per_call_keywords(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    keywords = {"headers": {"x-call": "1"}, "timeout": 7, "request_id": "req-1", "retry_total": 0}
    for name, args, kwargs in _the_2022_calls(path):
        sent: list[httpx.Request] = []
        with ShortCodesClient("https://contoso.communication.azure.com", "a2V5", transport=_not_found(sent)) as client:
            with pytest.raises(HttpResponseError):
                result = getattr(client, name)(*args, **kwargs, **keywords)
                next(iter(result))
            with pytest.raises(TypeError, match=rf"ShortCodesClient\.{name}"):
                getattr(client, name)(*args, **kwargs, no_such_keyword=1)
        (request,) = sent  # retry_total=0: one attempt
        assert request.headers["x-call"] == "1" and request.headers["x-ms-client-request-id"] == "req-1", name
        assert request.extensions["timeout"]["read"] == 7, name


async def test_the_async_2022_operations_take_the_per_call_keywords(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    for name, args, kwargs in _the_2022_calls(path):
        sent: list[httpx.Request] = []
        transport = _not_found(sent)
        async with AsyncShortCodesClient(
            "https://contoso.communication.azure.com", "a2V5", transport=transport
        ) as client:
            with pytest.raises(HttpResponseError):
                result = getattr(client, name)(*args, **kwargs, headers={"x-call": "1"}, retry_total=0)
                if name.startswith("list_"):
                    await result.__anext__()
                else:
                    await result
        (request,) = sent
        assert request.headers["x-call"] == "1", name
