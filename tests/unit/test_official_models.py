"""Our models and enums against the installed official azure-communication-phonenumbers, by introspection.

Every model and enum the official package exports (and every one of its generated models we export under the same
name) is compared with ours: attribute names (its ``_attribute_map``), constructor keywords (a keyword optional
there is optional here), enum member names and values, and case-insensitive member access. A new official release
shows its differences here at once.
"""

from __future__ import annotations

import enum
import inspect
from typing import Any

import pytest
from azure.communication import phonenumbers as official
from azure.communication.phonenumbers import _generated as official_generated

import acs_phonenumbers
from acs_phonenumbers import _models


def _is_model(obj: object) -> bool:
    return inspect.isclass(obj) and hasattr(obj, "_attribute_map")


def _is_enum(obj: object) -> bool:
    return inspect.isclass(obj) and issubclass(obj, enum.Enum)


def _official(kind: Any) -> dict[str, Any]:
    """The official classes of one kind that users reach: the package's exports, and its generated models we export."""
    found = {name: getattr(official, name) for name in official.__all__ if kind(getattr(official, name))}
    for name in dir(official_generated.models):
        value = getattr(official_generated.models, name)
        if kind(value) and name in _models.__all__:
            found.setdefault(name, value)
    return found


OFFICIAL_MODELS = _official(_is_model)
OFFICIAL_ENUMS = _official(_is_enum)


def _keywords(init: Any) -> dict[str, bool]:
    """Keyword names a constructor accepts -> whether each is required."""
    return {
        p.name: p.default is inspect.Parameter.empty
        for p in inspect.signature(init).parameters.values()
        if p.name != "self" and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
    }


def test_the_reference_is_the_official_package() -> None:
    assert len(OFFICIAL_MODELS) >= 15 and len(OFFICIAL_ENUMS) >= 7
    assert "PhoneNumbersReservation" in OFFICIAL_MODELS and "PhoneNumberType" in OFFICIAL_ENUMS


@pytest.mark.parametrize("name", sorted({*OFFICIAL_MODELS, *OFFICIAL_ENUMS}))
def test_we_export_every_official_model_and_enum(name: str) -> None:
    assert name in acs_phonenumbers.__all__
    assert getattr(acs_phonenumbers, name) is getattr(_models, name)


@pytest.mark.parametrize("name", sorted(OFFICIAL_MODELS))
def test_model_attributes_are_the_official_ones(name: str) -> None:
    ours = getattr(acs_phonenumbers, name)
    missing = [attribute for attribute in OFFICIAL_MODELS[name]._attribute_map if not hasattr(ours, attribute)]
    assert missing == [], f"{name} lacks the official attributes {missing}"


@pytest.mark.parametrize("name", sorted(OFFICIAL_MODELS))
def test_model_constructor_takes_the_official_keywords(name: str) -> None:
    theirs = _keywords(OFFICIAL_MODELS[name].__init__)
    ours = _keywords(getattr(acs_phonenumbers, name).__init__)
    missing = sorted(set(theirs) - set(ours))
    assert missing == [], f"{name}(...) does not take the official keywords {missing}"
    required_here_only = sorted(k for k, required in theirs.items() if not required and ours[k])
    assert required_here_only == [], f"{name}(...) requires {required_here_only}; the official model does not"


@pytest.mark.parametrize("name", sorted(OFFICIAL_MODELS))
def test_optional_official_keywords_left_out_read_as_none(name: str) -> None:
    # What official code reads from a model built with only the required keywords: None for everything else.
    theirs = _keywords(OFFICIAL_MODELS[name].__init__)
    ours = getattr(acs_phonenumbers, name)
    required = {k: _sample(ours, k) for k, is_required in _keywords(ours.__init__).items() if is_required}
    model = ours(**required)
    for keyword, is_required in theirs.items():
        if not is_required and keyword not in required:
            assert getattr(model, keyword) is None, f"{name}.{keyword}"


def _sample(model: Any, keyword: str) -> Any:
    """A value for a required keyword (the values do not matter here, only what is left out)."""
    return {"capabilities": acs_phonenumbers.PhoneNumberCapabilities(calling="none", sms="none")}.get(keyword, "x")


@pytest.mark.parametrize("name", sorted(OFFICIAL_ENUMS))
def test_enum_members_are_the_official_ones(name: str) -> None:
    theirs = {member.name: member.value for member in OFFICIAL_ENUMS[name]}
    ours = {member.name: member.value for member in getattr(acs_phonenumbers, name)}
    assert ours == theirs


@pytest.mark.parametrize("name", sorted(OFFICIAL_ENUMS))
def test_enum_members_are_reachable_in_any_case_as_officially(name: str) -> None:
    theirs, ours = OFFICIAL_ENUMS[name], getattr(acs_phonenumbers, name)
    for member in ours:
        for spelling in (member.name, member.name.lower(), member.name.title()):
            assert getattr(ours, spelling) is member
            assert ours[spelling] is member
            assert getattr(theirs, spelling).value == member.value  # the official enum allows the same spellings
