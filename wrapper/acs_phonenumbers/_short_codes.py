"""ShortCodesClient: the short codes and US program briefs of an Azure Communication Services resource.

The official Python SDK has no short codes; this client follows the same conventions as
:class:`~acs_phonenumbers.PhoneNumbersClient` and runs on the same machinery (:mod:`acs_phonenumbers._base`):
options, auth, retries, logging, transport injection, the error tree and pagers. As there, each public method is
one line over a pure request builder (:class:`_ShortCodesRequests`) that the async client in ``aio/`` shares.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, Unpack
from uuid import UUID

from acs_shortcodes_generated import models
from acs_shortcodes_generated.api import short_codes as operations
from acs_shortcodes_generated.client import Client as GeneratedClient

from ._base import Call, Paged, Requests, SyncClient, raw
from ._compat import AzureCallKeywords, azure_keywords
from ._errors import AcsError, InvalidArgumentError
from ._paging import ItemPaged
from ._program_briefs import check_program_brief, program_brief_from_dict
from ._reconcile import Check, Keyed, json_of, needs_check, run_check
from ._validation import ensure_uuid

__all__ = ["SHORT_CODES_API_VERSION", "ShortCodesClient", "ShortCodesClientWithRawResponse"]

SHORT_CODES_API_VERSION = "2021-10-25-preview"
"""The only API version of short codes (a preview), and the one our OpenAPI document describes."""

T = TypeVar("T")


# A brief in these statuses can still be (re)submitted: a submit has not taken effect.
_EDITABLE_STATUSES = frozenset({"draft", "updateProgramBrief", "submitNewVanityNumbers"})


def _same(value: T) -> T:
    return value


def _none(_: Any) -> None:
    return None


def _brief_id(value: Any) -> UUID:
    return UUID(ensure_uuid(value, "program_brief_id"))


def _page_arg(value: Any, name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise InvalidArgumentError(f"{name} must be an int >= {minimum}, got {value!r}")
    return value


class _ShortCodesRequests(Requests):
    """Every operation as pure request preparation (argument checks, body, expected statuses); sync and async."""

    def list_short_codes(self, skip: int, top: int) -> Paged[models.ShortCode]:
        return self.paged(
            operations.short_codes_get_short_codes,
            models.ShortCodes.from_dict,
            "short_codes",
            skip=_page_arg(skip, "skip", 0),
            top=_page_arg(top, "top", 1),
        )

    def list_us_program_briefs(self, skip: int, top: int) -> Paged[models.USProgramBrief]:
        return self.paged(
            operations.short_codes_get_us_program_briefs,
            models.USProgramBriefs.from_dict,
            "program_briefs",
            skip=_page_arg(skip, "skip", 0),
            top=_page_arg(top, "top", 1),
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
            raise TypeError(
                f"program_brief must be a USProgramBrief or a mapping of its JSON fields, "
                f"got {type(program_brief).__name__}"
            )
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


class ShortCodesClient(SyncClient[_ShortCodesRequests, GeneratedClient]):
    """A client for the short codes and US program briefs of Azure Communication Services.

    Constructed, configured and closed exactly like :class:`~acs_phonenumbers.PhoneNumbersClient` (same
    credentials, keyword options, retries, errors and pagers); ``api_version`` defaults to the only short-codes
    version, ``2021-10-25-preview``. A program brief id is a UUID you choose; ids, URLs, e-mail addresses and
    phone numbers in a brief are checked before anything is sent (``ValueError`` naming the field).

    Example::

        from acs_phonenumbers import ShortCodesClient, load_program_brief

        with ShortCodesClient.from_connection_string(conn_str) as client:
            brief = load_program_brief("brief.yaml")
            client.upsert_us_program_brief(brief.id, brief)
            client.submit_us_program_brief(brief.id)
            for short_code in client.list_short_codes():
                print(short_code.number, short_code.program_brief_ids)

    :param endpoint: ``https://<resource>.communication.azure.com`` (``http://`` is allowed for the emulator).
    :param credential: an ``AzureKeyCredential`` (anything with ``.key``) or a token credential with
        ``get_token(*scopes)`` such as ``azure.identity.DefaultAzureCredential``.
    :keyword api_version: the service API version.
    :keyword transport: an ``httpx.BaseTransport`` to send through (e.g. ``httpx.MockTransport`` in tests).
    :keyword http_client: a ready ``httpx.Client`` whose pool, proxies and TLS settings are used; it is not
        modified, and not closed by :meth:`close`.
    :keyword retry: a :class:`~acs_phonenumbers.RetryPolicy`; ``RetryPolicy.disabled()`` sends each request once.
    :keyword timeout: seconds or an ``httpx.Timeout`` for each request (``None``: no timeout).
    :keyword polling_interval: accepted for symmetry with PhoneNumbersClient (no short-codes operation polls).
    :keyword user_agent: a prefix for the User-Agent header naming your application.
    :keyword accepted_language: sent as Accept-Language.
    :keyword verify: TLS verification: ``True``, ``False`` or the path of a CA bundle (the emulator's ``ca_file``).
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
        return ShortCodesClientWithRawResponse(self)

    # -- short codes ----------------------------------------------------------------------------------------------

    @azure_keywords
    def list_short_codes(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.ShortCode]:
        """The short codes this resource has acquired, fetched lazily page by page (``top`` per page).

        Example::

            for short_code in client.list_short_codes():
                print(short_code.number, short_code.number_type, short_code.program_brief_ids)
        """
        return self._pager(self._requests.list_short_codes(skip, top))

    # -- US program briefs ----------------------------------------------------------------------------------------

    @azure_keywords
    def list_us_program_briefs(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.USProgramBrief]:
        """Every US program brief of this resource, fetched lazily page by page (``top`` per page).

        Example::

            for brief in client.list_us_program_briefs():
                print(brief.id, brief.status, brief.program_details.name)
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


class ShortCodesClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse`.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: ShortCodesClient) -> None:
        self._client = client

    get_us_program_brief = raw(ShortCodesClient.get_us_program_brief)
    upsert_us_program_brief = raw(ShortCodesClient.upsert_us_program_brief)
    delete_us_program_brief = raw(ShortCodesClient.delete_us_program_brief)
    submit_us_program_brief = raw(ShortCodesClient.submit_us_program_brief)
