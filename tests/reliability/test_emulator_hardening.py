"""The emulator under attack: oversized and slow bodies, deeply nested JSON, cross-site use of its admin routes,
bad admin input. Each answer is a clear 4xx; nothing is read into memory that should not be, no 500."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from acs_phonenumbers.emulator import Emulator
from acs_phonenumbers.emulator.admin import AFTER_FAULT_KINDS, BEFORE_FAULT_KINDS, FAULT_KINDS

from ._support import API_VERSION, sign

LIMIT = 4096


@pytest.fixture(scope="module")
def small() -> Iterator[Emulator]:
    """An emulator with a 4 KiB body limit and a 0.5 s body timeout."""
    with Emulator(lro_seconds=0.0, max_request_bytes=LIMIT, body_timeout=0.5) as emu:
        yield emu


def _raw(emulator: Emulator, request: bytes) -> bytes:
    """Send raw bytes, read until the server closes or answers in full."""
    with socket.create_connection(("127.0.0.1", emulator.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received or not received.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def test_fault_rate_mixes_before_and_after_act_faults() -> None:
    assert set(BEFORE_FAULT_KINDS) | set(AFTER_FAULT_KINDS) == set(FAULT_KINDS)
    assert {"after-500", "after-502", "after-504", "after-cut"} == set(AFTER_FAULT_KINDS)


def test_a_body_announced_above_the_limit_is_refused_before_it_is_read(small: Emulator) -> None:
    head = (
        "POST /availablePhoneNumbers/countries/US/:search?api-version=2025-06-01 HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{small.port}\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
    )
    answer = _raw(small, head.encode())  # the 100 MB never follow: the answer comes without them
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"RequestEntityTooLarge" in answer


def test_a_chunked_body_above_the_limit_is_refused(small: Emulator) -> None:
    with httpx.Client() as client:
        response = client.post(
            f"{small.endpoint}availablePhoneNumbers/countries/US/:search?api-version={API_VERSION}",
            content=iter([b"x" * 1024] * 8),  # no Content-Length: chunked
            headers={"Content-Type": "application/json"},
        )
    assert response.status_code == 413


def test_a_body_that_does_not_arrive_in_time_is_a_408(small: Emulator) -> None:
    head = (
        "POST /availablePhoneNumbers/countries/US/:search?api-version=2025-06-01 HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{small.port}\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{{"
    )
    answer = _raw(small, head.encode())
    assert answer.startswith(b"HTTP/1.1 408")


def test_deeply_nested_json_is_a_400_and_the_connection_stays_usable(emulator: Emulator) -> None:
    url = f"{emulator.endpoint}operatorInformation/:search?api-version={API_VERSION}"
    body = b'{"phoneNumbers": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    with httpx.Client() as client:
        response = client.post(
            url, content=body, headers={**sign("POST", url, body), "Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert "nested too deeply" in response.text
        assert response.headers.get("connection") != "close"
        plain = json.dumps({"phoneNumbers": ["+14255550123"]}).encode()
        again = client.post(
            url, content=plain, headers={**sign("POST", url, plain), "Content-Type": "application/json"}
        )
        assert again.status_code == 200


# -- the admin routes -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "https://evil.example"}, 403),
        ({"Content-Type": "text/plain"}, 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({"Host": "evil.example"}, 403),
    ],
)
def test_admin_routes_refuse_cross_site_requests(emulator: Emulator, headers: dict[str, str], status: int) -> None:
    emulator.set_lro_seconds(7.0)
    response = httpx.post(f"{emulator.endpoint}_emulator/lro", content=b'{"seconds": 0}', headers=headers)
    assert response.status_code == status, response.text
    assert emulator.backend.lro_seconds == 7.0  # nothing changed
    emulator.set_lro_seconds(0.0)


def test_admin_routes_take_json_from_the_bound_address(emulator: Emulator) -> None:
    assert httpx.post(f"{emulator.endpoint}_emulator/lro", json={"seconds": 0.5}).status_code == 204
    assert emulator.backend.lro_seconds == 0.5
    localhost = f"http://localhost:{emulator.port}/_emulator/health"
    assert httpx.get(localhost).status_code == 200
    assert httpx.post(f"{emulator.endpoint}_emulator/reset").status_code == 204  # no body, no content type


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        ("clock", b'{"advanceSeconds": 1e300}', "advanceSeconds"),
        ("clock", b"not json", "not JSON"),
        ("faults", b'{"rate": 5}', "between 0 and 1"),
        ("faults", b'{"rate": 0.1, "kinds": ["teapot"]}', "fault kinds"),
        ("faults", b'{"rate": "lots"}', "rate must be a number"),
        ("lro", b'{"seconds": -1}', "LRO duration"),
        ("lro", b"{}", "LRO duration"),
        ("seed", b'{"phoneNumbers": {"count": "many"}}', "count"),
        ("seed", b"[1, 2]", "JSON object"),
    ],
)
def test_bad_admin_input_is_a_400_with_the_reason(emulator: Emulator, path: str, body: bytes, reason: str) -> None:
    response = httpx.post(
        f"{emulator.endpoint}_emulator/{path}", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert reason in response.json()["error"]["message"]
