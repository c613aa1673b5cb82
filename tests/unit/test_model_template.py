"""Our model template on a document with every property kind it handles, not only the kinds our two documents use.

Other documents (SIP routing, newer short-code versions) are generated with the same templates, so the template is
exercised here on maps of nullable models, lists of uuids, enums and lists of lists, nullable enums and date-times,
dates, a union of a string and a model, typed additional properties and x-ms-client-name; the generated code, and
that of our two packages, is also checked with mypy --strict.
"""

from __future__ import annotations

import datetime
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
PROBE = ROOT / "tests" / "data" / "model_template_probe.yaml"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}

THING = {
    "id": "6227aeb8-8086-4824-9586-05cafe96f37b",
    "ids": ["6227aeb8-8086-4824-9586-05cafe96f37b"],
    "trunks": {"sbc1.contoso.com": {"port": 5061, "enabled": True}, "sbc2.contoso.com": None},
    "routes": [{"port": 1, "weight": 0.5}],
    "color": "darkBlue",
    "colors": ["red", "DARKBLUE"],
    "day": "2026-12-03",
    "when": "2026-12-03T10:00:00+00:00",
    "tags": {"a": "b"},
    "matrix": [[1, 2], [3]],
    "either": {"port": 7},
    "parentRef": {"port": 8},
    "unknownField": 1,
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("probe")
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--meta",
        "none",
        "--config",
        str(ROOT / "generator-config.yaml"),
        "--custom-template-path",
        str(ROOT / "openapi" / "templates"),
        "--overwrite",
        "--path",
        str(PROBE),
        "--output-path",
        str(out / "acs_template_probe"),
    ]
    subprocess.run(command, check=True, env=ENV, cwd=ROOT, capture_output=True)
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "acs_template_probe"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(generated: Path) -> ModuleType:
    return importlib.import_module("acs_template_probe.models")


def test_every_kind_round_trips(models: Any) -> None:
    thing = models.Thing.from_dict(THING)
    assert thing.id == THING["id"] and thing.ids == THING["ids"]
    assert isinstance(thing.trunks, dict) and thing.trunks["sbc2.contoso.com"] is None
    assert thing.trunks["sbc1.contoso.com"].port == 5061 and thing.routes[0].weight == 0.5
    assert thing.color is models.Color.DARK_BLUE and thing.colors == [models.Color.red, models.Color.dark_blue]
    assert thing.day == datetime.date(2026, 12, 3) and thing.when.tzinfo is not None
    assert thing.tags == {"a": "b"} and thing.matrix == [[1, 2], [3]]
    assert isinstance(thing.either, models.Trunk) and thing.either.port == 7
    assert thing.main_trunk.port == 8 and thing.parent_ref is thing.main_trunk
    assert thing.additional_properties == {"unknownField": 1}
    assert thing.to_dict() == {**THING, "colors": ["red", "darkBlue"]}
    assert models.Thing.from_dict({"either": "text"}).either == "text"


def test_absent_fields_read_none_and_none_is_left_out(models: Any) -> None:
    empty = models.Thing.from_dict({})
    fields = ("id", "ids", "trunks", "routes", "color", "colors", "day", "when", "tags", "matrix", "either")
    assert all(getattr(empty, name) is None for name in (*fields, "main_trunk"))
    assert empty.to_dict() == {} and models.Thing().to_dict() == {}
    assert models.Thing(trunks=None, tags=None, main_trunk=None).to_dict() == {}


def test_a_merge_patch_keeps_nulls_where_the_document_allows_them(models: Any) -> None:
    patch = models.Thing(trunks={"old.contoso.com": None, "new.contoso.com": models.Trunk(port=5061)}, when=None)
    assert patch.to_dict() == {"trunks": {"old.contoso.com": None, "new.contoso.com": {"port": 5061}}, "when": None}
    assert models.Thing.from_dict({"color": None}).to_dict() == {"color": None}
    assert models.Thing.from_dict({"color": None}) == models.Thing()


def test_typed_additional_properties(models: Any) -> None:
    extras = models.Extras.from_dict({"name": "n", "first": {"port": 1}})
    assert extras["first"].port == 1 and extras.additional_keys == ["first"]
    assert extras.to_dict() == {"name": "n", "first": {"port": 1}}


def test_maps_and_additional_properties_of_enums_read_members(models: Any) -> None:
    palette = models.Palette.from_dict({"a": "RED", "b": "darkBlue", "c": "teal"})
    assert palette["a"] is models.Color.RED and palette["b"] is models.Color.DARK_BLUE
    assert type(palette["c"]) is models.Color and palette.to_dict() == {"a": "red", "b": "darkBlue", "c": "teal"}
    shades = models.Shades.from_dict({"name": "n", "sky": "DARKBLUE"})
    assert shades["sky"] is models.Color.DARK_BLUE and shades.to_dict() == {"name": "n", "sky": "darkBlue"}
    assert models.Shades.from_dict({"name": "n"}).additional_properties == {}


def test_the_generated_code_is_strictly_typed(generated: Path, tmp_path: Path) -> None:
    env = {**ENV, "MYPYPATH": os.pathsep.join([str(generated), str(ROOT / "generated")])}
    packages = ["-p", "acs_template_probe", "-p", "acs_phonenumbers_generated", "-p", "acs_shortcodes_generated"]
    cache = ROOT / ".mypy_cache" / "model-template"  # kept between runs (httpx and attrs need not be re-analysed)
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(cache), *packages],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
