"""The emulator as a separate process, so that client CPU time is measured without the server's.

`python -m acs_phonenumbers.emulator --port 0 ...` prints its connection string on the first line of stdout;
everything it prints after that is drained by a thread (a full pipe would stall the server) and kept for
error messages. On machines with two or more CPUs the emulator is pinned to the last CPU and the benchmark
process to the first, so the two never compete for a core.
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import threading
from types import TracebackType
from typing import IO, Any

import httpx
from raw_client import parse_connection_string

START_TIMEOUT = 30.0


def cpu_split() -> tuple[set[int], set[int]] | None:
    """(client CPUs, emulator CPUs) when the machine has at least two usable CPUs, else None."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None
    return set(cpus[:-1]), {cpus[-1]}


class EmulatorProcess:
    """Start/stop the emulator in a child process; admin calls over its /_emulator/ HTTP endpoints."""

    def __init__(self, *, lro_seconds: float = 0.0, command: list[str] | None = None, pin: bool = True) -> None:
        self.command = command or [
            sys.executable,
            "-m",
            "acs_phonenumbers.emulator",
            "--port",
            "0",
            "--lro-seconds",
            str(lro_seconds),
        ]
        self.pin = pin
        self.connection_string = ""
        self.endpoint = ""
        self.access_key = ""
        self.output: collections.deque[str] = collections.deque(maxlen=50)
        self._process: subprocess.Popen[str] | None = None
        self._admin: httpx.Client | None = None

    def __enter__(self) -> EmulatorProcess:
        split = cpu_split() if self.pin else None
        preexec = None
        if split is not None:
            client_cpus, server_cpus = split
            os.sched_setaffinity(0, client_cpus)

            def preexec() -> None:
                os.sched_setaffinity(0, server_cpus)

        self._process = subprocess.Popen(
            self.command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=preexec,
        )
        assert self._process.stdout is not None
        first = self._first_line(self._process.stdout)
        threading.Thread(target=self._drain, args=(self._process.stdout,), daemon=True).start()
        self.connection_string = first.strip()
        self.endpoint, self.access_key = parse_connection_string(self.connection_string)
        self._admin = httpx.Client(base_url=self.endpoint, timeout=120.0)
        return self

    def _first_line(self, stream: IO[str]) -> str:
        result: list[str] = []

        def read() -> None:
            for line in stream:
                if "endpoint=" in line.lower():
                    result.append(line)
                    return
                self.output.append(line.rstrip())

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        if not result:
            self.__exit__(None, None, None)
            raise RuntimeError("emulator did not print its connection string:\n" + "\n".join(self.output))
        return result[0][result[0].lower().index("endpoint=") :]

    def _drain(self, stream: IO[str]) -> None:
        for line in stream:
            self.output.append(line.rstrip())

    def admin(self, method: str, path: str, json: Any = None) -> Any:
        """Call an /_emulator/ admin endpoint; returns decoded JSON (or None for an empty body)."""
        assert self._admin is not None
        response = self._admin.request(method, f"/_emulator/{path}", json=json)
        if response.status_code >= 400:
            raise RuntimeError(f"admin {method} {path}: {response.status_code} {response.text}")
        return response.json() if response.content else None

    def reset(self) -> None:
        self.admin("POST", "reset")

    def seed_purchased_numbers(self, count: int) -> list[str]:
        body = self.admin("POST", "seed", {"phoneNumbers": {"count": count, "countryCode": "US"}})
        return list(body["phoneNumbers"])

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._admin is not None:
            self._admin.close()
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
