"""The async ShortCodesClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared with :mod:`acs_phonenumbers._short_codes` (argument checks, brief checks, request
building, response decisions); this module only awaits the generated ``asyncio_detailed`` functions and builds
:class:`AsyncItemPaged`. Each method's documentation is the sync twin's.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Unpack
from uuid import UUID

from acs_shortcodes_generated import models
from acs_shortcodes_generated.client import Client as GeneratedClient

from .._base import AsyncClient, araw
from .._compat import AzureCallKeywords, azure_keywords
from .._errors import AcsError
from .._paging import AsyncItemPaged
from .._reconcile import arun_check, needs_check
from .._short_codes import SHORT_CODES_API_VERSION, _ShortCodesRequests
from .._short_codes import ShortCodesClient as SyncShortCodesClient
from ._twin import twin

__all__ = ["ShortCodesClient", "ShortCodesClientWithRawResponse"]


class ShortCodesClient(AsyncClient[_ShortCodesRequests, GeneratedClient]):
    """The async client for short codes and US program briefs; see :class:`acs_phonenumbers.ShortCodesClient`.

    ``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an ``httpx.AsyncClient``, and the
    credential may also be an async token credential (``azure.identity.aio``).

    Example::

        from acs_phonenumbers.aio import ShortCodesClient

        async with ShortCodesClient.from_connection_string(conn_str) as client:
            async for brief in client.list_us_program_briefs():
                print(brief.id, brief.status)
    """

    DEFAULT_API_VERSION = SHORT_CODES_API_VERSION
    _requests_type = _ShortCodesRequests
    _generated_type = GeneratedClient

    @property
    def with_raw_response(self) -> ShortCodesClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return ShortCodesClientWithRawResponse(self)

    @twin(SyncShortCodesClient.list_short_codes)
    @azure_keywords
    def list_short_codes(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> AsyncItemPaged[models.ShortCode]:
        return self._pager(self._requests.list_short_codes(skip, top))

    @twin(SyncShortCodesClient.list_short_code_costs)
    @azure_keywords
    def list_short_code_costs(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> AsyncItemPaged[models.ShortCodeCost]:
        return self._pager(self._requests.list_short_code_costs(skip, top))

    @twin(SyncShortCodesClient.list_us_program_briefs)
    @azure_keywords
    def list_us_program_briefs(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> AsyncItemPaged[models.USProgramBrief]:
        return self._pager(self._requests.list_us_program_briefs(skip, top))

    @twin(SyncShortCodesClient.get_us_program_brief)
    @azure_keywords
    async def get_us_program_brief(
        self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.USProgramBrief:
        return await self._send(self._requests.get_us_program_brief(program_brief_id))

    @twin(SyncShortCodesClient.upsert_us_program_brief)
    @azure_keywords
    async def upsert_us_program_brief(
        self,
        program_brief_id: str | UUID,
        program_brief: models.USProgramBrief | Mapping[str, Any],
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.USProgramBrief:
        return await self._send(self._requests.upsert_us_program_brief(program_brief_id, program_brief))

    @twin(SyncShortCodesClient.delete_us_program_brief)
    @azure_keywords
    async def delete_us_program_brief(self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]) -> None:
        await self._send(self._requests.delete_us_program_brief(program_brief_id))

    @twin(SyncShortCodesClient.submit_us_program_brief)
    @azure_keywords
    async def submit_us_program_brief(
        self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.USProgramBrief:
        call = self._requests.submit_us_program_brief(program_brief_id)
        try:
            return await self._send(call)
        except AcsError as exc:
            keyed = self._requests.submit_keyed(program_brief_id)
            if not needs_check(exc, keyed):
                raise
            brief: models.USProgramBrief = await arun_check(keyed, self._get, exc)
            return brief

    @twin(SyncShortCodesClient.create_or_replace_us_program_brief_attachment)
    @azure_keywords
    async def create_or_replace_us_program_brief_attachment(
        self,
        program_brief_id: str | UUID,
        attachment_id: str | UUID,
        file_name: str,
        file_type: models.FileType | str,
        file_content_base64: str,
        attachment_type: models.AttachmentType | str,
        *,
        file_size_in_bytes: int | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.ProgramBriefAttachment:
        return await self._send(
            self._requests.create_or_replace_us_program_brief_attachment(
                program_brief_id,
                attachment_id,
                file_name,
                file_type,
                file_content_base64,
                attachment_type,
                file_size_in_bytes,
            )
        )

    @twin(SyncShortCodesClient.attach_file)
    @azure_keywords
    async def attach_file(
        self,
        program_brief_id: str | UUID,
        path: str | os.PathLike[str],
        *,
        attachment_type: models.AttachmentType | str | None = None,
        attachment_id: str | UUID | None = None,
        file_name: str | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.ProgramBriefAttachment:
        return await self._send(
            self._requests.attach_file(program_brief_id, path, attachment_type, attachment_id, file_name)
        )

    @twin(SyncShortCodesClient.get_us_program_brief_attachment)
    @azure_keywords
    async def get_us_program_brief_attachment(
        self, program_brief_id: str | UUID, attachment_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.ProgramBriefAttachment:
        return await self._send(self._requests.get_us_program_brief_attachment(program_brief_id, attachment_id))

    @twin(SyncShortCodesClient.list_us_program_brief_attachments)
    @azure_keywords
    def list_us_program_brief_attachments(
        self, program_brief_id: str | UUID, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> AsyncItemPaged[models.ProgramBriefAttachment]:
        return self._pager(self._requests.list_us_program_brief_attachments(program_brief_id, skip, top))

    @twin(SyncShortCodesClient.delete_us_program_brief_attachment)
    @azure_keywords
    async def delete_us_program_brief_attachment(
        self, program_brief_id: str | UUID, attachment_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> None:
        await self._send(self._requests.delete_us_program_brief_attachment(program_brief_id, attachment_id))


class ShortCodesClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse` when awaited.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: ShortCodesClient) -> None:
        self._client = client

    get_us_program_brief = araw(ShortCodesClient.get_us_program_brief)
    upsert_us_program_brief = araw(ShortCodesClient.upsert_us_program_brief)
    delete_us_program_brief = araw(ShortCodesClient.delete_us_program_brief)
    submit_us_program_brief = araw(ShortCodesClient.submit_us_program_brief)
    create_or_replace_us_program_brief_attachment = araw(ShortCodesClient.create_or_replace_us_program_brief_attachment)
    attach_file = araw(ShortCodesClient.attach_file)
    get_us_program_brief_attachment = araw(ShortCodesClient.get_us_program_brief_attachment)
    delete_us_program_brief_attachment = araw(ShortCodesClient.delete_us_program_brief_attachment)
