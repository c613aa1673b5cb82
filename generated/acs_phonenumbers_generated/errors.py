"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UndecodableResponse(Exception):
    """Raised by api functions when the response's body (or status code) cannot be decoded as the document says.

    ``response`` is the ``httpx.Response``; ``error`` (also the ``__cause__``) is what the decoding raised.
    """

    def __init__(self, response: httpx.Response, error: Exception):
        self.response = response
        self.error = error
        super().__init__(f"the {response.status_code} response could not be decoded: {error!r}")


__all__ = ["UndecodableResponse", "UnexpectedStatus"]
