"""The command line's own layers, without a server: output, connection, errors, bulk input/state, progress."""

from __future__ import annotations

import ast
import csv
import datetime
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import acs_phonenumbers
from acs_phonenumbers import PhoneNumberCapabilities, PhoneNumberCapabilityType, PhoneNumberCountry, _errors
from acs_phonenumbers.cli import bulk, connection, errors
from acs_phonenumbers.cli.output import OutputFormat, Renderer, cell, flatten, lookup, to_data
from acs_phonenumbers.cli.progress import Reporter

KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM="


def test_the_command_line_reaches_into_no_private_name_of_another_module() -> None:
    """It imports private modules of the library (``.._errors``), never a private name in one (``_lookup``)."""
    package = Path(acs_phonenumbers.__file__).parent
    reaches = []
    for source in sorted((package / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            base = package if node.level == 2 else package / "cli" if node.level == 1 else None
            for alias in node.names:
                private = alias.name.startswith("_") and not alias.name.startswith("__")
                is_module = base is not None and not node.module and (base / f"{alias.name}.py").exists()
                if private and not is_module:
                    reaches.append(f"{source.name}: from {'.' * node.level}{node.module or ''} import {alias.name}")
    assert reaches == []


# -- output ---------------------------------------------------------------------------------------------------------


def _pages(count: int, size: int) -> Iterator[list[PhoneNumberCountry]]:
    for start in range(0, count, size):
        yield [
            PhoneNumberCountry(localized_name=f"Country {i}", country_code=f"C{i}") for i in range(start, start + size)
        ]


def test_to_data_uses_wire_names_and_plain_values() -> None:
    caps = PhoneNumberCapabilities(calling=PhoneNumberCapabilityType.INBOUND, sms=PhoneNumberCapabilityType.NONE)
    assert to_data(caps) == {"calling": "inbound", "sms": "none"}
    when = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert to_data({"d": when, "e": PhoneNumberCapabilityType.INBOUND_OUTBOUND}) == {
        "d": "2030-01-02T03:04:05+00:00",
        "e": "inbound+outbound",
    }


def test_flatten_lookup_and_cell() -> None:
    data = {"a": {"b": 1, "c": ["x", "y"]}, "d": [{"e": 2}], "f": {}}
    assert dict(flatten(data)) == {"a.b": 1, "a.c": ["x", "y"], "d[0].e": 2, "f": None}
    assert lookup(data, "a.b") == 1
    assert lookup(data, "a.missing") is None
    assert cell(["x", "y"]) == "x, y"
    assert cell(None) == ""
    assert cell(True) == "yes"
    assert cell({"id1": {}, "id2": {}}) == "id1, id2"


def test_json_list_streams_one_valid_document() -> None:
    out = io.StringIO()
    count = Renderer(OutputFormat.JSON, out).pages(_pages(5, 2), "countries")
    assert count == 6
    data = json.loads(out.getvalue())
    assert [item["countryCode"] for item in data] == ["C0", "C1", "C2", "C3", "C4", "C5"]
    assert set(data[0]) == {"localizedName", "countryCode"}


def test_json_empty_list_is_an_empty_array() -> None:
    out = io.StringIO()
    assert Renderer(OutputFormat.JSON, out).pages([[]], "countries") == 0
    assert json.loads(out.getvalue()) == []


def test_csv_list_has_wire_headers() -> None:
    out = io.StringIO()
    Renderer(OutputFormat.CSV, out).pages(_pages(2, 2), "countries")
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows == [["countryCode", "localizedName"], ["C0", "Country 0"], ["C1", "Country 1"]]


def test_table_list_prints_header_once_and_every_row() -> None:
    out = io.StringIO()
    Renderer(OutputFormat.TABLE, out).pages(_pages(4, 2), "countries")
    text = out.getvalue()
    assert text.count("Code") == 1
    for i in range(4):
        assert f"Country {i}" in text


def test_table_empty_list_says_none() -> None:
    out = io.StringIO()
    Renderer(OutputFormat.TABLE, out).pages([[]], "countries")
    assert "(none)" in out.getvalue()


def test_lists_are_rendered_as_pages_arrive() -> None:
    """The renderer pulls one page at a time: a table page is written before the next one is fetched (JSON and CSV
    are pulled the same way but written once whole, see test_layout.py)."""
    out = io.StringIO()
    seen_before_fetch: list[int] = []

    def pages() -> Iterator[list[PhoneNumberCountry]]:
        for page in _pages(6, 2):
            seen_before_fetch.append(out.getvalue().count("Country "))
            yield page

    Renderer(OutputFormat.TABLE, out).pages(pages(), "countries")
    assert seen_before_fetch == [0, 2, 4]


def test_single_document_formats() -> None:
    value = {"searchId": "abc", "cost": {"amount": 1.5}, "phoneNumbers": ["+14255550100"]}
    out = io.StringIO()
    Renderer(OutputFormat.JSON, out).one(value)
    assert json.loads(out.getvalue()) == value
    out = io.StringIO()
    Renderer(OutputFormat.CSV, out).one(value)
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["searchId", "cost.amount", "phoneNumbers"],
        ["abc", "1.5", "+14255550100"],
    ]
    out = io.StringIO()
    Renderer(OutputFormat.TABLE, out).one(value)
    assert "cost.amount" in out.getvalue() and "+14255550100" in out.getvalue()


# -- connection -----------------------------------------------------------------------------------------------------


def test_connection_string_option_wins() -> None:
    conn = connection.resolve(
        connection.ConnectionOptions(connection_string="env:MINE"),
        {
            "MINE": f"endpoint=https://a.example.com/;accesskey={KEY}",
            "ACS_CONNECTION_STRING": f"endpoint=https://b.example.com/;accesskey={KEY}",
        },
    )
    assert conn.endpoint.startswith("https://a.example.com")
    assert conn.access_key == KEY


def test_environment_connection_string() -> None:
    conn = connection.resolve(
        connection.ConnectionOptions(), {"ACS_CONNECTION_STRING": f"endpoint=https://b.example.com/;accesskey={KEY}"}
    )
    assert conn.endpoint.startswith("https://b.example.com")
    assert conn.source == "ACS_CONNECTION_STRING"


def test_endpoint_with_key_from_environment() -> None:
    conn = connection.resolve(connection.ConnectionOptions(endpoint="https://c.example.com/"), {"ACS_ACCESS_KEY": KEY})
    assert conn.endpoint == "https://c.example.com/"
    assert conn.access_key == KEY


def test_endpoint_with_identity_needs_no_key() -> None:
    conn = connection.resolve(connection.ConnectionOptions(endpoint="https://c.example.com/", identity=True), {})
    assert conn.identity and conn.access_key is None


def test_endpoint_without_credential_says_how() -> None:
    with pytest.raises(errors.ConnectionProblem, match=r"ACS_ACCESS_KEY.*--identity"):
        connection.resolve(connection.ConnectionOptions(endpoint="https://c.example.com/"), {})


def test_missing_connection_says_exactly_how() -> None:
    with pytest.raises(errors.ConnectionProblem) as info:
        connection.resolve(connection.ConnectionOptions(), {})
    message = str(info.value)
    for hint in ("--connection-string", "ACS_CONNECTION_STRING", "--endpoint", "ACS_ACCESS_KEY", "--identity"):
        assert hint in message
    assert info.value.exit_code == errors.EXIT_AUTH


def test_malformed_connection_string_never_echoes_the_key() -> None:
    with pytest.raises(errors.ConnectionProblem) as info:
        connection.resolve(connection.ConnectionOptions(connection_string="env:C"), {"C": f"accesskey={KEY}"})
    assert KEY not in str(info.value)
    assert "endpoint" in str(info.value)


def test_client_options_pass_ca_file_and_polling_interval() -> None:
    conn = connection.Connection(
        endpoint="https://x/", source="t", access_key=KEY, ca_file="/ca.pem", polling_interval=0
    )
    assert conn.client_options() == {"verify": "/ca.pem", "polling_interval": 0}


# -- errors ---------------------------------------------------------------------------------------------------------


def _response(status: int, body: dict[str, object], ms_cv: str = "cv-123") -> httpx.Response:
    request = httpx.Request("GET", "https://x.example.com/phoneNumbers")
    return httpx.Response(status, json=body, headers={"MS-CV": ms_cv}, request=request)


def test_service_error_line_has_code_message_and_ms_cv() -> None:
    exc = _errors.error_from_response(
        _response(404, {"error": {"code": "PhoneNumberNotFound", "message": "The number was not found."}})
    )
    out = io.StringIO()
    code = errors.report(exc, action="getting +14255550100", debug=False, stream=out)
    line = out.getvalue().strip()
    assert code == errors.EXIT_SERVICE
    assert line.count("\n") == 0
    assert line.startswith("error: getting +14255550100 failed: PhoneNumberNotFound: The number was not found.")
    assert "MS-CV cv-123" in line and "HTTP 404" in line


def test_auth_errors_exit_3() -> None:
    exc = _errors.error_from_response(_response(401, {"error": {"code": "Denied", "message": "Bad signature"}}))
    assert errors.classify(exc)[1] == errors.EXIT_AUTH
    exc = _errors.error_from_response(_response(403, {"error": {"code": "Forbidden", "message": "No"}}))
    assert errors.classify(exc)[1] == errors.EXIT_SERVICE  # known caller, not allowed: not a credential problem


def test_client_side_validation_is_a_usage_error() -> None:
    assert errors.classify(_errors.InvalidArgumentError("phone_number must be E.164"))[1] == errors.EXIT_USAGE
    assert errors.classify(ValueError("bad"))[1] == errors.EXIT_USAGE


def test_transport_failure_is_a_service_error() -> None:
    text, code = errors.classify(_errors.ServiceRequestError("could not connect after 3 attempts", attempts=3))
    assert code == errors.EXIT_SERVICE
    assert "3 attempts" in text


def test_unexpected_error_has_no_traceback_without_debug() -> None:
    out = io.StringIO()
    errors.report(RuntimeError("boom"), action=None, debug=False, stream=out)
    assert "Traceback" not in out.getvalue()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        out = io.StringIO()
        errors.report(exc, action=None, debug=True, stream=out)
    assert "Traceback" in out.getvalue()


# -- bulk -----------------------------------------------------------------------------------------------------------


def test_parse_plain_lines_skips_blanks_comments_and_duplicates() -> None:
    rows = bulk.parse_rows("+14255550100\n\n# comment\n +14255550101 \n+14255550100\n")
    assert [r.number for r in rows] == ["+14255550100", "+14255550101"]


def test_parse_csv_with_header_and_capabilities() -> None:
    rows = bulk.parse_rows("phoneNumber,sms,calling\n+14255550100,inbound,\n+14255550101,,none\n")
    assert rows == [
        bulk.Row("+14255550100", sms="inbound", calling=None),
        bulk.Row("+14255550101", sms=None, calling="none"),
    ]


def test_parse_csv_header_without_number_column() -> None:
    with pytest.raises(ValueError, match="no phone number column"):
        bulk.parse_rows("sms,calling\ninbound,none\n")


def test_state_file_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "numbers.txt"
    state = bulk.StateFile.next_to(source)
    assert state.path == tmp_path / "numbers.txt.done"
    state.record("release", "+14255550100")
    again = bulk.StateFile.next_to(source)
    assert again.is_done("release", "+14255550100")
    assert not again.is_done("update sms=inbound calling=-", "+14255550100")


def test_run_bulk_records_successes_and_reasons(tmp_path: Path) -> None:
    state = bulk.StateFile(tmp_path / "f.done")
    state.record("release", "+1000")

    def fail() -> None:
        raise ValueError("not an E.164 number")

    tasks = [
        bulk.Task("+1000", "release", lambda: None),
        bulk.Task("+1001", "release", lambda: None),
        bulk.Task("bad", "release", fail),
    ]
    seen: list[str] = []
    summary = bulk.run_bulk(
        tasks, state=state, concurrency=2, summary=bulk.Summary("release", str(state.path)), on_done=seen.append
    )
    assert summary.skipped == ["+1000"]
    assert summary.succeeded == ["+1001"]
    assert [(f.number, f.reason) for f in summary.failed] == [("bad", "not an E.164 number")]
    assert summary.exit_code() == 1
    assert len(seen) == 3
    assert (tmp_path / "f.done").read_text().splitlines() == ["release\t+1000", "release\t+1001"]


def test_run_bulk_bounds_concurrency(tmp_path: Path) -> None:
    import threading

    lock = threading.Lock()
    running = 0
    peak = 0
    release = threading.Event()

    def task() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        release.wait(timeout=0.05)
        with lock:
            running -= 1

    tasks = [bulk.Task(f"+1{i:04}", "release", task) for i in range(20)]
    bulk.run_bulk(
        tasks, state=bulk.StateFile(None), concurrency=3, summary=bulk.Summary("release", ""), on_done=lambda _: None
    )
    assert 1 <= peak <= 3


# -- progress -------------------------------------------------------------------------------------------------------


class FakePoller:
    def __init__(self, statuses: list[str], result: object = "done") -> None:
        self.statuses = statuses
        self.index = 0
        self._result = result

    def done(self) -> bool:
        return self.index >= len(self.statuses) - 1

    def status(self) -> str:
        return self.statuses[self.index]

    def wait(self, timeout: float | None = None) -> None:
        self.index = min(self.index + 1, len(self.statuses) - 1)

    def result(self, timeout: float | None = None) -> object:
        return self._result


def test_plain_progress_prints_one_line_per_status() -> None:
    out = io.StringIO()
    ticks = iter(float(i) for i in range(100))
    result = Reporter(out, interactive=False).wait(
        FakePoller(["notStarted", "running", "running", "succeeded"]), "purchase", clock=lambda: next(ticks)
    )
    assert result == "done"
    lines = out.getvalue().splitlines()
    assert [line.split(":")[1].split("(")[0].strip() for line in lines] == ["notStarted", "running", "succeeded"]
    assert all(line.startswith("purchase: ") and line.endswith("s)") for line in lines)


def test_interactive_progress_ends_with_final_status() -> None:
    out = io.StringIO()
    Reporter(out, interactive=True).wait(FakePoller(["running", "succeeded"]), "search")
    assert "search: succeeded" in out.getvalue()


def test_quiet_progress_prints_nothing() -> None:
    out = io.StringIO()
    assert Reporter(out, quiet=True).wait(FakePoller(["running", "succeeded"], result=7), "x") == 7
    assert out.getvalue() == ""


def test_interactive_bar_counts_items() -> None:
    out = io.StringIO()
    with Reporter(out, interactive=True).bar("release", 3) as advance:
        for number in ("+1", "+2", "+3"):
            advance(number)
    assert "3/3" in out.getvalue()


def test_plain_bar_prints_a_line_per_item() -> None:
    out = io.StringIO()
    with Reporter(out, interactive=False).bar("release", 2) as advance:
        advance("+1 ok")
        advance("+2 failed: nope")
    assert out.getvalue().splitlines() == ["release: [1/2] +1 ok", "release: [2/2] +2 failed: nope"]
