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
    item_attribute: str
    """``item_name`` as the generated page model spells its attribute."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    module: str
    """The generated endpoint module's name (``api/<tag>/<module>.py``)."""
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {
    "ShortCodes_GetShortCodes": Operation(
        "ShortCodes_GetShortCodes",
        "short_codes_get_short_codes",
        "GET",
        "/shortCodes",
        "read",
        pageable=Pageable("shortCodes", "nextLink", "short_codes"),
    ),
    "ShortCodes_GetCosts": Operation(
        "ShortCodes_GetCosts",
        "short_codes_get_costs",
        "GET",
        "/shortCodes/costs",
        "read",
        pageable=Pageable("costs", "nextLink", "costs"),
    ),
    "ShortCodes_UpsertUSProgramBrief": Operation(
        "ShortCodes_UpsertUSProgramBrief",
        "short_codes_upsert_us_program_brief",
        "PATCH",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "idempotent",
    ),
    "ShortCodes_DeleteUSProgramBrief": Operation(
        "ShortCodes_DeleteUSProgramBrief",
        "short_codes_delete_us_program_brief",
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBrief": Operation(
        "ShortCodes_GetUSProgramBrief",
        "short_codes_get_us_program_brief",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        "read",
    ),
    "ShortCodes_SubmitUSProgramBrief": Operation(
        "ShortCodes_SubmitUSProgramBrief",
        "short_codes_submit_us_program_brief",
        "POST",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/:submit",
        "keyed",
    ),
    "ShortCodes_GetUSProgramBriefs": Operation(
        "ShortCodes_GetUSProgramBriefs",
        "short_codes_get_us_program_briefs",
        "GET",
        "/shortCodes/countries/US/programBriefs",
        "read",
        pageable=Pageable("programBriefs", "nextLink", "program_briefs"),
    ),
    "ShortCodes_CreateOrReplaceUSProgramBriefAttachment": Operation(
        "ShortCodes_CreateOrReplaceUSProgramBriefAttachment",
        "short_codes_create_or_replace_us_program_brief_attachment",
        "PUT",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBriefAttachment": Operation(
        "ShortCodes_GetUSProgramBriefAttachment",
        "short_codes_get_us_program_brief_attachment",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "read",
    ),
    "ShortCodes_DeleteUSProgramBriefAttachment": Operation(
        "ShortCodes_DeleteUSProgramBriefAttachment",
        "short_codes_delete_us_program_brief_attachment",
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        "idempotent",
    ),
    "ShortCodes_GetUSProgramBriefAttachments": Operation(
        "ShortCodes_GetUSProgramBriefAttachments",
        "short_codes_get_us_program_brief_attachments",
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments",
        "read",
        pageable=Pageable("attachments", "nextLink", "attachments"),
    ),
}

BY_MODULE: Final[dict[str, Operation]] = {
    operation.module: operation for operation in OPERATIONS.values()
}
"""The same operations by the name of their generated endpoint module."""
