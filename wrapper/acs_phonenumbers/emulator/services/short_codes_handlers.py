"""HTTP handlers of the short-codes service, by operationId (methods and paths come from ``shortcodes.yaml``).

Requests at 2021-10-25-preview (``shortcodes-2021-10-25-preview.yaml``) reach the same handlers: their briefs are
renamed to the current field names on the way in and shown in that version's shapes on the way out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..paging import Page
from ..service import Call, Reply, Service, page_reply
from .short_codes import ShortCodesBackend
from .short_codes_versions import PREVIEW, brief_patch_from_preview, brief_to_preview, short_code_to_preview

_BRIEFS = "/shortCodes/countries/US/programBriefs"


def _same(item: Any) -> Any:
    return item


def _listing(page: Page, c: Call, preview: Callable[[Any], Any] = _same) -> Reply:
    if c.api_version == PREVIEW:
        return page_reply(Page([preview(item) for item in page.items], page.next_link), c)
    return page_reply(page, c, null_last_link=False)  # at 2022-09-06 the last page has no nextLink (recorded)


def _brief_reply(status: int, brief: dict[str, Any], c: Call) -> Reply:
    headers = {}
    if status == 201:  # an absolute URL without api-version, as recorded
        headers["Location"] = f"{c.base_url}{_BRIEFS}/{brief['id']}"
    return Reply(status, brief_to_preview(brief) if c.api_version == PREVIEW else brief, headers)


def _short_codes(b: ShortCodesBackend, c: Call) -> Reply:
    page = b.list_short_codes(c.params["skip"], c.params["top"], c.api_version)
    return _listing(page, c, short_code_to_preview)


def _costs(b: ShortCodesBackend, c: Call) -> Reply:
    page = b.list_costs(c.params["skip"], c.params["top"], c.api_version)
    # The service sends the list twice, as shortCodeCosts and costs (recorded).
    return Reply(200, {"shortCodeCosts": page.items, **_listing(page, c).body})


def _briefs(b: ShortCodesBackend, c: Call) -> Reply:
    return _listing(b.list_briefs(c.params["skip"], c.params["top"], c.api_version), c, brief_to_preview)


def _upsert_brief(b: ShortCodesBackend, c: Call) -> Reply:
    patch = c.body or {}
    if c.api_version == PREVIEW:
        patch = brief_patch_from_preview(patch)
    status, body = b.upsert_brief(c.params["programBriefId"], patch)
    return _brief_reply(status, body, c)


def _get_brief(b: ShortCodesBackend, c: Call) -> Reply:
    return _brief_reply(200, b.get_brief(c.params["programBriefId"]), c)


def _delete_brief(b: ShortCodesBackend, c: Call) -> Reply:
    b.delete_brief(c.params["programBriefId"])
    return Reply(204)


def _submit_brief(b: ShortCodesBackend, c: Call) -> Reply:
    return _brief_reply(200, b.submit_brief(c.params["programBriefId"]), c)


def _put_attachment(b: ShortCodesBackend, c: Call) -> Reply:
    brief_id, attachment_id = c.params["programBriefId"], c.params["attachmentId"]
    status, attachment = b.put_attachment(brief_id, attachment_id, c.body)
    headers = {}
    if status == 201:
        headers["Location"] = f"{c.base_url}{_BRIEFS}/{brief_id.lower()}/attachments/{attachment['id']}"
    return Reply(status, attachment, headers)


def _get_attachment(b: ShortCodesBackend, c: Call) -> Reply:
    return Reply(200, b.get_attachment(c.params["programBriefId"], c.params["attachmentId"]))


def _delete_attachment(b: ShortCodesBackend, c: Call) -> Reply:
    b.delete_attachment(c.params["programBriefId"], c.params["attachmentId"])
    return Reply(204)


def _attachments(b: ShortCodesBackend, c: Call) -> Reply:
    p = c.params
    return _listing(b.list_attachments(p["programBriefId"], p["skip"], p["top"], c.api_version), c)


SERVICE = Service(
    "shortcodes.yaml",
    ShortCodesBackend,
    {
        "ShortCodes_GetShortCodes": _short_codes,
        "ShortCodes_GetCosts": _costs,
        "ShortCodes_GetUSProgramBriefs": _briefs,
        "ShortCodes_UpsertUSProgramBrief": _upsert_brief,
        "ShortCodes_GetUSProgramBrief": _get_brief,
        "ShortCodes_DeleteUSProgramBrief": _delete_brief,
        "ShortCodes_SubmitUSProgramBrief": _submit_brief,
        "ShortCodes_CreateOrReplaceUSProgramBriefAttachment": _put_attachment,
        "ShortCodes_GetUSProgramBriefAttachment": _get_attachment,
        "ShortCodes_DeleteUSProgramBriefAttachment": _delete_attachment,
        "ShortCodes_GetUSProgramBriefAttachments": _attachments,
    },
    older_documents=("shortcodes-2021-10-25-preview.yaml",),
)
