"""Bulk runs over a file of phone numbers: input parsing, the resumable state file, the bounded concurrent runner.

Input (`--from-file FILE`): either one phone number per line, or a CSV file with a header row naming a
`phoneNumber` column (also accepted: `phone_number`, `number`, `phone number`); for `numbers update` a CSV may also
carry `sms` and `calling` columns that override the command-line values for that row. Blank lines and lines starting
with `#` are ignored; a number listed twice is done once.

State (`FILE.done`, next to the input): every success is appended at once as `<operation>\\t<number>`, where
`<operation>` is `release` or `update sms=<value> calling=<value>`. A rerun of the same command skips the numbers
recorded for the same operation, so an interrupted or partly failed run can simply be run again. Delete FILE.done
to start over.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from .errors import EXIT_AUTH, classify

NUMBER_HEADERS: Final = ("phonenumber", "phone_number", "number", "phone number", "phone")
MAX_CONCURRENCY: Final = 64
STATE_SUFFIX: Final = ".done"


@dataclass(frozen=True)
class Row:
    """One line of the input: a number and, for updates, per-row capability overrides."""

    number: str
    sms: str | None = None
    calling: str | None = None


@dataclass
class Failure:
    number: str
    reason: str
    exit_code: int


@dataclass
class Summary:
    operation: str
    state_file: str
    succeeded: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def exit_code(self) -> int:
        if not self.failed:
            return 0
        return EXIT_AUTH if all(f.exit_code == EXIT_AUTH for f in self.failed) else 1

    def to_dict(self) -> dict[str, object]:
        return {
            "operation": self.operation,
            "succeeded": self.succeeded,
            "failed": [{"phoneNumber": f.number, "error": f.reason} for f in self.failed],
            "skipped": self.skipped,
            "stateFile": self.state_file,
        }


def _clean(cell: str | None) -> str | None:
    value = (cell or "").strip()
    return value or None


def parse_rows(text: str) -> list[Row]:
    """The rows of a bulk input file (see the module docstring); ValueError when a CSV header has no number column."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return []
    first = [cell.strip().lower() for cell in next(csv.reader([lines[0]]))]
    rows: list[Row] = []
    if any(cell in NUMBER_HEADERS for cell in first) or {"sms", "calling"} & set(first):
        number_col = next((i for i, cell in enumerate(first) if cell in NUMBER_HEADERS), None)
        if number_col is None:
            raise ValueError(f"the CSV header has no phone number column (one of: {', '.join(NUMBER_HEADERS)})")
        sms_col = first.index("sms") if "sms" in first else None
        calling_col = first.index("calling") if "calling" in first else None
        for record in csv.reader(io.StringIO("\n".join(lines[1:]))):
            number = _clean(record[number_col] if number_col < len(record) else None)
            if number is None:
                continue
            sms = _clean(record[sms_col]) if sms_col is not None and sms_col < len(record) else None
            calling = _clean(record[calling_col]) if calling_col is not None and calling_col < len(record) else None
            rows.append(Row(number, sms, calling))
    else:
        for line in lines:
            number = _clean(next(csv.reader([line]))[0])
            if number is not None:
                rows.append(Row(number))
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.number not in seen:
            seen.add(row.number)
            unique.append(row)
    return unique


class StateFile:
    """The successes recorded so far (`<operation>\\t<number>` lines), appended to as the run goes."""

    def __init__(self, path: Path | None) -> None:
        """`path` None: nothing is read or written (numbers given on the command line)."""
        self.path = path
        self._done: set[tuple[str, str]] = set()
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                operation, sep, number = line.partition("\t")
                if sep:
                    self._done.add((operation, number))

    @classmethod
    def next_to(cls, input_path: Path) -> StateFile:
        return cls(input_path.with_name(input_path.name + STATE_SUFFIX))

    def is_done(self, operation: str, number: str) -> bool:
        return (operation, number) in self._done

    def record(self, operation: str, number: str) -> None:
        if self.path is not None:
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(f"{operation}\t{number}\n")
        self._done.add((operation, number))


@dataclass(frozen=True)
class Task:
    """One unit of a bulk run: `run()` does the operation for `number` and returns when it has finished."""

    number: str
    operation: str
    run: Callable[[], object]


def run_bulk(
    tasks: Iterable[Task],
    *,
    state: StateFile,
    concurrency: int,
    summary: Summary,
    on_done: Callable[[str], None],
) -> Summary:
    """Run `tasks` with at most `concurrency` in flight, skipping recorded successes and recording new ones.

    The state file is only written from the calling thread, as results arrive.
    """
    workers = max(1, min(concurrency, MAX_CONCURRENCY))
    pending: dict[Future[object], Task] = {}

    def collect(done: Iterable[Future[object]]) -> None:
        for future in done:
            task = pending.pop(future)
            exc = future.exception()
            if exc is None:
                state.record(task.operation, task.number)
                summary.succeeded.append(task.number)
                on_done(f"{task.number} ok")
            else:
                reason, code = classify(exc)
                summary.failed.append(Failure(task.number, reason, code))
                on_done(f"{task.number} failed: {reason}")

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="acs-bulk") as pool:
        for task in tasks:
            if state.is_done(task.operation, task.number):
                summary.skipped.append(task.number)
                on_done(f"{task.number} skipped (already done)")
                continue
            while len(pending) >= workers * 2:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                collect(finished)
            pending[pool.submit(task.run)] = task
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(finished)
    return summary
