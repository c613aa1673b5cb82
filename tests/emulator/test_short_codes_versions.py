"""The short-codes emulator at api-version 2022-09-06 over raw HTTP (signed by hand), as the recordings show the
service, and the same state still answered at 2021-10-25-preview in that version's shapes."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from emulator_helpers import SC, Api

from acs_phonenumbers.emulator import Emulator
from acs_phonenumbers.emulator.services.short_codes import MAX_ATTACHMENT_BYTES

V2022 = "api-version=2022-09-06"
BRIEFS = "/shortCodes/countries/US/programBriefs"
RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings" / "shortcodes-2022-09-06" / "js"
DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "shortcodes.yaml"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def _new_brief(api: Api, version: str = V2022, **patch: Any) -> str:
    brief_id = str(uuid.uuid4())
    body = {"id": brief_id, **patch}
    response = api.call("PATCH", f"{BRIEFS}/{brief_id}?{version}", body, content_type="application/merge-patch+json")
    assert response.status_code == 201, response.text
    return brief_id


def _attachment(attachment_id: str, content: str = PNG, **extra: Any) -> dict[str, Any]:
    return {"id": attachment_id, "type": "callToAction", "fileName": "cta", "fileType": "png",
            "fileContentBase64": content, **extra}  # fmt: skip


def test_the_limit_is_the_one_our_document_states() -> None:
    schema = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))["components"]["schemas"]["ProgramBriefAttachment"]
    assert schema["x-acs-max-attachment-bytes"] == MAX_ATTACHMENT_BYTES


def test_both_versions_are_announced(api: Api) -> None:
    for version in (V2022, SC):
        response = api.call("GET", f"/shortCodes?{version}")
        assert response.headers["api-supported-versions"] == "2021-10-25-preview, 2022-09-06"


def test_costs_as_recorded(api: Api) -> None:
    first = api.call("GET", f"/shortCodes/costs?{V2022}").json()
    assert first["costs"] == first["shortCodeCosts"]
    assert len(first["costs"]) == 7 and "nextLink" not in first
    bodies, link = [], f"/shortCodes/costs?skip=0&top=1&{V2022}"
    while link:
        body = api.call("GET", link).json()
        bodies.append(body)
        link = body.get("nextLink")
    assert len(bodies) == 8  # a full page always links on; the eighth is empty, as recorded
    assert bodies[0]["nextLink"] == f"/shortCodes/costs?skip=1&top=1&{V2022}"
    assert bodies[-1] == {"shortCodeCosts": [], "costs": []}
    assert [b["costs"][0] for b in bodies[:-1]] == first["costs"]


def test_attachment_put_get_list_delete_on_the_wire(api: Api, acs_emulator: Emulator) -> None:
    brief_id = _new_brief(api, programDetails={"name": "Contoso"})
    attachment_id = str(uuid.uuid4())
    path = f"{BRIEFS}/{brief_id}/attachments/{attachment_id}"
    created = api.call("PUT", f"{path}?{V2022}", _attachment(attachment_id))
    assert created.status_code == 201
    assert created.headers["location"] == f"{acs_emulator.endpoint.rstrip('/')}{path}"
    assert created.json() == {
        "id": attachment_id,
        "type": "callToAction",
        "fileName": "cta",
        "fileSizeInBytes": len(base64.b64decode(PNG)),
        "fileType": "png",
    }
    assert api.call("PUT", f"{path}?{V2022}", _attachment(attachment_id)).status_code == 200
    assert api.call("GET", f"{path}?{V2022}").json() == created.json()
    listed = api.call("GET", f"{BRIEFS}/{brief_id}/attachments?{V2022}").json()
    assert listed == {"attachments": [created.json()]}
    brief = api.call("GET", f"{BRIEFS}/{brief_id}?{V2022}").json()
    assert brief["attachments"] == [{"id": attachment_id, "type": "callToAction", "fileName": "cta"}]
    assert api.call("DELETE", f"{path}?{V2022}").status_code == 204
    missing = api.call("GET", f"{path}?{V2022}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "NotFound"
    assert "attachments" not in api.call("GET", f"{BRIEFS}/{brief_id}?{V2022}").json()


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (_attachment("{id}", content="not base64!"), "fileContentBase64"),
        ({k: v for k, v in _attachment("{id}").items() if k != "fileContentBase64"}, "fileContentBase64"),
        (_attachment("{id}", content=""), "fileContentBase64"),
        (_attachment("{id}", fileType="gif"), "fileType"),
        ({**_attachment("{id}"), "fileName": ""}, "fileName"),
        (_attachment(str(uuid.uuid4())), "id"),
    ],
)
def test_attachments_no_service_would_take_are_refused(api: Api, body: dict[str, Any], target: str) -> None:
    brief_id = _new_brief(api)
    attachment_id = str(uuid.uuid4())
    body = json.loads(json.dumps(body).replace("{id}", attachment_id))
    refused = api.call("PUT", f"{BRIEFS}/{brief_id}/attachments/{attachment_id}?{V2022}", body)
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["target"] == target
    assert api.call("GET", f"{BRIEFS}/{brief_id}/attachments?{V2022}").json() == {"attachments": []}


def test_too_large_an_attachment_is_refused(api: Api) -> None:
    brief_id = _new_brief(api)
    attachment_id = str(uuid.uuid4())
    content = base64.b64encode(b"\0" * (MAX_ATTACHMENT_BYTES + 1)).decode()
    refused = api.call(
        "PUT", f"{BRIEFS}/{brief_id}/attachments/{attachment_id}?{V2022}", _attachment(attachment_id, content)
    )
    assert refused.status_code == 400
    assert refused.json()["error"]["target"] in ("fileContentBase64", "body")


def test_operations_of_2022_09_06_only_are_refused_at_the_preview(api: Api) -> None:
    brief_id = _new_brief(api)
    for path in ("/shortCodes/costs", f"{BRIEFS}/{brief_id}/attachments"):
        refused = api.call("GET", f"{path}?{SC}")
        assert refused.status_code == 400
        assert refused.json()["error"]["code"] == "UnsupportedApiVersion"


def test_one_state_two_shapes(api: Api, acs_emulator: Emulator) -> None:
    """A brief written at the preview reads back in the preview's names there, and in the current ones now."""
    old = {
        "programDetails": {"name": "Contoso", "signUpTypes": ["sms"], "signUpUrl": "https://contoso.com/signup"},
        "messageDetails": {
            "supportedProtocols": ["sms"],
            "optInReply": "JOIN",
            "useCases": [{"contentCategory": "gifting"}, {"contentCategory": "promotionalMarketing"}],
        },
    }
    brief_id = _new_brief(api, SC, **old)
    current = api.call("GET", f"{BRIEFS}/{brief_id}?{V2022}").json()
    assert current["programDetails"]["callToActionTypes"] == ["sms"]
    assert current["programDetails"]["callToActionUrl"] == "https://contoso.com/signup"
    assert current["messageDetails"]["supportedProtocol"] == "sms"
    assert current["messageDetails"]["optInAnswerFromUser"] == "JOIN"
    assert current["messageDetails"]["useCases"] == [
        {"contentType": "other", "customContentType": "gifting"},
        {"contentType": "marketingAndPromotion"},
    ]
    attachment_id = str(uuid.uuid4())
    api.call("PUT", f"{BRIEFS}/{brief_id}/attachments/{attachment_id}?{V2022}", _attachment(attachment_id))
    preview = api.call("GET", f"{BRIEFS}/{brief_id}?{SC}").json()
    assert preview["programDetails"] == {"name": "Contoso", **{k: v for k, v in old["programDetails"].items()}}
    assert preview["messageDetails"] == old["messageDetails"]
    assert "attachments" not in preview
    assert all(set(cost) == {"amount", "currencyCode", "billingFrequency"} for cost in preview["costs"])
    listed = api.call("GET", f"{BRIEFS}?{SC}").json()
    assert listed["nextLink"] is None
    assert listed["programBriefs"][0]["messageDetails"] == old["messageDetails"]

    (number,) = acs_emulator.seed_short_codes(1)
    assert api.call("GET", f"/shortCodes?{V2022}").json()["shortCodes"][0]["value"] == number
    old_code = api.call("GET", f"/shortCodes?{SC}").json()["shortCodes"][0]
    assert old_code["number"] == number and "value" not in old_code


def test_deleting_a_brief_deletes_its_attachments(api: Api) -> None:
    brief_id = _new_brief(api)
    attachment_id = str(uuid.uuid4())
    api.call("PUT", f"{BRIEFS}/{brief_id}/attachments/{attachment_id}?{V2022}", _attachment(attachment_id))
    assert api.call("DELETE", f"{BRIEFS}/{brief_id}?{V2022}").status_code == 204
    api.call("PATCH", f"{BRIEFS}/{brief_id}?{V2022}", {"id": brief_id}, content_type="application/merge-patch+json")
    assert api.call("GET", f"{BRIEFS}/{brief_id}/attachments/{attachment_id}?{V2022}").status_code == 404


def _keys(recorded: Any, ours: Any, where: str = "") -> list[str]:
    """Keys the recorded body has that ours lacks (first list items compared)."""
    if isinstance(recorded, dict):
        if not isinstance(ours, dict):
            return [where or "body"]
        return [
            m
            for k, v in recorded.items()
            for m in ([f"{where}/{k}"] if k not in ours else _keys(v, ours[k], f"{where}/{k}"))
        ]
    if isinstance(recorded, list) and recorded and isinstance(recorded[0], dict):
        return _keys(recorded[0], ours[0], f"{where}[0]") if ours else []
    return []


RECORDED = sorted(RECORDINGS.glob("*.json")) if RECORDINGS.is_dir() else []


@pytest.mark.skipif(not RECORDED, reason="the shared recordings are not on this machine")
@pytest.mark.parametrize("recording", RECORDED, ids=[p.stem for p in RECORDED])
def test_recorded_sequence_has_the_same_statuses_and_shapes(api: Api, acs_emulator: Emulator, recording: Path) -> None:
    """Each recorded request, replayed as recorded (ids, skip, top, body), gets the recorded status, the recorded
    contract headers and a body with at least the recorded keys. The resource's other briefs and its short codes
    are not ours: a listing of them is compared where ours has items."""
    acs_emulator.seed_short_codes(2)
    for index, entry in enumerate(json.loads(recording.read_text(encoding="utf-8"))["Entries"]):
        parts = urlsplit(entry["RequestUri"])
        method = entry["RequestMethod"]
        content_type = "application/merge-patch+json" if method == "PATCH" else "application/json"
        response = api.call(method, f"{parts.path}?{parts.query}", entry.get("RequestBody"), content_type=content_type)
        step = f"{recording.name}#{index} {method} {parts.path}?{parts.query}"
        assert response.status_code == entry["StatusCode"], f"{step}: {response.text}"
        if "Location" in entry["ResponseHeaders"]:
            assert urlsplit(response.headers["location"]).path == urlsplit(entry["ResponseHeaders"]["Location"]).path
        recorded = entry.get("ResponseBody")
        if isinstance(recorded, dict) and response.status_code != 204:
            assert _keys(recorded, response.json()) == [], step
            assert ("nextLink" in recorded) == ("nextLink" in response.json()) or parts.path.endswith("programBriefs")
