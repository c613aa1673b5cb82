"""The short-codes service's rules (api-version 2022-09-06): short codes, their costs, US program briefs and their
attachments, with the review the service does out of band (an emulator administration step). No HTTP here.

State is kept in the 2022-09-06 shapes; ``short_codes_versions`` shows it as 2021-10-25-preview to clients that
still send that version. What the recordings show (``../shared/recordings/shortcodes-2022-09-06``): an attachment's
content is never returned and its ``fileSizeInBytes`` is the decoded size; a brief lists its attachments in short;
a full page always carries a ``nextLink`` (the next page may be empty); the cost catalogue. Inferred, not recorded:
attachments change only while the brief can (draft, or handed back by its review), as the brief itself.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from ..core import ServiceBackend, iso, merge_patch
from ..errors import EmulatorError, bad_request, not_found
from ..paging import Page, bounds, paginate
from ..store import Document
from .short_codes_versions import PREVIEW

# A brief can be changed and submitted while a draft, and again when its review hands it back.
EDITABLE_BRIEF_STATUSES = ("draft", "updateProgramBrief", "submitNewVanityNumbers")
REVIEW_OUTCOMES = ("approved", "denied", "updateProgramBrief", "submitNewVanityNumbers")
# What the service sets on a brief; a client sending them changes nothing.
SERVER_FIELDS = ("id", "status", "costs", "reviewNotes", "number", "submissionDate", "statusUpdatedDate", "attachments")
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
"""The largest attachment taken (decoded), as our document states it (x-acs-max-attachment-bytes)."""
# The service's cost catalogue as recorded in 2023 (GET /shortCodes/costs): vanity is stated on monthly rows only.
COSTS: tuple[dict[str, Any], ...] = (
    {"amount": 3000.0, "currencyCode": "USD", "countryCode": "CA", "billingFrequency": "once"},
    {
        "amount": 1000.0,
        "currencyCode": "USD",
        "countryCode": "CA",
        "isVanityShortCode": False,
        "billingFrequency": "monthly",
    },
    {"amount": 0.0, "currencyCode": "USD", "countryCode": "GB", "billingFrequency": "once"},
    {
        "amount": 1600.0,
        "currencyCode": "USD",
        "countryCode": "GB",
        "isVanityShortCode": False,
        "billingFrequency": "monthly",
    },
    {"amount": 650.0, "currencyCode": "USD", "countryCode": "US", "billingFrequency": "once"},
    {
        "amount": 1500.0,
        "currencyCode": "USD",
        "countryCode": "US",
        "isVanityShortCode": True,
        "billingFrequency": "monthly",
    },
    {
        "amount": 1000.0,
        "currencyCode": "USD",
        "countryCode": "US",
        "isVanityShortCode": False,
        "billingFrequency": "monthly",
    },
)
_BRIEFS = "/shortCodes/countries/US/programBriefs"


def _invalid(message: str, target: str) -> EmulatorError:
    return EmulatorError("InvalidInput", message, target)


def show_brief(brief: Document) -> dict[str, Any]:
    """A stored brief as the service shows it: its attachments in short (id, type, fileName), none when empty."""
    shown = dict(brief)
    attachments = shown.pop("attachments", None) or []
    if attachments:
        shown["attachments"] = [{k: a[k] for k in ("id", "type", "fileName")} for a in attachments]
    return shown


def show_short_code(doc: Document) -> dict[str, Any]:
    """A short code as 2022-09-06 shows it: ``value``, and still the legacy ``number`` and ``numberType``."""
    return {"value": doc.get("value", doc["number"]), **doc}


class ShortCodesBackend(ServiceBackend):
    """The rules of the short-codes service over the shared store."""

    API_VERSION = "2022-09-06"

    def _listing(
        self,
        source: list[Any] | Callable[[int, int], tuple[list[Any], int]],
        path: str,
        skip: int,
        top: int,
        version: str,
    ) -> Page:
        """A page as the service forms it at ``version``: at 2022-09-06 a full page always links to the next one
        (which may be empty), as recorded; at 2021-10-25-preview only when more items follow."""
        if version == PREVIEW:
            return paginate(source, path=path, skip=skip, size=top, size_param="top", api_version=version)
        skip, top = bounds(skip, top)
        chunk = source(skip, top)[0] if callable(source) else source[skip : skip + top]
        link = f"{path}?{urlencode({'skip': skip + top, 'top': top, 'api-version': version})}"
        return Page(chunk, link if len(chunk) == top else None)

    def _stored(self, kind: str) -> Callable[[int, int], tuple[list[Any], int]]:
        return lambda offset, limit: self.store.page(kind, offset, limit)

    def list_short_codes(self, skip: int, top: int, api_version: str = API_VERSION) -> Page:
        with self.core.op():
            page = self._listing(self._stored("shortcode"), "/shortCodes", skip, top, api_version)
            return Page([show_short_code(doc) for doc in page.items], page.next_link)

    def list_costs(self, skip: int, top: int, api_version: str = API_VERSION) -> Page:
        with self.core.op():
            return self._listing([dict(cost) for cost in COSTS], "/shortCodes/costs", skip, top, api_version)

    def _brief(self, brief_id: str) -> Document:
        brief = self.store.get("brief", brief_id.lower())
        if brief is None:
            raise not_found(f"Program brief {brief_id} cannot be found.", "programBriefId")
        return brief

    @staticmethod
    def _brief_costs(brief: Document) -> list[dict[str, Any]]:
        # As recorded: once, then monthly, each with its country; the monthly cost is the catalogue's for US.
        vanity = bool((brief.get("programDetails") or {}).get("isVanity"))
        monthly = 1500.0 if vanity else 1000.0
        return [
            {"amount": 650.0, "currencyCode": "USD", "countryCode": "US", "billingFrequency": "once"},
            {"amount": monthly, "currencyCode": "USD", "countryCode": "US", "billingFrequency": "monthly"},
        ]

    def _editable(self, brief: Document, brief_id: str, what: str) -> None:
        if brief["status"] not in EDITABLE_BRIEF_STATUSES:
            raise bad_request(
                f"Program brief {brief_id} is in status '{brief['status']}' and can no longer be {what}.",
                "programBriefId",
            )

    def upsert_brief(self, program_brief_id: str, request: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        patch = request or {}  # the body is optional: no body changes nothing
        with self.core.op() as now:
            key = program_brief_id.lower()
            if str(patch.get("id", key)).lower() != key:
                raise bad_request("The id in the body does not match the id in the path.", "id")
            current = self.store.get("brief", key)
            if current is not None:
                self._editable(current, program_brief_id, "changed")
            writable = {k: v for k, v in patch.items() if k not in SERVER_FIELDS}
            base = current or {"id": key, "status": "draft", "statusUpdatedDate": iso(now)}
            brief = merge_patch(base, writable)
            brief["costs"] = self._brief_costs(brief)
            self.store.put("brief", key, brief)
            return (201 if current is None else 200), show_brief(brief)

    def get_brief(self, program_brief_id: str) -> dict[str, Any]:
        with self.core.op():
            return show_brief(self._brief(program_brief_id))

    def delete_brief(self, program_brief_id: str) -> None:
        with self.core.op():
            brief = self._brief(program_brief_id)
            if brief["status"] != "draft":
                raise bad_request(
                    f"Program brief {program_brief_id} is in status '{brief['status']}' and can no longer be deleted.",
                    "programBriefId",
                )
            self.store.delete("brief", brief["id"])  # its attachments are kept in it, so they go with it

    def submit_brief(self, program_brief_id: str) -> dict[str, Any]:
        with self.core.op() as now:
            brief = self._brief(program_brief_id)
            if brief["status"] not in EDITABLE_BRIEF_STATUSES:
                raise bad_request(f"Program brief {program_brief_id} has already been submitted.", "programBriefId")
            brief.update(status="submitted", submissionDate=iso(now), statusUpdatedDate=iso(now))
            self.store.put("brief", brief["id"], brief)
            return show_brief(brief)

    def review_brief(self, brief_id: str, outcome: str, note: str | None = None) -> dict[str, Any]:
        """The review of a submitted brief, which the service does out of band (an emulator administration step).

        ``approved`` provisions a short code for the brief (its ``number``, listed by ``GET /shortCodes``);
        ``updateProgramBrief`` and ``submitNewVanityNumbers`` hand it back for changes and a new submission;
        ``denied`` ends it. ``note`` becomes a review note, as the service explains its requests.
        """
        if outcome not in REVIEW_OUTCOMES:
            raise bad_request(
                f"The review outcome must be one of {', '.join(REVIEW_OUTCOMES)}; got {outcome!r}.", "status"
            )
        with self.core.op() as now:
            brief = self._brief(brief_id)
            if brief["status"] != "submitted":
                raise bad_request(
                    f"Program brief {brief_id} is in status '{brief['status']}'; only a submitted brief is reviewed.",
                    "programBriefId",
                )
            brief.update(status=outcome, statusUpdatedDate=iso(now))
            if note:
                brief["reviewNotes"] = [*brief.get("reviewNotes", []), {"message": note, "date": iso(now)}]
            if outcome == "approved":
                (brief["number"],) = self._provision_short_codes(1, brief["id"], now)
            self.store.put("brief", brief["id"], brief)
            return show_brief(brief)

    def list_briefs(self, skip: int, top: int, api_version: str = API_VERSION) -> Page:
        with self.core.op():
            page = self._listing(self._stored("brief"), _BRIEFS, skip, top, api_version)
            return Page([show_brief(brief) for brief in page.items], page.next_link)

    # ----------------------------------------------------------------- program-brief attachments

    @staticmethod
    def _decoded_size(content: object) -> int:
        if not isinstance(content, str) or not content:
            raise _invalid("The fileContentBase64 field is required.", "fileContentBase64")
        try:
            size = len(base64.b64decode(content, validate=True))
        except (binascii.Error, ValueError):
            raise _invalid("The fileContentBase64 field is not valid base64.", "fileContentBase64") from None
        if size == 0:
            raise _invalid("The fileContentBase64 field holds no content.", "fileContentBase64")
        if size > MAX_ATTACHMENT_BYTES:
            raise _invalid(f"The file is larger than {MAX_ATTACHMENT_BYTES} bytes.", "fileContentBase64")
        return size

    @staticmethod
    def _attachment_index(brief: Document, attachment_id: str) -> int | None:
        key = attachment_id.lower()
        return next((i for i, a in enumerate(brief.get("attachments") or []) if a["id"] == key), None)

    def _attachment_not_found(self, brief_id: str, attachment_id: str) -> EmulatorError:
        return not_found(f"Attachment {attachment_id} of program brief {brief_id} cannot be found.", "attachmentId")

    def put_attachment(
        self, program_brief_id: str, attachment_id: str, request: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        """Create or replace an attachment: 201 or 200, and the attachment without its content (never kept)."""
        with self.core.op():
            brief = self._brief(program_brief_id)
            key = attachment_id.lower()
            if str(request.get("id", key)).lower() != key:
                raise bad_request("The id in the body does not match the id in the path.", "id")
            self._editable(brief, program_brief_id, "changed")
            stored = {
                "id": key,
                "type": request["type"],
                "fileName": request["fileName"],
                "fileSizeInBytes": self._decoded_size(request.get("fileContentBase64")),
                "fileType": request["fileType"],
            }
            attachments = list(brief.get("attachments") or [])
            index = self._attachment_index(brief, key)
            if index is None:
                attachments.append(stored)
            else:
                attachments[index] = stored
            brief["attachments"] = attachments
            self.store.put("brief", brief["id"], brief)
            return (201 if index is None else 200), dict(stored)

    def get_attachment(self, program_brief_id: str, attachment_id: str) -> dict[str, Any]:
        with self.core.op():
            brief = self._brief(program_brief_id)
            index = self._attachment_index(brief, attachment_id)
            if index is None:
                raise self._attachment_not_found(program_brief_id, attachment_id)
            return dict(brief["attachments"][index])

    def delete_attachment(self, program_brief_id: str, attachment_id: str) -> None:
        with self.core.op():
            brief = self._brief(program_brief_id)
            index = self._attachment_index(brief, attachment_id)
            if index is None:
                raise self._attachment_not_found(program_brief_id, attachment_id)
            self._editable(brief, program_brief_id, "changed")
            brief["attachments"] = [a for i, a in enumerate(brief["attachments"]) if i != index]
            self.store.put("brief", brief["id"], brief)

    def list_attachments(self, program_brief_id: str, skip: int, top: int, api_version: str = API_VERSION) -> Page:
        with self.core.op():
            brief = self._brief(program_brief_id)
            path = f"{_BRIEFS}/{brief['id']}/attachments"
            return self._listing(list(brief.get("attachments") or []), path, skip, top, api_version)

    # ----------------------------------------------------------------- seeding (admin)

    def seed_short_codes(self, count: int, brief_id: str | None = None) -> list[str]:
        with self.core.op() as now:
            return self._provision_short_codes(count, brief_id, now)

    def _provision_short_codes(self, count: int, brief_id: str | None, now: datetime) -> list[str]:
        existing = {doc["number"] for doc in self.store.list("shortcode")}
        numbers: list[str] = []
        candidate = 100000
        while len(numbers) < count:
            candidate += 1
            number = str(candidate)
            if number in existing:
                continue
            self.store.put(
                "shortcode",
                number,
                {
                    "value": number,
                    "number": number,
                    "numberType": "shortCode",
                    "countryCode": "US",
                    "programBriefIds": [brief_id] if brief_id else [],
                    "purchaseDate": iso(now),
                },
            )
            numbers.append(number)
        return numbers
