"""A local emulator of the ACS phone-numbers and short-codes service, for tests and demos.

    from acs_phonenumbers.emulator import Emulator
    with Emulator(lro_seconds=0) as emu:
        client = PhoneNumbersClient.from_connection_string(emu.connection_string)

Run it alone with ``python -m acs_phonenumbers.emulator`` (prints the connection string first). Development
bearer mode (``dev_bearer=True`` / ``--dev-bearer``) accepts any ``Authorization: Bearer <token>``; otherwise only
HMAC-SHA256 signed with the access key (by default the well-known ``DEV_ACCESS_KEY``) is accepted. The pytest
fixture ``acs_emulator`` comes with ``pytest_plugins = ["acs_phonenumbers.emulator.pytest_plugin"]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import EmulatorError
    from .server import DEV_ACCESS_KEY, Emulator

__all__ = ["DEV_ACCESS_KEY", "Emulator", "EmulatorError"]

# Loaded on first use, so that `python -m acs_phonenumbers.emulator` without the `emulator` extra can say which
# extra to install (its __main__ runs after this file) instead of failing here with an import traceback.
_LAZY = {"DEV_ACCESS_KEY": ".server", "Emulator": ".server", "EmulatorError": ".errors"}


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        from .._extras import MissingExtraError, extra_missing, missing_extra_message

        try:
            value = getattr(import_module(module, __name__), name)
        except ModuleNotFoundError as exc:
            if not extra_missing("emulator", exc):
                raise
            raise MissingExtraError(missing_extra_message("emulator", "the emulator", exc), name=exc.name) from None
        globals()[name] = value
        return value
