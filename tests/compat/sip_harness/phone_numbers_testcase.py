"""Stand-in for the official tests' base class: the connection string of the emulator under test."""

import os


class PhoneNumbersTestCase:
    def setUp(self, use_dynamic_resource: bool = False) -> None:
        self.connection_str = os.environ["SIP_HARNESS_CONNECTION_STRING"]
