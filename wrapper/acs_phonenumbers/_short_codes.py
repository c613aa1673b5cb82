"""ShortCodesClient: the short codes and US program briefs of an Azure Communication Services resource.

The official Python SDK has no short codes; this client follows the same conventions as
:class:`~acs_phonenumbers.PhoneNumbersClient` and runs on the same machinery (:mod:`acs_phonenumbers._base`):
options, auth, retries, logging, transport injection, the error tree and pagers. As there, each public method is
one line over a pure request builder (:class:`_ShortCodesRequests`); the async client and the raw-response views
are generated from this class (``make generate``, ``openapi/tools/twins.py``).

It speaks api-version 2022-09-06 (short-code costs, program-brief attachments, the brief's current field names).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack
from uuid import UUID

from acs_shortcodes_generated import models
from acs_shortcodes_generated.api import short_codes as operations
from acs_shortcodes_generated.client import Client as GeneratedClient

from ._attachments import AttachmentFile, AttachmentPlan, decoded_size, load_attachment_file, plan_attachment_file
from ._base import Call, Paged, Requests, SyncClient
from ._compat import AzureCallKeywords, azure_keywords
from ._errors import AcsError, InvalidArgumentError
from ._paging import ItemPaged
from ._program_briefs import check_program_brief, program_brief_from_dict
from ._reconcile import Check, Keyed, json_of, needs_check, run_check
from ._validation import ensure_int, ensure_not_empty, ensure_uuid, wrong_type

if TYPE_CHECKING:
    from acs_phonenumbers_twins.short_codes import ShortCodesClientWithRawResponse

__all__ = ["SHORT_CODES_API_VERSION", "ShortCodesClient"]

SHORT_CODES_API_VERSION = "2022-09-06"
"""The short-codes API version our OpenAPI document describes and the client speaks (2021-10-25-preview before)."""

T = TypeVar("T")


# A brief in these statuses can still be (re)submitted: a submit has not taken effect.
_EDITABLE_STATUSES = frozenset({"draft", "updateProgramBrief", "submitNewVanityNumbers"})


def _same(value: T) -> T:
    return value


def _none(_: Any) -> None:
    return None


def _brief_id(value: Any) -> UUID:
    return UUID(ensure_uuid(value, "program_brief_id"))


def _attachment_id(value: Any) -> UUID:
    return UUID(ensure_uuid(value, "attachment_id"))


def _open_enum(value: Any, enum_cls: Any, field: str) -> Any:
    """A member of an open enum: a declared value in any case, or an unknown string sent as given."""
    if isinstance(value, enum_cls):
        return value
    return enum_cls(ensure_not_empty(value, field).strip())


class _ShortCodesRequests(Requests):
    """Every operation as pure request preparation (argument checks, body, expected statuses); sync and async."""

    def list_short_codes(self, skip: int, top: int) -> Paged[models.ShortCode]:
        return self.paged(
            operations.short_codes_get_short_codes,
            models.AcquiredShortCodes.from_dict,
            skip=skip,
            top=top,
        )

    def list_us_program_briefs(self, skip: int, top: int) -> Paged[models.USProgramBrief]:
        return self.paged(
            operations.short_codes_get_us_program_briefs,
            models.USProgramBriefs.from_dict,
            skip=skip,
            top=top,
        )

    def list_short_code_costs(self, skip: int, top: int) -> Paged[models.ShortCodeCost]:
        return self.paged(
            operations.short_codes_get_costs,
            models.ShortCodeCosts.from_dict,
            skip=skip,
            top=top,
        )

    def get_us_program_brief(self, program_brief_id: str | UUID) -> Call[models.USProgramBrief]:
        return self.call(
            operations.short_codes_get_us_program_brief, (200,), _same, program_brief_id=_brief_id(program_brief_id)
        )

    def upsert_us_program_brief(
        self, program_brief_id: str | UUID, program_brief: models.USProgramBrief | Mapping[str, Any]
    ) -> Call[models.USProgramBrief]:
        brief_id = _brief_id(program_brief_id)
        if isinstance(program_brief, models.USProgramBrief):
            brief = program_brief
        elif isinstance(program_brief, Mapping):
            brief = program_brief_from_dict({"id": str(brief_id), **program_brief})
        else:
            raise wrong_type("program_brief", "a USProgramBrief or a mapping of its JSON fields", program_brief)
        if UUID(ensure_uuid(brief.id, "program_brief.id")) != brief_id:  # a str id given to the model is fine too
            raise InvalidArgumentError(
                f"program_brief.id ({brief.id}) differs from program_brief_id ({brief_id}); they must be the same"
            )
        check_program_brief(brief)
        # The generated function sends brief.to_dict(): only the fields that are set, i.e. a JSON merge-patch.
        return self.call(
            operations.short_codes_upsert_us_program_brief, (200, 201), _same, program_brief_id=brief_id, body=brief
        )

    def delete_us_program_brief(self, program_brief_id: str | UUID) -> Call[None]:
        return self.call(
            operations.short_codes_delete_us_program_brief,
            (204, 200),
            _none,
            program_brief_id=_brief_id(program_brief_id),
        )

    def submit_us_program_brief(self, program_brief_id: str | UUID) -> Call[models.USProgramBrief]:
        return self.call(
            operations.short_codes_submit_us_program_brief, (200,), _same, program_brief_id=_brief_id(program_brief_id)
        )

    def submit_keyed(self, program_brief_id: str | UUID) -> Keyed:
        """How to tell whether a submit whose outcome is unknown took effect: the brief is no longer editable."""
        brief_id = str(_brief_id(program_brief_id))

        def check() -> Check:
            brief = json_of((yield self.next_page_url(f"/shortCodes/countries/US/programBriefs/{brief_id}")))
            if str(brief.get("status", "")) in _EDITABLE_STATUSES:
                return None
            return models.USProgramBrief.from_dict(brief)

        return Keyed(
            "submit_us_program_brief",
            {"program_brief_id": brief_id},
            frozenset({400, 409}),
            check,
            "get_us_program_brief() shows a status other than draft once the brief is submitted",
        )

    # -- program-brief attachments ---------------------------------------------------------------------------------

    def create_or_replace_us_program_brief_attachment(
        self,
        program_brief_id: str | UUID,
        attachment_id: str | UUID,
        file_name: str,
        file_type: models.FileType | str,
        file_content_base64: str,
        attachment_type: models.AttachmentType | str,
        file_size_in_bytes: int | None,
    ) -> Call[models.ProgramBriefAttachment]:
        brief_id = _brief_id(program_brief_id)
        attachment = _attachment_id(attachment_id)
        decoded_size(file_content_base64)  # base64, not empty, within the service's limit
        if file_size_in_bytes is not None:
            ensure_int(file_size_in_bytes, "file_size_in_bytes")
        fields: dict[str, Any] = {}
        if file_size_in_bytes is not None:  # the service computes it; sent only when given, as the JS client does
            fields["file_size_in_bytes"] = file_size_in_bytes
        body = models.ProgramBriefAttachment(
            id=str(attachment),
            type_=_open_enum(attachment_type, models.AttachmentType, "attachment_type"),
            file_name=ensure_not_empty(file_name, "file_name"),
            file_type=_open_enum(file_type, models.FileType, "file_type"),
            file_content_base_64=file_content_base64,
            **fields,
        )
        return self.call(
            operations.short_codes_create_or_replace_us_program_brief_attachment,
            (200, 201),
            _same,
            program_brief_id=brief_id,
            attachment_id=attachment,
            body=body,
        )

    def plan_attach_file(
        self,
        program_brief_id: str | UUID,
        path: str | os.PathLike[str],
        attachment_type: models.AttachmentType | str | None,
        attachment_id: str | UUID | None,
        file_name: str | None,
    ) -> AttachmentPlan:
        """Every check of ``attach_file`` that needs no disk, made before the file is read (sync or async)."""
        _brief_id(program_brief_id)
        chosen_id = None if attachment_id is None else str(_attachment_id(attachment_id))
        kind = None
        if attachment_type is not None:
            kind = str(_open_enum(attachment_type, models.AttachmentType, "attachment_type"))
        return plan_attachment_file(path, attachment_type=kind, attachment_id=chosen_id, file_name=file_name)

    def attach_file(self, program_brief_id: str | UUID, file: AttachmentFile) -> Call[models.ProgramBriefAttachment]:
        return self.create_or_replace_us_program_brief_attachment(
            program_brief_id,
            file.attachment_id,
            file.file_name,
            file.file_type,
            file.file_content_base64,
            file.attachment_type,
            None,
        )

    def get_us_program_brief_attachment(
        self, program_brief_id: str | UUID, attachment_id: str | UUID
    ) -> Call[models.ProgramBriefAttachment]:
        return self.call(
            operations.short_codes_get_us_program_brief_attachment,
            (200,),
            _same,
            program_brief_id=_brief_id(program_brief_id),
            attachment_id=_attachment_id(attachment_id),
        )

    def list_us_program_brief_attachments(
        self, program_brief_id: str | UUID, skip: int, top: int
    ) -> Paged[models.ProgramBriefAttachment]:
        return self.paged(
            operations.short_codes_get_us_program_brief_attachments,
            models.ProgramBriefAttachments.from_dict,
            program_brief_id=_brief_id(program_brief_id),
            skip=skip,
            top=top,
        )

    def delete_us_program_brief_attachment(self, program_brief_id: str | UUID, attachment_id: str | UUID) -> Call[None]:
        return self.call(
            operations.short_codes_delete_us_program_brief_attachment,
            (204, 200),
            _none,
            program_brief_id=_brief_id(program_brief_id),
            attachment_id=_attachment_id(attachment_id),
        )


class ShortCodesClient(SyncClient[_ShortCodesRequests, GeneratedClient]):
    """A client for the short codes and US program briefs of Azure Communication Services.

    Constructed, configured and closed exactly like :class:`~acs_phonenumbers.PhoneNumbersClient` (same
    credentials, keyword options, retries, errors and pagers); ``api_version`` defaults to ``2022-09-06``, the
    version whose models this client has. A program brief id is a UUID you choose; ids, URLs, e-mail addresses
    and phone numbers in a brief, and attachment content, are checked before anything is sent (``ValueError``
    naming the field).

    Example::

        from acs_phonenumbers import ShortCodesClient
        from acs_phonenumbers import load_program_brief

        with ShortCodesClient.from_connection_string(conn_str) as client:
            brief = load_program_brief("brief.yaml")
            client.upsert_us_program_brief(brief.id, brief)
            client.submit_us_program_brief(brief.id)
            for short_code in client.list_short_codes():
                print(short_code.value, short_code.program_brief_ids)

    The constructor's parameters and keyword options are documented on ``__init__``.
    """

    DEFAULT_API_VERSION = SHORT_CODES_API_VERSION
    _requests_type = _ShortCodesRequests
    _generated_type = GeneratedClient

    @property
    def with_raw_response(self) -> ShortCodesClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (the ``httpx.Response`` and the value).

        Example::

            raw = client.with_raw_response.get_us_program_brief(brief_id)
            print(raw.status_code, raw.headers["MS-CV"], raw.parsed.status)
        """
        from acs_phonenumbers_twins.short_codes import ShortCodesClientWithRawResponse  # generated from this class

        return ShortCodesClientWithRawResponse(self)

    # -- short codes ----------------------------------------------------------------------------------------------

    @azure_keywords
    def list_short_codes(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.ShortCode]:
        """The short codes this resource has acquired, fetched lazily page by page (``top`` per page).

        Example::

            for short_code in client.list_short_codes():
                print(short_code.value, short_code.country_code, short_code.program_brief_ids)
        """
        return self._pager(self._requests.list_short_codes(skip, top))

    @azure_keywords
    def list_short_code_costs(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.ShortCodeCost]:
        """What a short code costs, per country and billing frequency (once, monthly; vanity or not), page by page.

        Example::

            for cost in client.list_short_code_costs():
                print(cost.country_code, cost.billing_frequency, cost.amount, cost.currency_code,
                      cost.is_vanity_short_code)
        """
        return self._pager(self._requests.list_short_code_costs(skip, top))

    # -- US program briefs ----------------------------------------------------------------------------------------

    @azure_keywords
    def list_us_program_briefs(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.USProgramBrief]:
        """Every US program brief of this resource, fetched lazily page by page (``top`` per page).

        Example::

            for brief in client.list_us_program_briefs():
                print(brief.id, brief.status, brief.status_updated_date)
        """
        return self._pager(self._requests.list_us_program_briefs(skip, top))

    @azure_keywords
    def get_us_program_brief(
        self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.USProgramBrief:
        """One program brief, with its status, costs and review notes; ResourceNotFoundError if there is none.

        Example::

            brief = client.get_us_program_brief("146b433f-d774-40b9-9138-55d386208725")
            print(brief.status, [note.message for note in brief.review_notes or []])
        """
        return self._send(self._requests.get_us_program_brief(program_brief_id))

    @azure_keywords
    def upsert_us_program_brief(
        self,
        program_brief_id: str | UUID,
        program_brief: models.USProgramBrief | Mapping[str, Any],
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.USProgramBrief:
        """Create the draft brief ``program_brief_id`` (a UUID you choose) or change it; returns the stored brief.

        A JSON merge-patch: only the fields that are set in ``program_brief`` are sent, and the service keeps the
        others. ``program_brief`` is a :class:`USProgramBrief` (its ``id`` must equal ``program_brief_id``) or a
        mapping of the service's JSON fields (its ``id`` may be left out). Once submitted, a brief can no longer be
        changed (the service answers 400).

        Example::

            brief = load_program_brief("brief.yaml")
            client.upsert_us_program_brief(brief.id, brief)
            client.upsert_us_program_brief(brief.id, {"trafficDetails": {"totalMonthlyVolume": 20000}})
        """
        return self._send(self._requests.upsert_us_program_brief(program_brief_id, program_brief))

    @azure_keywords
    def delete_us_program_brief(self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Delete a brief that has not been submitted (the service refuses to delete a submitted one).

        Example::

            client.delete_us_program_brief(brief_id)
        """
        self._send(self._requests.delete_us_program_brief(program_brief_id))

    @azure_keywords
    def submit_us_program_brief(
        self, program_brief_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.USProgramBrief:
        """Hand a draft brief to review; returns it with status ``submitted``.

        Example::

            submitted = client.submit_us_program_brief(brief_id)
            assert submitted.status == ProgramBriefStatus.SUBMITTED
        """
        call = self._requests.submit_us_program_brief(program_brief_id)
        try:
            return self._send(call)
        except AcsError as exc:
            keyed = self._requests.submit_keyed(program_brief_id)
            if not needs_check(exc, keyed):
                raise
            brief: models.USProgramBrief = run_check(keyed, self._get, exc)
            return brief

    # -- program-brief attachments ---------------------------------------------------------------------------------

    @azure_keywords
    def create_or_replace_us_program_brief_attachment(
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
        """Attach a file to a brief (``attachment_id`` is a UUID you choose), or replace the attachment with that id.

        Returns the attachment as stored: its ``file_size_in_bytes`` (the decoded size) but never its content.
        ``file_type`` is ``png``, ``jpg``, ``jpeg`` or ``pdf``; ``attachment_type`` what the file shows
        (``callToAction``, ``termsOfService``, ``privacyPolicy``, ``other``). Content that is not base64, is empty
        or is larger than :data:`~acs_phonenumbers.MAX_ATTACHMENT_BYTES` is refused before sending.
        :meth:`attach_file` does all of this from a path.

        Example::

            png = Path("signup.png").read_bytes()
            attachment = client.create_or_replace_us_program_brief_attachment(
                brief_id, uuid.uuid4(), "signup.png", FileType.PNG, base64.b64encode(png).decode(),
                AttachmentType.CALL_TO_ACTION,
            )
            print(attachment.id, attachment.file_size_in_bytes)
        """
        return self._send(
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

    @azure_keywords
    def attach_file(
        self,
        program_brief_id: str | UUID,
        path: str | os.PathLike[str],
        *,
        attachment_type: models.AttachmentType | str | None = None,
        attachment_id: str | UUID | None = None,
        file_name: str | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.ProgramBriefAttachment:
        """Attach the file at ``path`` to a brief: read, base64-encoded and size-checked here.

        The file type comes from the suffix (``.png``, ``.jpg``, ``.jpeg``, ``.pdf``); ``attachment_type``, unless
        given, from words in the name (``terms`` -> termsOfService, ``privacy`` -> privacyPolicy,
        ``call-to-action``/``cta``/``opt-in`` -> callToAction, anything else -> other). ``attachment_id`` defaults
        to a new UUID and ``file_name`` to the file's name. InvalidArgumentError for another suffix, an empty file
        or one larger than :data:`~acs_phonenumbers.MAX_ATTACHMENT_BYTES`, before anything is sent.

        Example::

            attachment = client.attach_file(brief_id, "screenshots/call-to-action.png")
            assert attachment.type_ == AttachmentType.CALL_TO_ACTION
        """
        plan = self._requests.plan_attach_file(program_brief_id, path, attachment_type, attachment_id, file_name)
        return self._send(self._requests.attach_file(program_brief_id, load_attachment_file(plan)))

    @azure_keywords
    def get_us_program_brief_attachment(
        self, program_brief_id: str | UUID, attachment_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.ProgramBriefAttachment:
        """One attachment of a brief: name, types and size (the content is never returned); ResourceNotFoundError
        if there is none.

        Example::

            attachment = client.get_us_program_brief_attachment(brief_id, attachment_id)
            print(attachment.file_name, attachment.file_type, attachment.file_size_in_bytes)
        """
        return self._send(self._requests.get_us_program_brief_attachment(program_brief_id, attachment_id))

    @azure_keywords
    def list_us_program_brief_attachments(
        self, program_brief_id: str | UUID, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.ProgramBriefAttachment]:
        """The attachments of a brief (without their content), fetched lazily page by page (``top`` per page).

        Example::

            for attachment in client.list_us_program_brief_attachments(brief_id):
                print(attachment.id, attachment.type_, attachment.file_name)
        """
        return self._pager(self._requests.list_us_program_brief_attachments(program_brief_id, skip, top))

    @azure_keywords
    def delete_us_program_brief_attachment(
        self, program_brief_id: str | UUID, attachment_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> None:
        """Remove an attachment from a brief.

        Example::

            client.delete_us_program_brief_attachment(brief_id, attachment_id)
        """
        self._send(self._requests.delete_us_program_brief_attachment(program_brief_id, attachment_id))
