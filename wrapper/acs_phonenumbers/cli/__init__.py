"""The `acs-phonenumbers` command line (needs the `cli` extra: pip install 'acs-phonenumbers[cli]')."""

from .app import app, main

__all__ = ["app", "main"]
