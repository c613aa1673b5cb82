"""Every service's handlers speak one vocabulary: parameters as keywords (``Call.args``), never ``Call.params``; and
an operation whose body is optional still answers without one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from emulator_helpers import Api

import acs_phonenumbers.emulator.services as services

HANDLERS = sorted(Path(services.__file__).parent.glob("*_handlers.py"))


def test_every_service_has_its_handlers_module() -> None:
    assert {path.name for path in HANDLERS} == {
        "phone_numbers_handlers.py",
        "short_codes_handlers.py",
        "sip_routing_handlers.py",
    }


@pytest.mark.parametrize("path", HANDLERS, ids=lambda path: path.stem)
def test_handlers_pass_the_parameters_as_keywords(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    reads = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "params"]
    assert reads == [], f"{path.name} reads Call.params at lines {reads}: pass **c.args to the backend instead"


@pytest.mark.parametrize("version", ["2022-09-06", "2021-10-25-preview"])
def test_a_brief_upserted_without_a_body_is_a_new_draft(api: Api, version: str) -> None:
    brief_id = "2b8b9b36-0c5c-4d0e-9a51-7f3e6c1d2a40"
    response = api.call("PATCH", f"/shortCodes/countries/US/programBriefs/{brief_id}?api-version={version}")
    assert response.status_code == 201, response.text
    assert (response.json()["id"], response.json()["status"]) == (brief_id, "draft")


def test_a_sip_update_without_a_body_changes_nothing(api: Api) -> None:
    response = api.call("PATCH", "/sip?api-version=2023-03-01")
    assert response.status_code == 400, response.text
    assert "does not change the SIP configuration" in response.json()["error"]["message"]
