"""``Emulator``: the emulator on a free port of 127.0.0.1, served by uvicorn in a background thread."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from .admin import Control, Faults
from .app import BODY_TIMEOUT, MAX_REQUEST_BYTES, Settings, create_app
from .backend import DEFAULT_LRO_SECONDS, Backend
from .clock import Clock
from .services.phone_numbers import PhoneNumbersBackend
from .services.short_codes import ShortCodesBackend
from .store import Store
from .tls import create_tls_files

# The well-known development key (base64), like Azurite's: never a secret, accepted by every emulator by default.
DEV_ACCESS_KEY = "ZW11bGF0b3ItZGV2ZWxvcG1lbnQta2V5LWFjcy1waG9uZW51bWJlcnMtMDAwMDAwMDA="
_START_TIMEOUT = 30.0


class Emulator(Control):
    """Start with ``with Emulator() as emu:`` (or ``start()``/``stop()``); connect with ``emu.connection_string``.

    Controlled directly through the methods of :class:`~.admin.Control` (``reset``, ``advance_clock``,
    ``set_lro_seconds``, ``set_faults``, ``clear_faults``, ``seed``), which the ``/_emulator/`` routes call too.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        lro_seconds: float = DEFAULT_LRO_SECONDS,
        tls: bool = False,
        ca_file: str | Path | None = None,
        db_path: str | Path | None = None,
        access_key: str = DEV_ACCESS_KEY,
        dev_bearer: bool = False,
        fault_rate: float = 0.0,
        log_level: str = "warning",
        max_request_bytes: int = MAX_REQUEST_BYTES,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self.host = host
        self.access_key = access_key
        self.tls = tls
        self.db_path = Path(db_path) if db_path is not None else None
        self._store = Store(self.db_path)
        super().__init__(Backend(self._store, Clock(), lro_seconds), Faults())
        if fault_rate:
            self.set_faults(fault_rate)
        self.app = create_app(
            self.backend,
            Settings(access_key, allow_bearer=dev_bearer),
            self.faults,
            max_request_bytes=max_request_bytes,
            body_timeout=body_timeout,
        )
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        self.ca_file: str | None = None
        ssl: dict[str, Any] = {}
        if tls:
            self._tempdir = tempfile.TemporaryDirectory(prefix="acs-emulator-tls-")
            files = create_tls_files(Path(self._tempdir.name), Path(ca_file) if ca_file else None)
            self.ca_file = str(files.ca_file)
            ssl = {"ssl_certfile": str(files.cert_file), "ssl_keyfile": str(files.key_file)}
        self._socket = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this: without it small responses wait on delayed ACKs (~40 ms each).
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level=log_level,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            # A client idle between requests is let go after 5 s; one slow to send its body gets a 408 after
            # body_timeout (RequestLimits); headers are bounded in size; connections in flight are capped.
            timeout_keep_alive=5,
            h11_max_incomplete_event_size=64 * 1024,
            limit_concurrency=1000,
            **ssl,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ connection details

    @property
    def endpoint(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}/"

    @property
    def connection_string(self) -> str:
        return f"endpoint={self.endpoint};accesskey={self.access_key}"

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Emulator:
        if self._thread is not None:
            return self
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="acs-emulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=_START_TIMEOUT)
            self._thread = None
        self._socket.close()
        self._store.close()
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ seeding and review

    def seed_purchased_numbers(
        self,
        count: int,
        country_code: str = "US",
        *,
        phone_number_type: str = "geographic",
        assignment_type: str = "application",
    ) -> list[str]:
        return self.backend.of(PhoneNumbersBackend).seed_purchased_numbers(
            count, country_code, phone_number_type, assignment_type
        )

    def seed_short_codes(self, count: int, program_brief_id: str | None = None) -> list[str]:
        return self.backend.of(ShortCodesBackend).seed_short_codes(count, program_brief_id)

    def review_program_brief(self, program_brief_id: str, outcome: str, note: str | None = None) -> dict[str, Any]:
        """Review a submitted brief as the service does out of band: ``approved`` (a short code is provisioned for
        it), ``denied``, or ``updateProgramBrief``/``submitNewVanityNumbers`` (it can be changed and resubmitted).

        Returns the brief's JSON. A brief that is not submitted, or an unknown outcome, raises ``EmulatorError``
        (status 400, as ``POST /_emulator/programBriefs/{id}/review`` answers).
        """
        return self.backend.of(ShortCodesBackend).review_brief(str(program_brief_id), outcome, note)
