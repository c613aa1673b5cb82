"""The short-code recordings at api-version 2022-09-06, replayed through our client with an injected transport.

The JavaScript short-codes client recorded these against the live service (``../shared/recordings``). We drive our
client the way the recorded test drove that one and check that every request matches the recording in order:
method, path and query (``skip``, ``top``, ``api-version``, in the recorded order), and the recorded body; then that
our client reads each response as the service meant it (sizes, no attachment content, pages, the 404s).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from acs_phonenumbers import (
    AttachmentType,
    AzureKeyCredential,
    FileType,
    ProgramBriefAttachment,
    ProgramBriefStatus,
    ResourceNotFoundError,
    RetryPolicy,
    ShortCodeBillingFrequency,
    ShortCodesClient,
    program_brief_from_dict,
)
from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient

RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings"
KEY = "c2VjcmV0LWtleS1mb3ItcmVwbGF5LW9ubHk="
# The recordings' host is sanitized to "endpoint"; URLs in recorded bodies on that host match ours on this one.
RECORDED_HOST = "https://endpoint/"
OUR_HOST = "https://endpoint.example/"
DROPPED_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}
FILES = {
    "costs": "js/shortcodecostsclient__lists_short_code_costs__can_list_all_short_code_costs.json",
    "costs by page": "shortcodes-2022-09-06/js/shortcodes_costs_list_by_page.json",
    "short codes": "shortcodes-2022-09-06/js/shortcodes_list_short_codes.json",
    "attachments": "shortcodes-2022-09-06/js/shortcodes_manage_attachments.json",
}

pytestmark = pytest.mark.skipif(not RECORDINGS.is_dir(), reason="shared recordings are not checked out")


@dataclass
class Entry:
    method: str
    url: str
    request_body: Any
    request_headers: dict[str, str]
    status: int
    headers: dict[str, str]
    body: Any
    sent: httpx.Request | None = None

    def target(self) -> tuple[str, str, str]:
        parts = urlsplit(self.url)
        return self.method, parts.path, parts.query


def _ours(value: Any) -> Any:
    """A recorded body with its sanitized host replaced by ours (our brief checks want a dotted host name)."""
    if isinstance(value, str):
        return value.replace(RECORDED_HOST, OUR_HOST)
    if isinstance(value, dict):
        return {k: _ours(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_ours(v) for v in value]
    return value


@dataclass
class Replay:
    name: str
    entries: list[Entry]
    unexpected: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, name: str) -> Replay:
        data = json.loads((RECORDINGS / name).read_text(encoding="utf-8"))
        return cls(
            name,
            [
                Entry(
                    e["RequestMethod"],
                    e["RequestUri"],
                    e.get("RequestBody"),
                    {k.lower(): v for k, v in (e.get("RequestHeaders") or {}).items()},
                    e["StatusCode"],
                    e.get("ResponseHeaders") or {},
                    e.get("ResponseBody"),
                )
                for e in data["Entries"]
            ],
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        pending = next((e for e in self.entries if e.sent is None), None)
        sent = (request.method, request.url.path, request.url.query.decode())
        if pending is None or pending.target() != sent:
            self.unexpected.append(f"{sent} (expected {pending.target() if pending else 'nothing'})")
            return httpx.Response(599, json={"error": {"code": "NotRecorded", "message": "not in the recording"}})
        pending.sent = request
        headers = {k: v for k, v in pending.headers.items() if k.lower() not in DROPPED_HEADERS}
        if pending.body is None or pending.body == "":
            return httpx.Response(pending.status, headers=headers, request=request)
        return httpx.Response(pending.status, headers=headers, json=pending.body, request=request)

    def check_conversation(self) -> None:
        """Every recorded request was sent, in order, matching method, path and query, with the recorded body."""
        assert self.unexpected == [], f"requests not as in {self.name}: {self.unexpected}"
        missing = [f"{e.method} {e.url}" for e in self.entries if e.sent is None]
        assert missing == [], f"recorded requests never sent: {missing}"
        for entry in self.entries:
            assert entry.sent is not None
            if entry.request_body is None:
                assert entry.sent.content == b"", entry.url
            else:
                assert json.loads(entry.sent.content) == _ours(entry.request_body), entry.url
                assert entry.sent.headers["content-type"] == entry.request_headers["content-type"], entry.url


Runner = Callable[[str, Callable[[Any], Awaitable[None]]], Awaitable[Replay]]


class Sync:
    """The sync client behind the calls the scenarios make, so one scenario runs against both clients."""

    def __init__(self, client: ShortCodesClient) -> None:
        self.client = client

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.client, name)(*args, **kwargs)

    async def items(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        return list(getattr(self.client, name)(*args, **kwargs))

    def pages(self, name: str, *args: Any, **kwargs: Any) -> Any:
        iterator = getattr(self.client, name)(*args, **kwargs).by_page()

        async def next_page() -> list[Any] | None:
            page = next(iterator, None)
            return None if page is None else list(page)

        return next_page


class Async:
    def __init__(self, client: AsyncShortCodesClient) -> None:
        self.client = client

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return await getattr(self.client, name)(*args, **kwargs)

    async def items(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [item async for item in getattr(self.client, name)(*args, **kwargs)]

    def pages(self, name: str, *args: Any, **kwargs: Any) -> Any:
        iterator = getattr(self.client, name)(*args, **kwargs).by_page()

        async def next_page() -> list[Any] | None:
            try:
                return list(await iterator.__anext__())
            except StopAsyncIteration:
                return None

        return next_page


@pytest.fixture(params=["sync", "async"])
async def replay(request: pytest.FixtureRequest) -> AsyncIterator[Runner]:
    async def run(name: str, scenario: Callable[[Any], Awaitable[None]]) -> Replay:
        recording = Replay.load(name)
        options: dict[str, Any] = {"transport": httpx.MockTransport(recording), "retry": RetryPolicy.disabled()}
        endpoint = "https://endpoint"
        if request.param == "sync":
            with ShortCodesClient(endpoint, AzureKeyCredential(KEY), **options) as client:
                await scenario(Sync(client))
        else:
            async with AsyncShortCodesClient(endpoint, AzureKeyCredential(KEY), **options) as aclient:
                await scenario(Async(aclient))
        recording.check_conversation()
        return recording

    yield run


COSTS = [
    ("CA", "once", 3000.0, None),
    ("CA", "monthly", 1000.0, False),
    ("GB", "once", 0.0, None),
    ("GB", "monthly", 1600.0, False),
    ("US", "once", 650.0, None),
    ("US", "monthly", 1500.0, True),
    ("US", "monthly", 1000.0, False),
]


def _cost(cost: Any) -> tuple[str, str, float, bool | None]:
    vanity = cost.is_vanity_short_code
    return cost.country_code, str(cost.billing_frequency), cost.amount, vanity if isinstance(vanity, bool) else None


async def test_list_short_code_costs(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        costs = await client.items("list_short_code_costs")
        assert [_cost(c) for c in costs] == COSTS
        assert all(c.currency_code == "USD" for c in costs)
        assert costs[0].billing_frequency is ShortCodeBillingFrequency.ONCE

    await replay(FILES["costs"], scenario)


async def test_list_short_code_costs_one_per_page(replay: Runner) -> None:
    """Seven costs at top=1: eight requests, each next link relative, the last page empty and without a link."""

    async def scenario(client: Any) -> None:
        next_page = client.pages("list_short_code_costs", top=1)
        pages = []
        while (page := await next_page()) is not None:
            pages.append(page)
        assert [len(p) for p in pages] == [1] * 7 + [0]
        assert [_cost(p[0]) for p in pages[:-1]] == COSTS

    await replay(FILES["costs by page"], scenario)


async def test_list_short_codes(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        codes = await client.items("list_short_codes")
        assert [(c.value, c.country_code) for c in codes] == [("57605", "US"), ("61234", "GB")]
        assert codes[0].number == "57605"  # the legacy name, still sent
        assert codes[0].program_brief_ids == ["f5d6f67c-436f-4429-985d-a8c92804e7e7"]
        assert codes[1].program_brief_ids == []
        assert codes[0].purchase_date.year == 2023

    await replay(FILES["short codes"], scenario)


BRIEF_ID = "5a838593-eb6d-4c26-b4ae-c9f5cb9a4841"
FIRST, SECOND = "339a4c20-733f-4029-bf67-ee1512675d0c", "f813eaa0-92fb-4dae-a916-818de1407a49"


def _recorded_upsert() -> dict[str, Any]:
    entries = json.loads((RECORDINGS / FILES["attachments"]).read_text(encoding="utf-8"))["Entries"]
    (patch,) = [e for e in entries if e["RequestMethod"] == "PATCH"]
    body: dict[str, Any] = _ours(patch["RequestBody"])
    return body


def _recorded_content() -> str:
    entries = json.loads((RECORDINGS / FILES["attachments"]).read_text(encoding="utf-8"))["Entries"]
    content: str = next(e for e in entries if e["RequestMethod"] == "PUT")["RequestBody"]["fileContentBase64"]
    return content


async def test_manage_attachments(replay: Runner) -> None:
    """Briefs listed, a brief created, two attachments created, read, listed and paged, deleted; the brief too."""

    async def scenario(client: Any) -> None:
        briefs = await client.items("list_us_program_briefs")
        assert len(briefs) == 18
        with_attachments = [b for b in briefs if b.attachments]
        assert with_attachments and all(a.file_name for b in with_attachments for a in b.attachments)
        assert {str(a.type_) for b in with_attachments for a in b.attachments} <= {t.value for t in AttachmentType}

        with pytest.raises(ResourceNotFoundError) as missing:
            await client.call("get_us_program_brief", BRIEF_ID)
        assert missing.value.error is not None and missing.value.error.code == "NotFound"

        brief = program_brief_from_dict(_recorded_upsert())
        created = await client.call("upsert_us_program_brief", BRIEF_ID, brief)
        assert created.status is ProgramBriefStatus.DRAFT
        assert created.program_details.call_to_action_types[0].value == "sms"
        assert created.message_details.supported_protocol.value == "sms"
        assert created.message_details.use_cases[0].content_type.value == "marketingAndPromotion"
        assert [(c.country_code, c.amount) for c in created.costs] == [("US", 650.0), ("US", 1000.0)]

        assert await client.items("list_us_program_brief_attachments", BRIEF_ID) == []
        content = _recorded_content()
        for attachment_id in (FIRST, SECOND):
            made = await client.call(
                "create_or_replace_us_program_brief_attachment",
                BRIEF_ID,
                attachment_id,
                "testFriendlyName",
                FileType.PNG,
                content,
                AttachmentType.CALL_TO_ACTION,
            )
            assert isinstance(made, ProgramBriefAttachment)
            read = await client.call("get_us_program_brief_attachment", BRIEF_ID, attachment_id)
            for attachment in (made, read):
                assert str(attachment.id) == attachment_id
                assert attachment.file_size_in_bytes == 142
                assert attachment.type_ is AttachmentType.CALL_TO_ACTION
                assert attachment.file_type is FileType.PNG
                assert "fileContentBase64" not in attachment.to_dict()

        next_page = client.pages("list_us_program_brief_attachments", BRIEF_ID, top=1)
        first = await next_page()
        everything = await client.items("list_us_program_brief_attachments", BRIEF_ID)
        rest = []
        while (page := await next_page()) is not None:
            rest.append(page)
        assert [str(a.id) for a in everything] == [FIRST, SECOND]
        assert [[str(a.id) for a in p] for p in [first, *rest]] == [[FIRST], [SECOND], []]

        await client.call("delete_us_program_brief_attachment", BRIEF_ID, SECOND)
        await client.call("delete_us_program_brief_attachment", BRIEF_ID, FIRST)
        assert await client.items("list_us_program_brief_attachments", BRIEF_ID) == []
        await client.call("delete_us_program_brief", BRIEF_ID)
        with pytest.raises(ResourceNotFoundError):
            await client.call("get_us_program_brief", BRIEF_ID)

    await replay(FILES["attachments"], scenario)


def test_every_short_code_recording_is_replayed() -> None:
    """A new short-code recording in shared/ must get a scenario here."""
    names = sorted(str(p.relative_to(RECORDINGS)) for p in RECORDINGS.rglob("*.json") if "shortcode" in p.name)
    assert names == sorted(FILES.values())
