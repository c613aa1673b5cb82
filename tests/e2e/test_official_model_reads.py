"""What official code reads from a model is what it reads from ours, for the same answers of the emulator.

The official 1.4 client and ours read the same resources; every attribute of the official model (its
``_attribute_map``), recursively, must read the same on ours: ``None`` where the official model has ``None``,
dicts where it has dicts, strings where it has strings.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
from azure.core.credentials import AzureKeyCredential as OfficialKey

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers.emulator import Emulator


def assert_reads_the_same(theirs: Any, ours: Any, path: str = "") -> None:
    if hasattr(theirs, "_attribute_map"):
        for name in theirs._attribute_map:
            assert hasattr(ours, name), f"{path}.{name} is missing"
            assert_reads_the_same(getattr(theirs, name), getattr(ours, name), f"{path}.{name}")
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict), f"{path}: {type(ours).__name__}, officially a dict"
        assert set(ours) == set(theirs), path
        for key in theirs:
            assert_reads_the_same(theirs[key], ours[key], f"{path}[{key!r}]")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), path
        for index, (their_item, our_item) in enumerate(zip(theirs, ours, strict=True)):
            assert_reads_the_same(their_item, our_item, f"{path}[{index}]")
    elif theirs is None:
        assert ours is None, f"{path}: {ours!r}, officially None"
    elif isinstance(theirs, str | enum.Enum):
        assert isinstance(ours, str) and ours == theirs, f"{path}: {ours!r} vs {theirs!r}"
    elif isinstance(theirs, datetime.datetime):
        assert ours == theirs, path
    else:
        assert type(ours) is type(theirs) and ours == theirs, f"{path}: {ours!r} vs {theirs!r}"


def test_both_clients_read_the_same_models(acs_emulator: Emulator) -> None:
    official = OfficialClient(acs_emulator.endpoint.rstrip("/"), OfficialKey(acs_emulator.access_key))
    with PhoneNumbersClient.from_connection_string(acs_emulator.connection_string) as ours:
        (number,) = acs_emulator.seed_purchased_numbers(1)
        assert_reads_the_same(official.get_purchased_phone_number(number), ours.get_purchased_phone_number(number))
        assert_reads_the_same(
            official.search_operator_information([number]), ours.search_operator_information([number])
        )
        assert_reads_the_same(list(official.list_available_countries()), list(ours.list_available_countries()))
        assert_reads_the_same(list(official.list_available_offerings("US")), list(ours.list_available_offerings("US")))
        assert_reads_the_same(
            list(official.list_available_localities("US", administrative_division="WA")),
            list(ours.list_available_localities("US", administrative_division="WA")),
        )

        browsed = ours.browse_available_phone_numbers(country_code="US", phone_number_type="geographic")
        reservation_id = str(uuid.uuid4())
        created = ours.create_or_update_reservation(
            reservation_id=reservation_id, numbers_to_add=browsed.phone_numbers[:2]
        )
        assert isinstance(created.id, str) and created.id == reservation_id
        held = ours.get_reservation(reservation_id)
        assert len(held.phone_numbers) == 2 and all(n.cost is not None for n in held.phone_numbers.values())
        assert_reads_the_same(official.get_reservation(reservation_id), held)
        assert_reads_the_same(list(official.list_reservations()), list(ours.list_reservations()))

        removed_id = next(iter(held.phone_numbers))
        changed = official.create_or_update_reservation(reservation_id=reservation_id, numbers_to_remove=[removed_id])
        assert_reads_the_same(changed, ours.get_reservation(reservation_id))
        ours.create_or_update_reservation(reservation_id=reservation_id, numbers_to_remove=list(changed.phone_numbers))
        emptied = ours.get_reservation(reservation_id)
        assert_reads_the_same(official.get_reservation(reservation_id), emptied)
        assert not emptied.phone_numbers
