"""The one shape of every command: the invocation's state, the work, and its result printed in the chosen format.

A command is written as a function of the state (:class:`CliState`, its clients built from the connection options)
and of its own parameters, and returns what to print; :func:`command` makes it a Typer command:

- it adds the `--output` option (which overrides the global one for this command) and the Typer context;
- it names what the command is doing, for "error: <doing> failed: ..." lines (errors become exit statuses in
  `app.GuardedGroup`);
- it prints the result: a model or any JSON document as one document (``shows`` may say otherwise); with ``view``,
  a pager or an iterable of pages (a list of items is one page: ``[items]``) as a list with that view's columns;
  a :class:`Message` as a confirmation; an :class:`Operation` is waited for (or, with --no-wait, its continuation
  token printed) and then its result is printed, or its message when it has none. ``None``: nothing (the command
  printed what it had to itself).

Parameters that several commands share as a group are declared once, as the parameters of a function (or the fields
of a dataclass) whose result the command receives in their place: ``numbers: list[AvailablePhoneNumber] =
NUMBERS_TO_ADD``, where ``NUMBERS_TO_ADD = built_by(numbers_to_add)``.
"""

from __future__ import annotations

import builtins
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import typer

from .options import OutputOpt
from .output import OutputFormat, Renderer
from .state import CliState, get_state


@dataclass(frozen=True)
class Message:
    """A confirmation ("Released +14255550100."): the text for tables, an object of ``data`` for JSON and CSV."""

    text: str
    data: dict[str, Any] = field(default_factory=dict)


def said(text: str, **data: Any) -> Message:
    return Message(text, data)


@dataclass(frozen=True)
class Operation:
    """A started long-running operation, waited for under ``label`` unless ``no_wait``; ``done`` is printed when it
    ends without a result."""

    poller: Any
    label: str
    no_wait: bool = False
    done: Message | None = None


@dataclass(frozen=True)
class _BuiltBy:
    make: Callable[..., Any]


def built_by(make: Callable[..., Any]) -> Any:
    """The default of a parameter whose value ``make`` builds from parameters of its own (see the module docstring)."""
    return _BuiltBy(make)


class _Names(dict[str, Any]):
    """A module's names for reading annotations; names only the type checker sees (TYPE_CHECKING) read as Any."""

    def __missing__(self, name: str) -> Any:
        return getattr(builtins, name, Any)


def _parameters(function: Callable[..., Any]) -> list[inspect.Parameter]:
    names = _Names(vars(sys.modules[function.__module__]))
    return list(inspect.signature(function, eval_str=True, locals=names).parameters.values())


_CONTEXT = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
_OUTPUT = inspect.Parameter("output", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=OutputOpt)


def command(
    doing: str | None = None, *, view: str | None = None, shows: Callable[[Renderer, Any], object] = Renderer.one
) -> Callable[[Callable[..., Any]], Callable[..., None]]:
    """Make ``function(state, **parameters)`` a Typer command; ``doing`` is formatted with its parameters."""

    def decorate(function: Callable[..., Any]) -> Callable[..., None]:
        own = _parameters(function)[1:]  # the first is the state
        groups = {p.name: (p.default.make, _parameters(p.default.make)) for p in own if isinstance(p.default, _BuiltBy)}
        cli_parameters = [q for p in own for q in (groups[p.name][1] if p.name in groups else [p])]

        def run(ctx: typer.Context, output: Any = None, **values: Any) -> None:
            state = get_state(ctx)
            state.output = output or state.output
            for name, (make, parameters) in groups.items():
                values[name] = make(**{p.name: values.pop(p.name) for p in parameters})
            if doing is not None:
                state.doing(doing.format(**values))
            _print_result(state, function(state, **values), view, shows)

        signature = inspect.Signature([_CONTEXT, *cli_parameters, _OUTPUT])
        run.__signature__ = signature  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
        run.__name__, run.__doc__ = function.__name__, function.__doc__
        return run

    return decorate


def _print_result(state: CliState, result: Any, view: str | None, shows: Callable[[Renderer, Any], object]) -> None:
    """Print what a command returned (see the module docstring)."""
    if isinstance(result, Operation):
        result = _wait(state, result)
    if result is None:
        return
    renderer = state.renderer()
    if isinstance(result, Message):
        renderer.message(result.text, **result.data)
    elif view is not None:
        renderer.pages(result.by_page() if hasattr(result, "by_page") else result, view)
    else:
        shows(renderer, result)


def _wait(state: CliState, operation: Operation) -> Any:
    """The operation's result, or its message; with --no-wait its continuation token is printed instead (the whole
    JSON document for --output json)."""
    if not operation.no_wait:
        result = state.reporter().wait(operation.poller, operation.label)
        return operation.done if result is None else result
    token = operation.poller.continuation_token()
    if state.output is OutputFormat.TABLE:
        typer.echo(token)
        state.reporter().note(f"started; resume with: acs-phonenumbers numbers wait {token}")
    else:
        state.renderer().one({"continuationToken": token, "status": operation.poller.status()})
    return None
