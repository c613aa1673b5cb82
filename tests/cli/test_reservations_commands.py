"""`reservations ...` against the emulator."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from .conftest import Run, as_json


def _browse(cli: Run, tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    result = cli("browse", "US", "--type", "tollFree", "-o", "json")
    saved = tmp_path / "browse.json"
    saved.write_text(result.stdout)
    return saved, as_json(result)


def test_reservation_lifecycle(cli: Run, tmp_path: Path) -> None:
    saved, available = _browse(cli, tmp_path)
    rid = str(uuid.uuid4())
    created = as_json(cli("reservations", "create", "--id", rid, "--from-browse", str(saved), "-o", "json"))
    assert created["id"] == rid
    assert set(created["phoneNumbers"]) == {item["id"] for item in available}

    first = str(available[0]["id"])
    removed = as_json(cli("reservations", "remove", rid, first, "-o", "json"))
    assert first not in removed["phoneNumbers"]

    readded = as_json(
        cli("reservations", "add", rid, first, "--type", "tollFree", "--sms", "inbound+outbound", "-o", "json")
    )
    assert first in readded["phoneNumbers"]

    shown = as_json(cli("reservations", "show", rid, "-o", "json"))
    assert shown["id"] == rid and shown["status"] == "active"
    listed = as_json(cli("reservations", "list", "-o", "json"))
    assert [r["id"] for r in listed] == [rid]
    assert rid in cli("reservations", "list").stdout

    bought = as_json(cli("reservations", "purchase", rid, "-o", "json"))
    assert bought == {"reservationId": rid, "status": "succeeded"}
    owned = {n["id"] for n in as_json(cli("numbers", "list", "-o", "json"))}
    assert owned == {item["id"] for item in available}


def test_reservation_create_empty_then_delete(cli: Run) -> None:
    created = as_json(cli("reservations", "create", "-o", "json"))
    rid = created["id"]
    uuid.UUID(rid)
    deleted = as_json(cli("reservations", "delete", rid, "-o", "json"))
    assert deleted == {"reservationId": rid, "status": "deleted"}
    missing = cli("reservations", "show", rid)
    assert missing.exit_code == 1 and "MS-CV" in missing.stderr


def test_reservation_purchase_no_wait_then_wait(cli: Run, tmp_path: Path) -> None:
    saved, available = _browse(cli, tmp_path)
    rid = as_json(cli("reservations", "create", "--from-browse", str(saved), "-o", "json"))["id"]
    started = cli("reservations", "purchase", rid, "--no-wait")
    assert started.exit_code == 0
    done = as_json(cli("numbers", "wait", started.stdout.strip(), "-o", "json"))
    assert done["status"] == "succeeded"
    assert len(as_json(cli("numbers", "list", "-o", "json"))) == len(available)


def test_bad_reservation_inputs_are_usage_errors(cli: Run, tmp_path: Path) -> None:
    assert cli("reservations", "show", "not-a-uuid").exit_code == 2
    assert cli("reservations", "add", str(uuid.uuid4())).exit_code == 2  # nothing to add
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"phoneNumbers": "nope"}))
    result = cli("reservations", "create", "--from-browse", str(broken))
    assert result.exit_code == 2 and "expected a JSON array" in result.stderr
