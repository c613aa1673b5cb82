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
RECORDING = Path(__file__).parents[3] / "shared/recordings/shortcodes-2022-09-06/js/shortcodes_manage_attachments.json"
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


@pytest.mark.skipif(not RECORDING.is_file(), reason="recordings not present")
def test_recorded_2022_09_06_brief_round_trips() -> None:
    entries = json.loads(RECORDING.read_text(encoding="utf-8"))["Entries"]
    (patch,) = [e for e in entries if e["RequestMethod"] == "PATCH"]
    for body in (patch["RequestBody"], patch["ResponseBody"]):
        brief = program_brief_from_dict(body)
        assert brief.to_dict() == body
        assert brief.additional_properties == {}
        assert brief.message_details.additional_properties == {}
        assert brief.program_details.additional_properties == {}


@pytest.mark.skipif(not UPSTREAM_EXAMPLE.is_dir(), reason="upstream examples not present")
def test_a_2021_10_25_preview_brief_is_refused_with_the_names_it_has_now() -> None:
    example = json.loads((UPSTREAM_EXAMPLE / "UpsertUSProgramBriefAsync.json").read_text(encoding="utf-8"))
    with pytest.raises(InvalidArgumentError) as caught:
        program_brief_from_dict(example["parameters"]["body"])
    message = str(caught.value)
    assert "api-version 2021-10-25-preview" in message
    for old, new in [
        ("programDetails.signUpTypes", "programDetails.callToActionTypes"),
        ("programDetails.signUpUrl", "programDetails.callToActionUrl"),
        ("messageDetails.supportedProtocols", "messageDetails.supportedProtocol"),
        ("messageDetails.helpMessage", "messageDetails.helpAnswerToUser"),
        ("messageDetails.optOutMessage", "messageDetails.optOutAnswerToUser"),
        ("messageDetails.optInMessage", "messageDetails.optInMessageToUser"),
        ("messageDetails.optInReply", "messageDetails.optInAnswerFromUser"),
        ("messageDetails.confirmationMessage", "messageDetails.optInConfirmationMessageToUser"),
        ("messageDetails.useCases[0].contentCategory", "messageDetails.useCases[0].contentType"),
    ]:
        assert f"{old} is called {new}" in message


def test_a_file_with_old_names_is_refused_naming_the_file(tmp_path: Path) -> None:
    data = _yaml_data()
    data["messageDetails"]["useCases"][0]["contentCategory"] = "loyaltyProgram"
    data["programDetails"]["signUpTypes"] = data["programDetails"].pop("callToActionTypes")
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(InvalidArgumentError) as caught:
        load_program_brief(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "programDetails.signUpTypes is called programDetails.callToActionTypes" in str(caught.value)
    assert "messageDetails.useCases[0].contentCategory is called messageDetails.useCases[0].contentType" in str(
        caught.value
    )


def test_a_model_with_old_names_is_reported_before_sending() -> None:
    brief = USProgramBrief(id=BRIEF_ID)
    brief["messageDetails"] = {"supportedProtocols": ["sms"]}
    assert program_brief_problems(brief) == [
        "messageDetails.supportedProtocols is called messageDetails.supportedProtocol since api-version 2022-09-06 "
        "(one value, not a list: sms or mms)"
    ]


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
        ("programDetails.callToActionUrl", "https://contoso com/sign up", "not an absolute http(s) URL"),
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
