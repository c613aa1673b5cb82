"""The emulator's /sip over raw signed HTTP: merge-patch semantics and the service's validation errors.

The bodies and codes are the ones in ``../shared/recordings/siprouting`` (a 422 ``UnprocessableConfiguration`` with
the reason as ``innererror``; a refused PATCH changes nothing), and the recorded exchanges replay against it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from emulator_helpers import Api

SIP = "/sip?api-version=2023-03-01"
MERGE = "application/merge-patch+json"
RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings" / "siprouting"
REFUSED = "One or more request inputs are not valid."


def patch(api: Api, body: Any) -> httpx.Response:
    return api.call("PATCH", SIP, body, content_type=MERGE)


def config(api: Api) -> dict[str, Any]:
    response = api.call("GET", SIP)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def refused(response: httpx.Response, inner: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert (error["code"], error["message"]) == ("UnprocessableConfiguration", REFUSED)
    assert error["innererror"]["code"] == inner


def test_an_empty_configuration_has_both_keys(api: Api) -> None:
    response = api.call("GET", SIP)
    assert response.json() == {"trunks": {}, "routes": []}
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.headers["api-supported-versions"]


def test_merge_patch_sets_replaces_and_removes_trunks_and_replaces_routes(api: Api) -> None:
    first = patch(
        api, {"trunks": {"a.contoso.com": {"sipSignalingPort": 5061}, "b.contoso.com": {"sipSignalingPort": 5062}}}
    )
    assert first.status_code == 200 and first.json() == config(api)
    route = {"name": "r1", "numberPattern": r"^\+1[0-9]{10}$", "trunks": ["b.contoso.com", "a.contoso.com"]}
    assert patch(api, {"routes": [route]}).status_code == 200
    # Trunks not named stay, a named one is replaced, routes stay when absent.
    result = patch(
        api, {"trunks": {"a.contoso.com": {"sipSignalingPort": 6000}, "c.contoso.com": {"sipSignalingPort": 1}}}
    )
    assert result.json() == {
        "trunks": {
            "a.contoso.com": {"sipSignalingPort": 6000},
            "b.contoso.com": {"sipSignalingPort": 5062},
            "c.contoso.com": {"sipSignalingPort": 1},
        },
        "routes": [route],
    }
    # Null removes a trunk (and removing an absent one is no error); routes replace the list, order kept.
    second = {"name": "r0", "numberPattern": ".*", "description": "all"}
    result = patch(api, {"trunks": {"c.contoso.com": None, "nowhere.contoso.com": None}, "routes": [second, route]})
    assert list(result.json()["trunks"]) == ["a.contoso.com", "b.contoso.com"]
    assert result.json()["routes"] == [second, route]
    assert patch(api, {"routes": []}).json()["routes"] == []


@pytest.mark.parametrize("port", [0, -1, 65536])
def test_a_port_outside_the_range_is_refused(api: Api, port: int) -> None:
    refused(patch(api, {"trunks": {"a.contoso.com": {"sipSignalingPort": port}}}), "InvalidTrunkSipSignalingPort")
    assert config(api) == {"trunks": {}, "routes": []}


def test_a_new_trunk_without_a_port_is_refused_and_an_existing_one_keeps_its_port(api: Api) -> None:
    refused(patch(api, {"trunks": {"a.contoso.com": {}}}), "InvalidTrunkSipSignalingPort")
    patch(api, {"trunks": {"a.contoso.com": {"sipSignalingPort": 5061}}})
    assert patch(api, {"trunks": {"a.contoso.com": {}}}).json()["trunks"] == {
        "a.contoso.com": {"sipSignalingPort": 5061}
    }


@pytest.mark.parametrize("fqdn", ["not a host", "-bad.contoso.com", "a..contoso.com", "x" * 250, "sbc"])
def test_an_fqdn_of_the_wrong_form_is_refused(api: Api, fqdn: str) -> None:
    refused(patch(api, {"trunks": {fqdn: {"sipSignalingPort": 5061}}}), "InvalidTrunkFqdn")


@pytest.mark.parametrize("name", ["", "   "])
def test_a_route_without_a_usable_name_is_refused(api: Api, name: str) -> None:
    refused(patch(api, {"routes": [{"name": name, "numberPattern": ".*"}]}), "InvalidRouteName")


@pytest.mark.parametrize("pattern", ["", "[0-9", "(+1"])
def test_a_number_pattern_that_is_not_a_regex_is_refused(api: Api, pattern: str) -> None:
    refused(patch(api, {"routes": [{"name": "r", "numberPattern": pattern}]}), "InvalidRegex")


def test_a_leading_quantified_anchor_is_accepted_as_the_service_accepts_it(api: Api) -> None:
    assert patch(api, {"routes": [{"name": "r", "numberPattern": "^+[1-9][0-9]{3,23}$"}]}).status_code == 200


def test_routes_must_name_configured_trunks_and_a_used_trunk_cannot_go(api: Api) -> None:
    refused(patch(api, {"routes": [{"name": "r", "numberPattern": ".*", "trunks": ["a.contoso.com"]}]}), "MissingTrunk")
    # Trunk and route in one patch: checked against the result, so this is fine.
    both = {
        "trunks": {"a.contoso.com": {"sipSignalingPort": 5061}},
        "routes": [{"name": "r", "numberPattern": ".*", "trunks": ["a.contoso.com"]}],
    }
    assert patch(api, both).status_code == 200
    before = config(api)
    refused(patch(api, {"trunks": {"a.contoso.com": None}}), "MissingTrunk")
    refused(
        patch(
            api,
            {
                "trunks": {"a.contoso.com": {"sipSignalingPort": 1}, "b.contoso.com": None},
                "routes": both["routes"] + [{"name": "s", "numberPattern": ".*", "trunks": ["b.contoso.com"]}],
            },
        ),
        "MissingTrunk",
    )
    assert config(api) == before  # a refused patch changes nothing, not even its valid parts


def test_an_empty_patch_is_refused(api: Api) -> None:
    for body in ({}, {"trunks": {}}):
        response = patch(api, body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["code"] == "BadRequest"


def test_unsigned_requests_are_refused(api: Api) -> None:
    assert api.http.get(SIP).status_code == 401


def test_the_configuration_is_kept_in_the_store_across_a_reset_only_until_reset(api: Api) -> None:
    patch(api, {"trunks": {"a.contoso.com": {"sipSignalingPort": 5061}}})
    api.emulator.reset()
    assert config(api) == {"trunks": {}, "routes": []}


PYTHON_START = {"sbs1.sanitized.com": {"sipSignalingPort": 1122}, "sbs2.sanitized.com": {"sipSignalingPort": 1123}}


@pytest.mark.skipif(not RECORDINGS.is_dir(), reason="shared recordings are not checked out")
@pytest.mark.parametrize("name", sorted(str(p.relative_to(RECORDINGS)) for p in RECORDINGS.glob("*/*.json")))
def test_recorded_requests_get_the_recorded_answers(api: Api, name: str) -> None:
    """Each recorded request, sent in order, gets the recorded status and body.

    The Python tests start from two trunks (their setup, not recorded); the JavaScript ones from an empty
    configuration, except for trunks their setup made under FQDNs the recorder renamed: where an answer lists
    trunks no request names, only its routes are compared.
    """
    entries = json.loads((RECORDINGS / name).read_text(encoding="utf-8"))["Entries"]
    if name.startswith("python/"):
        assert patch(api, {"trunks": PYTHON_START}).status_code == 200
    named = {fqdn for entry in entries for fqdn in ((entry["RequestBody"] or {}).get("trunks") or {})}
    for entry in entries:
        response = api.call(entry["RequestMethod"], SIP, entry["RequestBody"], content_type=MERGE)
        assert response.status_code == entry["StatusCode"], (
            entry["RequestMethod"],
            entry["RequestBody"],
            response.text,
        )
        expected = entry["ResponseBody"]
        if entry["StatusCode"] == 200 and not set(expected["trunks"]) <= named | set(PYTHON_START):
            assert response.json()["routes"] == expected["routes"]
        else:
            assert response.json() == expected


def test_fields_the_service_does_not_know_are_not_kept(api: Api) -> None:
    body = {
        "trunks": {"a.contoso.com": {"sipSignalingPort": 5061, "enabled": True}},
        "routes": [{"name": "r", "numberPattern": ".*", "callerIdOverride": "+1", "trunks": ["a.contoso.com"]}],
    }
    assert patch(api, body).json() == {
        "trunks": {"a.contoso.com": {"sipSignalingPort": 5061}},
        "routes": [{"name": "r", "numberPattern": ".*", "trunks": ["a.contoso.com"]}],
    }
