"""What `import acs_phonenumbers` loads, and that everything loaded later is still reachable under its name.

The package loads its models (and with them attrs), the short-code side and asyncio on first use. Import time is
benchmarked in tests/bench; these tests pin which modules are deferred, in a fresh interpreter, timing nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import acs_phonenumbers
import acs_phonenumbers.aio
from acs_phonenumbers_generated import models as generated_models
from acs_phonenumbers_generated.api import phone_numbers as operations


def _modules_after(statement: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running `statement`."""
    script = textwrap.dedent(statement) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return list(json.loads(completed.stdout.splitlines()[-1]))


def test_importing_the_sync_client_loads_no_model_no_short_code_module_no_attrs_and_no_asyncio() -> None:
    loaded = _modules_after("from acs_phonenumbers import PhoneNumbersClient")

    assert [m for m in loaded if m.startswith("acs_phonenumbers_generated.models.")] == []
    assert [m for m in loaded if m.startswith("acs_phonenumbers_generated.api.phone_numbers.")] == []
    assert [m for m in loaded if m.startswith("acs_shortcodes_generated")] == []
    assert "acs_phonenumbers._short_codes" not in loaded
    assert "acs_phonenumbers._program_briefs" not in loaded
    assert [m for m in loaded if m.startswith("acs_phonenumbers_twins.")] == []  # raw views and async twins
    assert "asyncio" not in loaded
    assert "attrs" not in loaded  # only the models use it
    assert "opentelemetry" not in loaded  # tracing loads it on the first call, when it is installed


def test_importing_the_async_client_loads_no_short_code_module() -> None:
    loaded = _modules_after("from acs_phonenumbers.aio import PhoneNumbersClient")

    assert [m for m in loaded if m.startswith("acs_shortcodes_generated")] == []
    short_code_side = {
        "acs_phonenumbers._short_codes",
        "acs_phonenumbers_twins.short_codes_aio",
        "acs_phonenumbers._program_briefs",
    }
    assert short_code_side.isdisjoint(loaded)
    assert "attrs" not in loaded


def test_a_call_loads_its_own_operation_and_models_only() -> None:
    loaded = _modules_after(
        """
        import httpx
        from acs_phonenumbers import AzureKeyCredential, PhoneNumbersClient

        def handler(request):
            return httpx.Response(200, json={
                "id": "14255550123", "phoneNumber": "+14255550123", "countryCode": "US",
                "phoneNumberType": "geographic", "assignmentType": "application",
                "capabilities": {"calling": "inbound", "sms": "none"}, "purchaseDate": "2026-01-01T00:00:00Z",
                "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
            })

        client = PhoneNumbersClient("https://x.communication.azure.com", AzureKeyCredential("a2V5"),
                                    transport=httpx.MockTransport(handler))
        client.get_purchased_phone_number("+14255550123").capabilities.calling
        """
    )

    assert [m for m in loaded if m.startswith("acs_phonenumbers_generated.api.phone_numbers.")] == [
        "acs_phonenumbers_generated.api.phone_numbers.phone_numbers_get_by_number"
    ]
    models = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("acs_phonenumbers_generated.models.")}
    assert "purchased_phone_number" in models and "phone_number_capabilities" in models
    assert "phone_number_search_result" not in models and "phone_numbers_reservation" not in models
    assert "dateutil" not in loaded  # only for date-times that datetime.fromisoformat refuses
    # The retry classes of phone-numbers calls come from that package's own operations table.
    assert [m for m in loaded if m.startswith(("acs_shortcodes_generated", "acs_siprouting_generated"))] == []


@pytest.mark.parametrize(
    ("package", "name"),
    [(acs_phonenumbers, name) for name in sorted(acs_phonenumbers.__all__)]
    + [(acs_phonenumbers.aio, name) for name in sorted(acs_phonenumbers.aio.__all__)],
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
def test_every_exported_name_resolves(package: object, name: str) -> None:
    assert getattr(package, name) is not None


def test_star_import_gives_every_exported_name() -> None:
    namespace: dict[str, object] = {}
    exec("from acs_phonenumbers import *", namespace)

    assert set(acs_phonenumbers.__all__) <= set(namespace)
    assert set(acs_phonenumbers.__all__) <= set(dir(acs_phonenumbers))


def test_lazily_loaded_names_are_the_generated_objects_themselves() -> None:
    assert acs_phonenumbers.PurchasedPhoneNumber is generated_models.PurchasedPhoneNumber
    assert acs_phonenumbers.ShortCodeNumberType.__module__ == "acs_shortcodes_generated.models.number_type"
    assert acs_phonenumbers.ShortCodesClient.__module__ == "acs_phonenumbers._short_codes"
    assert acs_phonenumbers.aio.ShortCodesClient.__module__ == "acs_phonenumbers_twins.short_codes_aio"


@pytest.mark.parametrize(
    "module",
    [acs_phonenumbers, acs_phonenumbers.aio, acs_phonenumbers._models, generated_models, operations],
    ids=lambda m: m.__name__,
)
def test_an_unknown_name_is_an_attribute_error(module: object) -> None:
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchThing'"):
        getattr(module, "NoSuchThing")  # noqa: B009


def test_the_generated_operations_package_lists_and_loads_its_operations() -> None:
    assert "phone_numbers_get_by_number" in dir(operations)
    assert callable(operations.phone_numbers_get_by_number.sync_detailed)
    assert len(dir(operations)) == 20


def test_aiohttp_is_loaded_only_when_an_async_client_is_built() -> None:
    statement = """
        from acs_phonenumbers import PhoneNumbersClient
        from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
        PhoneNumbersClient("https://contoso.communication.azure.com", "a2V5").close()
        import sys
        before = "aiohttp" in sys.modules
        AsyncPhoneNumbersClient("https://contoso.communication.azure.com", "a2V5")
        print(before)
    """
    loaded = _modules_after(statement)
    assert "aiohttp" in loaded  # installed in this venv (the extra), so the async client uses it
    script = textwrap.dedent(statement) + "\n"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert completed.stdout.splitlines()[0] == "False"
