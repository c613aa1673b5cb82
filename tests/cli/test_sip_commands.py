"""`sip trunks ...` and `sip routes ...` against the emulator."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .conftest import Run, as_json


def test_trunks_and_routes_lifecycle(cli: Run, tmp_path: Path) -> None:
    assert as_json(cli("sip", "trunks", "list", "-o", "json")) == []
    assert cli("sip", "trunks", "set", "sbc1.contoso.com", "5061").exit_code == 0
    assert as_json(cli("sip", "trunks", "set", "sbc2.contoso.com", "5062", "-o", "json")) == {
        "fqdn": "sbc2.contoso.com",
        "sipSignalingPort": 5062,
        "status": "set",
    }
    assert as_json(cli("sip", "trunks", "list", "-o", "json")) == [
        {"fqdn": "sbc1.contoso.com", "sipSignalingPort": 5061},
        {"fqdn": "sbc2.contoso.com", "sipSignalingPort": 5062},
    ]
    assert as_json(cli("sip", "trunks", "show", "sbc2.contoso.com", "-o", "json"))["sipSignalingPort"] == 5062
    assert "sbc1.contoso.com" in cli("sip", "trunks", "list").stdout
    assert "sipSignalingPort" in cli("sip", "trunks", "list", "-o", "csv").stdout

    routes = tmp_path / "routes.yaml"
    routes.write_text(
        yaml.safe_dump(
            [
                {"name": "US", "numberPattern": r"^\+1[0-9]{10}$", "trunks": ["sbc1.contoso.com", "sbc2.contoso.com"]},
                {
                    "name": "rest",
                    "description": "everything else",
                    "numberPattern": ".*",
                    "trunks": ["sbc2.contoso.com"],
                },
            ]
        )
    )
    assert cli("sip", "routes", "set", str(routes)).exit_code == 0
    listed = as_json(cli("sip", "routes", "list", "-o", "json"))
    assert [(r["name"], r["trunks"]) for r in listed] == [
        ("US", ["sbc1.contoso.com", "sbc2.contoso.com"]),
        ("rest", ["sbc2.contoso.com"]),
    ]
    assert "everything else" in cli("sip", "routes", "list").stdout

    refused = cli("sip", "trunks", "delete", "sbc2.contoso.com")
    assert refused.exit_code == 1
    assert "UnprocessableConfiguration" in refused.stderr and "MissingTrunk" in refused.stderr

    empty = tmp_path / "none.json"
    empty.write_text(json.dumps({"routes": []}))
    assert cli("sip", "routes", "set", str(empty)).exit_code == 0
    assert as_json(cli("sip", "trunks", "delete", "sbc2.contoso.com", "-o", "json"))["status"] == "deleted"
    assert [t["fqdn"] for t in as_json(cli("sip", "trunks", "list", "-o", "json"))] == ["sbc1.contoso.com"]


def test_missing_trunk_and_bad_input_exit_codes(cli: Run, tmp_path: Path) -> None:
    missing = cli("sip", "trunks", "show", "nowhere.contoso.com")
    assert missing.exit_code == 1 and "no SIP trunk with FQDN nowhere.contoso.com" in missing.stderr
    assert cli("sip", "trunks", "set", "sbc1.contoso.com", "0").exit_code == 2
    assert cli("sip", "trunks", "set", "sbc1.contoso.com", "port").exit_code == 2
    bad = tmp_path / "routes.yaml"
    bad.write_text(yaml.safe_dump([{"name": "r", "pattern": ".*"}]))
    result = cli("sip", "routes", "set", str(bad))
    assert result.exit_code == 2 and "unknown field(s) pattern" in result.stderr
    bad.write_text(yaml.safe_dump([{"name": "r"}]))
    result = cli("sip", "routes", "set", str(bad))
    assert result.exit_code == 2 and "number_pattern is required" in result.stderr
    text = tmp_path / "routes.txt"
    text.write_text("[]")
    assert cli("sip", "routes", "set", str(text)).exit_code == 2
    broken = tmp_path / "routes.json"
    broken.write_text("{")
    assert cli("sip", "routes", "set", str(broken)).exit_code == 2
