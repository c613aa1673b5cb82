"""A local emulator of the ACS phone-numbers and short-codes service, for tests and demos.

    from acs_phonenumbers.emulator import Emulator
    with Emulator(lro_seconds=0) as emu:
        client = PhoneNumbersClient.from_connection_string(emu.connection_string)

Run it alone with ``python -m acs_phonenumbers.emulator`` (prints the connection string first). Development
bearer mode (``dev_bearer=True`` / ``--dev-bearer``) accepts any ``Authorization: Bearer <token>``; otherwise only
HMAC-SHA256 signed with the access key (by default the well-known ``DEV_ACCESS_KEY``) is accepted. The pytest
fixture ``acs_emulator`` comes with ``pytest_plugins = ["acs_phonenumbers.emulator.pytest_plugin"]``.
"""

from .errors import EmulatorError
from .server import DEV_ACCESS_KEY, Emulator

__all__ = ["DEV_ACCESS_KEY", "Emulator", "EmulatorError"]
