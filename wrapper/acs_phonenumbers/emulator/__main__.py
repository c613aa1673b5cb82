"""``python -m acs_phonenumbers.emulator``: serve until interrupted; the first stdout line is the connection string."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType


def _parser(prog: str) -> argparse.ArgumentParser:
    from .backend import DEFAULT_LRO_SECONDS
    from .server import DEV_ACCESS_KEY

    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    parser.add_argument("--db", default=None, help="SQLite file that keeps state across restarts (default: memory)")
    parser.add_argument("--tls", action="store_true", help="serve HTTPS with a self-signed certificate")
    parser.add_argument("--ca-file", default=None, help="where to write the CA certificate when --tls")
    parser.add_argument("--lro-seconds", type=float, default=DEFAULT_LRO_SECONDS, help="how long operations take")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests (0..1) that get a fault")
    parser.add_argument("--dev-bearer", action="store_true", help="also accept any bearer token (development only)")
    parser.add_argument("--access-key", default=DEV_ACCESS_KEY, help="base64 access key (default: the dev key)")
    return parser


def main(argv: list[str] | None = None, prog: str = "python -m acs_phonenumbers.emulator") -> int:
    """Serve until SIGINT/SIGTERM; ``prog`` names the command in usage and --help (the CLI passes its own)."""
    try:
        parser = _parser(prog)
        from .server import Emulator
    except ModuleNotFoundError as exc:
        from .._extras import require_or_exit

        require_or_exit("emulator", prog, exc)
    args = parser.parse_args(argv)
    if args.ca_file and not args.tls:
        print("--ca-file needs --tls", file=sys.stderr)
        return 2
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    with Emulator(
        host=args.host,
        port=args.port,
        db_path=args.db,
        tls=args.tls,
        ca_file=args.ca_file,
        lro_seconds=args.lro_seconds,
        fault_rate=args.fault_rate,
        dev_bearer=args.dev_bearer,
        access_key=args.access_key,
    ) as emulator:
        print(emulator.connection_string, flush=True)
        if emulator.ca_file:
            print(f"CA certificate: {emulator.ca_file}", file=sys.stderr, flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
