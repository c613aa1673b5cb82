"""A stand-in for the official tests' ``phone_numbers_testcase``: the connection string of the emulator."""

from __future__ import annotations

import os

from devtools_testutils import AzureRecordedTestCase


class PhoneNumbersTestCase(AzureRecordedTestCase):
    def setUp(self, use_dynamic_resource: bool = False) -> None:
        self.connection_str = os.environ["COMMUNICATION_SAMPLES_CONNECTION_STRING"]
