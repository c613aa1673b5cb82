"""Every schema and property of our OpenAPI documents says what it is, and the generated models carry it.

The generator turns a schema's description into its model's (or enum's) class docstring and a property's into
the attribute docstring under the attribute, which is what `help()`, IDE hovers and documentation tools show.
A property that is only a `$ref` shows the referenced schema's description (OpenAPI 3.0 ignores siblings of a
`$ref`), so the referenced schema must have one too: the document test checks both.
"""

from __future__ import annotations

import ast
import copy
import importlib
import importlib.util
import inspect
import json
import pydoc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_tools import load_tool

REPO = Path(__file__).resolve().parents[2]
OPENAPI = REPO / "openapi"
UPSTREAM = REPO.parent / "shared" / "upstream"
DOCUMENTS = ["phonenumbers.yaml", "shortcodes.yaml", "shortcodes-2021-10-25-preview.yaml", "siprouting.yaml"]
# The swagger each document is written against (the short-codes swagger on file is the 2021-10-25-preview one;
# the 2022-09-06 document keeps most of its schema and property names).
SWAGGERS = {
    "phonenumbers.yaml": UPSTREAM / "PhoneNumbers" / "stable" / "2025-06-01" / "phonenumbers.json",
    "shortcodes.yaml": UPSTREAM / "ShortCodes" / "preview" / "2021-10-25-preview" / "shortcodes.json",
    "shortcodes-2021-10-25-preview.yaml": UPSTREAM
    / "ShortCodes"
    / "preview"
    / "2021-10-25-preview"
    / "shortcodes.json",
    "siprouting.yaml": UPSTREAM / "SipRouting" / "stable" / "2023-03-01" / "communicationservicessiprouting.json",
}
PACKAGES = ["acs_phonenumbers_generated", "acs_shortcodes_generated", "acs_siprouting_generated"]

Document = dict[str, Any]


def _load(name: str) -> Document:
    document: Document = yaml.safe_load((OPENAPI / name).read_text(encoding="utf-8"))
    return document


def _described(schema: Document) -> Iterator[tuple[str, Any]]:
    """(place, description) for every component schema and every property of one."""
    for name, body in schema["components"]["schemas"].items():
        yield name, body.get("description")
        for prop, inner in body.get("properties", {}).items():
            yield f"{name}.{prop}", inner.get("description")


def undescribed(document: Document) -> list[str]:
    """The schemas and properties without a one-line description."""
    return [
        place
        for place, text in _described(document)
        if not isinstance(text, str) or not text.strip() or "\n" in text.strip()
    ]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_schema_and_property_has_a_one_line_description(name: str) -> None:
    assert undescribed(_load(name)) == []


def test_a_missing_description_is_reported() -> None:
    document = copy.deepcopy(_load("siprouting.yaml"))
    del document["components"]["schemas"]["Trunk"]["properties"]["sipSignalingPort"]["description"]
    document["components"]["schemas"]["TrunkRoute"]["description"] = "two\nlines"
    assert undescribed(document) == ["Trunk.sipSignalingPort", "TrunkRoute"]


def _normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_descriptions_are_our_own_words(name: str) -> None:
    """No description repeats the upstream swagger's text for the same schema or property."""
    swagger = SWAGGERS[name]
    if not swagger.is_file():
        pytest.skip(f"upstream swagger not found at {swagger}")
    definitions = json.loads(swagger.read_text(encoding="utf-8")).get("definitions", {})
    theirs: dict[str, str] = {}
    for schema, body in definitions.items():
        theirs[schema] = body.get("description", "")
        for prop, inner in body.get("properties", {}).items():
            theirs[f"{schema}.{prop}"] = inner.get("description", "")
    copied = [
        place
        for place, text in _described(_load(name))
        if _normalised(theirs.get(place, "")) and _normalised(theirs.get(place, "")) == _normalised(str(text))
    ]
    assert copied == []


def _rewrite_prose(value: Any, text: str, in_properties: bool = False) -> Any:
    """The value with every description (at any depth) replaced by text; a property named description stays."""
    if isinstance(value, dict):
        return {
            key: text
            if key == "description" and not in_properties
            else _rewrite_prose(inner, text, in_properties=key == "properties" and not in_properties)
            for key, inner in value.items()
        }
    if isinstance(value, list):
        return [_rewrite_prose(inner, text) for inner in value]
    return value


@pytest.mark.parametrize("name", ["phonenumbers.yaml", "siprouting.yaml", "shortcodes-2021-10-25-preview.yaml"])
def test_spec_diff_does_not_compare_descriptions(name: str, tmp_path: Path) -> None:
    """Rewriting every description of a document leaves openapi/tools/spec_diff.py's verdict unchanged."""
    swagger = SWAGGERS[name]
    if not swagger.is_file():
        pytest.skip(f"upstream swagger not found at {swagger}")
    tool = load_tool("spec_diff")
    rewritten = tmp_path / name
    rewritten.write_text(yaml.safe_dump(_rewrite_prose(_load(name), "Something else entirely.")), encoding="utf-8")
    before = [str(difference) for difference in tool.compare(swagger, OPENAPI / name)]
    after = [str(difference) for difference in tool.compare(swagger, rewritten)]
    assert after == before


# ------------------------------------------------------------------------------------- what the generator makes of it


def attribute_docstrings(cls: type) -> dict[str, str]:
    """The docstring under each annotated attribute of a class body (what IDEs and documentation tools read)."""
    body = ast.parse(inspect.getsource(cls)).body[0]
    assert isinstance(body, ast.ClassDef)
    found: dict[str, str] = {}
    for statement, following in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[statement.target.id] = following.value.value.strip()
    return found


def _description(document: str, schema: str, prop: str | None = None) -> str:
    body = _load(document)["components"]["schemas"][schema]
    text = body["description"] if prop is None else body["properties"][prop]["description"]
    return str(text)


def test_help_on_a_generated_model_shows_the_descriptions() -> None:
    models = importlib.import_module("acs_phonenumbers_generated.models")
    model = models.PurchasedPhoneNumber
    assert model.__doc__ is not None
    assert model.__doc__.strip() == _description("phonenumbers.yaml", "PurchasedPhoneNumber")
    assert _description("phonenumbers.yaml", "PurchasedPhoneNumber") in pydoc.render_doc(
        model, renderer=pydoc.plaintext
    )
    attributes = attribute_docstrings(model)
    assert attributes["purchase_date"] == _description("phonenumbers.yaml", "PurchasedPhoneNumber", "purchaseDate")
    # A property that only refers to another schema shows that schema's description.
    assert attributes["cost"] == _description("phonenumbers.yaml", "PhoneNumberCost")
    assert models.PhoneNumberType.__doc__ == _description("phonenumbers.yaml", "PhoneNumberType")


def test_help_on_a_generated_short_code_and_sip_model_shows_the_descriptions() -> None:
    short_codes = importlib.import_module("acs_shortcodes_generated.models")
    assert attribute_docstrings(short_codes.TrafficDetails)["is_spiky"] == _description(
        "shortcodes.yaml", "TrafficDetails", "isSpiky"
    )
    sip = importlib.import_module("acs_siprouting_generated.models")
    assert (sip.TrunkRoute.__doc__ or "").strip() == _description("siprouting.yaml", "TrunkRoute")
    assert attribute_docstrings(sip.TrunkRoute)["trunks"] == _description("siprouting.yaml", "TrunkRoute", "trunks")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_generated_model_and_attribute_has_a_docstring(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    bare: list[str] = []
    for name in models.__all__:
        cls = getattr(models, name)
        if not (cls.__doc__ or "").strip():
            bare.append(name)
        if not hasattr(cls, "__attrs_attrs__"):
            continue
        documented = attribute_docstrings(cls)
        bare += [
            f"{name}.{field.name}"
            for field in cls.__attrs_attrs__
            if field.name != "additional_properties" and not documented.get(field.name)
        ]
    assert bare == []
