"""ShortCodesClient: the short codes and US program briefs of an Azure Communication Services resource.

The official Python SDK has no short codes; this client follows the same conventions as
:class:`~acs_phonenumbers.PhoneNumbersClient` and runs on the same machinery: options, auth, retries, logging and
transport injection (``_config``), the error tree (``_errors``), pagers (``_paging``), and the request specs and
response capture of ``_phone_numbers`` (``_Call`` / ``_Paged``). As there, each public method is one line over a
pure request builder (:class:`_ShortCodesRequests`) that the async client in ``aio/`` shares.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType, TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar, Unpack
from uuid import UUID

import httpx

from acs_shortcodes_generated.api.short_codes import (
    short_codes_delete_us_program_brief,
    short_codes_get_short_codes,
    short_codes_get_us_program_brief,
    short_codes_get_us_program_briefs,
    short_codes_submit_us_program_brief,
    short_codes_upsert_us_program_brief,
)
from acs_shortcodes_generated.client import Client as GeneratedClient
from acs_shortcodes_generated.models import ShortCode, ShortCodes, USProgramBrief, USProgramBriefs

from ._config import DEFAULT_TIMEOUT, ClientOptions, build_sync_client
from ._credentials import AzureKeyCredential, KeyCredential, TokenCredential, parse_connection_string
from ._errors import HttpResponseError, InvalidArgumentError, error_from_response
from ._paging import ItemPaged, PageData, page_items, resolve_next_link
from ._phone_numbers import (
    _RAW_CAPTURE,
    DEFAULT_RETRY,
    ClientKeywords,
    RawResponse,
    _Call,
    _Paged,
    _Undecodable,
    forget_response,
    raw_capture,
    raw_result,
    remember_response,
    take_response,
)
from ._polling import DEFAULT_POLLING_INTERVAL
from ._program_briefs import check_program_brief, program_brief_from_dict
from ._retry import RetryPolicy
from ._validation import ensure_endpoint, ensure_uuid

__all__ = ["SHORT_CODES_API_VERSION", "ShortCodesClient", "ShortCodesClientWithRawResponse"]

SHORT_CODES_API_VERSION = "2021-10-25-preview"
"""The only API version of short codes (a preview), and the one our OpenAPI document describes."""

T = TypeVar("T")
P = ParamSpec("P")


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


class _ShortCodesRequests:
    """Every operation as pure request preparation (argument checks, body, expected statuses); sync and async."""

    def __init__(self, *, endpoint: str, options: ClientOptions) -> None:
        self.endpoint = endpoint
        self.api_version = options.api_version

    def _call(self, operation: ModuleType, expected: Iterable[int], parse: Callable[[Any], T], **kw: Any) -> _Call[T]:
        return _Call(operation, {**kw, "api_version": self.api_version}, frozenset(expected), parse)

    def _paged(
        self, operation: ModuleType, page_model: Callable[[Mapping[str, Any]], object], items_attr: str, **kw: Any
    ) -> _Paged[Any]:
        def first_page(page: object) -> PageData[Any]:
            return page_items(page, items_attr)

        return _Paged(self._call(operation, (200,), first_page, **kw), page_model, items_attr)

    def list_short_codes(self, skip: int, top: int) -> _Paged[ShortCode]:
        return self._paged(
            short_codes_get_short_codes,
            ShortCodes.from_dict,
            "short_codes",
            skip=_page_arg(skip, "skip", 0),
            top=_page_arg(top, "top", 1),
        )

    def list_us_program_briefs(self, skip: int, top: int) -> _Paged[USProgramBrief]:
        return self._paged(
            short_codes_get_us_program_briefs,
            USProgramBriefs.from_dict,
            "program_briefs",
            skip=_page_arg(skip, "skip", 0),
            top=_page_arg(top, "top", 1),
        )

    def get_us_program_brief(self, program_brief_id: str | UUID) -> _Call[USProgramBrief]:
        return self._call(short_codes_get_us_program_brief, (200,), _same, program_brief_id=_brief_id(program_brief_id))

    def upsert_us_program_brief(
        self, program_brief_id: str | UUID, program_brief: USProgramBrief | Mapping[str, Any]
    ) -> _Call[USProgramBrief]:
        brief_id = _brief_id(program_brief_id)
        if isinstance(program_brief, USProgramBrief):
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
        return self._call(short_codes_upsert_us_program_brief, (200, 201), _same, program_brief_id=brief_id, body=brief)

    def delete_us_program_brief(self, program_brief_id: str | UUID) -> _Call[None]:
        return self._call(
            short_codes_delete_us_program_brief, (204, 200), _none, program_brief_id=_brief_id(program_brief_id)
        )

    def submit_us_program_brief(self, program_brief_id: str | UUID) -> _Call[USProgramBrief]:
        return self._call(
            short_codes_submit_us_program_brief, (200,), _same, program_brief_id=_brief_id(program_brief_id)
        )

    def next_page_url(self, next_link: str) -> str:
        """The absolute URL of a next link, on this client's endpoint, carrying the api-version."""
        return resolve_next_link(next_link, self.endpoint, self.api_version)

    def next_page(self, paged: _Paged[T], response: httpx.Response) -> PageData[T]:
        """Items and next link of a page fetched from a next link."""
        if response.status_code != 200:
            raise error_from_response(response)
        try:
            model = paged.page_model(response.json())
        except (KeyError, TypeError, ValueError) as exc:
            raise HttpResponseError(f"the page could not be decoded: {exc!r}", response=response) from None
        return page_items(model, paged.items_attr)


def prepare_client(
    endpoint: str,
    *,
    owner: str,
    api_version: str,
    retry: RetryPolicy,
    timeout: float | httpx.Timeout | None,
    polling_interval: float,
    user_agent: str | None,
    accepted_language: str | None,
    verify: bool | str | ssl.SSLContext,
) -> tuple[str, ClientOptions, _ShortCodesRequests]:
    """Validated endpoint and options, and the request builder; shared by the sync and async constructors."""
    if isinstance(endpoint, str) and "://" not in endpoint and endpoint.strip():
        endpoint = "https://" + endpoint.strip()  # as PhoneNumbersClient: a bare host name means https
    base_url = ensure_endpoint(endpoint)
    options: dict[str, Any] = {
        "api_version": api_version,
        "retry": retry,
        "polling_interval": polling_interval,
        "user_agent": user_agent,
        "accepted_language": accepted_language,
        "verify": verify,
    }
    if timeout is not DEFAULT_TIMEOUT:  # the default defers to a given http_client's own timeout
        options["timeout"] = timeout
    client_options = ClientOptions.create(default_api_version=SHORT_CODES_API_VERSION, owner=owner, **options)
    return base_url, client_options, _ShortCodesRequests(endpoint=base_url, options=client_options)


def _raw(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[ShortCodesClientWithRawResponse, P], RawResponse[T]]:
    """Wrap a client method so that it returns :class:`RawResponse` (the HTTP response and the usual value)."""

    @functools.wraps(method)
    def call(self: ShortCodesClientWithRawResponse, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured, token = raw_capture()
        try:
            parsed = method(self._client, *args, **kwargs)
        except BaseException:
            _RAW_CAPTURE.reset(token)
            raise
        return raw_result(captured, token, parsed)

    return call


class ShortCodesClient:
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

    def __init__(
        self,
        endpoint: str,
        credential: KeyCredential | TokenCredential | str,
        *,
        api_version: str = SHORT_CODES_API_VERSION,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        polling_interval: float = DEFAULT_POLLING_INTERVAL,
        user_agent: str | None = None,
        accepted_language: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self._endpoint, options, self._requests = prepare_client(
            endpoint,
            owner=type(self).__name__,
            api_version=api_version,
            retry=retry,
            timeout=timeout,
            polling_interval=polling_interval,
            user_agent=user_agent,
            accepted_language=accepted_language,
            verify=verify,
        )
        self._http = build_sync_client(self._endpoint, credential, options, transport, http_client)
        self._http.event_hooks["response"].append(remember_response)
        self._generated = GeneratedClient(base_url=self._endpoint).set_httpx_client(self._http)

    @classmethod
    def from_connection_string(cls, conn_str: str, **options: Unpack[ClientKeywords]) -> Self:
        """A client from a connection string (``endpoint=https://...;accesskey=...``), with the same options.

        Example::

            client = ShortCodesClient.from_connection_string(os.environ["COMMUNICATION_CONNECTION_STRING"])
        """
        parsed = parse_connection_string(conn_str)
        return cls(parsed.endpoint, AzureKeyCredential(parsed.access_key), **options)

    # -- plumbing (as PhoneNumbersClient's) -----------------------------------------------------------------------

    def _exchange(self, call: _Call[T]) -> tuple[T, httpx.Response]:
        forget_response()
        try:
            parsed: Any = call.operation.sync_detailed(client=self._generated, **call.kwargs).parsed
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the generated parser choked on the body
            response = take_response(exc)
            return call.outcome(response, _Undecodable(exc)), response
        response = take_response()
        return call.outcome(response, parsed), response

    def _send(self, call: _Call[T]) -> T:
        return self._exchange(call)[0]

    def _pager(self, paged: _Paged[T]) -> ItemPaged[T]:
        def next_page(link: str) -> PageData[T]:
            return self._requests.next_page(paged, self._http.get(self._requests.next_page_url(link)))

        return ItemPaged(lambda: self._send(paged.first), next_page)

    # -- lifecycle ------------------------------------------------------------------------------------------------

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client (``acs_shortcodes_generated``), sharing this client's auth and retries."""
        return self._generated

    @property
    def with_raw_response(self) -> ShortCodesClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (the ``httpx.Response`` and the value).

        Example::

            raw = client.with_raw_response.get_us_program_brief(brief_id)
            print(raw.status_code, raw.headers["MS-CV"], raw.parsed.status)
        """
        return ShortCodesClientWithRawResponse(self)

    def close(self) -> None:
        """Close the connections this client opened (a given ``http_client`` is left open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self._endpoint!r}, api_version={self._requests.api_version!r})"

    # -- short codes ----------------------------------------------------------------------------------------------

    def list_short_codes(self, *, skip: int = 0, top: int = 100) -> ItemPaged[ShortCode]:
        """The short codes this resource has acquired, fetched lazily page by page (``top`` per page).

        Example::

            for short_code in client.list_short_codes():
                print(short_code.number, short_code.number_type, short_code.program_brief_ids)
        """
        return self._pager(self._requests.list_short_codes(skip, top))

    # -- US program briefs ----------------------------------------------------------------------------------------

    def list_us_program_briefs(self, *, skip: int = 0, top: int = 100) -> ItemPaged[USProgramBrief]:
        """Every US program brief of this resource, fetched lazily page by page (``top`` per page).

        Example::

            for brief in client.list_us_program_briefs():
                print(brief.id, brief.status, brief.program_details.name)
        """
        return self._pager(self._requests.list_us_program_briefs(skip, top))

    def get_us_program_brief(self, program_brief_id: str | UUID) -> USProgramBrief:
        """One program brief, with its status, costs and review notes; ResourceNotFoundError if there is none.

        Example::

            brief = client.get_us_program_brief("146b433f-d774-40b9-9138-55d386208725")
            print(brief.status, [note.message for note in brief.review_notes or []])
        """
        return self._send(self._requests.get_us_program_brief(program_brief_id))

    def upsert_us_program_brief(
        self, program_brief_id: str | UUID, program_brief: USProgramBrief | Mapping[str, Any]
    ) -> USProgramBrief:
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

    def delete_us_program_brief(self, program_brief_id: str | UUID) -> None:
        """Delete a brief that has not been submitted (the service refuses to delete a submitted one).

        Example::

            client.delete_us_program_brief(brief_id)
        """
        self._send(self._requests.delete_us_program_brief(program_brief_id))

    def submit_us_program_brief(self, program_brief_id: str | UUID) -> USProgramBrief:
        """Hand a draft brief to review; returns it with status ``submitted``.

        Example::

            submitted = client.submit_us_program_brief(brief_id)
            assert submitted.status == ProgramBriefStatus.SUBMITTED
        """
        return self._send(self._requests.submit_us_program_brief(program_brief_id))


class ShortCodesClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse`.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: ShortCodesClient) -> None:
        self._client = client

    get_us_program_brief = _raw(ShortCodesClient.get_us_program_brief)
    upsert_us_program_brief = _raw(ShortCodesClient.upsert_us_program_brief)
    delete_us_program_brief = _raw(ShortCodesClient.delete_us_program_brief)
    submit_us_program_brief = _raw(ShortCodesClient.submit_us_program_brief)
