"""ShortCodesClient (sync) against the local emulator over real HTTP: every method, and the service's refusals."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from acs_phonenumbers import ShortCodesClient
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import (
    ClientAuthenticationError,
    HttpResponseError,
    InvalidArgumentError,
    ResourceNotFoundError,
)
from acs_phonenumbers._program_briefs import load_program_brief
from acs_phonenumbers.emulator import Emulator
from acs_shortcodes_generated.models import (
    BillingFrequency,
    NumberType,
    ProgramBriefStatus,
    TrafficDetails,
    USProgramBrief,
)

YAML_BRIEF = Path(__file__).parent.parent / "data" / "program_brief.yaml"
# What the service fills in itself; everything else of a brief is the user's and must come back unchanged.
SERVER_FIELDS = ("status", "costs", "reviewNotes", "number", "submissionDate", "statusUpdatedDate")


def user_fields(brief: USProgramBrief) -> dict[str, Any]:
    return {k: v for k, v in brief.to_dict().items() if k not in SERVER_FIELDS}


@pytest.fixture
def client(acs_emulator: Emulator) -> Iterator[ShortCodesClient]:
    with ShortCodesClient.from_connection_string(acs_emulator.connection_string) as client:
        yield client


@pytest.fixture
def brief() -> USProgramBrief:
    return load_program_brief(YAML_BRIEF)


def test_yaml_brief_round_trips_unchanged(client: ShortCodesClient, brief: USProgramBrief) -> None:
    created = client.upsert_us_program_brief(brief.id, brief)
    assert created.status is ProgramBriefStatus.DRAFT
    assert user_fields(created) == brief.to_dict()
    fetched = client.get_us_program_brief(str(brief.id))
    assert user_fields(fetched) == brief.to_dict()
    assert fetched.costs
    assert {cost.billing_frequency for cost in fetched.costs} == {BillingFrequency.MONTHLY, BillingFrequency.ONCE}


def test_upsert_is_a_merge_patch(client: ShortCodesClient, brief: USProgramBrief) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    # A typed partial brief: only traffic volume changes, the rest of trafficDetails and of the brief is kept.
    partial = USProgramBrief(id=brief.id, traffic_details=TrafficDetails(total_monthly_volume=20000))
    updated = client.upsert_us_program_brief(brief.id, partial)
    # A mapping of JSON fields works too, and may leave the id out.
    updated = client.upsert_us_program_brief(str(brief.id), {"programDetails": {"name": "CONTOSO Deliveries"}})
    expected = brief.to_dict()
    expected["trafficDetails"]["totalMonthlyVolume"] = 20000
    expected["programDetails"]["name"] = "CONTOSO Deliveries"
    assert user_fields(updated) == expected
    assert user_fields(client.get_us_program_brief(brief.id)) == expected


def test_submit_then_update_and_delete_are_refused(client: ShortCodesClient, brief: USProgramBrief) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    submitted = client.submit_us_program_brief(brief.id)
    assert submitted.status is ProgramBriefStatus.SUBMITTED
    assert submitted.submission_date

    with pytest.raises(HttpResponseError) as update_refused:
        client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 1}})
    assert update_refused.value.status_code == 400
    assert update_refused.value.error is not None
    assert update_refused.value.error.code == "BadRequest"
    assert "can no longer be changed" in str(update_refused.value)
    assert update_refused.value.ms_cv

    with pytest.raises(HttpResponseError) as delete_refused:
        client.delete_us_program_brief(brief.id)
    assert delete_refused.value.status_code == 400
    assert delete_refused.value.error is not None
    assert delete_refused.value.error.code == "BadRequest"
    assert "can no longer be deleted" in str(delete_refused.value)

    kept = client.get_us_program_brief(brief.id)
    assert kept.status is ProgramBriefStatus.SUBMITTED
    assert user_fields(kept) == brief.to_dict()

    with pytest.raises(HttpResponseError) as resubmit_refused:
        client.submit_us_program_brief(brief.id)
    assert resubmit_refused.value.status_code == 400


def test_an_approved_brief_gets_a_short_code(
    client: ShortCodesClient, brief: USProgramBrief, acs_emulator: Emulator
) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    client.submit_us_program_brief(brief.id)

    acs_emulator.review_program_brief(str(brief.id), "approved", note="Approved by the carriers.")

    approved = client.get_us_program_brief(brief.id)
    assert approved.status is ProgramBriefStatus.APPROVED
    assert [note.message for note in approved.review_notes] == ["Approved by the carriers."]
    (short_code,) = client.list_short_codes()
    assert short_code.number == approved.number
    assert short_code.program_brief_ids == [str(brief.id)]
    with pytest.raises(HttpResponseError, match="can no longer be changed"):
        client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 1}})


def test_a_brief_handed_back_for_changes_can_be_updated_and_resubmitted(
    client: ShortCodesClient, brief: USProgramBrief, acs_emulator: Emulator
) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    client.submit_us_program_brief(brief.id)
    acs_emulator.review_program_brief(str(brief.id), "updateProgramBrief", note="Add an opt-out message example.")

    handed_back = client.get_us_program_brief(brief.id)
    assert handed_back.status is ProgramBriefStatus.UPDATE_PROGRAM_BRIEF
    updated = client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 1}})
    assert updated.traffic_details.total_monthly_volume == 1
    assert client.submit_us_program_brief(brief.id).status is ProgramBriefStatus.SUBMITTED
    assert list(client.list_short_codes()) == []


def test_a_denied_brief_stays_denied(client: ShortCodesClient, brief: USProgramBrief, acs_emulator: Emulator) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    client.submit_us_program_brief(brief.id)
    acs_emulator.review_program_brief(str(brief.id), "denied")

    assert client.get_us_program_brief(brief.id).status is ProgramBriefStatus.DENIED
    for refused in (
        lambda: client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 1}}),
        lambda: client.submit_us_program_brief(brief.id),
        lambda: client.delete_us_program_brief(brief.id),
    ):
        with pytest.raises(HttpResponseError) as error:
            refused()
        assert error.value.status_code == 400


@pytest.mark.parametrize(("submit", "outcome"), [(False, "approved"), (True, "accepted")])
def test_only_a_submitted_brief_is_reviewed_and_only_to_a_known_outcome(
    client: ShortCodesClient, brief: USProgramBrief, acs_emulator: Emulator, submit: bool, outcome: str
) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    if submit:
        client.submit_us_program_brief(brief.id)
    response = httpx.post(f"{acs_emulator.endpoint}_emulator/programBriefs/{brief.id}/review", json={"status": outcome})

    assert response.status_code == 400
    assert response.json()["error"]["message"]
    assert client.get_us_program_brief(brief.id).status is (
        ProgramBriefStatus.SUBMITTED if submit else ProgramBriefStatus.DRAFT
    )


def test_delete_a_draft(client: ShortCodesClient, brief: USProgramBrief) -> None:
    client.upsert_us_program_brief(brief.id, brief)
    assert client.delete_us_program_brief(brief.id) is None
    with pytest.raises(ResourceNotFoundError) as missing:
        client.get_us_program_brief(brief.id)
    assert missing.value.status_code == 404
    with pytest.raises(ResourceNotFoundError):
        client.delete_us_program_brief(brief.id)
    with pytest.raises(ResourceNotFoundError):
        client.submit_us_program_brief(brief.id)


def test_list_us_program_briefs_pages_through_every_page(client: ShortCodesClient) -> None:
    ids = {str(uuid.uuid4()) for _ in range(5)}
    for brief_id in ids:
        client.upsert_us_program_brief(brief_id, {"programDetails": {"name": f"program {brief_id[:8]}"}})

    pages = list(client.list_us_program_briefs(top=2).by_page())
    assert [len(page) for page in pages] == [2, 2, 1]
    assert pages[-1].continuation_token is None
    assert {str(b.id) for page in pages for b in page} == ids
    assert {str(b.id) for b in client.list_us_program_briefs(top=2)} == ids

    # Resume from the first page's continuation token, as another process would.
    token = pages[0].continuation_token
    assert token
    resumed = list(client.list_us_program_briefs(top=2).by_page(continuation_token=token))
    assert [[b.id for b in page] for page in resumed] == [[b.id for b in page] for page in pages[1:]]


def test_list_short_codes_pages_through_every_page(client: ShortCodesClient, acs_emulator: Emulator) -> None:
    assert list(client.list_short_codes()) == []
    brief_id = str(uuid.uuid4())
    numbers = acs_emulator.seed_short_codes(5, brief_id)
    pages = list(client.list_short_codes(top=2).by_page())
    assert [len(page) for page in pages] == [2, 2, 1]
    short_codes = [code for page in pages for code in page]
    assert [code.number for code in short_codes] == numbers
    assert all(code.number_type is NumberType.SHORT_CODE for code in short_codes)
    assert all(code.program_brief_ids == [brief_id] for code in short_codes)


def test_raw_response_shows_created_then_updated(client: ShortCodesClient, brief: USProgramBrief) -> None:
    assert client.with_raw_response.upsert_us_program_brief(brief.id, brief).status_code == 201
    raw = client.with_raw_response.upsert_us_program_brief(brief.id, brief)
    assert raw.status_code == 200
    assert raw.parsed.id == brief.id
    assert raw.headers.get("ms-cv")
    assert client.with_raw_response.delete_us_program_brief(brief.id).status_code == 204


def test_checks_fail_before_sending(client: ShortCodesClient, brief: USProgramBrief) -> None:
    with pytest.raises(InvalidArgumentError, match="program_brief_id must be a UUID"):
        client.get_us_program_brief("not-a-uuid")
    with pytest.raises(InvalidArgumentError, match=r"companyInformation\.contactInformation\.phone: '425-555-0123'"):
        client.upsert_us_program_brief(
            brief.id, {"companyInformation": {"contactInformation": {"phone": "425-555-0123"}}}
        )
    with pytest.raises(InvalidArgumentError, match="differs from program_brief_id"):
        client.upsert_us_program_brief(uuid.uuid4(), brief)
    # Nothing was created by the refused calls.
    assert list(client.list_us_program_briefs()) == []


def test_wrong_key_is_refused_by_the_service(acs_emulator: Emulator) -> None:
    wrong = AzureKeyCredential("d3Jvbmcga2V5IGZvciB0aGUgZW11bGF0b3I=")
    with ShortCodesClient(acs_emulator.endpoint, wrong) as client, pytest.raises(ClientAuthenticationError):
        client.get_us_program_brief(uuid.uuid4())
