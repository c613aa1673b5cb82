"""The emulator's SQLite store on its own: documents by kind and id, pages cut in SQL, atomic transactions."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from acs_phonenumbers.emulator.paging import paginate
from acs_phonenumbers.emulator.store import Store


@pytest.fixture
def store() -> Store:
    store = Store()
    for n in range(7):
        store.put("number", f"n{n}", {"phoneNumber": f"+1425555010{n}", "applied": n % 2 == 0})
    store.put("brief", "b0", {"id": "b0"})
    return store


def test_page_cuts_in_insertion_order_and_counts_the_kind(store: Store) -> None:
    chunk, total = store.page("number", 2, 3)
    assert [doc["phoneNumber"] for doc in chunk] == ["+14255550102", "+14255550103", "+14255550104"]
    assert total == 7
    assert store.page("number", 6, 3) == ([{"phoneNumber": "+14255550106", "applied": True}], 7)
    assert store.page("number", 9, 3) == ([], 7)


def test_a_stored_page_matches_paginating_the_whole_list(store: Store) -> None:
    everything = store.list("number")
    for skip, size in [(0, 3), (3, 3), (6, 3), (0, 0)]:
        cut = partial(store.page, "number")
        stored = paginate(cut, path="/phoneNumbers", skip=skip, size=size, size_param="top", api_version="v")
        whole = paginate(everything, path="/phoneNumbers", skip=skip, size=size, size_param="top", api_version="v")
        assert stored == whole


def test_list_where_and_values_read_one_field(store: Store) -> None:
    assert [doc["phoneNumber"][-1] for doc in store.list_where("number", "$.applied", False)] == ["1", "3", "5"]
    assert store.values("number", "$.phoneNumber")[:2] == ["+14255550100", "+14255550101"]
    assert store.values("brief", "$.phoneNumber") == [None]


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.put("number", "a", {"phoneNumber": "+14255550100"})
        raise RuntimeError("crash in the middle")
    assert store.page("number", 0, 10) == ([], 0)
    store.close()


def test_paging_through_everything_reads_on_from_where_the_last_page_ended(store: Store) -> None:
    seen = []
    offset = 0
    while True:
        chunk, total = store.page("number", offset, 2)
        if not chunk:
            break
        seen += [doc["phoneNumber"] for doc in chunk]
        offset += len(chunk)
    assert total == 7
    assert seen == [doc["phoneNumber"] for doc in store.list("number")]


def test_a_change_between_pages_gives_what_an_offset_would(store: Store) -> None:
    first, _ = store.page("number", 0, 3)
    store.delete("number", "n1")  # the page that follows now starts one row later in insertion order
    second, total = store.page("number", 3, 3)
    assert total == 6
    assert [doc["phoneNumber"] for doc in second] == ["+14255550104", "+14255550105", "+14255550106"]
    store.put("number", "n9", {"phoneNumber": "+14255550109"})
    assert store.page("number", 6, 3) == ([{"phoneNumber": "+14255550109"}], 7)
    assert first[0]["phoneNumber"] == "+14255550100"


def test_a_rolled_back_change_is_not_remembered_in_pages_or_counts(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.put("number", "n7", {"phoneNumber": "+14255550107"})
        assert store.page("number", 6, 3)[1] == 8
        raise RuntimeError("rolled back")
    assert store.page("number", 6, 3) == ([{"phoneNumber": "+14255550106", "applied": True}], 7)


def test_ids_come_from_the_index(store: Store) -> None:
    assert sorted(store.ids("number")) == [f"n{n}" for n in range(7)]
    assert store.ids("brief") == ["b0"]
