"""Write what each OpenAPI document says of its operations into its generated package, as data.

Usage::

    python openapi/tools/operations.py OUTPUT_DIR      # run by `make generate` (and `make check-generated`)

For every generated package ``OUTPUT_DIR/acs_<name>_generated`` this reads ``openapi/<name>.yaml`` and writes
``OUTPUT_DIR/acs_<name>_generated/operations.py``: one ``Operation`` per operationId with its method, path
template, retry class (``x-acs-retry``), long-running marker (``x-acs-long-running``: final-state-via, and whether
the result is a resource fetched from ``Location``) and pageable marker (``x-acs-pageable``: item and next-link
names). The module is plain literals, cheap to import, so the wrapper reads these facts without parsing YAML
(openapi-python-client does not pass ``x-`` extensions to its templates, hence this script).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

DOCUMENTS = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "patch", "delete")
RETRY_CLASSES = ("read", "idempotent", "search", "keyed")

HEADER = '''\
"""The operations of {document} (api-version {version}) and what its extensions say of them.

Written by openapi/tools/operations.py from the document's ``x-acs-retry``, ``x-acs-long-running`` and
``x-acs-pageable`` markers; do not edit (``make generate`` rewrites it).
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class LongRunning:
    """An operation that answers 202 and is followed through its status monitor."""

    final_state_via: str
    """``location``: the result is the resource at ``Location``; ``operation``: there is no result resource."""

    @property
    def has_final_resource(self) -> bool:
        return self.final_state_via == "location"


@dataclass(frozen=True, slots=True)
class Pageable:
    """An operation that answers one page: its items under ``item_name``, the next page's link under
    ``next_link_name``."""

    item_name: str
    next_link_name: str
    item_attribute: str
    """``item_name`` as the generated page model spells its attribute."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    module: str
    """The generated endpoint module's name (``api/<tag>/<module>.py``)."""
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {{
'''


BY_MODULE = """
BY_MODULE: Final[dict[str, Operation]] = {
    operation.module: operation for operation in OPERATIONS.values()
}
\"\"\"The same operations by the name of their generated endpoint module.\"\"\"
"""


def _str(value: object) -> str:
    """A Python string literal, double-quoted as the formatter writes them (JSON's escapes are Python's)."""
    return json.dumps(str(value))


def _python_name(name: str) -> str:
    """``name`` as openapi-python-client spells a module or attribute made from it (its own function)."""
    return str(PythonIdentifier(name, prefix=""))


def _operation(path: str, method: str, spec: dict[str, Any]) -> str:
    name = spec["operationId"]
    retry = spec.get("x-acs-retry")
    if retry not in RETRY_CLASSES:
        raise SystemExit(f"{name}: x-acs-retry is {retry!r}, not one of {', '.join(RETRY_CLASSES)}")
    fields = [_str(name), _str(_python_name(name)), _str(method.upper()), _str(path), _str(retry)]
    long_running = spec.get("x-acs-long-running")
    if long_running is not None:
        fields.append(f"long_running=LongRunning({_str(long_running.get('finalStateVia', 'operation'))})")
    pageable = spec.get("x-acs-pageable")
    if pageable is not None:
        item, next_link = pageable.get("itemName", "value"), pageable.get("nextLinkName", "nextLink")
        fields.append(f"pageable=Pageable({_str(item)}, {_str(next_link)}, {_str(_python_name(item))})")
    body = "".join(f"        {field},\n" for field in fields)
    return f"    {_str(name)}: Operation(\n{body}    ),\n"


def module(document_name: str) -> str:
    """The ``operations.py`` of the package generated from ``openapi/<document_name>``."""
    document = yaml.safe_load((DOCUMENTS / document_name).read_text(encoding="utf-8"))
    info = document["info"]
    text = HEADER.format(version=info["version"], document=document_name)
    for path, item in document["paths"].items():
        for method, spec in item.items():
            if method in METHODS:
                text += _operation(path, method, spec)
    return text + "}\n" + BY_MODULE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the folder holding the generated acs_<name>_generated packages")
    output: Path = parser.parse_args(argv).output
    packages = sorted(output.glob("acs_*_generated"))
    if not packages:
        print(f"no acs_<name>_generated package in {output}", file=sys.stderr)
        return 2
    for package in packages:
        name = package.name.removeprefix("acs_").removesuffix("_generated")
        (package / "operations.py").write_text(module(f"{name}.yaml"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
