"""HTTP handlers of the short-codes service, by operationId (methods and paths come from ``shortcodes.yaml``).

Requests at 2021-10-25-preview (``shortcodes-2021-10-25-preview.yaml``) reach the same handlers: their briefs are
renamed to the current field names on the way in and shown in that version's shapes on the way out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..paging import Page
from ..service import Call, Handler, Reply, Service, page_reply
from .short_codes import ShortCodesBackend
from .short_codes_versions import PREVIEW, brief_patch_from_preview, brief_to_preview, short_code_to_preview

_BRIEFS = "/shortCodes/countries/US/programBriefs"


def _same(item: Any) -> Any:
    return item


# As for phone numbers: the backend methods take the operation's parameters as keywords (``programBriefId`` is
# ``program_brief_id``) and its body as ``request`` (``Call.args``); the listings also take ``api_version``, which
# decides how a page is formed.


def _page_reply(page: Page, c: Call, preview: Callable[[Any], Any] = _same) -> Reply:
    if c.api_version == PREVIEW:
        return page_reply(Page([preview(item) for item in page.items], page.next_link), c)
    return page_reply(page, c, null_last_link=False)  # at 2022-09-06 the last page has no nextLink (recorded)


def _listing(list_page: Callable[..., Page], preview: Callable[[Any], Any] = _same) -> Handler[ShortCodesBackend]:
    return lambda b, c: _page_reply(list_page(b, **c.args, api_version=c.api_version), c, preview)


def _brief_reply(status: int, brief: dict[str, Any], c: Call) -> Reply:
    headers = {}
    if status == 201:  # an absolute URL without api-version, as recorded
        headers["Location"] = f"{c.base_url}{_BRIEFS}/{brief['id']}"
    return Reply(status, brief_to_preview(brief) if c.api_version == PREVIEW else brief, headers)


def _brief(method: Callable[..., dict[str, Any]]) -> Handler[ShortCodesBackend]:
    return lambda b, c: _brief_reply(200, method(b, **c.args), c)


def _ok(method: Callable[..., Any]) -> Handler[ShortCodesBackend]:
    return lambda b, c: Reply(200, method(b, **c.args))


def _no_content(method: Callable[..., None]) -> Handler[ShortCodesBackend]:
    def handler(b: ShortCodesBackend, c: Call) -> Reply:
        method(b, **c.args)
        return Reply(204)

    return handler


def _costs(b: ShortCodesBackend, c: Call) -> Reply:
    page = b.list_costs(**c.args, api_version=c.api_version)
    # The service sends the list twice, as shortCodeCosts and costs (recorded).
    return Reply(200, {"shortCodeCosts": page.items, **_page_reply(page, c).body})


def _upsert_brief(b: ShortCodesBackend, c: Call) -> Reply:
    args = c.args
    if c.api_version == PREVIEW and "request" in args:
        args["request"] = brief_patch_from_preview(args["request"])
    return _brief_reply(*b.upsert_brief(**args), c)


def _put_attachment(b: ShortCodesBackend, c: Call) -> Reply:
    args = c.args
    status, attachment = b.put_attachment(**args)
    headers = {}
    if status == 201:
        brief_id = args["program_brief_id"].lower()
        headers["Location"] = f"{c.base_url}{_BRIEFS}/{brief_id}/attachments/{attachment['id']}"
    return Reply(status, attachment, headers)


_B = ShortCodesBackend


SERVICE = Service(
    "shortcodes.yaml",
    ShortCodesBackend,
    {
        "ShortCodes_GetShortCodes": _listing(_B.list_short_codes, short_code_to_preview),
        "ShortCodes_GetCosts": _costs,
        "ShortCodes_GetUSProgramBriefs": _listing(_B.list_briefs, brief_to_preview),
        "ShortCodes_UpsertUSProgramBrief": _upsert_brief,
        "ShortCodes_GetUSProgramBrief": _brief(_B.get_brief),
        "ShortCodes_DeleteUSProgramBrief": _no_content(_B.delete_brief),
        "ShortCodes_SubmitUSProgramBrief": _brief(_B.submit_brief),
        "ShortCodes_CreateOrReplaceUSProgramBriefAttachment": _put_attachment,
        "ShortCodes_GetUSProgramBriefAttachment": _ok(_B.get_attachment),
        "ShortCodes_DeleteUSProgramBriefAttachment": _no_content(_B.delete_attachment),
        "ShortCodes_GetUSProgramBriefAttachments": _listing(_B.list_attachments),
    },
    older_documents=("shortcodes-2021-10-25-preview.yaml",),
)
