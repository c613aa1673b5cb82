"""Showing a long-running operation or a bulk run while it goes.

On a terminal: a live spinner line with the operation's status and the elapsed time, or a progress bar for bulk
runs. Otherwise (a pipe, a file, CI logs): plain lines on standard error, one per status change or per item, so
logs stay readable. Standard output is left alone either way, so `--output json` stays a single document.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TextIO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# How often the spinner line is refreshed while we wait (the poller decides how often the service is asked).
TICK_SECONDS = 0.1


class PollerLike(Protocol[T_co]):
    """What we need of an LROPoller."""

    def done(self) -> bool: ...

    def status(self) -> str: ...

    def wait(self, timeout: float | None = None) -> None: ...

    def result(self, timeout: float | None = None) -> T_co: ...

    def continuation_token(self) -> str: ...


def is_interactive(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Where progress goes: standard error, live on a terminal and as plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, *, interactive: bool | None = None, quiet: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = is_interactive(self.stream) if interactive is None else interactive
        self.quiet = quiet
        self.console = Console(
            file=self.stream,
            force_terminal=self.interactive,
            width=None if self.interactive else 1000,
            soft_wrap=not self.interactive,
            highlight=False,
        )

    def note(self, text: str) -> None:
        """A plain informational line on standard error."""
        if not self.quiet:
            self.console.print(text, markup=False)

    def wait(
        self,
        poller: PollerLike[T],
        label: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        resume_hint: str = "numbers wait",
    ) -> T:
        """Wait for `poller`, showing its status; returns its result (raising what `result()` raises).

        Ctrl-C stops waiting, not the operation, which may still complete on the service: before the interrupt goes
        on (exit status 130), the continuation token and the command that resumes waiting are printed on stderr.
        """
        try:
            return self._wait(poller, label, clock)
        except KeyboardInterrupt:
            try:
                token = poller.continuation_token()
            except Exception:  # nothing to resume from (it never started): the interrupt alone is the story
                raise KeyboardInterrupt from None
            # markup off and never wrapped: the token must survive copy and paste whole
            print(
                f"{label}: interrupted; the operation may still complete on the service.\n"
                f"continuation token: {token}\n"
                f"resume waiting with: acs-phonenumbers {resume_hint} {token}",
                file=self.stream,
                flush=True,
            )
            raise

    def _wait(self, poller: PollerLike[T], label: str, clock: Callable[[], float]) -> T:
        started = clock()
        if self.quiet:
            return poller.result()
        if self.interactive:
            with self.console.status(f"{label}: starting") as status:
                while not poller.done():
                    poller.wait(timeout=TICK_SECONDS)
                    status.update(f"{label}: {_status(poller)} ({clock() - started:.1f}s)")
            result = poller.result()
            self.console.print(f"{label}: {_status(poller)} ({clock() - started:.1f}s)", markup=False)
            return result
        last: str | None = None
        while not poller.done():
            current = _status(poller)
            if current != last:
                self.console.print(f"{label}: {current} ({clock() - started:.1f}s)", markup=False)
                last = current
            poller.wait(timeout=TICK_SECONDS)
        try:
            return poller.result()
        finally:
            self.console.print(f"{label}: {_status(poller)} ({clock() - started:.1f}s)", markup=False)

    @contextmanager
    def bar(self, label: str, total: int) -> Iterator[Callable[[str], None]]:
        """A progress bar for `total` items; yields `advance(description_of_item_done)`."""
        if self.quiet:
            yield lambda _item: None
            return
        if self.interactive:
            progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            with progress:
                task = progress.add_task(label, total=total)

                def advance(_item: str) -> None:
                    progress.advance(task)

                yield advance
            return
        done = 0

        def advance_plain(item: str) -> None:
            nonlocal done
            done += 1
            self.console.print(f"{label}: [{done}/{total}] {item}", markup=False)

        yield advance_plain


def _status(poller: PollerLike[Any]) -> str:
    try:
        return str(poller.status())
    except Exception:  # a status we cannot read is not worth failing the wait for
        return "running"
