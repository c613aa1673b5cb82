"""Our client's own CPU per call, without the network: ours vs raw httpx on an in-process transport, interleaved.

    .venv/bin/python tests/bench/micro_call.py                 # 2,000 GETs per contender and round, 9 rounds
    .venv/bin/python tests/bench/micro_call.py --calls 5000 --rounds 15

Scenario 1 measures a call with the emulator's HTTP exchange in it, where the transport (httpcore, h11, sockets)
is most of the CPU and the same for both clients. Here every contender sends through one transport that answers
at once with a recorded ``get_purchased_phone_number`` body (streamed, as a real transport's is), so what is left
is each client's own work: building, signing and sending the request through httpx, and decoding the answer.
Rounds visit the contenders in a fresh random order; the table gives ``median [p25-p75]`` of the CPU per call and
of the per-round ratio ours / raw (the number to compare between two versions of the code, as absolute figures
move with the machine's load). Seconds to run; no emulator, nothing written.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import raw_client

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient

NUMBER = "+14255550123"
CONNECTION_STRING = "endpoint=https://contoso.communication.azure.com/;accesskey=a2V5"
BODY = json.dumps(
    {
        "id": "14255550123",
        "phoneNumber": NUMBER,
        "countryCode": "US",
        "phoneNumberType": "geographic",
        "assignmentType": "application",
        "capabilities": {"calling": "inbound", "sms": "none"},
        "purchaseDate": "2026-01-01T00:00:00Z",
        "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
    }
).encode()
HEADERS = [
    ("date", "Thu, 03 Dec 2026 20:00:00 GMT"),
    ("server", "uvicorn"),
    ("content-length", str(len(BODY))),
    ("content-type", "application/json"),
    ("ms-cv", "ZmRhYmM.1"),
    ("x-ms-request-id", "00000000-0000-0000-0000-000000000000"),
]


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield BODY

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield BODY


class Answer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request with the recorded body, streamed (not a ready ``ByteStream``, as a real transport)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, stream=_Body())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, stream=_Body())


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    quarter, three_quarters = ordered[len(ordered) // 4], ordered[(3 * len(ordered)) // 4]
    return f"{statistics.median(ordered):.3g} [{quarter:.3g}-{three_quarters:.3g}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="GETs per contender and round")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    ours = PhoneNumbersClient.from_connection_string(CONNECTION_STRING, transport=Answer())
    raw = raw_client.RawClient(CONNECTION_STRING)
    raw.http = httpx.Client(base_url=raw.endpoint, transport=Answer())
    async_ours = AsyncPhoneNumbersClient.from_connection_string(CONNECTION_STRING, transport=Answer())
    async_raw = raw_client.AsyncRawClient(CONNECTION_STRING)
    async_raw.http = httpx.AsyncClient(base_url=async_raw.endpoint, transport=Answer())
    loop = asyncio.new_event_loop()

    def sync_gets(get: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for _ in range(args.calls):
                get(NUMBER)

        return run

    def async_gets(client: AsyncPhoneNumbersClient | raw_client.AsyncRawClient) -> Callable[[], None]:
        async def gets() -> None:
            for _ in range(args.calls):
                await client.get_purchased_phone_number(NUMBER)

        return lambda: loop.run_until_complete(gets())

    contenders = {
        ("sync", "ours"): sync_gets(ours.get_purchased_phone_number),
        ("sync", "raw httpx"): sync_gets(raw.get_purchased_phone_number),
        ("async", "ours"): async_gets(async_ours),
        ("async", "raw httpx"): async_gets(async_raw),
    }
    for run in contenders.values():
        run()  # warm up
    cpu: dict[tuple[str, str], list[float]] = {key: [] for key in contenders}
    for _ in range(args.rounds):
        for key in random.sample(list(contenders), len(contenders)):
            start = time.process_time()
            contenders[key]()
            cpu[key].append((time.process_time() - start) / args.calls * 1e6)

    print(f"{args.calls} GETs per contender and round, {args.rounds} rounds; CPU us per call, median [p25-p75]\n")
    print("| mode | client | CPU us/call | ours / raw (per round) |")
    print("|---|---|---|---|")
    for mode, client in contenders:
        ratios = [o / r for o, r in zip(cpu[(mode, "ours")], cpu[(mode, "raw httpx")], strict=True)]
        ratio = _spread(ratios) if client == "ours" else "1"
        print(f"| {mode} | {client} | {_spread(cpu[(mode, client)])} | {ratio} |")
    ours.close()
    raw.close()
    loop.run_until_complete(async_ours.close())
    loop.run_until_complete(async_raw.close())
    loop.close()


if __name__ == "__main__":
    main()
