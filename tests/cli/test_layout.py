"""What the command line prints fits the terminal and is never cut; documents are whole or absent.

Widths are real: `COLUMNS` is what Rich (and so every table here) sizes itself by, exactly as a terminal of that
width would; 80 is the classic narrow terminal, 200 a wide one.
"""

from __future__ import annotations

import io
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main

from acs_phonenumbers.cli import app
from acs_phonenumbers.cli.output import VIEWS, OutputFormat, Renderer, short_date
from acs_phonenumbers.cli.progress import Reporter
from acs_phonenumbers.emulator import Emulator

from .conftest import Run, as_json, invoke

LONG_DATE = "2026-01-05T10:30:59.1234567+00:00"


def _sample(view: str) -> dict[str, Any]:
    """An item whose every column holds a long, realistic value."""
    item: dict[str, Any] = {}
    for column in VIEWS[view]:
        value: Any
        if column.kind == "date":
            value = LONG_DATE
        elif column.kind == "numbers":
            value = {"id-1": {"id": "id-1", "phoneNumber": "+18005550100"}, "id-2": {"phoneNumber": "+18005550101"}}
        else:
            value = f"{column.path.rsplit('.', 1)[-1]}-value-" + "x" * 8
        target = item
        *parents, leaf = column.path.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return item


def _expected_texts(view: str) -> list[str]:
    texts = []
    for column in VIEWS[view]:
        if column.kind == "date":
            texts.append(short_date(LONG_DATE))
        elif column.kind == "numbers":
            texts.append("+18005550101")
        else:
            texts.append(f"{column.path.rsplit('.', 1)[-1]}-value-" + "x" * 8)
    return texts


def _render(view: str, width: int, monkeypatch: pytest.MonkeyPatch, count: int = 2) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    out = io.StringIO()
    Renderer(OutputFormat.TABLE, out).pages([[_sample(view)] * count], view)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_table_fits_the_terminal_and_cuts_nothing(view: str, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _render(view, width, monkeypatch)

    assert "…" not in text
    assert max(len(line.rstrip()) for line in text.splitlines()) <= width
    flat = re.sub(r"\s+", "", text)  # a value folded over two lines is still there, whole
    for expected in _expected_texts(view):
        assert expected.replace(" ", "") in flat, (view, expected)
    for column in VIEWS[view]:
        assert column.header.replace(" ", "") in flat


PURCHASED = {
    "phoneNumber": "+18005550100",
    "countryCode": "US",
    "phoneNumberType": "tollFree",
    "assignmentType": "application",
    "capabilities": {"calling": "inbound+outbound", "sms": "inbound+outbound"},
    "cost": {"amount": 2.0, "currencyCode": "USD"},
    "purchaseDate": LONG_DATE,
}


def test_a_wide_terminal_gets_a_table_a_narrow_one_a_stacked_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    def render(width: int) -> list[str]:
        monkeypatch.setenv("COLUMNS", str(width))
        out = io.StringIO()
        Renderer(OutputFormat.TABLE, out).pages([[PURCHASED, PURCHASED]], "purchased")
        return out.getvalue().splitlines()

    wide = render(200)
    headers = [c.header for c in VIEWS["purchased"]]
    assert re.split(r"\s{2,}", wide[0].strip()) == headers
    assert len(wide) == 3  # header and two rows

    narrow = render(80)
    assert narrow[0].startswith("Phone number") and narrow[1].startswith("Country")
    assert "" in narrow  # a blank line between the two items
    assert "Purchased     2026-01-05 10:30Z" in narrow


def test_dates_are_shortened_to_the_minute_in_utc() -> None:
    assert short_date("2026-01-05T12:30:59.1234567+02:00") == "2026-01-05 10:30Z"
    assert short_date("not a date") == "not a date"


def _failing_pages() -> Iterator[list[dict[str, Any]]]:
    yield [{"phoneNumber": "+18005550100"}]
    raise RuntimeError("the second page failed")


@pytest.mark.parametrize("fmt", [OutputFormat.JSON, OutputFormat.CSV])
def test_json_and_csv_are_a_whole_document_or_nothing(fmt: OutputFormat) -> None:
    out = io.StringIO()
    with pytest.raises(RuntimeError):
        Renderer(fmt, out).pages(_failing_pages(), "purchased")
    assert out.getvalue() == ""

    Renderer(fmt, out).pages([[{"phoneNumber": "+18005550100"}], [{"phoneNumber": "+18005550101"}]], "purchased")
    if fmt is OutputFormat.JSON:
        assert [item["phoneNumber"] for item in json.loads(out.getvalue())] == ["+18005550100", "+18005550101"]
    else:
        assert out.getvalue().splitlines()[1:] == ["+18005550100,,,,,,,,", "+18005550101,,,,,,,,"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_listing_that_fails_midway_prints_no_half_document(
    acs_emulator: Emulator, cli: Run, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from acs_phonenumbers import HttpResponseError, PageIterator

    acs_emulator.seed_purchased_numbers(3)
    real_next = PageIterator.__next__
    pages = 0

    def second_page_fails(self: Any) -> Any:
        nonlocal pages
        pages += 1
        if pages == 2:
            raise HttpResponseError("the service failed", status_code=500)
        return real_next(self)

    monkeypatch.setattr(PageIterator, "__next__", second_page_fails)
    result = cli("--quiet", "numbers", "list", "-o", fmt)

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "the service failed" in result.stderr


# -- the commands at 80 columns ---------------------------------------------------------------------------------


def test_numbers_list_at_80_columns_shows_every_field(acs_emulator: Emulator, cli: Run) -> None:
    numbers = acs_emulator.seed_purchased_numbers(2)
    result = cli("numbers", "list", env={"COLUMNS": "80"})

    assert result.exit_code == 0, result.stderr
    assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= 80
    for number in numbers:
        assert number in result.stdout
    for header in ("Monthly cost", "Currency", "Purchased"):
        assert header in result.stdout
    assert "inbound+ou\n" not in result.stdout and "…" not in result.stdout


def _browse_file(cli: Run, tmp_path: Any, count: int) -> str:
    browsed = as_json(cli("browse", "US", "--type", "tollFree", "-o", "json"))
    path = tmp_path / "browsed.json"
    path.write_text(json.dumps(browsed[:count]))
    return str(path)


def test_reservations_are_compact_and_listed_with_their_numbers(cli: Run, tmp_path: Any) -> None:
    rid = str(uuid.uuid4())
    browse_file = _browse_file(cli, tmp_path, 10)
    held = [item["phoneNumber"] for item in json.loads(Path(browse_file).read_text())]

    created = cli("reservations", "create", "--id", rid, "--from-browse", browse_file, env={"COLUMNS": "200"})
    assert created.exit_code == 0, created.stderr
    lines = created.stdout.strip().splitlines()
    assert lines[0].startswith(f"Reservation {rid}: active, expires ") and lines[0].endswith("10 numbers")
    assert len(lines) == 1 + 1 + 10  # summary, header, one row per number
    shown = cli("reservations", "show", rid, env={"COLUMNS": "200"}).stdout.strip().splitlines()
    assert len(shown) == 12

    listed = cli("reservations", "list", env={"COLUMNS": "80"})
    assert listed.exit_code == 0, listed.stderr
    flat = re.sub(r"\s+", "", listed.stdout)
    assert all(number in flat for number in held)
    assert as_json(cli("reservations", "list", "-o", "json"))[0]["phoneNumbers"]


def test_an_expired_search_says_what_happened_and_what_to_do(acs_emulator: Emulator, cli: Run) -> None:
    search = as_json(cli("-o", "json", "numbers", "search", "--type", "tollFree"))
    acs_emulator.advance_clock(16 * 60)
    result = cli("numbers", "purchase", search["searchId"], "--agree-to-not-resell")

    assert result.exit_code == 1
    assert "HTTP 200" not in result.stderr
    assert "has expired" in result.stderr and "run `numbers search` again" in result.stderr


# -- Ctrl-C, help, the demo ---------------------------------------------------------------------------------------


class _InterruptedPoller:
    def done(self) -> bool:
        return False

    def status(self) -> str:
        return "running"

    def wait(self, timeout: float | None = None) -> None:
        raise KeyboardInterrupt

    def result(self, timeout: float | None = None) -> None:
        raise KeyboardInterrupt

    def continuation_token(self) -> str:
        return "eyJ0b2tlbiI6MX0"


@pytest.mark.parametrize("interactive", [False, True])
def test_ctrl_c_while_waiting_prints_the_token_and_the_resume_command(interactive: bool) -> None:
    stream = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        Reporter(stream, interactive=interactive).wait(_InterruptedPoller(), "purchase")
    assert "continuation token: eyJ0b2tlbiI6MX0" in stream.getvalue()
    assert "acs-phonenumbers numbers wait eyJ0b2tlbiI6MX0\n" in stream.getvalue()


def test_ctrl_c_during_a_command_exits_130_with_the_resume_command(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from acs_phonenumbers import LROPoller

    def interrupted(self: Any, timeout: float | None = None) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(LROPoller, "wait", interrupted)
    result = cli("numbers", "search", "--type", "tollFree")

    assert result.exit_code == 130
    token = re.search(r"numbers wait (\S+)", result.stderr)
    assert token is not None, result.stderr
    monkeypatch.undo()
    assert as_json(cli("-o", "json", "numbers", "wait", token.group(1)))["phoneNumbers"]


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def test_help_shows_no_python_types() -> None:
    for path in _commands(typer.main.get_command(app)):
        text = invoke([*path, "--help"]).stdout
        assert not re.search(r"<(str|int|float|list|path|file|bool|text|integer)\b", text, re.IGNORECASE), (path, text)


def test_the_demo_prints_its_connection_string_whole_and_how_to_keep_an_emulator() -> None:
    result = invoke(["demo", "--lro-seconds", "0"], env={"COLUMNS": "80"})

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("endpoint=http://127.0.0.1:") and ";accesskey=" in line]
    assert "acs-phonenumbers emulator serve --port 8080" in lines
    assert "…" not in result.stdout
