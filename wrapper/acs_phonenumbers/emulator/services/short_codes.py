"""The short-codes service's rules (api-version 2021-10-25-preview): short codes and US program briefs, with the
review the service does out of band (an emulator administration step). No HTTP here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..core import ServiceBackend, iso, merge_patch
from ..errors import bad_request, not_found
from ..paging import Page
from ..store import Document

# A brief can be changed and submitted while a draft, and again when its review hands it back.
EDITABLE_BRIEF_STATUSES = ("draft", "updateProgramBrief", "submitNewVanityNumbers")
REVIEW_OUTCOMES = ("approved", "denied", "updateProgramBrief", "submitNewVanityNumbers")


class ShortCodesBackend(ServiceBackend):
    """The rules of the short-codes service over the shared store."""

    API_VERSION = "2021-10-25-preview"

    def list_short_codes(self, skip: int, top: int) -> Page:
        with self.core.op():
            return self.stored_page("shortcode", "/shortCodes", skip, top)

    def _brief(self, brief_id: str) -> Document:
        brief = self.store.get("brief", brief_id.lower())
        if brief is None:
            raise not_found(f"Program brief {brief_id} cannot be found.", "programBriefId")
        return brief

    @staticmethod
    def _brief_costs(brief: Document) -> list[dict[str, Any]]:
        vanity = bool((brief.get("programDetails") or {}).get("isVanity"))
        monthly = 1500.0 if vanity else 1000.0
        return [
            {"amount": monthly, "currencyCode": "USD", "billingFrequency": "monthly"},
            {"amount": 650.0, "currencyCode": "USD", "billingFrequency": "once"},
        ]

    def upsert_brief(self, brief_id: str, patch: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self.core.op() as now:
            key = brief_id.lower()
            if str(patch.get("id", key)).lower() != key:
                raise bad_request("The id in the body does not match the id in the path.", "id")
            current = self.store.get("brief", key)
            if current is not None and current["status"] not in EDITABLE_BRIEF_STATUSES:
                raise bad_request(
                    f"Program brief {brief_id} is in status '{current['status']}' and can no longer be changed.",
                    "programBriefId",
                )
            writable = {k: v for k, v in patch.items() if k not in ("id", "status", "costs", "reviewNotes", "number")}
            base = current or {"id": key, "status": "draft", "statusUpdatedDate": iso(now)}
            brief = merge_patch(base, writable)
            brief["costs"] = self._brief_costs(brief)
            self.store.put("brief", key, brief)
            return (201 if current is None else 200), brief

    def get_brief(self, brief_id: str) -> dict[str, Any]:
        with self.core.op():
            return self._brief(brief_id)

    def delete_brief(self, brief_id: str) -> None:
        with self.core.op():
            brief = self._brief(brief_id)
            if brief["status"] != "draft":
                raise bad_request(
                    f"Program brief {brief_id} is in status '{brief['status']}' and can no longer be deleted.",
                    "programBriefId",
                )
            self.store.delete("brief", brief["id"])

    def submit_brief(self, brief_id: str) -> dict[str, Any]:
        with self.core.op() as now:
            brief = self._brief(brief_id)
            if brief["status"] not in EDITABLE_BRIEF_STATUSES:
                raise bad_request(f"Program brief {brief_id} has already been submitted.", "programBriefId")
            brief.update(status="submitted", submissionDate=iso(now), statusUpdatedDate=iso(now))
            self.store.put("brief", brief["id"], brief)
            return brief

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
            return brief

    def list_briefs(self, skip: int, top: int) -> Page:
        with self.core.op():
            return self.stored_page("brief", "/shortCodes/countries/US/programBriefs", skip, top)

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
                    "number": number,
                    "numberType": "shortCode",
                    "countryCode": "US",
                    "programBriefIds": [brief_id] if brief_id else [],
                    "purchaseDate": iso(now),
                },
            )
            numbers.append(number)
        return numbers
