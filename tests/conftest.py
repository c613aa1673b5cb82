"""Shared pytest configuration: the emulator fixture (``acs_emulator``) for every test directory."""

pytest_plugins = ["acs_phonenumbers.emulator.pytest_plugin"]
