"""The same mistake gets the same exception on every client: a walk over every public method of every client.

For each parameter that takes a string, an int, an enum or a UUID, the walk gives it a value of the wrong type
(`InvalidArgumentTypeError`, both an `InvalidArgumentError` and a `TypeError`), and where the parameter is required
an empty string or an int below its range (`InvalidArgumentError` and not `TypeError`). The other arguments get a
valid value from SAMPLES, so a new method or parameter without a sample fails here until it is added. Nothing may
reach the transport.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from acs_phonenumbers import (
    AzureKeyCredential,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    PhoneNumberCapabilities,
    PhoneNumbersClient,
    ShortCodesClient,
)
from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute

UUID_TEXT = "6227aeb8-8086-4824-9586-05cafe96f37b"
SAMPLES: dict[str, Any] = {
    "phone_number": "+14255550123",
    "phone_numbers": ["+14255550123"],
    "search_id": UUID_TEXT,
    "reservation_id": UUID_TEXT,
    "program_brief_id": UUID_TEXT,
    "attachment_id": UUID_TEXT,
    "country_code": "US",
    "phone_number_type": "tollFree",
    "assignment_type": "application",
    "attachment_type": "callToActionScreenshot",
    "capabilities": PhoneNumberCapabilities(calling="inbound", sms="none"),  # type: ignore[arg-type]
    "file_name": "shot.png",
    "file_type": "png",
    "file_content_base64": "aGVsbG8=",
    "trunk_fqdn": "sbc.contoso.com",
    "trunk": SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061),
    "trunks": [SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061)],
    "routes": [SipTrunkRoute(name="all", number_pattern=".*")],
    "program_brief": {"id": UUID_TEXT},
    "path": "shot.png",
}
# Parameters the walk leaves alone: settings of the call, not its arguments, and flags of other types.
NOT_WALKED = {"continuation_token", "polling_interval", "agree_to_not_resell", "path", "options", "program_brief"}
# Methods that are not service calls.
NOT_CALLS = {"close", "with_options", "resume_operation"}
CLIENTS = [PhoneNumbersClient, ShortCodesClient, SipRoutingClient]


@pytest.fixture(autouse=True)
def _in_a_folder_with_an_attachment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / SAMPLES["path"]).write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.chdir(tmp_path)


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


def _kind(annotation: str) -> str | None:
    """What the walk tries on a parameter: 'int', 'str' or None (not a scalar argument)."""
    first = annotation.split("|")[0].strip()
    if first == "int":
        return "int"
    if first in ("str", "UUID") or (first.startswith("models.") and "Type" in first):
        return "str"
    return None


def _cases() -> Iterator[Any]:
    for client_class in CLIENTS:
        for name, method in inspect.getmembers(client_class, inspect.isfunction):
            if name.startswith("_") or name in NOT_CALLS:
                continue
            for param in list(inspect.signature(method).parameters.values())[1:]:
                if param.kind is param.VAR_KEYWORD or param.name in NOT_WALKED:
                    continue
                kind = _kind(str(param.annotation))
                if kind is None:
                    continue
                required = param.default is param.empty
                yield pytest.param(
                    client_class, name, param.name, kind, required, id=f"{client_class.__name__}.{name}.{param.name}"
                )


def _call(client_class: Any, method: str, param: str, value: Any) -> Callable[[], Any]:
    client = client_class(
        "https://contoso.communication.azure.com", AzureKeyCredential("a2V5"), transport=httpx.MockTransport(_refuse)
    )
    signature = inspect.signature(getattr(client_class, method))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in list(signature.parameters.values())[1:]:
        if p.kind is p.VAR_KEYWORD:
            continue
        if p.name == param:
            given = value
        elif p.default is not p.empty:
            continue
        else:
            given = SAMPLES[p.name]
        if p.kind is p.KEYWORD_ONLY or p.default is not p.empty:
            kwargs[p.name] = given
        else:
            args.append(given)

    def run() -> Any:
        with client:
            result = getattr(client, method)(*args, **kwargs)
            if hasattr(result, "__iter__") and not isinstance(result, str | bytes | dict):
                next(iter(result), None)  # a pager checks its arguments when it is made; this is for safety
            return result

    return run


@pytest.mark.parametrize(("client_class", "method", "param", "kind", "required"), list(_cases()))
def test_a_wrong_type_is_an_invalid_argument_type_error(
    client_class: Any, method: str, param: str, kind: str, required: bool
) -> None:
    wrong = "5" if kind == "int" else 42
    with pytest.raises(InvalidArgumentTypeError, match=param):
        _call(client_class, method, param, wrong)()
    if required:
        with pytest.raises(InvalidArgumentTypeError, match=param):
            _call(client_class, method, param, None)()


@pytest.mark.parametrize(("client_class", "method", "param", "kind", "required"), list(_cases()))
def test_an_empty_or_out_of_range_value_is_an_invalid_argument_error(
    client_class: Any, method: str, param: str, kind: str, required: bool
) -> None:
    if kind == "str" and not required:
        pytest.skip("an optional string may be empty")
    bad = -1 if kind == "int" else "  "
    with pytest.raises(InvalidArgumentError, match=param) as info:
        _call(client_class, method, param, bad)()
    assert not isinstance(info.value, TypeError)


def test_the_walk_covers_every_client() -> None:
    walked = {case.values[0] for case in _cases()}
    assert walked == set(CLIENTS)
