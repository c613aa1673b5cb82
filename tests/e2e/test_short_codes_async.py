"""The async ShortCodesClient against the local emulator over real HTTP: every method, and the service's refusals."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from acs_phonenumbers import ShortCodesClient as SyncShortCodesClient
from acs_phonenumbers._errors import HttpResponseError, InvalidArgumentError, ResourceNotFoundError
from acs_phonenumbers._program_briefs import load_program_brief
from acs_phonenumbers.aio import ShortCodesClient
from acs_phonenumbers.emulator import Emulator
from acs_shortcodes_generated.models import NumberType, ProgramBriefStatus, USProgramBrief

YAML_BRIEF = Path(__file__).parent.parent / "data" / "program_brief.yaml"
SERVER_FIELDS = ("status", "costs", "reviewNotes", "number", "submissionDate", "statusUpdatedDate")


def user_fields(brief: USProgramBrief) -> dict[str, Any]:
    return {k: v for k, v in brief.to_dict().items() if k not in SERVER_FIELDS}


@pytest.fixture
async def client(acs_emulator: Emulator) -> AsyncIterator[ShortCodesClient]:
    async with ShortCodesClient.from_connection_string(acs_emulator.connection_string) as client:
        yield client


@pytest.fixture
def brief() -> USProgramBrief:
    return load_program_brief(YAML_BRIEF)


def test_same_public_names_and_signatures_as_the_sync_client() -> None:
    def public(cls: type) -> dict[str, list[str]]:
        members = {name: getattr(cls, name) for name in dir(cls) if not name.startswith("_")}
        return {name: list(inspect.signature(m).parameters) if callable(m) else [] for name, m in members.items()}

    assert public(SyncShortCodesClient) == public(ShortCodesClient)
    for name in ("get_us_program_brief", "upsert_us_program_brief", "delete_us_program_brief", "close"):
        assert inspect.iscoroutinefunction(getattr(ShortCodesClient, name))
    for name in ("list_short_codes", "list_us_program_briefs", "get_us_program_brief", "submit_us_program_brief"):
        assert (getattr(ShortCodesClient, name).__doc__ or "").startswith("Async twin of")


async def test_yaml_brief_round_trips_unchanged(client: ShortCodesClient, brief: USProgramBrief) -> None:
    created = await client.upsert_us_program_brief(brief.id, brief)
    assert created.status is ProgramBriefStatus.DRAFT
    assert user_fields(created) == brief.to_dict()
    assert user_fields(await client.get_us_program_brief(str(brief.id))) == brief.to_dict()


async def test_merge_patch_submit_then_update_and_delete_are_refused(
    client: ShortCodesClient, brief: USProgramBrief
) -> None:
    await client.upsert_us_program_brief(brief.id, brief)
    updated = await client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 20000}})
    assert updated.traffic_details
    assert updated.traffic_details.total_monthly_volume == 20000
    assert updated.traffic_details.spike_details == "Higher traffic expected during holiday season and Black Friday."

    submitted = await client.submit_us_program_brief(brief.id)
    assert submitted.status is ProgramBriefStatus.SUBMITTED

    with pytest.raises(HttpResponseError) as update_refused:
        await client.upsert_us_program_brief(brief.id, brief)
    assert update_refused.value.status_code == 400
    assert update_refused.value.error is not None
    assert update_refused.value.error.code == "BadRequest"
    assert "can no longer be changed" in str(update_refused.value)

    with pytest.raises(HttpResponseError) as delete_refused:
        await client.delete_us_program_brief(brief.id)
    assert delete_refused.value.status_code == 400
    assert "can no longer be deleted" in str(delete_refused.value)
    assert (await client.get_us_program_brief(brief.id)).status is ProgramBriefStatus.SUBMITTED


async def test_delete_a_draft(client: ShortCodesClient, brief: USProgramBrief) -> None:
    await client.upsert_us_program_brief(brief.id, brief)
    assert await client.delete_us_program_brief(brief.id) is None
    with pytest.raises(ResourceNotFoundError):
        await client.get_us_program_brief(brief.id)


async def test_list_us_program_briefs_pages_through_every_page(client: ShortCodesClient) -> None:
    ids = {str(uuid.uuid4()) for _ in range(5)}
    for brief_id in ids:
        await client.upsert_us_program_brief(brief_id, {"programDetails": {"name": f"program {brief_id[:8]}"}})
    pages = [page async for page in client.list_us_program_briefs(top=2).by_page()]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert {str(b.id) for page in pages for b in page} == ids
    assert {str(b.id) async for b in client.list_us_program_briefs(top=2)} == ids
    token = pages[1].continuation_token
    assert token
    resumed = [page async for page in client.list_us_program_briefs(top=2).by_page(continuation_token=token)]
    assert [b.id for page in resumed for b in page] == [b.id for b in pages[2]]


async def test_list_short_codes_pages_through_every_page(client: ShortCodesClient, acs_emulator: Emulator) -> None:
    numbers = acs_emulator.seed_short_codes(5)
    pages = [page async for page in client.list_short_codes(top=2).by_page()]
    assert [len(page) for page in pages] == [2, 2, 1]
    codes = [code for page in pages for code in page]
    assert [code.number for code in codes] == numbers
    assert all(code.number_type is NumberType.SHORT_CODE for code in codes)


async def test_raw_response_and_checks_before_sending(client: ShortCodesClient, brief: USProgramBrief) -> None:
    raw = await client.with_raw_response.upsert_us_program_brief(brief.id, brief)
    assert raw.status_code == 201
    assert raw.parsed.status is ProgramBriefStatus.DRAFT
    with pytest.raises(InvalidArgumentError, match="program_brief_id must be a UUID"):
        await client.submit_us_program_brief("123")
    with pytest.raises(InvalidArgumentError, match=r"companyInformation\.url: 'contoso' is not an absolute"):
        await client.upsert_us_program_brief(brief.id, {"companyInformation": {"url": "contoso"}})
    assert (await client.get_us_program_brief(brief.id)).status is ProgramBriefStatus.DRAFT
