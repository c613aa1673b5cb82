"""The real service's recorded request sequences, replayed: the emulator's responses have the same shape.

Recorded ids, numbers and api-versions are variables: the search id, operation ids and the number come from the
emulator's own earlier responses; every request is sent with the document's api-version (2025-06-01).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from emulator_helpers import PN, Api

from acs_phonenumbers.emulator import Emulator

RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings"
FILES = sorted(p for p in RECORDINGS.glob("*/*.json") if "shortcodecosts" not in p.name) if RECORDINGS.is_dir() else []
# Headers that say something about the service's contract (the rest are Azure front-door details).
CONTRACT_HEADERS = {
    "ms-cv",
    "date",
    "content-type",
    "location",
    "operation-location",
    "operation-id",
    "search-id",
    "purchase-id",
    "release-id",
    "capabilities-id",
    "access-control-expose-headers",
    "api-supported-versions",
}
UNOWNED = "+14255550123"
# The same request (includeAdditionalOperatorDetails false) recorded twice, answered once without operator details
# and once with them: the emulator answers the first way every time.
CONTRADICTORY = {("phonenumbersclient__look_up_phone_number__respects_includeadditionaloperatordetails_option.json", 1)}
# Bodies whose recorded shape predates api-version 2025-06-01 (whose example returns the number itself).
OLD_BODIES = {"capabilitiesUpdateId"}


def _entries(path: Path) -> list[dict[str, Any]]:
    entries = json.loads(path.read_text())["Entries"]
    return [e for e in entries if "login.microsoftonline.com" not in e["RequestUri"]]


def _missing_keys(recorded: Any, ours: Any, where: str = "") -> list[str]:
    if isinstance(recorded, dict):
        if not isinstance(ours, dict):
            return [where or "body"]
        missing = []
        for key, value in recorded.items():
            if key not in ours:
                missing.append(f"{where}/{key}")
            elif value is not None:
                missing += _missing_keys(value, ours[key], f"{where}/{key}")
        return missing
    if isinstance(recorded, list) and recorded and isinstance(recorded[0], dict):
        return _missing_keys(recorded[0], ours[0], f"{where}[0]") if ours else [f"{where}[0]"]
    return []


class Replay:
    def __init__(self, api: Api, emulator: Emulator, name: str) -> None:
        self.api, self.emulator, self.name = api, emulator, name
        self.search_id = ""
        self.operations: dict[str, str] = {}
        self.number = ""

    def request(self, entry: dict[str, Any]) -> tuple[str, str, Any]:
        parts = urlsplit(entry["RequestUri"])
        path, body = parts.path, entry.get("RequestBody")
        ok = entry["StatusCode"] < 300
        if match := re.fullmatch(r"/phoneNumbers/operations/([A-Za-z]+)_.*", path):
            path = f"/phoneNumbers/operations/{self.operations[match[1]]}"
        elif path.startswith("/availablePhoneNumbers/searchResults/"):
            path = f"/availablePhoneNumbers/searchResults/{self.search_id}"
        elif (match := re.fullmatch(r"/phoneNumbers/([^/]+)(/capabilities)?", path)) and ok:
            if not self.number:
                (self.number,) = self.emulator.seed_purchased_numbers(1, phone_number_type="tollFree")
            encoded = quote(self.number, safe="") if match[1].startswith("%2B") else self.number
            path = f"/phoneNumbers/{encoded}{match[2] or ''}"
        if "dnr" in self.name and path.endswith("/:search"):  # the consent rule applies to Irish numbers here
            path = path.replace("/US/", "/IE/")
            body = {**body, "phoneNumberType": "geographic"}
        if isinstance(body, dict) and "searchId" in body:
            body = {**body, "searchId": self.search_id}
        if path == "/operatorInformation/:search" and ok:
            body = {**body, "phoneNumbers": [UNOWNED]}
        query = "&".join(q for q in parts.query.split("&") if q and not q.startswith("api-version="))
        return entry["RequestMethod"], f"{path}?{query + '&' if query else ''}{PN}", body

    def learn(self, path: str, response: Any) -> None:
        if "search-id" in response.headers:
            self.search_id = response.headers["search-id"]
        if "operation-id" in response.headers:
            kind, _, _ = response.headers["operation-id"].partition("_")
            self.operations[kind] = response.headers["operation-id"]
        if path.startswith("/availablePhoneNumbers/searchResults/") and response.status_code == 200:
            self.number = response.json()["phoneNumbers"][0]


@pytest.mark.skipif(not FILES, reason="the shared recordings are not on this machine")
@pytest.mark.parametrize("recording", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_recorded_sequence_has_the_same_shape(acs_emulator: Emulator, api: Api, recording: Path) -> None:
    replay = Replay(api, acs_emulator, recording.name)
    for index, entry in enumerate(_entries(recording)):
        method, path_and_query, body = replay.request(entry)
        content_type = "application/merge-patch+json" if method == "PATCH" else "application/json"
        response = api.call(method, path_and_query, body, content_type=content_type)
        step = f"{recording.name}#{index} {method} {path_and_query}"
        assert response.status_code == entry["StatusCode"], f"{step}: {response.text}"
        recorded_headers = {k.lower() for k in entry["ResponseHeaders"]} & CONTRACT_HEADERS
        assert recorded_headers <= {k.lower() for k in response.headers}, step
        for name in ("Operation-Location", "Location"):
            if name in entry["ResponseHeaders"] and entry["ResponseHeaders"][name].startswith("/"):
                assert response.headers[name].startswith("/"), step
                assert response.headers[name].endswith(f"?{PN}"), step
        recorded_body = entry.get("ResponseBody")
        comparable = (recording.name, index) not in CONTRADICTORY
        if isinstance(recorded_body, dict) and not OLD_BODIES & set(recorded_body) and comparable:
            assert _missing_keys(recorded_body, response.json()) == [], step
        replay.learn(path_and_query.split("?")[0], response)
