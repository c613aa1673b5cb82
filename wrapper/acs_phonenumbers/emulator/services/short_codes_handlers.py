"""HTTP handlers of the short-codes service, by operationId (methods and paths come from ``shortcodes.yaml``)."""

from __future__ import annotations

from ..service import Call, Reply, Service, page_reply
from .short_codes import ShortCodesBackend


def _short_codes(b: ShortCodesBackend, c: Call) -> Reply:
    return page_reply(b.list_short_codes(c.params["skip"], c.params["top"]), "shortCodes")


def _briefs(b: ShortCodesBackend, c: Call) -> Reply:
    return page_reply(b.list_briefs(c.params["skip"], c.params["top"]), "programBriefs")


def _upsert_brief(b: ShortCodesBackend, c: Call) -> Reply:
    status, body = b.upsert_brief(c.params["programBriefId"], c.body or {})
    return Reply(status, body)


def _get_brief(b: ShortCodesBackend, c: Call) -> Reply:
    return Reply(200, b.get_brief(c.params["programBriefId"]))


def _delete_brief(b: ShortCodesBackend, c: Call) -> Reply:
    b.delete_brief(c.params["programBriefId"])
    return Reply(204)


def _submit_brief(b: ShortCodesBackend, c: Call) -> Reply:
    return Reply(200, b.submit_brief(c.params["programBriefId"]))


SERVICE = Service(
    "shortcodes.yaml",
    ShortCodesBackend,
    {
        "ShortCodes_GetShortCodes": _short_codes,
        "ShortCodes_GetUSProgramBriefs": _briefs,
        "ShortCodes_UpsertUSProgramBrief": _upsert_brief,
        "ShortCodes_GetUSProgramBrief": _get_brief,
        "ShortCodes_DeleteUSProgramBrief": _delete_brief,
        "ShortCodes_SubmitUSProgramBrief": _submit_brief,
    },
)
