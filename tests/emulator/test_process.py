"""``python -m acs_phonenumbers.emulator``: first line is the connection string; ``--db`` survives a restart."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from azure.communication.phonenumbers import PhoneNumbersClient
from emulator_helpers import PN, SC, Api, search


@contextmanager
def served(*args: str) -> Iterator[tuple[str, Api]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "acs_phonenumbers.emulator", "--lro-seconds", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        fields = dict(part.split("=", 1) for part in line.split(";"))
        ca_file = args[args.index("--ca-file") + 1] if "--ca-file" in args else None
        api = Api(SimpleNamespace(endpoint=fields["endpoint"], access_key=fields["accesskey"], ca_file=ca_file))  # type: ignore[arg-type]
        yield line, api
        api.close()
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0


def test_restart_with_db_keeps_numbers_and_briefs(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    brief_id, draft_id = str(uuid.uuid4()), str(uuid.uuid4())
    with served("--db", db) as (line, api):
        assert line.startswith("endpoint=http://127.0.0.1:") and ";accesskey=" in line
        held = search(api, quantity=2).json()
        assert (
            api.call("POST", f"/availablePhoneNumbers/:purchase?{PN}", {"searchId": held["searchId"]}).status_code
            == 202
        )
        for brief in (brief_id, draft_id):
            path = f"/shortCodes/countries/US/programBriefs/{brief}?{SC}"
            body = {"id": brief, "programDetails": {"name": "kept"}}
            assert api.call("PATCH", path, body, content_type="application/merge-patch+json").status_code == 201
        api.call("POST", f"/shortCodes/countries/US/programBriefs/{brief_id}/:submit?{SC}")
    with served("--db", db) as (_, api):
        numbers = [n["phoneNumber"] for n in api.call("GET", f"/phoneNumbers?{PN}").json()["phoneNumbers"]]
        assert numbers == held["phoneNumbers"]
        briefs = api.call("GET", f"/shortCodes/countries/US/programBriefs?{SC}").json()["programBriefs"]
        assert [(b["id"], b["status"]) for b in briefs] == [(brief_id, "submitted"), (draft_id, "draft")]


def test_tls_with_ca_file_serves_the_official_connection_string_path(tmp_path: Path) -> None:
    ca_file = str(tmp_path / "ca.pem")
    with served("--tls", "--ca-file", ca_file) as (line, api):
        assert line.startswith("endpoint=https://127.0.0.1:")
        client = PhoneNumbersClient.from_connection_string(line, connection_verify=ca_file)
        assert {c.country_code for c in client.list_available_countries()} >= {"US", "CA"}
        assert api.call("GET", f"/phoneNumbers?{PN}").status_code == 200
