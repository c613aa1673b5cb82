"""The operations of shortcodes.yaml (api-version 2022-09-06) and what its extensions say of them.

Written by openapi/tools/operations.py from the document's ``x-acs-retry``, ``x-acs-long-running`` and
``x-acs-pageable`` markers; do not edit (``make generate`` rewrites it).
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class LongRunning:
    """An operation that answers 202 and is followed through its status monitor."""

    final_state_via: str
    """``location``: the result is the resource at ``Location``; ``operation``: there is no result resource."""

    @property
    def has_final_resource(self) -> bool:
        return self.final_state_via == "location"


@dataclass(frozen=True, slots=True)
class Pageable:
    """An operation that answers one page: its items under ``item_name``, the next page's link under
    ``next_link_name``."""

    item_name: str
    next_link_name: str


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {
    "ShortCodes_GetShortCodes": Operation(
        "ShortCodes_GetShortCodes",
        "GET",
        "/shortCodes",
        "read",
        pageable=Pageable("shortCodes", "nextLink"),
    ),
    "ShortCodes_GetCosts": Operation(
        "ShortCodes_GetCosts",
        "GET",
        "/shortCodes/costs",
        "read",
        pageable=Pageable("costs", "nextLink"),
    ),
    "ShortCodes_UpsertUSProgramBrief": Operation(
        "ShortCodes_UpsertUSProgramBrief",
        "PATCH",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "idempotent",
    ),
    "ShortCodes_DeleteUSProgramBrief": Operation(
        "ShortCodes_DeleteUSProgramBrief",
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBrief": Operation(
        "ShortCodes_GetUSProgramBrief",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "read",
    ),
    "ShortCodes_SubmitUSProgramBrief": Operation(
        "ShortCodes_SubmitUSProgramBrief",
        "POST",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/:submit",
        "keyed",
    ),
    "ShortCodes_GetUSProgramBriefs": Operation(
        "ShortCodes_GetUSProgramBriefs",
        "GET",
        "/shortCodes/countries/US/programBriefs",
        "read",
        pageable=Pageable("programBriefs", "nextLink"),
    ),
    "ShortCodes_CreateOrReplaceUSProgramBriefAttachment": Operation(
        "ShortCodes_CreateOrReplaceUSProgramBriefAttachment",
        "PUT",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBriefAttachment": Operation(
        "ShortCodes_GetUSProgramBriefAttachment",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "read",
    ),
    "ShortCodes_DeleteUSProgramBriefAttachment": Operation(
        "ShortCodes_DeleteUSProgramBriefAttachment",
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBriefAttachments": Operation(
        "ShortCodes_GetUSProgramBriefAttachments",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments",
        "read",
        pageable=Pageable("attachments", "nextLink"),
    ),
}
