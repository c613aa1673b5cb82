"""Short codes at api-version 2022-09-06 against the emulator over real HTTP, sync and async: costs, a brief with the
current field names, and its attachments (created, read without content, listed and paged, deleted, then 404)."""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from acs_phonenumbers import (
    AttachmentType,
    FileType,
    HttpResponseError,
    ProgramBriefAttachment,
    ResourceNotFoundError,
    ShortCodeBillingFrequency,
    ShortCodesClient,
    load_program_brief,
)
from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient
from acs_phonenumbers.emulator import Emulator

YAML_BRIEF = Path(__file__).parent.parent / "data" / "program_brief.yaml"
SERVER_FIELDS = ("status", "costs", "reviewNotes", "number", "submissionDate", "statusUpdatedDate", "attachments")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
CONTENT = base64.b64encode(PNG).decode()
# The service's catalogue (recorded in 2023): country, billing frequency, amount, vanity (monthly rows only).
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


def _no_content(attachment: ProgramBriefAttachment) -> bool:
    return "fileContentBase64" not in attachment.to_dict()


@pytest.fixture
def client(acs_emulator: Emulator) -> Iterator[ShortCodesClient]:
    with ShortCodesClient.from_connection_string(acs_emulator.connection_string) as client:
        yield client


@pytest.fixture
async def aclient(acs_emulator: Emulator) -> AsyncIterator[AsyncShortCodesClient]:
    async with AsyncShortCodesClient.from_connection_string(acs_emulator.connection_string) as client:
        yield client


def test_costs_are_listed_and_paged(client: ShortCodesClient) -> None:
    assert [_cost(c) for c in client.list_short_code_costs()] == COSTS
    pages = [list(page) for page in client.list_short_code_costs(top=3).by_page()]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [_cost(c) for p in pages for c in p] == COSTS
    assert next(iter(client.list_short_code_costs())).billing_frequency is ShortCodeBillingFrequency.ONCE


def test_a_brief_with_the_current_fields_round_trips(client: ShortCodesClient) -> None:
    brief = load_program_brief(YAML_BRIEF)
    created = client.upsert_us_program_brief(brief.id, brief)
    fetched = client.get_us_program_brief(brief.id)
    for stored in (created, fetched):
        assert {k: v for k, v in stored.to_dict().items() if k not in SERVER_FIELDS} == brief.to_dict()
    details = fetched.program_details
    assert [str(t) for t in details.call_to_action_types] == ["sms", "website"]
    assert details.call_to_action.startswith("Text JOIN")
    assert str(fetched.message_details.supported_protocol) == "sms"
    assert str(fetched.message_details.use_cases[0].content_type) == "loyaltyProgram"
    assert {(c.country_code, str(c.billing_frequency)) for c in fetched.costs} == {("US", "once"), ("US", "monthly")}
    listed = next(b for b in client.list_us_program_briefs() if b.id == brief.id)
    assert listed.message_details.opt_in_answer_from_user == "JOIN"


def test_attachments_lifecycle(client: ShortCodesClient, tmp_path: Path) -> None:
    brief_id = uuid.uuid4()
    client.upsert_us_program_brief(brief_id, {"programDetails": {"name": "CONTOSO Alerts"}})
    assert list(client.list_us_program_brief_attachments(brief_id)) == []

    first_id = str(uuid.uuid4())  # uuid fields are str, as in the official SDKs
    made = client.create_or_replace_us_program_brief_attachment(
        brief_id, first_id, "testFriendlyName", FileType.PNG, CONTENT, AttachmentType.CALL_TO_ACTION
    )
    assert made.id == first_id
    assert made.file_size_in_bytes == len(PNG)
    assert _no_content(made)
    raw = client.with_raw_response.create_or_replace_us_program_brief_attachment(
        brief_id, first_id, "renamed.png", "png", CONTENT, "callToAction"
    )
    assert raw.status_code == 200  # replaced
    created = client.with_raw_response.get_us_program_brief_attachment(brief_id, first_id)
    assert created.parsed.file_name == "renamed.png"

    path = tmp_path / "terms-of-service.pdf"
    path.write_bytes(b"%PDF-1.7 terms")
    second = client.attach_file(brief_id, path)
    assert (second.type_, second.file_type, second.file_size_in_bytes) == (
        AttachmentType.TERMS_OF_SERVICE,
        FileType.PDF,
        len(b"%PDF-1.7 terms"),
    )
    read = client.get_us_program_brief_attachment(brief_id, second.id)
    assert read.to_dict() == second.to_dict()
    assert _no_content(read)

    listed = list(client.list_us_program_brief_attachments(brief_id))
    assert [a.id for a in listed] == [first_id, second.id]
    assert all(_no_content(a) for a in listed)
    pages = [[a.id for a in page] for page in client.list_us_program_brief_attachments(brief_id, top=1).by_page()]
    assert pages == [[first_id], [second.id], []]  # a full page always has a nextLink, as the service does
    summaries = client.get_us_program_brief(brief_id).attachments
    assert [(s.id, s.type_, s.file_name) for s in summaries] == [
        (first_id, AttachmentType.CALL_TO_ACTION, "renamed.png"),
        (second.id, AttachmentType.TERMS_OF_SERVICE, "terms-of-service.pdf"),
    ]

    client.delete_us_program_brief_attachment(brief_id, second.id)
    with pytest.raises(ResourceNotFoundError):
        client.get_us_program_brief_attachment(brief_id, second.id)
    with pytest.raises(ResourceNotFoundError):
        client.delete_us_program_brief_attachment(brief_id, second.id)
    assert [a.id for a in client.list_us_program_brief_attachments(brief_id)] == [first_id]

    client.delete_us_program_brief(brief_id)  # its attachments go with it
    client.upsert_us_program_brief(brief_id, {"programDetails": {"name": "CONTOSO Alerts again"}})
    assert list(client.list_us_program_brief_attachments(brief_id)) == []
    with pytest.raises(ResourceNotFoundError):
        client.get_us_program_brief_attachment(brief_id, first_id)


def test_attachments_of_a_missing_brief_are_not_found(client: ShortCodesClient) -> None:
    missing = uuid.uuid4()
    with pytest.raises(ResourceNotFoundError):
        client.create_or_replace_us_program_brief_attachment(missing, uuid.uuid4(), "a.png", "png", CONTENT, "other")
    with pytest.raises(ResourceNotFoundError):
        list(client.list_us_program_brief_attachments(missing))


def test_a_submitted_brief_takes_no_more_attachments(client: ShortCodesClient) -> None:
    brief_id = uuid.uuid4()
    client.upsert_us_program_brief(brief_id, {"programDetails": {"name": "CONTOSO"}})
    client.submit_us_program_brief(brief_id)
    with pytest.raises(HttpResponseError) as refused:
        client.create_or_replace_us_program_brief_attachment(brief_id, uuid.uuid4(), "a.png", "png", CONTENT, "other")
    assert refused.value.status_code == 400


async def test_async_costs_brief_and_attachments(aclient: AsyncShortCodesClient, tmp_path: Path) -> None:
    assert [_cost(c) async for c in aclient.list_short_code_costs()] == COSTS
    brief = load_program_brief(YAML_BRIEF)
    created = await aclient.upsert_us_program_brief(brief.id, brief)
    assert {k: v for k, v in created.to_dict().items() if k not in SERVER_FIELDS} == brief.to_dict()

    path = tmp_path / "privacy.jpg"
    path.write_bytes(PNG)
    attached = await aclient.attach_file(brief.id, path)
    assert (attached.type_, attached.file_type, attached.file_size_in_bytes) == (
        AttachmentType.PRIVACY_POLICY,
        FileType.JPG,
        len(PNG),
    )
    other = await aclient.create_or_replace_us_program_brief_attachment(
        brief.id, uuid.uuid4(), "cta", FileType.JPEG, CONTENT, AttachmentType.CALL_TO_ACTION
    )
    read = await aclient.get_us_program_brief_attachment(brief.id, attached.id)
    assert read.file_size_in_bytes == len(PNG) and _no_content(read)
    assert [a.id async for a in aclient.list_us_program_brief_attachments(brief.id)] == [attached.id, other.id]
    await aclient.delete_us_program_brief_attachment(brief.id, other.id)
    with pytest.raises(ResourceNotFoundError):
        await aclient.get_us_program_brief_attachment(brief.id, other.id)
    assert [a.id async for a in aclient.list_us_program_brief_attachments(brief.id)] == [attached.id]
