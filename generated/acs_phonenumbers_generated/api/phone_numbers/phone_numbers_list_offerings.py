from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.offerings_response import OfferingsResponse
from ...models.phone_number_assignment_type import PhoneNumberAssignmentType
from ...models.phone_number_type import PhoneNumberType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country_code: str,
    *,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    phone_number_type: PhoneNumberType | Unset = UNSET,
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET,
    api_version: str = "2025-06-01",
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["maxPageSize"] = max_page_size

    json_phone_number_type: str | Unset = UNSET
    if not isinstance(phone_number_type, Unset):
        json_phone_number_type = phone_number_type.value

    params["phoneNumberType"] = json_phone_number_type

    json_assignment_type: str | Unset = UNSET
    if not isinstance(assignment_type, Unset):
        json_assignment_type = assignment_type.value

    params["assignmentType"] = json_assignment_type

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/availablePhoneNumbers/countries/{country_code}/offerings".format(
        country_code=quote(str(country_code), safe=""),
    )
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | OfferingsResponse:
    if response.status_code == 200:
        response_200 = OfferingsResponse.from_dict(response.json())

        return response_200

    try:
        _error_body = response.json()
    except ValueError:
        _error_body = None
    if not isinstance(_error_body, dict) or not isinstance(_error_body.get("error"), dict):
        _error_body = {
            "error": {"code": f"Http{response.status_code}", "message": response.text[:500] or response.reason_phrase}
        }
    response_default = CommunicationErrorResponse.from_dict(_error_body)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommunicationErrorResponse | OfferingsResponse]:
    try:
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=_parse_response(client=client, response=response),
            http_response=response,
        )
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.UndecodableResponse(response, exc) from exc


def sync_detailed(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    phone_number_type: PhoneNumberType | Unset = UNSET,
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET,
    api_version: str = "2025-06-01",
    accept_language: str | Unset = UNSET,
) -> Response[CommunicationErrorResponse | OfferingsResponse]:
    """List the offerings (number type, assignment type, capabilities and price) of a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        assignment_type (PhoneNumberAssignmentType | Unset): What a number is assigned to: a
            person (user) or an application.
        api_version (str):  Default: '2025-06-01'.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | OfferingsResponse]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        skip=skip,
        max_page_size=max_page_size,
        phone_number_type=phone_number_type,
        assignment_type=assignment_type,
        api_version=api_version,
        accept_language=accept_language,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    phone_number_type: PhoneNumberType | Unset = UNSET,
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET,
    api_version: str = "2025-06-01",
    accept_language: str | Unset = UNSET,
) -> CommunicationErrorResponse | OfferingsResponse | None:
    """List the offerings (number type, assignment type, capabilities and price) of a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        assignment_type (PhoneNumberAssignmentType | Unset): What a number is assigned to: a
            person (user) or an application.
        api_version (str):  Default: '2025-06-01'.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | OfferingsResponse
    """

    return sync_detailed(
        country_code=country_code,
        client=client,
        skip=skip,
        max_page_size=max_page_size,
        phone_number_type=phone_number_type,
        assignment_type=assignment_type,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    phone_number_type: PhoneNumberType | Unset = UNSET,
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET,
    api_version: str = "2025-06-01",
    accept_language: str | Unset = UNSET,
) -> Response[CommunicationErrorResponse | OfferingsResponse]:
    """List the offerings (number type, assignment type, capabilities and price) of a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        assignment_type (PhoneNumberAssignmentType | Unset): What a number is assigned to: a
            person (user) or an application.
        api_version (str):  Default: '2025-06-01'.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | OfferingsResponse]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        skip=skip,
        max_page_size=max_page_size,
        phone_number_type=phone_number_type,
        assignment_type=assignment_type,
        api_version=api_version,
        accept_language=accept_language,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    phone_number_type: PhoneNumberType | Unset = UNSET,
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET,
    api_version: str = "2025-06-01",
    accept_language: str | Unset = UNSET,
) -> CommunicationErrorResponse | OfferingsResponse | None:
    """List the offerings (number type, assignment type, capabilities and price) of a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        assignment_type (PhoneNumberAssignmentType | Unset): What a number is assigned to: a
            person (user) or an application.
        api_version (str):  Default: '2025-06-01'.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | OfferingsResponse
    """

    return (
        await asyncio_detailed(
            country_code=country_code,
            client=client,
            skip=skip,
            max_page_size=max_page_size,
            phone_number_type=phone_number_type,
            assignment_type=assignment_type,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
