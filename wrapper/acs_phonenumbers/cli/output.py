"""Rendering results as a table, JSON or CSV.

Field names in JSON and CSV are the service's wire names (`phoneNumber`, `capabilities.sms`), so scripts see the
same names as the REST API documents. Every command prints one JSON document.

Lists are fetched page by page and hold one page in memory. A table prints each page as it arrives, its column
widths taken from the first page; when those do not fit the terminal (`COLUMNS`, or the terminal's own width),
every item is printed as a stacked block of "field  value" lines instead, so nothing is ever cut. Dates are
shortened to the minute in tables. JSON and CSV are a complete document or nothing: they are spooled (in memory,
then a temporary file) and written out once the listing has ended, so a listing that fails midway prints no
half-document, only the error on stderr.
"""

from __future__ import annotations

import csv
import datetime
import enum
import json
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from .._json_path import lookup


class OutputFormat(enum.StrEnum):
    """What a command prints on standard output."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True)
class Column:
    """One table/CSV column: a header, the dotted wire path of the value, and how a table shows it.

    ``kind`` "date" shortens an ISO date-time to the minute in tables; "numbers" shows a reservation's map of
    numbers by their phone numbers. CSV and JSON always carry the full value. Tables size columns to their values.
    """

    header: str
    path: str
    kind: str = "text"


_c = Column
# Columns that several views share.
_ID = _c("Id", "id")
_STATUS = _c("Status", "status")
_NUMBER = _c("Phone number", "phoneNumber")
_COUNTRY = _c("Country", "countryCode")
_COST = _c("Cost", "cost.amount")
_CURRENCY = _c("Currency", "cost.currencyCode")
_PURCHASED = _c("Purchased", "purchaseDate", "date")


def _offer(capabilities: str) -> tuple[Column, ...]:
    """The type and assignment of numbers, and their SMS and calling capabilities (under ``capabilities``)."""
    return (
        _c("Type", "phoneNumberType"),
        _c("Assignment", "assignmentType"),
        _c("SMS", f"{capabilities}.sms"),
        _c("Calling", f"{capabilities}.calling"),
    )


# The columns of each kind of list. JSON output always carries every field; these only shape tables and CSV.
VIEWS: dict[str, tuple[Column, ...]] = {
    "purchased": (_NUMBER, _COUNTRY, *_offer("capabilities"), _c("Monthly cost", "cost.amount"), _CURRENCY, _PURCHASED),
    "countries": (_c("Code", "countryCode"), _c("Name", "localizedName")),
    "localities": (
        _c("Locality", "localizedName"),
        _c("Division", "administrativeDivision.abbreviatedName"),
        _c("Division name", "administrativeDivision.localizedName"),
    ),
    "area-codes": (_c("Area code", "areaCode"),),
    "offerings": (*_offer("availableCapabilities"), _COST, _CURRENCY, _c("Billing", "cost.billingFrequency")),
    "available": (_ID, _NUMBER, *_offer("capabilities"), _STATUS, _COST),
    "operator": (
        _NUMBER,
        _c("National format", "nationalFormat"),
        _c("International format", "internationalFormat"),
        _c("Country", "isoCountryCode"),
        _c("Number type", "numberType"),
        _c("Operator", "operatorDetails.name"),
    ),
    "reservations": (_ID, _STATUS, _c("Expires at", "expiresAt", "date"), _c("Numbers", "phoneNumbers", "numbers")),
    "short-codes": (_c("Short code", "value"), _COUNTRY, _c("Program briefs", "programBriefIds"), _PURCHASED),
    "short-code-costs": (
        _COUNTRY,
        _c("Billing", "billingFrequency"),
        _c("Vanity", "isVanityShortCode"),
        _c("Amount", "amount"),
        _c("Currency", "currencyCode"),
    ),
    "attachments": (
        _ID,
        _c("Type", "type"),
        _c("File name", "fileName"),
        _c("File type", "fileType"),
        _c("Bytes", "fileSizeInBytes"),
    ),
    "bulk": (_NUMBER, _c("Result", "result"), _c("Error", "error")),
    "sip-trunks": (_c("FQDN", "fqdn"), _c("SIP port", "sipSignalingPort")),
    "sip-routes": (
        _c("Name", "name"),
        _c("Number pattern", "numberPattern"),
        _c("Trunks", "trunks"),
        _c("Description", "description"),
    ),
    "program-briefs": (
        _ID,
        _STATUS,
        _c("Name", "programDetails.name"),
        _c("Number", "number"),
        _c("Submitted", "submissionDate", "date"),
    ),
}


def to_data(value: Any) -> Any:
    """A JSON-ready form of a model, enum, date, UUID or container (models use their wire names via to_dict)."""
    if value is None or (isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_data(to_dict())
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_data(v) for v in value]
    return str(value)


def cell(value: Any) -> str:
    """A value as table/CSV text: lists joined with ", ", objects by their keys, missing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        return ", ".join(str(k) for k in value)
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


def short_date(text: str) -> str:
    """An ISO date-time to the minute, in UTC (``2026-01-05 10:30Z``); anything else unchanged."""
    try:
        when = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    if when.tzinfo is not None:
        return when.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%MZ")
    return when.strftime("%Y-%m-%d %H:%M")


def table_cell(column: Column, data: Any) -> str:
    """The text of ``column`` for one item in a table (shortened dates, numbers of a reservation)."""
    value = lookup(data, column.path)
    if column.kind == "date" and isinstance(value, str):
        return short_date(value)
    if column.kind == "numbers" and isinstance(value, Mapping):
        return ", ".join(str(v.get("phoneNumber") or k) if isinstance(v, Mapping) else str(k) for k, v in value.items())
    return cell(value)


def flatten(data: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Dotted (path, leaf) pairs of nested mappings; lists of scalars stay one leaf, lists of objects are indexed."""
    if isinstance(data, Mapping):
        if not data and prefix:
            yield prefix, None
        for key, value in data.items():
            yield from flatten(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list) and any(isinstance(v, Mapping | list) for v in data):
        for index, value in enumerate(data):
            yield from flatten(value, f"{prefix}[{index}]")
    else:
        yield prefix, data


UNLIMITED = 1000
"""The width used when nothing says how wide the output is (a pipe or a file): lines are never wrapped."""
GAP = 2
"""Spaces between table columns."""


def output_width(out: TextIO) -> int | None:
    """How wide ``out`` is: ``COLUMNS`` when set, else the terminal's width, else None (a pipe: unlimited)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        terminal = out.isatty()
    except (AttributeError, ValueError):
        terminal = False
    return shutil.get_terminal_size().columns if terminal else None


def make_console(out: TextIO) -> Console:
    """A Rich console for ``out`` at its width (see :func:`output_width`); unlimited for a pipe or a file."""
    width = output_width(out)
    if width is None:  # not a terminal (a pipe, a file): do not wrap at all
        return Console(file=out, width=UNLIMITED, soft_wrap=True, highlight=False)
    return Console(file=out, width=width, highlight=False)


class Renderer:
    """Writes command results to standard output in the chosen format."""

    def __init__(self, fmt: OutputFormat, out: TextIO | None = None) -> None:
        self.fmt = fmt
        self.out = out if out is not None else sys.stdout

    # -- single documents -----------------------------------------------------------------------------------------

    def one(self, value: Any, *, title: str | None = None) -> None:
        """One resource (or any JSON document): a field/value table, a JSON object, or a one-row CSV."""
        data = to_data(value)
        if self.fmt is OutputFormat.JSON:
            self.out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            return
        pairs = list(flatten(data)) if isinstance(data, Mapping) else [("value", data)]
        if self.fmt is OutputFormat.CSV:
            writer = csv.writer(self.out, lineterminator="\n")
            writer.writerow([path for path, _ in pairs])
            writer.writerow([cell(v) for _, v in pairs])
            return
        table = Table(box=None, show_header=False, title=title, title_justify="left", pad_edge=False)
        table.add_column("Field", style="bold", no_wrap=True)
        table.add_column("Value", overflow="fold")
        for path, leaf in pairs:
            table.add_row(path, cell(leaf))
        make_console(self.out).print(table)

    def reservation(self, value: Any) -> None:
        """A reservation: for tables one summary line and a row per number held (the numbers for CSV; JSON whole)."""
        data = to_data(value)
        if self.fmt is OutputFormat.JSON or not isinstance(data, Mapping):
            self.one(value)
            return
        held = data.get("phoneNumbers") or {}
        numbers = [v for v in held.values() if isinstance(v, Mapping)] if isinstance(held, Mapping) else []
        if self.fmt is OutputFormat.TABLE:
            expires = short_date(str(data["expiresAt"])) if data.get("expiresAt") else "unknown"
            plural = "number" if len(numbers) == 1 else "numbers"
            summary = f"Reservation {data.get('id')}: {data.get('status')}, expires {expires}, {len(numbers)} {plural}"
            make_console(self.out).print(summary, markup=False)
            if not numbers:
                return
        self.items(numbers, "available")

    def message(self, text: str, **data: Any) -> None:
        """A short confirmation ("Released +14255550100"): text for tables, an object of `data` for JSON/CSV."""
        if self.fmt is OutputFormat.TABLE:
            make_console(self.out).print(text, markup=False)
        else:
            self.one(data)

    # -- lists ------------------------------------------------------------------------------------------------------

    def pages(self, pages: Iterable[Iterable[Any]], view: str) -> int:
        """Stream a paged list; returns the number of items written."""
        columns = VIEWS[view]
        if self.fmt is OutputFormat.TABLE:
            return self._tables(pages, columns)
        # A complete document or nothing: spool, and copy to the real output once the listing has ended.
        with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8", newline="") as spool:
            target, self.out = self.out, spool
            try:
                count = self._json_array(pages) if self.fmt is OutputFormat.JSON else self._csv(pages, columns)
            finally:
                self.out = target
            spool.seek(0)
            shutil.copyfileobj(spool, target)
            target.flush()
        return count

    def items(self, items: Iterable[Any], view: str) -> int:
        """A list that is not paged (one page)."""
        return self.pages([items], view)

    def _json_array(self, pages: Iterable[Iterable[Any]]) -> int:
        count = 0
        self.out.write("[")
        for page in pages:
            for item in page:
                self.out.write(",\n  " if count else "\n  ")
                self.out.write(json.dumps(to_data(item), ensure_ascii=False))
                count += 1
            self.out.flush()
        self.out.write("\n]\n" if count else "]\n")
        return count

    def _csv(self, pages: Iterable[Iterable[Any]], columns: Sequence[Column]) -> int:
        writer = csv.writer(self.out, lineterminator="\n")
        writer.writerow([c.path for c in columns])
        count = 0
        for page in pages:
            for item in page:
                data = to_data(item)
                writer.writerow([cell(lookup(data, c.path)) for c in columns])
                count += 1
            self.out.flush()
        return count

    def _tables(self, pages: Iterable[Iterable[Any]], columns: Sequence[Column]) -> int:
        console = make_console(self.out)
        count = 0
        widths: list[int] | None = None
        stacked = False
        for page in pages:
            rows = [[table_cell(c, to_data(item)) for c in columns] for item in page]
            if not rows:
                continue
            if widths is None:
                widths = [max(len(c.header), *(len(row[i]) for row in rows)) for i, c in enumerate(columns)]
                stacked = sum(widths) + GAP * (len(columns) - 1) > console.width
            if stacked:
                self._stacked(console, columns, rows, first=count == 0)
            else:
                table = Table(box=None, show_header=count == 0, header_style="bold", pad_edge=False)
                table.padding = (0, GAP, 0, 0)
                for column, width in zip(columns, widths, strict=True):
                    # Later pages may hold longer values: they fold onto a second line, never cut.
                    table.add_column(column.header, min_width=width, overflow="fold")
                for row in rows:
                    table.add_row(*row)
                console.print(table)
            self.out.flush()
            count += len(rows)
        if count == 0:
            console.print("(none)", style="dim")
        return count

    @staticmethod
    def _stacked(console: Console, columns: Sequence[Column], rows: list[list[str]], *, first: bool) -> None:
        """Each item as "header  value" lines, a blank line between items: the layout for narrow terminals."""
        for index, row in enumerate(rows):
            if index or not first:
                console.print()
            block = Table(box=None, show_header=False, pad_edge=False)
            block.padding = (0, GAP, 0, 0)
            block.add_column(style="bold", no_wrap=True)
            block.add_column(overflow="fold")
            for column, text in zip(columns, row, strict=True):
                block.add_row(column.header, text)
            console.print(block)
