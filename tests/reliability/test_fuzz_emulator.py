"""The emulator fuzzed with schemathesis against our OpenAPI documents: no 500s, every response conforms.

Requests are generated from ``openapi/phonenumbers.yaml``, ``openapi/shortcodes.yaml``, the short codes' older
``openapi/shortcodes-2021-10-25-preview.yaml`` and ``openapi/siprouting.yaml`` (SIP routing also on its own, as its
two operations are rarely drawn among the others) (valid ones and, in the negative run, invalid ones), signed with the
development key by a ``requests`` auth hook, and sent to a real emulator.
The quick run keeps the suite fast; the ``reliability`` run generates many more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from acs_phonenumbers.emulator import Emulator

from ._support import sign

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("phonenumbers.yaml", "shortcodes.yaml", "shortcodes-2021-10-25-preview.yaml", "siprouting.yaml")
POSITIVE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Invalid input may be refused with any documented error; it must never be a 500 and the body must still conform.
NEGATIVE_CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


class HmacAuth(requests.auth.AuthBase):
    """Signs each prepared request exactly as sent (path, query and body), independent of the client's code."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        assert request.method is not None and request.url is not None
        request.headers.update(sign(request.method, request.url, body))
        return request


@pytest.fixture(scope="module")
def fuzz_target() -> Iterator[tuple[Emulator, requests.Session]]:
    with Emulator(lro_seconds=0.0) as emu, requests.Session() as session:
        session.auth = HmacAuth()
        emu.seed_purchased_numbers(3)
        yield emu, session


def _operations(documents: tuple[str, ...] = DOCUMENTS) -> list[tuple[Any, str]]:
    """Every operation with its document's api-version (fuzzing a wrong one only ever tests one 400)."""
    operations = []
    for name in documents:
        schema = schemathesis.openapi.from_path(ROOT / "openapi" / name)
        version = schema.raw_schema["info"]["version"]
        operations += [(result.ok(), version) for result in schema.get_all_operations()]
    return operations


OPERATIONS = _operations()
SIP_OPERATIONS = _operations(("siprouting.yaml",))
STATS: Counter[str] = Counter()


def _fuzz(
    fuzz_target: tuple[Emulator, requests.Session],
    data: st.DataObject,
    mode: GenerationMode,
    operations: list[tuple[Any, str]] = OPERATIONS,
) -> None:
    emulator, session = fuzz_target
    operation, version = data.draw(st.sampled_from(operations), label="operation")
    case = data.draw(operation.as_strategy(generation_mode=mode, query={"api-version": version}), label="case")
    response = case.call(base_url=emulator.endpoint.rstrip("/"), session=session, timeout=10)
    STATS[f"{response.status_code // 100}xx"] += 1
    checks = POSITIVE_CHECKS if mode is GenerationMode.POSITIVE else NEGATIVE_CHECKS
    case.validate_response(response, checks=checks)


QUICK = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
LONG = settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_there_is_something_to_fuzz() -> None:
    assert len(OPERATIONS) == 39  # 20 phone numbers, 11 short codes, 6 short codes at 2021-10-25-preview, 2 SIP
    assert len(SIP_OPERATIONS) == 2


@QUICK
@given(data=st.data())
def test_fuzz_valid_requests_quick(fuzz_target: tuple[Emulator, requests.Session], data: st.DataObject) -> None:
    _fuzz(fuzz_target, data, GenerationMode.POSITIVE)


@QUICK
@given(data=st.data())
def test_fuzz_invalid_requests_quick(fuzz_target: tuple[Emulator, requests.Session], data: st.DataObject) -> None:
    _fuzz(fuzz_target, data, GenerationMode.NEGATIVE)


@settings(QUICK, max_examples=40)
@given(data=st.data(), mode=st.sampled_from([GenerationMode.POSITIVE, GenerationMode.NEGATIVE]))
def test_fuzz_sip_routing_quick(
    fuzz_target: tuple[Emulator, requests.Session], data: st.DataObject, mode: GenerationMode
) -> None:
    _fuzz(fuzz_target, data, mode, SIP_OPERATIONS)


@pytest.mark.reliability
@LONG
@given(data=st.data())
def test_fuzz_valid_requests_long(fuzz_target: tuple[Emulator, requests.Session], data: st.DataObject) -> None:
    _fuzz(fuzz_target, data, GenerationMode.POSITIVE)


@pytest.mark.reliability
@LONG
@given(data=st.data())
def test_fuzz_invalid_requests_long(fuzz_target: tuple[Emulator, requests.Session], data: st.DataObject) -> None:
    _fuzz(fuzz_target, data, GenerationMode.NEGATIVE)


def test_zz_report_fuzz_figures() -> None:
    print(f"\n[reliability] schemathesis responses by class: {dict(sorted(STATS.items()))}")
