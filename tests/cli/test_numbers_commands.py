"""`numbers ...` and the catalog commands against the emulator: exit statuses and output (table, JSON, CSV)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from acs_phonenumbers.cli.app import app
from acs_phonenumbers.emulator import Emulator

from .conftest import Run, as_json, invoke


def _search_and_buy(cli: Run, count: int = 2, number_type: str = "tollFree") -> list[str]:
    search = as_json(cli("-o", "json", "numbers", "search", "--type", number_type, "-n", str(count)))
    assert as_json(cli("-o", "json", "numbers", "purchase", search["searchId"]))["status"] == "succeeded"
    return list(search["phoneNumbers"])


# -- catalog ------------------------------------------------------------------------------------------------------


def test_countries_table_and_json(cli: Run) -> None:
    table = cli("countries")
    assert table.exit_code == 0
    assert "United States" in table.stdout and "Code" in table.stdout
    data = as_json(cli("countries", "-o", "json"))
    assert {"countryCode": "US", "localizedName": "United States"} in data


def test_localities_and_area_codes(cli: Run) -> None:
    localities = as_json(cli("localities", "US", "-o", "json"))
    assert localities and all("localizedName" in item for item in localities)
    codes = as_json(cli("area-codes", "US", "--type", "tollFree", "-o", "json"))
    assert codes and all(item["areaCode"] for item in codes)


def test_offerings_csv(cli: Run) -> None:
    result = cli("offerings", "US", "-o", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["phoneNumberType"] for row in rows} >= {"geographic", "tollFree"}
    assert all(row["cost.currencyCode"] for row in rows)


def test_lookup_json(cli: Run) -> None:
    data = as_json(cli("lookup", "+14255550123", "--details", "-o", "json"))
    assert data[0]["phoneNumber"] == "+14255550123"


def test_browse_json(cli: Run) -> None:
    data = as_json(cli("browse", "US", "--type", "tollFree", "-o", "json"))
    assert data and all(item["phoneNumberType"] == "tollFree" and item["id"] for item in data)


# -- lifecycle ----------------------------------------------------------------------------------------------------


def test_search_prints_search_id_and_numbers(cli: Run) -> None:
    result = cli("numbers", "search", "--type", "tollFree", "-n", "2")
    assert result.exit_code == 0, result.stderr
    assert "searchId" in result.stdout and "phoneNumbers" in result.stdout
    assert "search: succeeded" in result.stderr  # progress goes to stderr, never into the output


def test_purchase_list_show_update_release(cli: Run) -> None:
    numbers = _search_and_buy(cli)
    listed = as_json(cli("numbers", "list", "-o", "json"))
    assert sorted(n["phoneNumber"] for n in listed) == sorted(numbers)
    table = cli("numbers", "list")
    assert all(n in table.stdout for n in numbers)
    shown = as_json(cli("numbers", "show", numbers[0], "-o", "json"))
    assert shown["phoneNumber"] == numbers[0]
    updated = as_json(cli("numbers", "update", numbers[0], "--sms", "inbound+outbound", "-o", "json"))
    assert updated["capabilities"]["sms"] == "inbound+outbound"
    released = as_json(cli("numbers", "release", numbers[0], "-o", "json"))
    assert released == {"phoneNumber": numbers[0], "status": "released"}
    assert [n["phoneNumber"] for n in as_json(cli("numbers", "list", "-o", "json"))] == [numbers[1]]


def test_list_csv_streams_all_pages(cli: Run, acs_emulator: Emulator) -> None:
    seeded = acs_emulator.seed_purchased_numbers(250)
    result = cli("numbers", "list", "-o", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["phoneNumber"] for r in rows) == sorted(seeded)


def test_no_wait_then_wait(cli: Run) -> None:
    started = cli("numbers", "search", "--type", "tollFree", "--no-wait")
    assert started.exit_code == 0
    token = started.stdout.strip()
    assert "numbers wait" in started.stderr
    search = as_json(cli("numbers", "wait", token, "-o", "json"))
    assert search["searchId"] and search["phoneNumbers"]
    purchase = as_json(cli("numbers", "purchase", search["searchId"], "--no-wait", "-o", "json"))
    assert purchase["continuationToken"]
    done = as_json(cli("numbers", "wait", purchase["continuationToken"], "-o", "json"))
    assert done["status"] == "succeeded"
    assert len(as_json(cli("numbers", "list", "-o", "json"))) == 1


def test_wait_with_a_bad_token_is_a_usage_error(cli: Run) -> None:
    result = cli("numbers", "wait", "not-a-token")
    assert result.exit_code == 2
    assert "continuation token" in result.stderr


# -- bulk ---------------------------------------------------------------------------------------------------------


def test_bulk_update_from_csv_then_rerun_skips(cli: Run, tmp_path: Path, acs_emulator: Emulator) -> None:
    numbers = acs_emulator.seed_purchased_numbers(5, phone_number_type="tollFree")
    source = tmp_path / "fleet.csv"
    source.write_text("phoneNumber,sms\n" + "\n".join(f"{n},inbound" for n in numbers) + "\n")
    result = cli("numbers", "update", "--from-file", str(source), "--concurrency", "3", "-o", "json")
    summary = as_json(result)
    assert sorted(summary["succeeded"]) == sorted(numbers)
    assert summary["failed"] == [] and summary["skipped"] == []
    assert summary["stateFile"] == str(source) + ".done"
    for number in numbers:
        assert as_json(cli("numbers", "show", number, "-o", "json"))["capabilities"]["sms"] == "inbound"
    again = as_json(cli("numbers", "update", "--from-file", str(source), "-o", "json"))
    assert sorted(again["skipped"]) == sorted(numbers) and again["succeeded"] == []


def test_bulk_release_reports_failures_and_retries_only_them(cli: Run, tmp_path: Path, acs_emulator: Emulator) -> None:
    numbers = acs_emulator.seed_purchased_numbers(3)
    source = tmp_path / "release.txt"
    source.write_text("\n".join([*numbers, "+19998887777"]) + "\n")
    first = cli("numbers", "release", "--from-file", str(source))
    assert first.exit_code == 1
    assert "release: 3 succeeded, 1 failed" in first.stdout
    assert "+19998887777:" in first.stdout
    assert (tmp_path / "release.txt.done").read_text().count("release\t") == 3
    second = cli("numbers", "release", "--from-file", str(source), "-o", "json")
    assert second.exit_code == 1
    summary = second.stdout
    assert '"skipped"' in summary
    import json

    data = json.loads(summary)
    assert sorted(data["skipped"]) == sorted(numbers)
    assert [f["phoneNumber"] for f in data["failed"]] == ["+19998887777"]
    assert "NotFound" in data["failed"][0]["error"] or "not" in data["failed"][0]["error"].lower()


def test_bulk_needs_numbers(cli: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    result = cli("numbers", "release", "--from-file", str(empty))
    assert result.exit_code == 2
    assert "lists no phone numbers" in result.stderr
    assert cli("numbers", "release").exit_code == 2
    assert cli("numbers", "update", "+14255550100").exit_code == 2  # nothing to change


# -- errors -------------------------------------------------------------------------------------------------------


def test_service_error_is_one_line_with_code_and_ms_cv(cli: Run) -> None:
    result = cli("numbers", "show", "+14255550199")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: getting +14255550199 failed: ")
    assert "NotFound" in lines[0] and "MS-CV " in lines[0] and "HTTP 404" in lines[0]
    assert "Traceback" not in result.output


def test_client_validation_is_a_usage_error(cli: Run) -> None:
    result = cli("numbers", "show", " ")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_wrong_key_is_an_auth_error(acs_emulator: Emulator) -> None:
    endpoint = acs_emulator.endpoint
    wrong = f"endpoint={endpoint};accesskey=d3Jvbmcta2V5LXdyb25nLWtleQ=="
    result = invoke(["--connection-string", "env:WRONG", "numbers", "list"], {"WRONG": wrong})
    assert result.exit_code == 3
    assert "HTTP 401" in result.stderr


def test_a_connection_string_on_the_command_line_is_refused(acs_emulator: Emulator, tmp_path: Path) -> None:
    """The access key would show in the process list: only env:NAME, file:PATH or - (stdin) are taken."""
    result = invoke(["--connection-string", acs_emulator.connection_string, "numbers", "list"])
    assert result.exit_code == 3
    assert "process list" in result.stderr and acs_emulator.access_key not in result.stderr
    secret = tmp_path / "conn.txt"
    secret.write_text(acs_emulator.connection_string + "\n")
    assert invoke(["--connection-string", f"file:{secret}", "-o", "json", "numbers", "list"]).exit_code == 0
    piped = CliRunner().invoke(
        app, ["--connection-string", "-", "-o", "json", "numbers", "list"], input=acs_emulator.connection_string
    )
    assert piped.exit_code == 0, piped.stderr


def test_missing_connection_says_how_to_provide_one() -> None:
    result = invoke(["numbers", "list"])
    assert result.exit_code == 3
    for hint in ("--connection-string", "ACS_CONNECTION_STRING", "--endpoint", "ACS_ACCESS_KEY", "--identity"):
        assert hint in result.stderr


def test_connection_from_environment(acs_emulator: Emulator) -> None:
    result = invoke(["countries", "-o", "json"], env={"ACS_CONNECTION_STRING": acs_emulator.connection_string})
    assert result.exit_code == 0
    result = invoke(
        ["--endpoint", acs_emulator.endpoint, "countries", "-o", "json"],
        env={"ACS_ACCESS_KEY": acs_emulator.access_key},
    )
    assert result.exit_code == 0


def test_usage_error_exits_2() -> None:
    assert invoke(["numbers", "search", "--type", "bogus"]).exit_code == 2
    assert invoke(["no-such-command"]).exit_code == 2


def test_debug_logs_redacted_exchange(cli: Run, acs_emulator: Emulator) -> None:
    result = cli("--debug", "countries", "-o", "json")
    assert result.exit_code == 0
    assert "GET" in result.stderr and "/availablePhoneNumbers/countries" in result.stderr
    assert acs_emulator.access_key not in result.stderr
    assert "HMAC-SHA256" not in result.stderr or "Signature=" not in result.stderr


def test_quiet_keeps_stderr_clean(cli: Run) -> None:
    result = cli("--quiet", "numbers", "search", "--type", "tollFree", "-o", "json")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_global_output_option_applies_to_commands(cli: Run) -> None:
    result = cli("-o", "csv", "countries")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "countryCode,localizedName"


def test_identity_without_a_credential_is_an_auth_error(
    acs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    import azure.identity
    from azure.core.exceptions import ClientAuthenticationError

    class NoCredential:
        def get_token(self, *scopes: str, **kwargs: object) -> object:
            raise ClientAuthenticationError("DefaultAzureCredential failed to retrieve a token")

    monkeypatch.setattr(azure.identity, "DefaultAzureCredential", NoCredential)
    result = invoke(["--endpoint", acs_emulator.endpoint, "--identity", "countries"])
    assert result.exit_code == 3
    assert "could not get an Entra ID token" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
