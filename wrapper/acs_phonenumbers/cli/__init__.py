"""The `acs-phonenumbers` command line (needs the `cli` extra: pip install 'acs-phonenumbers[cli]').

Importing this package needs nothing beyond the clients, so that the console script can say which extra is missing
(one line, exit status 2) instead of failing with an import traceback.
"""

from __future__ import annotations

from typing import Any

__all__ = ["app", "main"]


def _load() -> Any:
    """The Typer application. Importing the submodule `app` binds the package attribute `app` to that module,
    so the attribute is set again to the application it holds."""
    from .app import app as typer_app

    globals()["app"] = typer_app
    return typer_app


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    try:
        _load()
        from .app import main as run
    except ModuleNotFoundError as exc:
        from .._extras import require_or_exit

        require_or_exit("cli", "the acs-phonenumbers command line", exc)
    return run(argv)


def __getattr__(name: str) -> Any:
    if name == "app":
        return _load()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
