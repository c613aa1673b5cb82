"""`short-codes list|costs` and `program-briefs ...` against the emulator."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import yaml

from acs_phonenumbers.cli.demo import BRIEF_UPDATE, DRAFT_BRIEF
from acs_phonenumbers.emulator import Emulator

from .conftest import Run, as_json


def test_short_codes_list(cli: Run, acs_emulator: Emulator) -> None:
    assert as_json(cli("short-codes", "list", "-o", "json")) == []
    seeded = acs_emulator.seed_short_codes(3)
    listed = as_json(cli("short-codes", "list", "-o", "json"))
    assert sorted(item["value"] for item in listed) == sorted(seeded)
    table = cli("short-codes", "list")
    assert all(number in table.stdout for number in seeded)


def test_program_brief_lifecycle_from_yaml_and_json(cli: Run, tmp_path: Path) -> None:
    draft = tmp_path / "brief.yaml"
    draft.write_text(yaml.safe_dump(DRAFT_BRIEF))
    created = as_json(cli("program-briefs", "create", str(draft), "-o", "json"))
    brief_id = created["id"]
    uuid.UUID(brief_id)
    assert created["programDetails"]["name"] == "Contoso Shipping"

    more = tmp_path / "more.json"
    more.write_text(json.dumps(BRIEF_UPDATE))
    updated = as_json(cli("program-briefs", "update", brief_id, str(more), "-o", "json"))
    assert updated["programDetails"]["name"] == "Contoso Shipping"  # merge-patch keeps what was not sent
    assert updated["trafficDetails"]["totalMonthlyVolume"] == 5000

    shown = as_json(cli("program-briefs", "show", brief_id, "-o", "json"))
    assert shown["id"] == brief_id
    assert brief_id in cli("program-briefs", "show", brief_id).stdout

    submitted = as_json(cli("program-briefs", "submit", brief_id, "-o", "json"))
    assert submitted["status"] != shown.get("status")

    listed = as_json(cli("program-briefs", "list", "-o", "json"))
    assert [b["id"] for b in listed] == [brief_id]
    assert brief_id in cli("program-briefs", "list", "-o", "csv").stdout


def test_program_brief_delete(cli: Run, tmp_path: Path) -> None:
    draft = tmp_path / "brief.json"
    brief_id = str(uuid.uuid4())
    draft.write_text(json.dumps({"id": brief_id, **DRAFT_BRIEF}))
    assert as_json(cli("program-briefs", "create", str(draft), "-o", "json"))["id"] == brief_id
    deleted = as_json(cli("program-briefs", "delete", brief_id, "-o", "json"))
    assert deleted == {"programBriefId": brief_id, "status": "deleted"}
    missing = cli("program-briefs", "show", brief_id)
    assert missing.exit_code == 1
    assert "MS-CV" in missing.stderr and "HTTP 404" in missing.stderr


def test_bad_brief_files_are_usage_errors(cli: Run, tmp_path: Path) -> None:
    wrong = tmp_path / "brief.txt"
    wrong.write_text("{}")
    result = cli("program-briefs", "create", str(wrong))
    assert result.exit_code == 2 and ".json, .yaml or .yml" in result.stderr

    invalid = tmp_path / "brief.json"
    invalid.write_text("{not json")
    assert cli("program-briefs", "create", str(invalid)).exit_code == 2

    bad_url = tmp_path / "bad.yaml"
    bad_url.write_text(yaml.safe_dump({"programDetails": {"url": "not a url"}}))
    result = cli("program-briefs", "create", str(bad_url))
    assert result.exit_code == 2 and "programDetails.url" in result.stderr

    other = tmp_path / "other.json"
    other.write_text(json.dumps({"id": str(uuid.uuid4())}))
    result = cli("program-briefs", "update", str(uuid.uuid4()), str(other))
    assert result.exit_code == 2 and "has id" in result.stderr

    assert cli("program-briefs", "create", str(tmp_path / "missing.json")).exit_code == 2


def test_short_code_costs(cli: Run) -> None:
    costs = as_json(cli("short-codes", "costs", "-o", "json"))
    assert [(c["countryCode"], c["billingFrequency"], c["amount"]) for c in costs][:2] == [
        ("CA", "once", 3000.0),
        ("CA", "monthly", 1000.0),
    ]
    assert len(costs) == 7
    table = cli("short-codes", "costs").stdout
    assert "GB" in table and "1600" in table
    assert "isVanityShortCode" in cli("short-codes", "costs", "-o", "csv").stdout


def test_attach_list_and_detach(cli: Run, tmp_path: Path) -> None:
    draft = tmp_path / "brief.json"
    brief_id = str(uuid.uuid4())
    draft.write_text(json.dumps({"id": brief_id, **DRAFT_BRIEF}))
    as_json(cli("program-briefs", "create", str(draft), "-o", "json"))
    screenshot = tmp_path / "call-to-action.png"
    screenshot.write_bytes(b"\x89PNG not really")
    attached = as_json(cli("program-briefs", "attach", brief_id, str(screenshot), "-o", "json"))
    assert (attached["type"], attached["fileType"], attached["fileName"]) == (
        "callToAction",
        "png",
        "call-to-action.png",
    )
    assert attached["fileSizeInBytes"] == len(b"\x89PNG not really")
    assert "fileContentBase64" not in attached
    terms = tmp_path / "scan.pdf"
    terms.write_bytes(b"%PDF")
    other = as_json(
        cli(
            "program-briefs",
            "attach",
            brief_id,
            str(terms),
            "--type",
            "termsOfService",
            "--name",
            "t.pdf",
            "-o",
            "json",
        )
    )
    assert (other["type"], other["fileName"]) == ("termsOfService", "t.pdf")

    listed = as_json(cli("program-briefs", "attachments", brief_id, "-o", "json"))
    assert [a["id"] for a in listed] == [attached["id"], other["id"]]
    assert "call-to-action.png" in cli("program-briefs", "attachments", brief_id).stdout

    detached = as_json(cli("program-briefs", "detach", brief_id, other["id"], "-o", "json"))
    assert detached == {"programBriefId": brief_id, "attachmentId": other["id"], "status": "deleted"}
    assert [a["id"] for a in as_json(cli("program-briefs", "attachments", brief_id, "-o", "json"))] == [attached["id"]]
    again = cli("program-briefs", "detach", brief_id, other["id"])
    assert again.exit_code == 1


def test_attach_refuses_what_no_request_could_carry(cli: Run, tmp_path: Path) -> None:
    brief_id = str(uuid.uuid4())
    gif = tmp_path / "cta.gif"
    gif.write_bytes(b"GIF89a")
    result = cli("program-briefs", "attach", brief_id, str(gif))
    assert result.exit_code == 2
    assert "cannot tell the file type" in result.stderr
    empty = tmp_path / "cta.png"
    empty.write_bytes(b"")
    result = cli("program-briefs", "attach", brief_id, str(empty))
    assert result.exit_code == 2
    assert "the file is empty" in result.stderr
    result = cli("program-briefs", "attach", brief_id, str(tmp_path / "missing.png"))
    assert result.exit_code == 2


def test_a_brief_file_with_old_names_says_what_they_are_called_now(cli: Run, tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(yaml.safe_dump({"programDetails": {"signUpTypes": ["sms"]}, "messageDetails": {"optInReply": "Y"}}))
    result = cli("program-briefs", "create", str(old))
    assert result.exit_code == 2
    assert "programDetails.signUpTypes is called programDetails.callToActionTypes" in result.stderr
    assert "messageDetails.optInReply is called messageDetails.optInAnswerFromUser" in result.stderr
