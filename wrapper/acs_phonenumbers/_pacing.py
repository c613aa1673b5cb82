"""How long a poller waits between polls: the service's Retry-After, floored and capped, else the interval.

A Retry-After of ``0`` (or below the floor) would have ``result()`` poll back to back; a huge one would park it for
years. The service's figure is raised to :data:`MIN_POLL_DELAY` when it is read, and every wait is capped at the
client's ``retry.max_backoff`` (60 s by default). ``nan`` and ``inf`` are unreadable and fall back to the polling
interval (the one Retry-After parser, :func:`acs_phonenumbers._retry.parse_retry_after`, returns None for them).
An interval the caller chose (``polling_interval=0`` included) is used as given, below the cap.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MIN_POLL_DELAY", "clamp_poll_delay", "floor_service_delay"]

MIN_POLL_DELAY: Final = 0.25
"""Seconds: the shortest wait between polls that a service's Retry-After can ask for."""


def floor_service_delay(seconds: float | None) -> float | None:
    """A Retry-After read from a response, raised to :data:`MIN_POLL_DELAY` (None stays None)."""
    return None if seconds is None else max(MIN_POLL_DELAY, seconds)


def clamp_poll_delay(retry_after: float | None, polling_interval: float, max_delay: float) -> float:
    """The wait before the next poll: ``retry_after`` if known, else ``polling_interval``; within [0, max_delay]."""
    delay = polling_interval if retry_after is None else retry_after
    return min(max(0.0, delay), max(0.0, max_delay))
