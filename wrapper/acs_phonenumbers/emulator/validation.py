"""Requests checked against our own OpenAPI documents (openapi/*.yaml) with jsonschema.

A refused request raises ``EmulatorError`` (400) shaped like the service's envelope, with one ``details`` entry per
problem. api-version is required and must equal the document's version, worded as ASP.NET API versioning words it
(the service's ``api-supported-versions`` header comes from that library).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

from .errors import EmulatorError

_JSON_TYPES = ("application/json", "application/merge-patch+json", "text/json")


def _load_document(name: str) -> dict[str, Any]:
    packaged = resources.files("acs_phonenumbers").joinpath("_openapi", name)
    if packaged.is_file():
        text = packaged.read_text(encoding="utf-8")
    else:
        text = (Path(__file__).resolve().parents[3] / "openapi" / name).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    assert isinstance(document, dict)
    return document


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: ``nullable`` becomes ``anyOf [.., null]``."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {k: _to_json_schema(v) for k, v in node.items() if k not in ("nullable", "example", "x-enum-varnames")}
    if node.get("nullable") is True:
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[dict[str, Any], ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    pageable: tuple[str, str] | None = None
    """From ``x-acs-pageable``: the names of a page's items and of its next link."""


class Validator:
    """All operations of one OpenAPI document, validated by operationId."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.version: str = str(document["info"]["version"])
        components = document.get("components", {})
        self._schemas = _to_json_schema(components.get("schemas", {}))
        shared_parameters = components.get("parameters", {})
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, spec in item.items():
                if method not in ("get", "put", "post", "patch", "delete"):
                    continue
                parameters = []
                for param in spec.get("parameters", []):
                    if "$ref" in param:
                        param = shared_parameters[param["$ref"].rsplit("/", 1)[-1]]
                    parameters.append(param)
                body = spec.get("requestBody")
                body_schema = None
                if body is not None:
                    content = body["content"]
                    body_schema = next(iter(content.values()))["schema"]
                self.operations[spec["operationId"]] = Operation(
                    spec["operationId"],
                    method.upper(),
                    path,
                    tuple(parameters),
                    body_schema,
                    bool(body and body.get("required")),
                    _pageable(spec.get("x-acs-pageable")),
                )

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        root = {**_to_json_schema(schema), "$defs": {}, "components": {"schemas": self._schemas}}
        return Draft202012Validator(root, format_checker=_FORMATS)

    def validate(
        self,
        operation_id: str,
        *,
        url: str,
        path_params: Mapping[str, str],
        query: Mapping[str, str],
        body: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[dict[str, Any], Any]:
        """Coerced parameters (path and query, defaults filled in; declared headers, such as ``accept-language``,
        by their lower-case name; None for an optional one not sent that has no default) and the decoded body."""
        operation = self.operations[operation_id]
        version = query.get("api-version")
        if not version:
            raise EmulatorError("ApiVersionUnspecified", "An API version is required, but was not specified.")
        if version != self.version:
            raise EmulatorError(
                "UnsupportedApiVersion",
                f"The HTTP resource that matches the request URI '{url}' does not support the API version '{version}'.",
            )
        problems: list[dict[str, Any]] = []
        values: dict[str, Any] = {}
        for param in operation.parameters:
            where, name = param["in"], param["name"]
            if where == "header":
                values[name.lower()] = (headers or {}).get(name.lower())
                continue
            raw = (path_params if where == "path" else query).get(name)
            schema = param.get("schema", {})
            if raw is None or raw == "":
                if param.get("required"):
                    problems.append(_problem(f"The {name} parameter is required.", name))
                else:
                    values[name] = schema.get("default")
                continue
            value: Any = raw
            if schema.get("type") == "integer":
                try:
                    value = int(raw)
                except ValueError:
                    problems.append(_problem(f"The value '{raw}' is not valid for {name}.", name))
                    continue
            elif schema.get("type") == "boolean":
                value = raw.lower() == "true"
            for error in self._validator(schema).iter_errors(value):
                problems.append(_problem(f"The value '{raw}' is not valid for {name}: {error.message}", name))
            values[name] = value
        decoded: Any = None
        if operation.body_schema is not None:
            if body.strip():
                try:
                    decoded = json.loads(body)
                    errors = sorted(self._validator(operation.body_schema).iter_errors(decoded), key=str)
                except ValueError:
                    problems.append(_problem("The request body is not valid JSON.", "body"))
                except RecursionError:  # a 400 like any bad body, and the connection stays usable
                    problems.append(_problem("The request body is nested too deeply.", "body"))
                else:
                    for error in errors:
                        target = "/".join(str(p) for p in error.absolute_path) or "body"
                        problems.append(_problem(error.message, target))
            elif operation.body_required:
                problems.append(_problem("A request body is required.", "body"))
            else:
                decoded = {}
        if problems:
            first = problems[0]
            raise EmulatorError("InvalidInput", first["message"], first["target"], details=problems)
        return values, decoded


def _pageable(marker: dict[str, Any] | None) -> tuple[str, str] | None:
    if marker is None:
        return None
    return str(marker.get("itemName", "value")), str(marker.get("nextLinkName", "nextLink"))


def _is_int32(value: object) -> bool:
    # jsonschema knows no int32; the service refuses what does not fit (and SQLite could not page by it).
    return not isinstance(value, int) or -(2**31) <= value < 2**31


_FORMATS = FormatChecker()
_FORMATS.checks("int32")(_is_int32)


def _problem(message: str, target: str) -> dict[str, Any]:
    return {"code": "InvalidInput", "message": message, "target": target}


@cache
def document_validator(name: str) -> Validator:
    """The validator of one of our OpenAPI documents (``phonenumbers.yaml``), loaded once."""
    return Validator(_load_document(name))


def is_json_content_type(content_type: str | None) -> bool:
    return content_type is None or content_type.split(";")[0].strip().lower() in _JSON_TYPES
