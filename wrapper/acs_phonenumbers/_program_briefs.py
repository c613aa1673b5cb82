"""US program briefs from plain data, and the checks that save a round trip.

Users keep briefs in files: `load_program_brief("brief.yaml")` (or `.json`) and `program_brief_from_dict(data)` turn
them into the generated `USProgramBrief` in one line. `check_program_brief(brief)` reports obviously wrong URLs,
e-mail addresses and phone numbers before anything is sent, naming each field by its JSON path
(`companyInformation.contactInformation.phone`). Only fields that are set are checked, so a partial brief meant for a
merge-patch passes as long as what it holds is well formed.

Field names are api-version 2022-09-06's. A brief that still has a 2021-10-25-preview name (`signUpTypes`,
`supportedProtocols`, `contentCategory`, ...) is refused with the name it has now (`LEGACY_FIELDS`), rather than
sent with a field the service ignores.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from acs_shortcodes_generated import models

from ._errors import InvalidArgumentError
from ._json_path import lookup
from ._validation import ensure_e164, ensure_uuid

__all__ = [
    "LEGACY_FIELDS",
    "check_program_brief",
    "legacy_field_problems",
    "load_program_brief",
    "program_brief_from_dict",
    "program_brief_problems",
]

# Wire (JSON) paths of the fields we can check without asking the service.
URL_FIELDS = (
    "programDetails.url",
    "programDetails.callToActionUrl",
    "programDetails.termsOfServiceUrl",
    "programDetails.privacyPolicyUrl",
    "companyInformation.url",
)
EMAIL_FIELDS = (
    "companyInformation.contactInformation.email",
    "companyInformation.customerCareInformation.email",
)
PHONE_FIELDS = (
    "companyInformation.contactInformation.phone",
    "companyInformation.customerCareInformation.tollFreeNumber",
)

# 2021-10-25-preview name -> (2022-09-06 name, what else changed). Paths as in the JSON; [] is every list item.
LEGACY_FIELDS: dict[str, tuple[str, str]] = {
    "programDetails.signUpTypes": ("programDetails.callToActionTypes", "same values"),
    "programDetails.signUpUrl": ("programDetails.callToActionUrl", ""),
    "messageDetails.supportedProtocols": ("messageDetails.supportedProtocol", "one value, not a list: sms or mms"),
    "messageDetails.helpMessage": ("messageDetails.helpAnswerToUser", ""),
    "messageDetails.optOutMessage": ("messageDetails.optOutAnswerToUser", ""),
    "messageDetails.optInMessage": ("messageDetails.optInMessageToUser", ""),
    "messageDetails.optInReply": ("messageDetails.optInAnswerFromUser", ""),
    "messageDetails.confirmationMessage": ("messageDetails.optInConfirmationMessageToUser", ""),
    "messageDetails.useCases[].contentCategory": (
        "messageDetails.useCases[].contentType",
        "its values changed too: one of the 20 of MessageContentType, other with customContentType",
    ),
}

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_MAX_SHOWN = 60  # long values are cut in messages


def program_brief_from_dict(data: Mapping[str, Any]) -> models.USProgramBrief:
    """Build a brief from its JSON form (camelCase keys, as the service and the upstream examples write it).

    Raises InvalidArgumentError (a ValueError) naming what is wrong when `data` is not a brief: no `id`, an `id`
    that is not a UUID, a section that is not an object.
    """
    if not isinstance(data, Mapping):
        raise InvalidArgumentError(f"a program brief must be a mapping of its JSON fields, not {type(data).__name__}")
    if "id" not in data:
        raise InvalidArgumentError("the program brief has no 'id' (a UUID you choose, the same as in the request URL)")
    ensure_uuid(data["id"], "id")  # the model keeps it as a str, as the official SDKs do with uuid fields
    legacy = legacy_field_problems(data)
    if legacy:
        raise InvalidArgumentError(
            "the program brief has field names of api-version 2021-10-25-preview: " + "; ".join(legacy)
        )
    try:
        return models.USProgramBrief.from_dict(_plain(data))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(f"not a valid program brief: {exc!r}") from exc


def load_program_brief(path: str | os.PathLike[str]) -> models.USProgramBrief:
    """Read a brief from a `.json`, `.yaml` or `.yml` file (YAML needs PyYAML: `pip install acs-phonenumbers[cli]`).

    Example::

        from acs_phonenumbers import ShortCodesClient, load_program_brief

        brief = load_program_brief("brief.yaml")
        with ShortCodesClient.from_connection_string(conn_str) as client:
            client.upsert_us_program_brief(brief.id, brief)
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in (".json", ".yaml", ".yml"):
        raise InvalidArgumentError(f"{file}: a program brief file must end in .json, .yaml or .yml")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:  # a ValueError too, but its message names neither the file nor the fix
        problem = f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        raise InvalidArgumentError(f"{file}: {problem}") from exc
    try:
        data = json.loads(text) if suffix == ".json" else _yaml_load(text)
        return program_brief_from_dict(data)
    except ValueError as exc:  # JSONDecodeError, InvalidArgumentError, and YAML errors as _yaml_load maps them
        raise InvalidArgumentError(f"{file}: {exc}") from exc


def check_program_brief(brief: models.USProgramBrief) -> None:
    """Raise InvalidArgumentError listing every field that is obviously wrong, each named by its JSON path."""
    problems = program_brief_problems(brief)
    if problems:
        raise InvalidArgumentError("the program brief is not valid: " + "; ".join(problems))


def program_brief_problems(brief: models.USProgramBrief) -> list[str]:
    """The problems `check_program_brief` reports, one string per field ("path: what is wrong")."""
    wire = brief.to_dict()
    checks = (
        (URL_FIELDS, _is_url, "an absolute http(s) URL"),
        (EMAIL_FIELDS, _is_email, "an e-mail address"),
        (PHONE_FIELDS, _is_e164, "an E.164 phone number (like +14255550123)"),
    )
    problems = legacy_field_problems(wire)
    for paths, is_valid, expected in checks:
        for path in paths:
            value = lookup(wire, path)
            if value is not None and not is_valid(value):
                problems.append(f"{path}: {_show(value)} is not {expected}")
    return problems


def legacy_field_problems(wire: Mapping[str, Any]) -> list[str]:
    """One line per 2021-10-25-preview field name in a brief's JSON form, saying what it is called now."""
    problems: list[str] = []
    for old, (new, note) in LEGACY_FIELDS.items():
        for where in _expand(wire, old):
            now = new.replace("[]", where[where.index("[") : where.index("]") + 1]) if "[" in where else new
            problems.append(f"{where} is called {now} since api-version 2022-09-06" + (f" ({note})" if note else ""))
    return problems


def _expand(node: object, path: str, prefix: str = "") -> list[str]:
    """The concrete paths (``a.b[2].c``) where the dotted ``path`` (``[]`` for every list item) has a value."""
    head, _, rest = path.partition(".")
    is_list = head.endswith("[]")
    key = head.removesuffix("[]")
    if not isinstance(node, Mapping) or key not in node:
        return []
    here = f"{prefix}.{key}" if prefix else key
    if not rest:
        return [here]
    child = node[key]
    if is_list:
        if not isinstance(child, list):
            return []
        return [found for i, item in enumerate(child) for found in _expand(item, rest, f"{here}[{i}]")]
    return _expand(child, rest, here)


def _is_url(value: object) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and "." in (parts.hostname or "")


def _is_email(value: object) -> bool:
    return isinstance(value, str) and _EMAIL.fullmatch(value) is not None


def _is_e164(value: object) -> bool:
    try:
        ensure_e164(value)
    except InvalidArgumentError:
        return False
    return True


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _yaml_load(text: str) -> Any:
    try:
        import yaml  # optional dependency: only YAML briefs need it
    except ImportError as exc:  # pragma: no cover - PyYAML comes with the cli and emulator extras
        raise ImportError("reading a YAML program brief needs PyYAML: pip install 'acs-phonenumbers[cli]'") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {exc}") from exc


def _plain(value: Any) -> Any:
    """YAML reads unquoted timestamps as datetime objects; the models expect the ISO strings JSON would hold."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):  # datetime.datetime is a date too
        return value.isoformat()
    return value
