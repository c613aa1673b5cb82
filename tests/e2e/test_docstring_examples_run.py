"""A few docstring examples, run against the emulator as written (all of them are type-checked by
tests/unit/test_docstring_examples.py; the README's examples are run by test_readme_examples.py).

The ones run need nothing the emulator does not hold after a reset, or that an earlier one makes: the catalogue
listings, a search, a browse and a reservation, SIP trunks and routes, a program brief from a file with its
attachments, and the short-code listings; sync and, for some, their async twins. Each runs in its module
(tests/docstring_examples.py), with ``conn_str``, ``brief_id`` and ``client`` given values, in a directory with the
files they read and with ``ACS_CONNECTION_STRING`` set.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
from docstring_examples import Example, by_name, module_source

PHONE_NUMBERS = [
    f"acs_phonenumbers.PhoneNumbersClient.{name}"
    for name in (
        "list_available_countries",
        "list_available_localities",
        "list_available_offerings",
        "list_available_area_codes",
        "begin_search_available_phone_numbers",
        "browse_available_phone_numbers",
        "create_or_update_reservation",
        "list_reservations",
        "search_operator_information",
        "from_connection_string",
        "with_options",
    )
]
ASYNC_PHONE_NUMBERS = [
    f"acs_phonenumbers.aio.PhoneNumbersClient.{name}"
    for name in (
        "list_available_area_codes",
        "begin_search_available_phone_numbers",
        "create_or_update_reservation",
        "with_options",
    )
]
# In this order: the class's example makes the trunk the others read.
SIP_ROUTING = ["acs_phonenumbers.siprouting.SipRoutingClient"] + [
    f"acs_phonenumbers.siprouting.SipRoutingClient.{name}"
    for name in ("set_trunk", "get_trunk", "list_trunks", "list_routes", "set_routes")
]
ASYNC_SIP_ROUTING = ["acs_phonenumbers.siprouting.aio", "acs_phonenumbers.siprouting.aio.SipRoutingClient.list_trunks"]
# In this order (the brief in brief.yaml, tests/data/program_brief.yaml, is upserted first and submitted last).
SHORT_CODES = ["acs_phonenumbers.load_program_brief"] + [
    f"acs_phonenumbers.ShortCodesClient.{name}"
    for name in (
        "upsert_us_program_brief",
        "get_us_program_brief",
        "with_raw_response",
        "attach_file",
        "create_or_replace_us_program_brief_attachment",
        "list_us_program_brief_attachments",
        "submit_us_program_brief",
        "list_us_program_briefs",
        "list_short_codes",
        "list_short_code_costs",
    )
]
# The class's example upserts and submits the brief: on a fresh emulator.
SHORT_CODES_CLASS = ["acs_phonenumbers.ShortCodesClient"]
ASYNC_SHORT_CODES = [
    "acs_phonenumbers.aio.ShortCodesClient",
    "acs_phonenumbers.aio.ShortCodesClient.get_us_program_brief",
]
BRIEF = Path(__file__).parents[1] / "data" / "program_brief.yaml"
BRIEF_ID = "146b433f-d774-40b9-9138-55d386208725"  # the brief's id, which get_us_program_brief's example reads
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)

EXAMPLES = by_name()


async def _run(example: Example, connection_string: str) -> None:
    namespace: dict[str, Any] = {"__name__": "docstring_example", "conn_str": connection_string, "brief_id": BRIEF_ID}
    exec(compile(module_source(example)[0], example.names[0], "exec"), namespace)
    client = None
    if example.client is not None:
        client = namespace[example.client].from_connection_string(connection_string)
        namespace["client"] = client
    try:
        result = namespace["example"]()
        if inspect.isawaitable(result):
            await result
    finally:
        if client is not None:
            closed = client.close()
            if inspect.isawaitable(closed):
                await closed


@pytest.fixture
def files(acs_emulator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The files the short-code examples read, in the working directory; the connection string in the environment."""
    monkeypatch.setenv("ACS_CONNECTION_STRING", acs_emulator.connection_string)
    (tmp_path / "brief.yaml").write_text(BRIEF.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "signup.png").write_bytes(PNG)
    (tmp_path / "screenshots").mkdir()
    (tmp_path / "screenshots" / "call-to-action.png").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    "names",
    [
        PHONE_NUMBERS,
        ASYNC_PHONE_NUMBERS,
        SIP_ROUTING,
        ASYNC_SIP_ROUTING,
        SHORT_CODES,
        SHORT_CODES_CLASS,
        ASYNC_SHORT_CODES,
    ],
    ids=[
        "phone-numbers",
        "phone-numbers-async",
        "sip-routing",
        "sip-routing-async",
        "short-codes",
        "short-codes-class",
        "short-codes-async",
    ],
)
@pytest.mark.usefixtures("files")
async def test_docstring_examples_run_on_the_emulator(acs_emulator: Any, names: list[str]) -> None:
    for name in names:
        for example in EXAMPLES[name]:
            try:
                await _run(example, acs_emulator.connection_string)
            except Exception as error:
                raise AssertionError(f"the example of {name} failed:\n{example.code}") from error
