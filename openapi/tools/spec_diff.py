"""Compare an upstream swagger 2.0 file with one of our OpenAPI 3.0.3 documents, as wire contracts.

Usage::

    python openapi/tools/spec_diff.py SWAGGER [OURS]      # or: make spec-diff SWAGGER=... [OURS=...]

Without OURS, our document is chosen by the swagger's file name (phonenumbers.json -> openapi/phonenumbers.yaml,
shortcodes.json -> openapi/shortcodes.yaml, communicationservicessiprouting.json -> openapi/siprouting.yaml),
else by its info.title; where we keep a document for an older api-version beside the current one
(openapi/shortcodes-2021-10-25-preview.yaml), a swagger of that api-version is compared with it.

Both documents are reduced to one canonical contract (`normalise_swagger`, `normalise_openapi`) and compared
(`diff`). Every difference is one line, prefixed by what a maintainer has to do about it::

    + <where>: <thing> missing in ours             upstream has it: add it to our document
    - <where>: <thing> only in ours (not upstream)  ours has it: remove it, unless it is deliberate
    ~ <where>: <what> <value> (upstream) vs <value> (ours)   change ours

The exit status is 1 when there are differences, 0 (with one "no differences" line) otherwise, 2 on bad input.

Compared: api-version (info.version) and the host template; every path and method; operationId; every
parameter (location, name - case-insensitive for headers -, required, type, format, default, enum values and
other constraints); the request body (required, content types - swagger `consumes`, default application/json -,
schema); every status code; response headers (case-insensitive names, type, format); response content types
and schemas; the long-running marker (swagger `x-ms-long-running-operation` with
`x-ms-long-running-operation-options.final-state-via`, `operation` when unset, vs our
`x-acs-long-running.finalStateVia`); the pageable marker (swagger `x-ms-pageable` vs our `x-acs-pageable`,
itemName defaulting to `value`); and that every `default` response of ours carries `{error: CommunicationError}`.

Schemas are compared structurally, following `$ref`s (into other files too) and flattening `allOf`, so that the
two documents' spellings of the same thing compare equal: swagger inlines enums (named by `x-ms-enum`) where we
refer to named enum schemas; a swagger `$ref` with `readOnly`/`x-nullable` siblings equals our
`allOf: [{$ref}]` plus `readOnly`/`nullable`; swagger `x-nullable` is our `nullable`. Per schema: type, format,
enum values, default/minimum/maximum and the other validation keywords, readOnly, nullable, property names,
required, items and additionalProperties. Recursive schemas (CommunicationError.details) are compared once.
A difference inside a named schema is reported once, against that schema (the upstream name, plus ours when
it differs).

Deliberately not compared: descriptions, summaries, tags, examples and other prose (ours are our own words);
schema and definition names (ours may rename); `x-ms-client-name`, `x-ms-enum.modelAsString` and other
client-generation hints; security (swagger declares an unused oauth2 scheme, ours states the real HMAC and
Entra ID schemes); the swagger `endpoint` host parameter (`format: url`), since our endpoint lives in `servers`;
and the `default` of our api-version parameter, which we set to the document's version on purpose where the
swagger has none.

Accepted deviations: where the live service is known to send something the swagger does not allow (for example
`null` in optional operator-information fields, seen in the recordings), our document says so in a top-level
`x-acs-wire-deviations` list of `{difference: <the exact line this tool prints>, reason: <why>}`. Those lines are
printed as `! accepted: ...` and do not count as differences; an entry that no longer matches anything is itself
reported, so the list cannot go stale.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Json = Any
"""A parsed JSON/YAML value."""

REPO_ROOT = Path(__file__).resolve().parents[2]
OUR_DOCUMENTS = {
    "phonenumbers.json": REPO_ROOT / "openapi" / "phonenumbers.yaml",
    "shortcodes.json": REPO_ROOT / "openapi" / "shortcodes.yaml",
    "communicationservicessiprouting.json": REPO_ROOT / "openapi" / "siprouting.yaml",
}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DEFAULT_CONTENT_TYPE = "application/json"
API_VERSION = ("query", "api-version")
CONSTRAINTS = (
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
# Keys that may sit next to a single-element allOf without making it more than "this schema, plus flags"
# (besides vendor extensions such as x-ms-client-name, which are client-generation hints).
WRAPPER_KEYS = frozenset({"allOf", "readOnly", "nullable", "x-nullable", "description", "title", "type", "example"})


def _is_wrapper(raw: Mapping[str, Json]) -> bool:
    """A single-element allOf plus flags: the same schema as its one element, used in one place."""
    return len(raw.get("allOf", [])) == 1 and all(key in WRAPPER_KEYS or key.startswith("x-") for key in raw)


# Keys of a swagger non-body parameter that are not schema keywords.
PARAMETER_KEYS = frozenset({"in", "name", "required", "description", "collectionFormat", "allowEmptyValue"})
SCHEMA_NAME = re.compile(r"^/(?:definitions|components/schemas)/([^/]+)$")


# --------------------------------------------------------------------------------------------- the canonical model


@dataclass(frozen=True)
class Use:
    """One place that uses a schema: the schema's key plus the flags that place adds."""

    key: str
    read_only: bool = False
    nullable: bool = False


@dataclass
class Schema:
    """A schema reduced to what reaches the wire; `name` is set for named (definition or x-ms-enum) schemas."""

    key: str
    name: str | None
    type: str | None = None
    format: str | None = None
    enum: tuple[Json, ...] | None = None
    read_only: bool = False
    nullable: bool = False
    constraints: dict[str, Json] = field(default_factory=dict)
    properties: dict[str, Use] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Use | None = None
    additional: Use | bool | None = None


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter."""

    location: str
    name: str
    required: bool
    schema: Use


@dataclass(frozen=True)
class Body:
    """A request body."""

    required: bool
    content_types: frozenset[str]
    schema: Use


@dataclass(frozen=True)
class Response:
    """One status code's response: headers by lower-case name (with the spelling used), content types, body."""

    headers: Mapping[str, tuple[str, Use]]
    content_types: frozenset[str]
    schema: Use | None


@dataclass(frozen=True)
class Operation:
    """One method on one path."""

    method: str
    path: str
    operation_id: str | None
    parameters: Mapping[tuple[str, str], Parameter]
    body: Body | None
    responses: Mapping[str, Response]
    long_running: str | None
    pageable: tuple[str, str | None] | None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class Contract:
    """A whole document: version, host template, operations by (path, method), and every schema they reach."""

    version: str
    host: str | None
    operations: Mapping[tuple[str, str], Operation]
    schemas: Mapping[str, Schema]


@dataclass(frozen=True)
class Difference:
    """One difference; `kind` is '+' (missing in ours), '-' (only in ours) or '~' (changed)."""

    kind: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind} {self.where}: {self.message}"


# -------------------------------------------------------------------------------------- loading and $ref resolution


@dataclass(frozen=True)
class Location:
    """Where a value sits: a file and a JSON pointer into it."""

    file: Path
    pointer: str = ""

    def child(self, *tokens: str | int) -> Location:
        escaped = (str(token).replace("~", "~0").replace("/", "~1") for token in tokens)
        return Location(self.file, "/".join((self.pointer, *escaped)))

    @property
    def key(self) -> str:
        return f"{self.file}#{self.pointer}"

    @property
    def schema_name(self) -> str | None:
        match = SCHEMA_NAME.match(self.pointer)
        return match.group(1).replace("~1", "/").replace("~0", "~") if match else None


class Documents:
    """Loads JSON and YAML files once each and resolves `$ref`s: same-file pointers and relative files."""

    def __init__(self) -> None:
        self._files: dict[Path, Json] = {}

    def load(self, path: Path) -> Json:
        path = path.resolve()
        if path not in self._files:
            text = path.read_text(encoding="utf-8")
            self._files[path] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        return self._files[path]

    def resolve(self, ref: str, base: Location) -> tuple[Location, Json]:
        file_part, _, pointer = ref.partition("#")
        file = (base.file.parent / file_part).resolve() if file_part else base.file
        value = self.load(file)
        for token in filter(None, pointer.split("/")):
            token = token.replace("~1", "/").replace("~0", "~")
            value = value[int(token)] if isinstance(value, list) else value[token]
        return Location(file, pointer.rstrip("/")), value

    def follow(self, value: Json, location: Location) -> tuple[Location, Json]:
        """Follow `$ref` chains (of parameters, responses, request bodies) to the value itself."""
        while isinstance(value, dict) and "$ref" in value:
            location, value = self.resolve(value["$ref"], location)
        return location, value


# ---------------------------------------------------------------------------------------------- schema reduction


class SchemaReducer:
    """Reduces raw schemas to `Schema`s (kept in `schemas`) and the places using them to `Use`s."""

    def __init__(self, documents: Documents, nullable_key: str) -> None:
        self.documents = documents
        self.nullable_key = nullable_key
        self.schemas: dict[str, Schema] = {}

    def flags(self, raw: Mapping[str, Json]) -> tuple[bool, bool]:
        return bool(raw.get("readOnly", False)), bool(raw.get(self.nullable_key, False))

    def use(self, raw: Mapping[str, Json], location: Location) -> Use:
        """A place using a schema: a `$ref` (siblings add flags), `allOf: [one]` plus flags, or an inline schema."""
        read_only, nullable = self.flags(raw)
        if "$ref" in raw:
            target_location, target = self.documents.resolve(raw["$ref"], location)
            inner = self.named(target, target_location)
            return Use(inner.key, read_only or inner.read_only, nullable or inner.nullable)
        if _is_wrapper(raw):
            inner = self.use(raw["allOf"][0], location.child("allOf", 0))
            if raw.get("type") in (None, self.schemas[inner.key].type):
                return Use(inner.key, read_only or inner.read_only, nullable or inner.nullable)
        # An inline schema: its readOnly/nullable describe this place, not a reusable schema.
        return Use(self.schema(raw, location, own_flags=False), read_only, nullable)

    def named(self, raw: Mapping[str, Json], location: Location) -> Use:
        """The target of a `$ref`: a schema that keeps its own readOnly/nullable (or an alias of another)."""
        if "$ref" in raw or _is_wrapper(raw):
            return self.use(raw, location)
        return Use(self.schema(raw, location, own_flags=True))

    def schema(self, raw: Mapping[str, Json], location: Location, *, own_flags: bool) -> str:
        key = location.key
        if key in self.schemas:
            return key
        enum_name = raw.get("x-ms-enum", {}).get("name")
        schema = Schema(key=key, name=location.schema_name or enum_name)
        self.schemas[key] = schema  # registered before the children, so recursion ends here
        schema.type = raw.get("type")
        schema.format = raw.get("format")
        schema.enum = tuple(raw["enum"]) if "enum" in raw else None
        schema.constraints = {name: raw[name] for name in CONSTRAINTS if name in raw}
        if own_flags:
            schema.read_only, schema.nullable = self.flags(raw)
        properties: dict[str, Use] = {}
        required = set(raw.get("required", []))
        for index, part in enumerate(raw.get("allOf", [])):
            merged = self.schemas[self.use(part, location.child("allOf", index)).key]
            properties.update(merged.properties)
            required |= merged.required
            schema.type = schema.type or merged.type
            schema.format = schema.format or merged.format
            schema.enum = schema.enum if schema.enum is not None else merged.enum
            schema.items = schema.items or merged.items
            schema.additional = schema.additional if schema.additional is not None else merged.additional
            schema.constraints = {**merged.constraints, **schema.constraints}
        for name, value in raw.get("properties", {}).items():
            properties[name] = self.use(value, location.child("properties", name))
        schema.properties = properties
        schema.required = frozenset(required)
        if "items" in raw:
            schema.items = self.use(raw["items"], location.child("items"))
        additional = raw.get("additionalProperties")
        if isinstance(additional, dict):
            schema.additional = self.use(additional, location.child("additionalProperties"))
        elif isinstance(additional, bool):
            schema.additional = additional
        if schema.type is None and (properties or schema.additional is not None):
            schema.type = "object"
        return key


# --------------------------------------------------------------------------------------------------- normalising


def _parameter_key(location: str, name: str) -> tuple[str, str]:
    return (location, name.lower() if location == "header" else name)


def _paging(marker: Mapping[str, Json] | None) -> tuple[str, str | None] | None:
    return (marker.get("itemName") or "value", marker.get("nextLinkName")) if marker is not None else None


class _Normaliser(ABC):
    """What both document kinds share: walking paths and operations; subclasses read each part."""

    nullable_key = "nullable"

    def __init__(self, path: Path, documents: Documents | None = None) -> None:
        self.documents = documents or Documents()
        self.root = Location(path.resolve())
        self.document: Mapping[str, Json] = self.documents.load(path)
        self.reducer = SchemaReducer(self.documents, self.nullable_key)

    def contract(self) -> Contract:
        operations: dict[tuple[str, str], Operation] = {}
        for path, item in self.document.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    operations[(path, method)] = self.operation(path, method, item)
        return Contract(str(self.document["info"]["version"]), self.host(), operations, self.reducer.schemas)

    def operation(self, path: str, method: str, item: Mapping[str, Json]) -> Operation:
        raw = item[method]
        here = self.root.child("paths", path, method)
        shared = [
            (self.root.child("paths", path, "parameters", i), p) for i, p in enumerate(item.get("parameters", []))
        ]
        own = [(here.child("parameters", i), p) for i, p in enumerate(raw.get("parameters", []))]
        parameters = [self.documents.follow(value, location) for location, value in shared + own]
        responses = {
            str(status): self.response(*self.documents.follow(value, here.child("responses", str(status))), raw)
            for status, value in raw.get("responses", {}).items()
        }
        return Operation(
            method=method,
            path=path,
            operation_id=raw.get("operationId"),
            parameters=self.parameters(parameters),
            body=self.body(raw, here, parameters),
            responses=responses,
            long_running=self.long_running(raw),
            pageable=self.pageable(raw),
        )

    @abstractmethod
    def host(self) -> str | None:
        """The host template (where the endpoint goes)."""

    @abstractmethod
    def parameters(self, parameters: list[tuple[Location, Json]]) -> dict[tuple[str, str], Parameter]:
        """The path, query and header parameters, by (location, name)."""

    @abstractmethod
    def body(self, raw: Mapping[str, Json], here: Location, parameters: list[tuple[Location, Json]]) -> Body | None:
        """The request body, if any."""

    @abstractmethod
    def response(self, location: Location, value: Mapping[str, Json], raw: Mapping[str, Json]) -> Response:
        """One status code's response (`raw` is the operation)."""

    @abstractmethod
    def long_running(self, raw: Mapping[str, Json]) -> str | None:
        """How the final result of a long-running operation is found; None when not long-running."""

    @abstractmethod
    def pageable(self, raw: Mapping[str, Json]) -> tuple[str, str | None] | None:
        """(itemName, nextLinkName) of a pageable operation; None when not pageable."""


class _SwaggerNormaliser(_Normaliser):
    nullable_key = "x-nullable"

    def host(self) -> str | None:
        template = self.document.get("x-ms-parameterized-host", {}).get("hostTemplate")
        return template or (self.document.get("host", "") + self.document.get("basePath", "")) or None

    def parameters(self, parameters: list[tuple[Location, Json]]) -> dict[tuple[str, str], Parameter]:
        result: dict[tuple[str, str], Parameter] = {}
        for location, value in parameters:
            if value["in"] == "formData":
                raise ValueError(f"{location.key}: formData parameters are not supported")
            if value["in"] != "body":
                # A non-body swagger parameter carries its schema keywords (type, format, enum...) itself.
                schema = {name: item for name, item in value.items() if name not in PARAMETER_KEYS}
                required = bool(value.get("required", False))
                parameter = Parameter(value["in"], value["name"], required, self.reducer.use(schema, location))
                result[_parameter_key(value["in"], value["name"])] = parameter
        return result

    def body(self, raw: Mapping[str, Json], here: Location, parameters: list[tuple[Location, Json]]) -> Body | None:
        for location, value in parameters:
            if value["in"] == "body":
                consumes = raw.get("consumes") or self.document.get("consumes") or [DEFAULT_CONTENT_TYPE]
                schema = self.reducer.use(value["schema"], location.child("schema"))
                return Body(bool(value.get("required", False)), frozenset(consumes), schema)
        return None

    def response(self, location: Location, value: Mapping[str, Json], raw: Mapping[str, Json]) -> Response:
        headers = {
            name.lower(): (name, self.reducer.use(header, location.child("headers", name)))
            for name, header in value.get("headers", {}).items()
        }
        if "schema" not in value:
            return Response(headers, frozenset(), None)
        produces = raw.get("produces") or self.document.get("produces") or [DEFAULT_CONTENT_TYPE]
        return Response(headers, frozenset(produces), self.reducer.use(value["schema"], location.child("schema")))

    def long_running(self, raw: Mapping[str, Json]) -> str | None:
        if not raw.get("x-ms-long-running-operation"):
            return None
        return str(raw.get("x-ms-long-running-operation-options", {}).get("final-state-via", "operation"))

    def pageable(self, raw: Mapping[str, Json]) -> tuple[str, str | None] | None:
        return _paging(raw.get("x-ms-pageable"))


class _OpenApiNormaliser(_Normaliser):
    nullable_key = "nullable"

    def host(self) -> str | None:
        servers = self.document.get("servers") or [{}]
        url = servers[0].get("url")
        return str(url) if url is not None else None

    def parameters(self, parameters: list[tuple[Location, Json]]) -> dict[tuple[str, str], Parameter]:
        result: dict[tuple[str, str], Parameter] = {}
        for location, value in parameters:
            key = _parameter_key(value["in"], value["name"])
            schema = value.get("schema", {})
            if key == API_VERSION:  # our default is the document's version, on purpose: never compared
                schema = {name: item for name, item in schema.items() if name != "default"}
            use = self.reducer.use(schema, location.child("schema"))
            result[key] = Parameter(value["in"], value["name"], bool(value.get("required", False)), use)
        return result

    def body(self, raw: Mapping[str, Json], here: Location, parameters: list[tuple[Location, Json]]) -> Body | None:
        if "requestBody" not in raw:
            return None
        location, value = self.documents.follow(raw["requestBody"], here.child("requestBody"))
        content = value.get("content", {})
        first = next(iter(content), DEFAULT_CONTENT_TYPE)
        schema = content.get(first, {}).get("schema", {})
        use = self.reducer.use(schema, location.child("content", first, "schema"))
        return Body(bool(value.get("required", False)), frozenset(content), use)

    def response(self, location: Location, value: Mapping[str, Json], raw: Mapping[str, Json]) -> Response:
        headers: dict[str, tuple[str, Use]] = {}
        for name, header in value.get("headers", {}).items():
            header_location, header = self.documents.follow(header, location.child("headers", name))
            use = self.reducer.use(header.get("schema", {}), header_location.child("schema"))
            headers[name.lower()] = (name, use)
        content = value.get("content", {})
        for kind, media in content.items():
            if "schema" in media:
                use = self.reducer.use(media["schema"], location.child("content", kind, "schema"))
                return Response(headers, frozenset(content), use)
        return Response(headers, frozenset(), None)

    def long_running(self, raw: Mapping[str, Json]) -> str | None:
        marker = raw.get("x-acs-long-running")
        return str(marker.get("finalStateVia", "operation")) if marker is not None else None

    def pageable(self, raw: Mapping[str, Json]) -> tuple[str, str | None] | None:
        return _paging(raw.get("x-acs-pageable"))


def normalise_swagger(path: Path, documents: Documents | None = None) -> Contract:
    """Reduce a swagger 2.0 file (with the files its `$ref`s name) to the canonical contract."""
    return _SwaggerNormaliser(path, documents).contract()


def normalise_openapi(path: Path, documents: Documents | None = None) -> Contract:
    """Reduce one of our OpenAPI 3.0 documents to the canonical contract.

    The api-version query parameter's `default` (the document's own version, set on purpose; the swagger has
    none) is dropped here, so it is the one parameter default never compared.
    """
    return _OpenApiNormaliser(path, documents).contract()


# ------------------------------------------------------------------------------------------------------- diffing


def _show(value: Json) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    return str(value)


def _name(value: Json) -> str:
    return repr(value) if isinstance(value, str) else _show(value)


class _Differ:
    """Walks two contracts side by side and collects `Difference`s (each line once, in discovery order)."""

    def __init__(self, upstream: Contract, ours: Contract) -> None:
        self.upstream = upstream
        self.ours = ours
        self.found: dict[Difference, None] = {}
        self.compared: set[tuple[str, str]] = set()

    # -- recording
    def add(self, kind: str, where: str, message: str) -> None:
        self.found[Difference(kind, where, message)] = None

    def missing(self, where: str, thing: str) -> None:
        self.add("+", where, f"{thing} missing in ours")

    def surplus(self, where: str, thing: str) -> None:
        self.add("-", where, f"{thing} only in ours (not upstream)")

    def changed(self, where: str, subject: str, what: str, upstream: Json, ours: Json) -> None:
        if upstream != ours:
            prefix = " ".join(filter(None, (subject, what)))
            self.add("~", where, f"{prefix} {_show(upstream)} (upstream) vs {_show(ours)} (ours)")

    # -- documents and operations
    def contracts(self) -> None:
        self.changed("info", "", "version", self.upstream.version, self.ours.version)
        self.changed("servers", "", "host template", self.upstream.host, self.ours.host)
        for key, upstream in self.upstream.operations.items():
            ours = self.ours.operations.get(key)
            if ours is None:
                self.missing(upstream.label, f"operation {upstream.operation_id}")
            else:
                self.operation(upstream, ours)
        for key, ours in self.ours.operations.items():
            if key not in self.upstream.operations:
                self.surplus(ours.label, f"operation {ours.operation_id}")
        for ours in self.ours.operations.values():
            self.error_shape(ours)

    def operation(self, upstream: Operation, ours: Operation) -> None:
        where = upstream.label
        self.changed(where, "", "operationId", upstream.operation_id, ours.operation_id)
        self.changed(where, "", "long-running finalStateVia", upstream.long_running, ours.long_running)
        self.changed(where, "", "pageable (itemName, nextLinkName)", upstream.pageable, ours.pageable)
        for key, parameter in upstream.parameters.items():
            thing = f"parameter '{parameter.name}' ({parameter.location})"
            if key not in ours.parameters:
                self.missing(where, thing)
                continue
            self.changed(where, thing, "required", parameter.required, ours.parameters[key].required)
            self.use(parameter.schema, ours.parameters[key].schema, where, thing)
        for key, parameter in ours.parameters.items():
            if key not in upstream.parameters:
                self.surplus(where, f"parameter '{parameter.name}' ({parameter.location})")
        self.body(upstream.body, ours.body, where)
        for status, response in upstream.responses.items():
            if status not in ours.responses:
                self.missing(where, f"response {status}")
            else:
                self.response(response, ours.responses[status], where, f"response {status}")
        for status in ours.responses:
            if status not in upstream.responses:
                self.surplus(where, f"response {status}")

    def body(self, upstream: Body | None, ours: Body | None, where: str) -> None:
        if upstream is None or ours is None:
            if upstream is not None:
                self.missing(where, "request body")
            elif ours is not None:
                self.surplus(where, "request body")
            return
        self.changed(where, "request body", "required", upstream.required, ours.required)
        self.changed(where, "request body", "content types", sorted(upstream.content_types), sorted(ours.content_types))
        self.use(upstream.schema, ours.schema, where, "request body")

    def response(self, upstream: Response, ours: Response, where: str, subject: str) -> None:
        for key, (name, schema) in upstream.headers.items():
            if key not in ours.headers:
                self.missing(where, f"{subject} header '{name}'")
            else:
                self.use(schema, ours.headers[key][1], where, f"{subject} header '{name}'")
        for key, (name, _) in ours.headers.items():
            if key not in upstream.headers:
                self.surplus(where, f"{subject} header '{name}'")
        if upstream.schema is None or ours.schema is None:
            if upstream.schema is not None:
                self.missing(where, f"{subject} body")
            elif ours.schema is not None:
                self.surplus(where, f"{subject} body")
            return
        self.changed(
            where, f"{subject} body", "content types", sorted(upstream.content_types), sorted(ours.content_types)
        )
        self.use(upstream.schema, ours.schema, where, f"{subject} body")

    def error_shape(self, operation: Operation) -> None:
        """Every default response of ours must be `{error: CommunicationError}` (code and message required)."""
        response = operation.responses.get("default")
        if response is None:
            return
        problem = _error_shape_problem(self.ours.schemas, response.schema)
        if problem is None:
            return
        envelope = self.ours.schemas[response.schema.key] if response.schema else None
        where = f"schema {envelope.name}" if envelope and envelope.name else operation.label
        self.add("~", where, f"default (error) response body is not {{error: CommunicationError}}: {problem}")

    # -- schemas
    def use(self, upstream: Use, ours: Use, where: str, subject: str) -> None:
        up, our = self.upstream.schemas[upstream.key], self.ours.schemas[ours.key]
        for what in ("read_only", "nullable"):
            up_flag, our_flag = getattr(up, what), getattr(our, what)
            if up_flag == our_flag:  # otherwise reported once, against the named schema
                label = "readOnly" if what == "read_only" else "nullable"
                self.changed(where, subject, label, getattr(upstream, what) or up_flag, getattr(ours, what) or our_flag)
        self.schema(up, our, where, subject)

    def schema(self, up: Schema, our: Schema, where: str, subject: str) -> None:
        if (up.key, our.key) in self.compared:
            return
        self.compared.add((up.key, our.key))
        if our.name:  # report against our named schema, where the fix goes
            renamed = f" (upstream: {up.name})" if up.name and up.name != our.name else ""
            where, subject = f"schema {our.name}{renamed}", ""
        self.changed(where, subject, "type", up.type, our.type)
        self.changed(where, subject, "format", up.format, our.format)
        self.enum(up.enum, our.enum, where, subject)
        for name in dict.fromkeys((*up.constraints, *our.constraints)):
            self.changed(where, subject, name, up.constraints.get(name), our.constraints.get(name))
        self.changed(where, subject, "readOnly", up.read_only, our.read_only)
        self.changed(where, subject, "nullable", up.nullable, our.nullable)
        for name in dict.fromkeys((*up.properties, *up.required, *our.properties, *our.required)):
            if name in up.properties and name not in our.properties:
                self.missing(where, _property(subject, name, name in up.required))
                continue
            if name in our.properties and name not in up.properties:
                self.surplus(where, _property(subject, name, name in our.required))
                continue
            inner_where, inner_subject = _within(where, subject, f".property {name}")
            if name in up.properties:
                self.use(up.properties[name], our.properties[name], inner_where, inner_subject)
            self.changed(inner_where, inner_subject, "required", name in up.required, name in our.required)
        self.part("items", up.items, our.items, where, subject)
        self.part("additionalProperties", up.additional, our.additional, where, subject)

    def part(self, what: str, up: Use | bool | None, our: Use | bool | None, where: str, subject: str) -> None:
        if isinstance(up, Use) and isinstance(our, Use):
            self.use(up, our, *_within(where, subject, f".{what}"))
        else:
            self.changed(where, subject, what, _part(up), _part(our))

    def enum(self, up: tuple[Json, ...] | None, our: tuple[Json, ...] | None, where: str, subject: str) -> None:
        if up is None or our is None:
            self.changed(where, subject, "enum", up, our)
            return
        for value in up:
            if value not in our:
                self.missing(where, f"{subject} enum value {_name(value)}".lstrip())
        for value in our:
            if value not in up:
                self.surplus(where, f"{subject} enum value {_name(value)}".lstrip())


def _within(where: str, subject: str, step: str) -> tuple[str, str]:
    """The place one step further in: extends the subject when there is one, else the schema label."""
    return (where, subject + step) if subject else (where + step, "")


def _property(subject: str, name: str, required: bool) -> str:
    return " ".join(filter(None, (subject, "required" if required else "", f"property '{name}'")))


def _part(value: Use | bool | None) -> str | bool | None:
    return "a schema" if isinstance(value, Use) else value


def _error_shape_problem(schemas: Mapping[str, Schema], use: Use | None) -> str | None:
    if use is None:
        return "no body"
    envelope = schemas[use.key]
    if "error" not in envelope.properties or "error" not in envelope.required:
        return "no required property 'error'"
    error = schemas[envelope.properties["error"].key]
    for name in ("code", "message"):
        if name not in error.properties or name not in error.required:
            return f"error has no required property '{name}'"
        if schemas[error.properties[name].key].type != "string":
            return f"error.{name} is not a string"
    return None


def diff(upstream: Contract, ours: Contract) -> list[Difference]:
    """Every difference between the upstream contract and ours, in document order."""
    differ = _Differ(upstream, ours)
    differ.contracts()
    return list(differ.found)


def compare(swagger: Path, ours: Path) -> list[Difference]:
    """Normalise both files and diff them (accepted deviations included)."""
    return diff(normalise_swagger(swagger), normalise_openapi(ours))


def accepted_deviations(ours: Path) -> dict[str, str]:
    """Our document's `x-acs-wire-deviations`: the exact difference line -> the reason it is deliberate."""
    entries = Documents().load(ours).get("x-acs-wire-deviations", [])
    return {str(entry["difference"]): str(entry["reason"]) for entry in entries}


def split_accepted(
    differences: Sequence[Difference], accepted: Mapping[str, str]
) -> tuple[list[Difference], list[Difference], list[str]]:
    """(differences still to act on, accepted ones, accepted entries that match nothing any more)."""
    remaining = [difference for difference in differences if str(difference) not in accepted]
    matched = [difference for difference in differences if str(difference) in accepted]
    stale = sorted(set(accepted) - {str(difference) for difference in matched})
    return remaining, matched, stale


# ---------------------------------------------------------------------------------------------------------- CLI


def our_document_for(swagger: Path) -> Path:
    """Our document for a swagger file: by file name, else by info.title; then by its api-version if we keep one."""
    info = json.loads(swagger.read_text(encoding="utf-8")).get("info", {})
    ours = OUR_DOCUMENTS.get(swagger.name)
    if ours is None:
        title = str(info.get("title", "")).lower()
        ours = next(
            (doc for name, doc in OUR_DOCUMENTS.items() if name.removesuffix(".json") in title.replace(" ", "")), None
        )
    if ours is None:
        raise ValueError(f"cannot tell which of our documents {swagger} describes; name it as the second argument")
    older = ours.with_name(f"{ours.stem}-{info.get('version')}{ours.suffix}")
    return older if older.is_file() else ours


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("swagger", type=Path, help="upstream swagger 2.0 JSON file")
    parser.add_argument("ours", type=Path, nargs="?", help="our OpenAPI 3.0 document (default: chosen by name)")
    arguments = parser.parse_args(argv)
    try:
        ours = arguments.ours or our_document_for(arguments.swagger)
        accepted = accepted_deviations(ours)
        differences, matched, stale = split_accepted(compare(arguments.swagger, ours), accepted)
    except (OSError, ValueError, KeyError, yaml.YAMLError) as error:
        print(f"spec-diff: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    for difference in matched:
        print(f"! accepted: {difference} ({accepted[str(difference)]})")
    differences += [Difference("?", "x-acs-wire-deviations", f"matches nothing any more: {line}") for line in stale]
    if not differences:
        print(f"no differences: {ours} matches {arguments.swagger}")
        return 0
    for difference in differences:
        print(difference)
    print(
        f"{len(differences)} differences between {arguments.swagger} (upstream) and {ours} (ours); "
        "+ missing in ours, - only in ours, ~ changed"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
