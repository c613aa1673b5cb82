"""Program briefs from files and dicts, and the client-side checks (no network)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from acs_phonenumbers._errors import InvalidArgumentError
from acs_phonenumbers._program_briefs import (
    check_program_brief,
    load_program_brief,
    program_brief_from_dict,
    program_brief_problems,
)
from acs_shortcodes_generated.models import (
    CompanyInformation,
    ContactInformation,
    MessageDirection,
    NumberType,
    USProgramBrief,
)

DATA = Path(__file__).parent.parent / "data"
YAML_BRIEF = DATA / "program_brief.yaml"
UPSTREAM_EXAMPLE = Path(__file__).parents[3] / "shared/upstream/ShortCodes/preview/2021-10-25-preview/examples"
BRIEF_ID = "146b433f-d774-40b9-9138-55d386208725"  # uuid fields are str, as in the official SDKs


def _yaml_data() -> dict[str, Any]:
    data = yaml.safe_load(YAML_BRIEF.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_yaml_file_gives_a_typed_brief() -> None:
    brief = load_program_brief(YAML_BRIEF)
    assert brief.id == BRIEF_ID
    assert brief.program_details
    assert brief.program_details.number_type is NumberType.SHORT_CODE
    assert brief.program_details.expected_date_of_service
    assert brief.program_details.expected_date_of_service.isoformat() == "2021-10-25T00:00:00+00:00"
    assert brief.message_details
    assert brief.message_details.use_cases
    examples = brief.message_details.use_cases[0].examples
    assert examples
    assert examples[1].messages
    assert examples[1].messages[1].direction is MessageDirection.FROM_USER
    check_program_brief(brief)


def test_yaml_json_and_dict_agree(tmp_path: Path) -> None:
    from_yaml = load_program_brief(str(YAML_BRIEF))
    wire = from_yaml.to_dict()
    json_file = tmp_path / "brief.json"
    json_file.write_text(json.dumps(wire), encoding="utf-8")
    assert load_program_brief(json_file).to_dict() == wire
    assert program_brief_from_dict(wire).to_dict() == wire
    # Every field of the file survives: the wire form equals the file (timestamps aside, which YAML parses).
    data = _yaml_data()
    data["programDetails"]["expectedDateOfService"] = "2021-10-25T00:00:00+00:00"
    assert wire == data


@pytest.mark.skipif(not UPSTREAM_EXAMPLE.is_dir(), reason="upstream examples not present")
def test_upstream_example_body_round_trips() -> None:
    example = json.loads((UPSTREAM_EXAMPLE / "UpsertUSProgramBriefAsync.json").read_text(encoding="utf-8"))
    for body in (example["parameters"]["body"], example["responses"]["201"]["body"]):
        brief = program_brief_from_dict(body)
        assert brief.to_dict()["companyInformation"] == body["companyInformation"]
        check_program_brief(brief)


def test_unknown_extension_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"\.json, \.yaml or \.yml"):
        load_program_brief(path)


def test_missing_id_is_named(tmp_path: Path) -> None:
    data = _yaml_data()
    del data["id"]
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"brief\.yaml: the program brief has no 'id'"):
        load_program_brief(path)


@pytest.mark.parametrize("data", [{"id": "not-a-uuid"}, {"id": BRIEF_ID, "programDetails": "oops"}, [1, 2]])
def test_malformed_data_is_a_value_error(data: Any) -> None:
    with pytest.raises(ValueError):
        program_brief_from_dict(data)


def test_a_partial_brief_is_valid() -> None:
    check_program_brief(USProgramBrief(id=BRIEF_ID))
    check_program_brief(USProgramBrief(id=BRIEF_ID, company_information=CompanyInformation(name="CONTOSO")))


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        ("companyInformation.contactInformation.phone", "425-555-0123", "not an E.164 phone number"),
        ("companyInformation.contactInformation.phone", "+0123456789", "not an E.164 phone number"),
        ("companyInformation.customerCareInformation.tollFreeNumber", "18005550199", "not an E.164 phone number"),
        ("companyInformation.contactInformation.email", "john.doe.contoso.com", "not an e-mail address"),
        ("companyInformation.customerCareInformation.email", "care@contoso", "not an e-mail address"),
        ("companyInformation.url", "www.contoso.com", "not an absolute http(s) URL"),
        ("programDetails.privacyPolicyUrl", "ftp://contoso.com/privacy", "not an absolute http(s) URL"),
        ("programDetails.signUpUrl", "https://contoso com/sign up", "not an absolute http(s) URL"),
        ("programDetails.termsOfServiceUrl", "https://", "not an absolute http(s) URL"),
    ],
)
def test_bad_field_is_reported_with_its_json_path(path: str, value: str, says: str) -> None:
    data = _yaml_data()
    node = data
    *parents, leaf = path.split(".")
    for key in parents:
        node = node[key]
    node[leaf] = value
    brief = program_brief_from_dict(data)
    with pytest.raises(ValueError) as caught:
        check_program_brief(brief)
    assert f"{path}: {value!r} is {says}" in str(caught.value)
    assert program_brief_problems(brief) == [f"{path}: {value!r} is {says}" + _hint(says)]


def _hint(says: str) -> str:
    return " (like +14255550123)" if "E.164" in says else ""


def test_every_problem_is_listed() -> None:
    brief = USProgramBrief(
        id=BRIEF_ID,
        company_information=CompanyInformation(
            url="contoso", contact_information=ContactInformation(phone="555", email="nobody")
        ),
    )
    problems = program_brief_problems(brief)
    assert [p.split(":")[0] for p in problems] == [
        "companyInformation.url",
        "companyInformation.contactInformation.email",
        "companyInformation.contactInformation.phone",
    ]


@pytest.mark.parametrize(("name", "text"), [("brief.json", '{"id": '), ("brief.yaml", "id: [unclosed")])
def test_unparsable_file_names_the_file(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidArgumentError, match=name.replace(".", r"\.")):
        load_program_brief(path)
