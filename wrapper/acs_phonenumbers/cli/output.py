"""Rendering results as a table, JSON or CSV.

Field names in JSON and CSV are the service's wire names (`phoneNumber`, `capabilities.sms`), so scripts see the
same names as the REST API documents. Every command prints one JSON document. Lists are rendered page by page as
they arrive: a JSON array is written item by item, CSV row by row, and a table one block per page with fixed column
widths, so listing 100,000 numbers starts printing at once and holds one page in memory.
"""

from __future__ import annotations

import csv
import datetime
import enum
import json
import sys
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class OutputFormat(enum.StrEnum):
    """What a command prints on standard output."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True)
class Column:
    """One table/CSV column: a header and the dotted wire path of the value."""

    header: str
    path: str
    width: int | None = None


def _c(header: str, path: str, width: int | None = None) -> Column:
    return Column(header, path, width)


# The columns of each kind of list. JSON output always carries every field; these only shape tables and CSV.
VIEWS: dict[str, tuple[Column, ...]] = {
    "purchased": (
        _c("Phone number", "phoneNumber", 16),
        _c("Country", "countryCode", 7),
        _c("Type", "phoneNumberType", 10),
        _c("Assignment", "assignmentType", 11),
        _c("SMS", "capabilities.sms", 16),
        _c("Calling", "capabilities.calling", 16),
        _c("Monthly cost", "cost.amount", 12),
        _c("Currency", "cost.currencyCode", 8),
        _c("Purchased", "purchaseDate", 32),
    ),
    "countries": (_c("Code", "countryCode", 4), _c("Name", "localizedName", 40)),
    "localities": (
        _c("Locality", "localizedName", 30),
        _c("Division", "administrativeDivision.abbreviatedName", 8),
        _c("Division name", "administrativeDivision.localizedName", 30),
    ),
    "area-codes": (_c("Area code", "areaCode", 9),),
    "offerings": (
        _c("Type", "phoneNumberType", 10),
        _c("Assignment", "assignmentType", 11),
        _c("SMS", "availableCapabilities.sms", 16),
        _c("Calling", "availableCapabilities.calling", 16),
        _c("Cost", "cost.amount", 8),
        _c("Currency", "cost.currencyCode", 8),
        _c("Billing", "cost.billingFrequency", 8),
    ),
    "available": (
        _c("Id", "id", 16),
        _c("Phone number", "phoneNumber", 16),
        _c("Type", "phoneNumberType", 10),
        _c("Assignment", "assignmentType", 11),
        _c("SMS", "capabilities.sms", 16),
        _c("Calling", "capabilities.calling", 16),
        _c("Status", "status", 10),
        _c("Cost", "cost.amount", 8),
    ),
    "operator": (
        _c("Phone number", "phoneNumber", 16),
        _c("National format", "nationalFormat", 18),
        _c("International format", "internationalFormat", 20),
        _c("Country", "isoCountryCode", 7),
        _c("Number type", "numberType", 12),
        _c("Operator", "operatorDetails.name", 24),
    ),
    "reservations": (
        _c("Id", "id", 36),
        _c("Status", "status", 10),
        _c("Expires at", "expiresAt", 32),
        _c("Numbers", "phoneNumbers", 40),
    ),
    "short-codes": (
        _c("Short code", "value", 10),
        _c("Country", "countryCode", 7),
        _c("Program briefs", "programBriefIds", 38),
        _c("Purchased", "purchaseDate", 32),
    ),
    "short-code-costs": (
        _c("Country", "countryCode", 7),
        _c("Billing", "billingFrequency", 8),
        _c("Vanity", "isVanityShortCode", 6),
        _c("Amount", "amount", 10),
        _c("Currency", "currencyCode", 8),
    ),
    "attachments": (
        _c("Id", "id", 36),
        _c("Type", "type", 14),
        _c("File name", "fileName", 30),
        _c("File type", "fileType", 9),
        _c("Bytes", "fileSizeInBytes", 10),
    ),
    "bulk": (_c("Phone number", "phoneNumber", 16), _c("Result", "result", 9), _c("Error", "error", 80)),
    "sip-trunks": (_c("FQDN", "fqdn", 48), _c("SIP port", "sipSignalingPort", 8)),
    "sip-routes": (
        _c("Name", "name", 24),
        _c("Number pattern", "numberPattern", 28),
        _c("Trunks", "trunks", 48),
        _c("Description", "description", 40),
    ),
    "program-briefs": (
        _c("Id", "id", 36),
        _c("Status", "status", 16),
        _c("Name", "programDetails.name", 28),
        _c("Number", "number", 10),
        _c("Submitted", "submissionDate", 32),
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


def lookup(data: Any, path: str) -> Any:
    """The value at a dotted path of plain data, or None when any step is missing."""
    current = data
    for part in path.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current


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


def _console(out: TextIO) -> Console:
    # Not a terminal (a pipe, a file, a test runner): do not wrap or truncate at 80 columns.
    terminal = out.isatty()
    return Console(file=out, width=None if terminal else 1000, soft_wrap=not terminal, highlight=False)


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
        _console(self.out).print(table)

    def message(self, text: str, **data: Any) -> None:
        """A short confirmation ("Released +14255550100"): text for tables, an object of `data` for JSON/CSV."""
        if self.fmt is OutputFormat.TABLE:
            _console(self.out).print(text, markup=False)
        else:
            self.one(data)

    # -- lists ------------------------------------------------------------------------------------------------------

    def pages(self, pages: Iterable[Iterable[Any]], view: str) -> int:
        """Stream a paged list; returns the number of items written."""
        columns = VIEWS[view]
        if self.fmt is OutputFormat.JSON:
            return self._json_array(pages)
        if self.fmt is OutputFormat.CSV:
            return self._csv(pages, columns)
        return self._tables(pages, columns)

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
        console = _console(self.out)
        count = 0
        for page in pages:
            table = Table(box=None, show_header=count == 0, header_style="bold", pad_edge=False, padding=(0, 2, 0, 0))
            for column in columns:
                table.add_column(
                    column.header,
                    min_width=column.width,
                    max_width=column.width,
                    no_wrap=True,
                    overflow="ellipsis",
                )
            rows = 0
            for item in page:
                data = to_data(item)
                table.add_row(*(cell(lookup(data, c.path)) for c in columns))
                rows += 1
            if rows:
                console.print(table)
                self.out.flush()
            count += rows
        if count == 0:
            console.print("(none)", style="dim")
        return count
