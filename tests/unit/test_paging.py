"""Next-link resolution (pure) and the sync/async pagers over httpx.MockTransport."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from acs_phonenumbers._guards import resolve_next_link, same_origin
from acs_phonenumbers._paging import (
    AsyncItemPaged,
    ItemPaged,
    Page,
    PageData,
    page_items,
)
from acs_phonenumbers_generated.models.purchased_phone_numbers import PurchasedPhoneNumbers

ENDPOINT = "https://contoso.communication.azure.com/"
HOST = "https://contoso.communication.azure.com"
API = "2025-06-01"

# -- resolve_next_link ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        (
            f"/phoneNumbers?skip=100&top=100&api-version={API}",
            f"{HOST}/phoneNumbers?skip=100&top=100&api-version={API}",
        ),
        ("/phoneNumbers?skip=100&top=100", f"{HOST}/phoneNumbers?skip=100&top=100&api-version={API}"),
        ("/phoneNumbers", f"{HOST}/phoneNumbers?api-version={API}"),
        (f"{HOST}/phoneNumbers?skip=2&api-version=2022-12-01", f"{HOST}/phoneNumbers?skip=2&api-version=2022-12-01"),
        (f"{HOST}:443/phoneNumbers?skip=2", f"{HOST}/phoneNumbers?skip=2&api-version={API}"),
        ("phoneNumbers?skip=1", f"{HOST}/phoneNumbers?skip=1&api-version={API}"),
        # the exact query is kept: '+' and escapes are not re-encoded
        ("/phoneNumbers/+1425?filter=a+b&x=%2B1", f"{HOST}/phoneNumbers/+1425?filter=a+b&x=%2B1&api-version={API}"),
    ],
)
def test_next_links_resolve_against_the_endpoint(link: str, expected: str) -> None:
    assert resolve_next_link(link, ENDPOINT, API) == expected


@pytest.mark.parametrize(
    "link",
    [
        "https://evil.example/phoneNumbers?skip=100",
        "http://contoso.communication.azure.com/phoneNumbers",
        "https://contoso.communication.azure.com:8443/phoneNumbers",
        "//evil.example/phoneNumbers",
        "https://contoso.communication.azure.com.evil.example/phoneNumbers",
    ],
)
def test_next_links_to_another_origin_are_refused(link: str) -> None:
    with pytest.raises(ValueError, match="must not redirect the client"):
        resolve_next_link(link, ENDPOINT, API)


@pytest.mark.parametrize("link", ["", "   ", "http://[::1"])
def test_malformed_next_links_are_refused(link: str) -> None:
    with pytest.raises(ValueError, match="next link"):
        resolve_next_link(link, ENDPOINT, API)


def test_local_http_endpoint_with_port() -> None:
    assert (
        resolve_next_link("/x?skip=1", "http://127.0.0.1:8080", "v") == "http://127.0.0.1:8080/x?skip=1&api-version=v"
    )
    with pytest.raises(ValueError):
        resolve_next_link("http://127.0.0.1:8081/x", "http://127.0.0.1:8080", "v")


def test_same_origin() -> None:
    assert same_origin("https://contoso.communication.azure.com:443/", ENDPOINT)
    assert same_origin("HTTPS://Contoso.Communication.Azure.com", ENDPOINT)
    assert not same_origin("/relative", ENDPOINT)
    assert not same_origin("https://evil.example/", ENDPOINT)
    assert not same_origin("http://[::1", ENDPOINT)


def test_page_items_of_a_generated_model() -> None:
    model = PurchasedPhoneNumbers.from_dict({"phoneNumbers": [], "nextLink": "/phoneNumbers?skip=100"})
    assert page_items(model, "phone_numbers") == ([], "/phoneNumbers?skip=100")
    last = PurchasedPhoneNumbers.from_dict({"phoneNumbers": []})  # nextLink UNSET
    assert page_items(last, "phone_numbers") == ([], None)
    assert page_items(object(), "phone_numbers") == ([], None)


# -- pagers over MockTransport -------------------------------------------------------------------------------------


class Service:
    """Three pages of numbers; nextLinks as the service sends them (relative, without api-version on page 2)."""

    PAGES: dict[str, tuple[list[int], str | None]] = {
        "0": ([1, 2], "/phoneNumbers?skip=2&top=2"),
        "2": ([3, 4], f"{HOST}/phoneNumbers?skip=4&top=2&api-version={API}"),
        "4": ([5], None),
    }

    def __init__(self) -> None:
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        assert request.url.params["api-version"] == API
        items, link = self.PAGES[request.url.params.get("skip", "0")]
        return httpx.Response(200, json={"phoneNumbers": items, "nextLink": link})


def decode(response: httpx.Response) -> PageData[int]:
    data: dict[str, Any] = json.loads(response.content)
    return data["phoneNumbers"], data.get("nextLink")


def sync_pager(service: Service) -> ItemPaged[int]:
    client = httpx.Client(transport=httpx.MockTransport(service))
    return ItemPaged(
        lambda: decode(client.get(f"{HOST}/phoneNumbers", params={"top": 2, "api-version": API})),
        lambda link: decode(client.get(resolve_next_link(link, ENDPOINT, API))),
    )


def async_pager(service: Service) -> AsyncItemPaged[int]:
    client = httpx.AsyncClient(transport=httpx.MockTransport(service))

    async def first() -> PageData[int]:
        return decode(await client.get(f"{HOST}/phoneNumbers", params={"top": 2, "api-version": API}))

    async def following(link: str) -> PageData[int]:
        return decode(await client.get(resolve_next_link(link, ENDPOINT, API)))

    return AsyncItemPaged(first, following)


def test_pager_is_lazy_and_iterates_every_page() -> None:
    service = Service()
    pager = sync_pager(service)
    assert repr(pager) == "<ItemPaged not started>"
    assert service.requests == []
    assert next(pager) == 1
    assert len(service.requests) == 1  # one page at a time
    assert list(pager) == [2, 3, 4, 5]
    assert service.requests == [
        f"{HOST}/phoneNumbers?top=2&api-version={API}",
        f"{HOST}/phoneNumbers?skip=2&top=2&api-version={API}",  # api-version carried to the next page
        f"{HOST}/phoneNumbers?skip=4&top=2&api-version={API}",
    ]
    assert repr(pager) == "<ItemPaged 3 pages read, no more pages>"
    assert list(pager) == []  # single pass, like azure-core's ItemPaged


def test_by_page_yields_pages_with_their_tokens_and_resumes() -> None:
    service = Service()
    pages = sync_pager(service).by_page()
    assert service.requests == []
    first = next(pages)
    assert isinstance(first, Page)
    assert list(first) == [1, 2] and len(first) == 2
    assert first.continuation_token == pages.continuation_token == "/phoneNumbers?skip=2&top=2"
    assert repr(first) == "<Page of 2 items, more pages>"

    service2 = Service()
    resumed = list(sync_pager(service2).by_page(continuation_token=first.continuation_token))
    assert [page.items for page in resumed] == [[3, 4], [5]]
    assert resumed[-1].continuation_token is None
    assert service2.requests == [
        f"{HOST}/phoneNumbers?skip=2&top=2&api-version={API}",
        f"{HOST}/phoneNumbers?skip=4&top=2&api-version={API}",
    ]


def test_by_page_refuses_a_token_for_another_host_before_any_request() -> None:
    service = Service()
    pages = sync_pager(service).by_page(continuation_token="https://evil.example/phoneNumbers?skip=2")
    with pytest.raises(ValueError, match="must not redirect"):
        next(pages)
    assert service.requests == []


def test_empty_next_link_ends_and_empty_pages_are_skipped_over() -> None:
    calls: list[str] = []

    def first() -> PageData[str]:
        calls.append("first")
        return [], "next"

    def following(link: str) -> PageData[str]:
        calls.append(link)
        return ["a"], ""

    assert list(ItemPaged(first, following)) == ["a"]
    assert calls == ["first", "next"]
    assert [p.items for p in ItemPaged(first, following).by_page()] == [[], ["a"]]


async def test_async_pager_is_lazy_and_iterates_every_page() -> None:
    service = Service()
    pager = async_pager(service)
    assert repr(pager) == "<AsyncItemPaged not started>"
    assert service.requests == []
    assert [item async for item in pager] == [1, 2, 3, 4, 5]
    assert len(service.requests) == 3
    assert all(f"api-version={API}" in url for url in service.requests)
    assert [item async for item in pager] == []


async def test_async_by_page_resumes_from_a_token() -> None:
    service = Service()
    pages = async_pager(service).by_page()
    first = await pages.__anext__()
    assert first.items == [1, 2]
    token = pages.continuation_token
    assert token == "/phoneNumbers?skip=2&top=2"
    service2 = Service()
    resumed = [page.items async for page in async_pager(service2).by_page(continuation_token=token)]
    assert resumed == [[3, 4], [5]]
    assert len(service2.requests) == 2
    assert repr(pages) == "<AsyncPageIterator 1 pages read, more pages>"


def test_a_listing_takes_its_items_attribute_from_the_documents_x_acs_pageable() -> None:
    import importlib

    from acs_phonenumbers._base import items_attribute

    for package, tag in [("acs_phonenumbers_generated", "phone_numbers"), ("acs_shortcodes_generated", "short_codes")]:
        table = importlib.import_module(f"{package}.operations")
        for operation in table.OPERATIONS.values():
            if operation.pageable is None:
                continue
            module = importlib.import_module(f"{package}.api.{tag}.{operation.module}")
            assert items_attribute(module) == operation.pageable.item_attribute
    localities = importlib.import_module(
        "acs_phonenumbers_generated.api.phone_numbers.phone_numbers_list_available_localities"
    )
    assert items_attribute(localities) == "phone_number_localities"  # itemName phoneNumberLocalities
