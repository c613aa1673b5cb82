"""Where the command line gets its endpoint and credential.

In order of precedence:

1. `--connection-string env:NAME`, `file:PATH` or `-` (standard input): where the connection string is, never the
   string itself (a secret on the command line shows in the process list and the shell history)
2. `--endpoint https://<resource>.communication.azure.com/` with `--identity` (Microsoft Entra ID through
   azure-identity's DefaultAzureCredential) or with the access key in `ACS_ACCESS_KEY`
3. the `ACS_CONNECTION_STRING` environment variable
4. the `ACS_ENDPOINT` environment variable, with `--identity` or `ACS_ACCESS_KEY` as in 2.

Keys are never accepted as command-line options (they would end up in shell history and process listings).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Final, TypeVar

from .errors import ConnectionProblem

C = TypeVar("C")

ENV_CONNECTION_STRING: Final = "ACS_CONNECTION_STRING"
ENV_ENDPOINT: Final = "ACS_ENDPOINT"
ENV_ACCESS_KEY: Final = "ACS_ACCESS_KEY"

HOW_TO_CONNECT: Final = f"""\
no connection to Azure Communication Services configured. Provide one of:
  {ENV_CONNECTION_STRING}="endpoint=https://<resource>.communication.azure.com/;accesskey=<key>"
      (or --connection-string env:NAME, file:PATH or - to read it from another variable, a file or stdin)
  --endpoint https://<resource>.communication.azure.com/ with {ENV_ACCESS_KEY}=<key> set
      (the endpoint can also come from {ENV_ENDPOINT})
  --endpoint https://<resource>.communication.azure.com/ --identity
      (Microsoft Entra ID via azure-identity's DefaultAzureCredential: pip install azure-identity)
The connection string is on the resource's "Keys" page in the Azure portal.
To try the commands locally, run `acs-phonenumbers emulator serve` and use the connection string it prints."""


@dataclass(frozen=True)
class ConnectionOptions:
    """What the user passed on the command line (environment variables are read by `resolve`)."""

    connection_string: str | None = None
    endpoint: str | None = None
    identity: bool = False
    ca_file: str | None = None
    polling_interval: float | None = None

    @classmethod
    def among(cls, params: Mapping[str, Any]) -> ConnectionOptions:
        """The options among a command line's parsed parameters (those named as the fields)."""
        return cls(**{f.name: params[f.name] for f in fields(cls)})


@dataclass(frozen=True)
class Connection:
    """A resolved endpoint and credential, ready to build clients."""

    endpoint: str
    source: str
    access_key: str | None = None
    identity: bool = False
    ca_file: str | None = None
    polling_interval: float | None = None

    def client_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.ca_file:
            options["verify"] = self.ca_file
        if self.polling_interval is not None:
            options["polling_interval"] = self.polling_interval
        return options

    def credential(self) -> Any:
        """An AzureKeyCredential for a key, or DefaultAzureCredential for --identity."""
        if self.access_key is not None:
            from .._credentials import AzureKeyCredential

            return AzureKeyCredential(self.access_key)
        try:
            from azure.identity import DefaultAzureCredential
        except ImportError as exc:
            raise ConnectionProblem(
                "--identity needs azure-identity, which is not installed: pip install azure-identity"
            ) from exc
        return DefaultAzureCredential()

    def client(self, client_class: Callable[..., C]) -> C:
        """A client of ``client_class`` (PhoneNumbersClient, ShortCodesClient, SipRoutingClient) for this connection."""
        return client_class(self.endpoint, self.credential(), **self.client_options())


def _connection(endpoint: str, source: str, options: ConnectionOptions, access_key: str | None = None) -> Connection:
    """A connection with the access key, or (without one) with --identity, and the options every client takes."""
    return Connection(
        endpoint=endpoint,
        source=source,
        access_key=access_key,
        identity=access_key is None,
        ca_file=options.ca_file,
        polling_interval=options.polling_interval,
    )


def _from_connection_string(value: str, source: str, options: ConnectionOptions) -> Connection:
    from .._credentials import parse_connection_string

    try:
        parsed = parse_connection_string(value)
    except ValueError as exc:
        raise ConnectionProblem(f"the connection string from {source} is not usable: {exc}") from exc
    return _connection(parsed.endpoint, source, options, parsed.access_key)


def _from_endpoint(endpoint: str, source: str, options: ConnectionOptions, environ: Mapping[str, str]) -> Connection:
    if options.identity:
        return _connection(endpoint, f"{source} with --identity", options)
    key = environ.get(ENV_ACCESS_KEY, "").strip()
    if not key:
        raise ConnectionProblem(
            f"{source} gives the endpoint but no credential: set {ENV_ACCESS_KEY} to the resource's access key, "
            "or pass --identity to sign in with Microsoft Entra ID"
        )
    return _connection(endpoint, f"{source} with {ENV_ACCESS_KEY}", options, key)


def read_connection_string(where: str, environ: Mapping[str, str]) -> tuple[str, str]:
    """The connection string and where it came from, for ``--connection-string env:NAME | file:PATH | -``.

    The string itself is refused: on the command line its access key would show in the process list.
    """
    if where == "-":
        return sys.stdin.readline().strip(), "standard input"
    if where.startswith("env:"):
        name = where[4:]
        value = environ.get(name, "").strip()
        if not value:
            raise ConnectionProblem(f"--connection-string env:{name}: the environment variable {name} is not set")
        return value, f"${name}"
    if where.startswith("file:"):
        path = Path(where[5:]).expanduser()
        try:
            return path.read_text(encoding="utf-8").strip(), str(path)
        except OSError as exc:
            raise ConnectionProblem(f"--connection-string file:{path}: {exc.strerror or exc}") from exc
    raise ConnectionProblem(
        "--connection-string takes where the connection string is, not the string itself (its access key would "
        "show in the process list): env:NAME, file:PATH or - (standard input); "
        f"or set {ENV_CONNECTION_STRING}"
    )


def resolve(options: ConnectionOptions, environ: Mapping[str, str] | None = None) -> Connection:
    """The connection to use, or ConnectionProblem saying exactly how to provide one."""
    env = os.environ if environ is None else environ
    if options.connection_string:
        if options.endpoint:
            raise ConnectionProblem("pass either --connection-string or --endpoint, not both")
        value, source = read_connection_string(options.connection_string, env)
        return _from_connection_string(value, f"--connection-string ({source})", options)
    if options.endpoint:
        return _from_endpoint(options.endpoint, "--endpoint", options, env)
    if env.get(ENV_CONNECTION_STRING, "").strip():
        return _from_connection_string(env[ENV_CONNECTION_STRING].strip(), ENV_CONNECTION_STRING, options)
    if env.get(ENV_ENDPOINT, "").strip():
        return _from_endpoint(env[ENV_ENDPOINT].strip(), ENV_ENDPOINT, options, env)
    if options.identity:
        raise ConnectionProblem(f"--identity needs an endpoint: pass --endpoint or set {ENV_ENDPOINT}")
    raise ConnectionProblem(HOW_TO_CONNECT)
