"""Our OpenAPI documents against the service's published swagger, through openapi/tools/spec_diff.py.

The parity tests need the upstream swagger files (`<repo>/../shared/upstream`) and skip without them. The
tests on a small made-up swagger/OpenAPI pair always run, so the tool itself is exercised everywhere; the
mutation tests prove the parity tests cannot pass vacuously.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_tools import load_tool

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "openapi" / "tools" / "spec_diff.py"
UPSTREAM = REPO.parent / "shared" / "upstream"
PHONE_NUMBERS = UPSTREAM / "PhoneNumbers" / "stable" / "2025-06-01" / "phonenumbers.json"
PHONE_NUMBERS_2025_04_01 = UPSTREAM / "PhoneNumbers" / "stable" / "2025-04-01" / "phonenumbers.json"
SHORT_CODES = UPSTREAM / "ShortCodes" / "preview" / "2021-10-25-preview" / "shortcodes.json"
OUR_PHONE_NUMBERS = REPO / "openapi" / "phonenumbers.yaml"
# The short-codes swagger is 2021-10-25-preview: our document for that version is kept beside the current one.
OUR_SHORT_CODES = REPO / "openapi" / "shortcodes-2021-10-25-preview.yaml"
SIP_ROUTING = UPSTREAM / "SipRouting" / "stable" / "2023-03-01" / "communicationservicessiprouting.json"
OUR_SIP_ROUTING = REPO / "openapi" / "siprouting.yaml"


spec_diff = load_tool("spec_diff")


def lines(swagger: Path, ours: Path) -> list[str]:
    """What remains to act on: differences not accepted by our document, and accepted entries gone stale."""
    accepted = spec_diff.accepted_deviations(ours)
    remaining, _, stale = spec_diff.split_accepted(spec_diff.compare(swagger, ours), accepted)
    return [str(difference) for difference in remaining] + [f"stale: {line}" for line in stale]


@pytest.fixture
def upstream() -> Path:
    if not UPSTREAM.is_dir():
        pytest.skip(f"upstream swagger files not found at {UPSTREAM} (see the README's spec-diff section)")
    return UPSTREAM


# ------------------------------------------------------------------------------------------- parity with upstream


@pytest.mark.parametrize(
    ("swagger", "ours"),
    [(PHONE_NUMBERS, OUR_PHONE_NUMBERS), (SHORT_CODES, OUR_SHORT_CODES), (SIP_ROUTING, OUR_SIP_ROUTING)],
    ids=["phonenumbers", "shortcodes", "siprouting"],
)
def test_our_document_matches_the_upstream_swagger(upstream: Path, swagger: Path, ours: Path) -> None:
    assert lines(swagger, ours) == []


@pytest.mark.parametrize(
    "swagger", [PHONE_NUMBERS, SHORT_CODES, SIP_ROUTING], ids=["phonenumbers", "shortcodes", "siprouting"]
)
def test_main_picks_our_document_by_the_swagger_file_name(
    upstream: Path, swagger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert spec_diff.main([str(swagger)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("no differences:")
    assert all(line.startswith("! accepted: ") for line in out[:-1])


def test_accepted_deviations_are_listed_and_never_go_stale(upstream: Path, tmp_path: Path) -> None:
    accepted = spec_diff.accepted_deviations(OUR_PHONE_NUMBERS)
    differences = [str(difference) for difference in spec_diff.compare(PHONE_NUMBERS, OUR_PHONE_NUMBERS)]
    assert sorted(differences) == sorted(accepted)
    document = yaml.safe_load(OUR_PHONE_NUMBERS.read_text(encoding="utf-8"))
    document["x-acs-wire-deviations"].append({"difference": "~ nowhere: nothing", "reason": "gone"})
    edited = tmp_path / "phonenumbers.yaml"
    edited.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert lines(PHONE_NUMBERS, edited) == ["stale: ~ nowhere: nothing"]


def test_the_sip_document_accepts_only_the_merge_patch_null(upstream: Path) -> None:
    """The one accepted deviation of the SIP document: null removes a trunk in a PATCH (RFC 7396), nothing else."""
    differences = [str(difference) for difference in spec_diff.compare(SIP_ROUTING, OUR_SIP_ROUTING)]
    nullable = "nullable false (upstream) vs true (ours)"
    assert (
        differences
        == list(spec_diff.accepted_deviations(OUR_SIP_ROUTING))
        == [f"~ schema SipConfigurationUpdate.property trunks.additionalProperties: {nullable}"]
    )


def test_a_change_to_the_sip_document_is_reported(upstream: Path, tmp_path: Path) -> None:
    document = yaml.safe_load(OUR_SIP_ROUTING.read_text(encoding="utf-8"))
    document["components"]["schemas"]["TrunkRoute"]["properties"]["name"]["maxLength"] = 255
    del document["components"]["responses"]["Error"]["headers"]
    edited = tmp_path / "siprouting.yaml"
    edited.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    assert lines(SIP_ROUTING, edited) == [
        "~ schema TrunkRoute.property name: maxLength 256 (upstream) vs 255 (ours)",
        "+ GET /sip: response default header 'x-ms-error-code' missing in ours",
        "+ PATCH /sip: response default header 'x-ms-error-code' missing in ours",
    ]


def test_the_script_runs_as_the_makefile_runs_it(upstream: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), str(PHONE_NUMBERS)], capture_output=True, text=True, check=False, cwd=REPO
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("no differences:")


def test_an_older_api_version_shows_what_the_newer_one_added(
    upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a maintainer sees when the service publishes a version ours does not describe yet."""
    assert spec_diff.main([str(PHONE_NUMBERS_2025_04_01), str(OUR_PHONE_NUMBERS)]) == 1
    out = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("! accepted: ")]
    assert out[:-1] == [
        "~ info: version 2025-04-01 (upstream) vs 2025-06-01 (ours)",
        "- schema PhoneNumberType: enum value 'mobile' only in ours (not upstream)",
        "- GET /availablePhoneNumbers/countries/{countryCode}/localities: "
        "parameter 'phoneNumberType' (query) only in ours (not upstream)",
    ]
    assert out[-1].startswith("3 differences between ")


# --------------------------------------------------------------------- the tool catches a change to our document

Document = dict[str, Any]


def _capabilities(document: Document) -> Document:
    operation: Document = document["paths"]["/phoneNumbers/{phoneNumber}/capabilities"]["patch"]
    return operation


def _schema(document: Document, name: str) -> Document:
    schema: Document = document["components"]["schemas"][name]
    return schema


MUTATIONS: dict[str, tuple[Callable[[Document], object], list[str]]] = {
    "removed response header": (
        lambda d: _capabilities(d)["responses"]["202"]["headers"].pop("capabilities-id"),
        ["+ PATCH /phoneNumbers/{phoneNumber}/capabilities: response 202 header 'capabilities-id' missing in ours"],
    ),
    "changed enum value": (
        lambda d: _schema(d, "PhoneNumberType")["enum"].__setitem__(1, "tollfree"),
        [
            "+ schema PhoneNumberType: enum value 'tollFree' missing in ours",
            "- schema PhoneNumberType: enum value 'tollfree' only in ours (not upstream)",
        ],
    ),
    "dropped required flag": (
        lambda d: _schema(d, "PhoneNumberSearchResult")["required"].remove("searchExpiresBy"),
        ["~ schema PhoneNumberSearchResult.property searchExpiresBy: required true (upstream) vs false (ours)"],
    ),
    "missing operation": (
        lambda d: d["paths"]["/phoneNumbers/operations/{operationId}"].pop("delete"),
        ["+ DELETE /phoneNumbers/operations/{operationId}: operation PhoneNumbers_CancelOperation missing in ours"],
    ),
    "dropped format": (
        lambda d: _schema(d, "PhoneNumberSearchResult")["properties"]["searchExpiresBy"].pop("format"),
        ["~ schema PhoneNumberSearchResult.property searchExpiresBy: format date-time (upstream) vs none (ours)"],
    ),
    "readOnly dropped from an allOf wrapper": (
        lambda d: _schema(d, "AvailablePhoneNumber")["properties"]["status"].pop("readOnly"),
        ["~ schema AvailablePhoneNumber.property status: readOnly true (upstream) vs false (ours)"],
    ),
    "nullable dropped from a map value": (
        lambda d: _schema(d, "PhoneNumbersReservation")["properties"]["phoneNumbers"]["additionalProperties"].pop(
            "nullable"
        ),
        [
            "~ schema PhoneNumbersReservation.property phoneNumbers.additionalProperties: "
            "nullable true (upstream) vs false (ours)"
        ],
    ),
    "recursive schema changed": (
        lambda d: _schema(d, "CommunicationError")["properties"]["details"].pop("readOnly"),
        ["~ schema CommunicationError.property details: readOnly true (upstream) vs false (ours)"],
    ),
    "long-running final state": (
        lambda d: _capabilities(d)["x-acs-long-running"].__setitem__("finalStateVia", "operation"),
        [
            "~ PATCH /phoneNumbers/{phoneNumber}/capabilities: "
            "long-running finalStateVia location (upstream) vs operation (ours)"
        ],
    ),
    "pageable item name": (
        lambda d: d["paths"]["/phoneNumbers"]["get"]["x-acs-pageable"].__setitem__("itemName", "value"),
        [
            "~ GET /phoneNumbers: pageable (itemName, nextLinkName) "
            "[phoneNumbers, nextLink] (upstream) vs [value, nextLink] (ours)"
        ],
    ),
    "parameter default": (
        lambda d: d["paths"]["/phoneNumbers"]["get"]["parameters"][1]["schema"].__setitem__("default", 50),
        ["~ GET /phoneNumbers: parameter 'top' (query) default 100 (upstream) vs 50 (ours)"],
    ),
    "request body content type": (
        lambda d: _capabilities(d)["requestBody"].__setitem__(
            "content", {"application/json": _capabilities(d)["requestBody"]["content"]["application/merge-patch+json"]}
        ),
        [
            "~ PATCH /phoneNumbers/{phoneNumber}/capabilities: request body content types "
            "[application/merge-patch+json] (upstream) vs [application/json] (ours)"
        ],
    ),
    "missing status code": (
        lambda d: d["paths"]["/availablePhoneNumbers/reservations/{reservationId}"]["patch"]["responses"].pop("207"),
        ["+ PATCH /availablePhoneNumbers/reservations/{reservationId}: response 207 missing in ours"],
    ),
    "error envelope": (
        lambda d: _schema(d, "CommunicationErrorResponse").pop("required"),
        [
            "~ schema CommunicationErrorResponse.property error: required true (upstream) vs false (ours)",
            "~ schema CommunicationErrorResponse: default (error) response body is not {error: CommunicationError}: "
            "no required property 'error'",
        ],
    ),
}


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_a_change_to_our_document_is_reported(upstream: Path, tmp_path: Path, mutation: str) -> None:
    mutate, expected = MUTATIONS[mutation]
    document = yaml.safe_load(OUR_PHONE_NUMBERS.read_text(encoding="utf-8"))
    mutate(document)
    mutated = tmp_path / "phonenumbers.yaml"
    mutated.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    assert lines(PHONE_NUMBERS, mutated) == expected


# ------------------------------------------------------------- a made-up pair: runs without the upstream folder

COMMON = {
    "swagger": "2.0",
    "info": {"title": "Common", "version": "1"},
    "paths": {},
    "definitions": {
        "CommunicationErrorResponse": {
            "type": "object",
            "required": ["error"],
            "properties": {"error": {"$ref": "#/definitions/CommunicationError"}},
        },
        "CommunicationError": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "array", "readOnly": True, "items": {"$ref": "#/definitions/CommunicationError"}},
                "innererror": {"$ref": "#/definitions/CommunicationError", "readOnly": True},
            },
        },
    },
}
ERROR = {"$ref": "../../../Common/stable/1/common.json#/definitions/CommunicationErrorResponse"}
KIND = {"type": "string", "enum": ["big", "small"], "x-ms-enum": {"name": "ThingKind", "modelAsString": True}}
SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "ThingsClient", "version": "2024-01-01"},
    "x-ms-parameterized-host": {"hostTemplate": "{endpoint}", "parameters": [{"$ref": "#/parameters/Endpoint"}]},
    "paths": {
        "/things/{thingId}": {
            "patch": {
                "operationId": "Things_Update",
                "consumes": ["application/merge-patch+json"],
                "parameters": [
                    {"in": "path", "name": "thingId", "required": True, "type": "string", "format": "uuid"},
                    {"$ref": "#/parameters/ApiVersionParameter"},
                    {"in": "body", "name": "body", "required": True, "schema": {"$ref": "#/definitions/Thing"}},
                ],
                "responses": {
                    "202": {
                        "schema": {"$ref": "#/definitions/Thing"},
                        "headers": {"Operation-Location": {"type": "string"}, "Location": {"type": "string"}},
                    },
                    "default": {"schema": ERROR},
                },
                "x-ms-long-running-operation": True,
                "x-ms-long-running-operation-options": {"final-state-via": "location"},
            }
        },
        "/things": {
            "get": {
                "operationId": "Things_List",
                "parameters": [
                    {"in": "query", "name": "top", "type": "integer", "format": "int32", "default": 100},
                    {"in": "query", "name": "kind", **KIND},
                    {"in": "header", "name": "accept-language", "type": "string"},
                    {"$ref": "#/parameters/ApiVersionParameter"},
                ],
                "responses": {"200": {"schema": {"$ref": "#/definitions/Things"}}, "default": {"schema": ERROR}},
                "x-ms-pageable": {"nextLinkName": "nextLink", "itemName": "things"},
            }
        },
    },
    "parameters": {
        "ApiVersionParameter": {"in": "query", "name": "api-version", "required": True, "type": "string"},
        "Endpoint": {"in": "path", "name": "endpoint", "required": True, "type": "string", "format": "url"},
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "required": ["kind"],
            "properties": {
                "id": {"type": "string", "readOnly": True},
                "kind": KIND,
                "owner": {"$ref": "#/definitions/Owner", "readOnly": True},
                "parts": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/definitions/Owner", "x-nullable": True},
                },
                "error": {"$ref": "../../../Common/stable/1/common.json#/definitions/CommunicationError"},
            },
        },
        "Owner": {"type": "object", "properties": {"name": {"type": "string", "minLength": 1}}},
        "Things": {
            "type": "object",
            "properties": {
                "things": {"type": "array", "items": {"$ref": "#/definitions/Thing"}},
                "nextLink": {"type": "string"},
            },
        },
    },
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": _ref(schema)}}


OURS: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "things", "version": "2024-01-01"},
    "servers": [{"url": "{endpoint}", "variables": {"endpoint": {"default": "https://example.test"}}}],
    "paths": {
        "/things/{thingId}": {
            "patch": {
                "operationId": "Things_Update",
                "parameters": [
                    {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
                    {"$ref": "#/components/parameters/ApiVersion"},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/merge-patch+json": {"schema": _ref("Thing")}},
                },
                "responses": {
                    "202": {
                        "description": "Accepted.",
                        "headers": {
                            "operation-location": {"schema": {"type": "string"}},
                            "Location": {"schema": {"type": "string"}},
                        },
                        "content": _json("Thing"),
                    },
                    "default": {"$ref": "#/components/responses/Error"},
                },
                "x-acs-long-running": {"finalStateVia": "location"},
            }
        },
        "/things": {
            "get": {
                "operationId": "Things_List",
                "parameters": [
                    {"name": "top", "in": "query", "schema": {"type": "integer", "format": "int32", "default": 100}},
                    {"name": "kind", "in": "query", "schema": _ref("Kind")},
                    {"name": "Accept-Language", "in": "header", "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/ApiVersion"},
                ],
                "responses": {
                    "200": {"description": "A page.", "content": _json("ThingPage")},
                    "default": {"$ref": "#/components/responses/Error"},
                },
                "x-acs-pageable": {"itemName": "things", "nextLinkName": "nextLink"},
            }
        },
    },
    "components": {
        "parameters": {
            "ApiVersion": {
                "name": "api-version",
                "in": "query",
                "required": True,
                "schema": {"type": "string", "default": "2024-01-01"},
            }
        },
        "responses": {"Error": {"description": "Failed.", "content": _json("ErrorResponse")}},
        "schemas": {
            "Kind": {"type": "string", "enum": ["big", "small"], "x-enum-varnames": ["BIG", "SMALL"]},
            "Thing": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "kind": _ref("Kind"),
                    "owner": {"allOf": [_ref("Person")], "readOnly": True},
                    "parts": {"type": "object", "additionalProperties": {"allOf": [_ref("Person")], "nullable": True}},
                    "error": _ref("Error"),
                },
            },
            "Person": {"type": "object", "properties": {"name": {"type": "string", "minLength": 1}}},
            "ThingPage": {
                "type": "object",
                "properties": {"things": {"type": "array", "items": _ref("Thing")}, "nextLink": {"type": "string"}},
            },
            "ErrorResponse": {"type": "object", "required": ["error"], "properties": {"error": _ref("Error")}},
            "Error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "details": {"type": "array", "readOnly": True, "items": _ref("Error")},
                    "innererror": {"allOf": [_ref("Error")], "readOnly": True},
                },
            },
        },
    },
}


@pytest.fixture
def made_up(tmp_path: Path) -> Callable[[Document], tuple[Path, Path]]:
    """Write the made-up swagger (with its Common file two folders up) and a given OpenAPI document."""
    common = tmp_path / "Common" / "stable" / "1" / "common.json"
    swagger = tmp_path / "Things" / "stable" / "2024-01-01" / "things.json"
    for path, content in ((common, COMMON), (swagger, SWAGGER)):
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(content), encoding="utf-8")

    def write(ours: Document) -> tuple[Path, Path]:
        path = tmp_path / "ours.yaml"
        path.write_text(yaml.safe_dump(ours, sort_keys=False), encoding="utf-8")
        return swagger, path

    return write


def test_equivalent_spellings_compare_equal(made_up: Callable[[Document], tuple[Path, Path]]) -> None:
    """Renamed schemas, enums by $ref, allOf wrappers, header case and our api-version default are no difference."""
    assert lines(*made_up(OURS)) == []


def test_client_generation_hints_next_to_an_allof_wrapper_are_no_difference(
    made_up: Callable[[Document], tuple[Path, Path]],
) -> None:
    """x-ms-client-name (it names our attribute inner_error) keeps the wrapper "this schema, plus flags"."""
    ours = copy.deepcopy(OURS)
    ours["components"]["schemas"]["Error"]["properties"]["innererror"]["x-ms-client-name"] = "innerError"
    assert lines(*made_up(ours)) == []


def test_made_up_differences_are_reported(
    made_up: Callable[[Document], tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    ours = copy.deepcopy(OURS)
    schemas = ours["components"]["schemas"]
    schemas["Kind"]["enum"].append("huge")
    schemas["Person"]["properties"]["name"].pop("minLength")
    schemas["Error"]["properties"]["innererror"].pop("readOnly")
    ours["paths"]["/things/{thingId}"]["patch"]["responses"]["202"]["headers"].pop("Location")
    ours["paths"]["/things"]["get"]["parameters"][2]["in"] = "query"
    assert spec_diff.main([str(path) for path in made_up(ours)]) == 1
    assert capsys.readouterr().out.splitlines()[:-1] == [
        "- schema Kind (upstream: ThingKind): enum value 'huge' only in ours (not upstream)",
        "~ schema Person (upstream: Owner).property name: minLength 1 (upstream) vs none (ours)",
        "~ schema Error (upstream: CommunicationError).property innererror: readOnly true (upstream) vs false (ours)",
        "+ PATCH /things/{thingId}: response 202 header 'Location' missing in ours",
        "+ GET /things: parameter 'accept-language' (header) missing in ours",
        "- GET /things: parameter 'Accept-Language' (query) only in ours (not upstream)",
    ]


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_diff.main([str(tmp_path / "nowhere.json"), str(OUR_PHONE_NUMBERS)]) == 2
    assert "spec-diff:" in capsys.readouterr().err
