"""Program-brief attachments: the checks that need no round trip, and a file on disk turned into an attachment.

A file is attached in two steps that both clients share: :func:`plan_attachment_file` (the checks that need no
disk) and :func:`load_attachment_file` (stat, read, encode), which the async client runs in a worker thread.

Only what no request could survive is refused here (``InvalidArgumentError`` naming the field): content that is not
base64, empty content, content larger than the service takes, an empty file name, and, for a path, a file whose
type cannot be told from its name. Attachment and file types are open enums: a value this library does not know is
sent as given, and the service decides.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from ._errors import InvalidArgumentError
from ._validation import ensure_str, wrong_type

__all__ = [
    "FILE_TYPES_BY_SUFFIX",
    "MAX_ATTACHMENT_BYTES",
    "AttachmentFile",
    "AttachmentPlan",
    "aload_attachment_file",
    "attachment_type_for_name",
    "decoded_size",
    "load_attachment_file",
    "plan_attachment_file",
    "read_attachment_file",
]

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
"""The largest attachment (decoded bytes) sent. The service publishes no limit; this is the one our OpenAPI document
states (``x-acs-max-attachment-bytes`` on ProgramBriefAttachment) and the emulator enforces."""

FILE_TYPES_BY_SUFFIX = {".png": "png", ".jpg": "jpg", ".jpeg": "jpeg", ".pdf": "pdf"}
"""The service's file types (FileType), by file-name suffix (case-insensitive)."""

# Words in a file name that say what the attachment is for, tried in this order; anything else is "other".
_PURPOSES = (
    ("termsOfService", re.compile(r"terms|tos\b|conditions", re.I)),
    ("privacyPolicy", re.compile(r"privacy", re.I)),
    ("callToAction", re.compile(r"call[\W_]*to[\W_]*action|\bcta\b|opt[\W_]*in", re.I)),
)


def _limit_text() -> str:
    return f"{MAX_ATTACHMENT_BYTES} bytes ({MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB)"


def decoded_size(file_content_base64: object) -> int:
    """The size of base64 content once decoded; InvalidArgumentError when it is not base64, empty or too large."""
    if not isinstance(file_content_base64, str):
        hint = " (encode bytes with base64.b64encode(data).decode())" if isinstance(file_content_base64, bytes) else ""
        raise wrong_type("file_content_base64", "a base64 str" + hint, file_content_base64)
    if not file_content_base64:
        raise InvalidArgumentError("file_content_base64 is empty: an attachment needs content")
    if len(file_content_base64) > 4 * -(-MAX_ATTACHMENT_BYTES // 3):
        raise InvalidArgumentError(f"file_content_base64 holds more than the service takes, {_limit_text()}")
    try:
        size = len(base64.b64decode(file_content_base64, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise InvalidArgumentError(f"file_content_base64 is not valid base64: {exc}") from None
    if size == 0:
        raise InvalidArgumentError("file_content_base64 decodes to no bytes: an attachment needs content")
    return size


def attachment_type_for_name(name: str) -> str:
    """What an attachment is for, from words in its file name ("terms", "privacy", "call-to-action"); else other."""
    stem = Path(name).stem
    for purpose, words in _PURPOSES:
        if words.search(stem):
            return purpose
    return "other"


@dataclass(frozen=True)
class AttachmentFile:
    """A file read for attaching: everything ``create_or_replace_us_program_brief_attachment`` takes."""

    attachment_id: str
    file_name: str
    file_type: str
    file_content_base64: str
    attachment_type: str
    size: int


@dataclass(frozen=True)
class AttachmentPlan:
    """A path checked for attaching without touching the disk: what :func:`load_attachment_file` reads, and how."""

    path: Path
    attachment_id: str
    file_name: str
    file_type: str
    attachment_type: str


def plan_attachment_file(
    path: str | os.PathLike[str],
    *,
    attachment_type: str | None = None,
    attachment_id: str | None = None,
    file_name: str | None = None,
) -> AttachmentPlan:
    """The checks on a path that need no disk: file type from its suffix, the type from its name unless given.

    InvalidArgumentError (a ValueError) naming the file for an unknown suffix.
    """
    if file_name is not None:
        ensure_str(file_name, "file_name")
    file = Path(path)
    file_type = FILE_TYPES_BY_SUFFIX.get(file.suffix.lower())
    if file_type is None:
        known = ", ".join(FILE_TYPES_BY_SUFFIX)
        raise InvalidArgumentError(f"{file}: cannot tell the file type from its name; the service takes {known}")
    name = file.name if file_name is None else file_name
    return AttachmentPlan(
        path=file,
        attachment_id=str(uuid.uuid4()) if attachment_id is None else str(attachment_id),
        file_name=name,
        file_type=file_type,
        attachment_type=attachment_type_for_name(name) if attachment_type is None else str(attachment_type),
    )


def load_attachment_file(plan: AttachmentPlan) -> AttachmentFile:
    """Read and encode the planned file: the blocking part (the async client runs it in a worker thread).

    InvalidArgumentError naming the file when it is empty or too large (checked before reading, and again after);
    OSError when it cannot be read.
    """
    file = plan.path
    size = file.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidArgumentError(f"{file}: {size} bytes is more than the service takes, {_limit_text()}")
    content = file.read_bytes()
    if not content:
        raise InvalidArgumentError(f"{file}: the file is empty")
    if len(content) > MAX_ATTACHMENT_BYTES:  # it grew since stat()
        raise InvalidArgumentError(f"{file}: {len(content)} bytes is more than the service takes, {_limit_text()}")
    return AttachmentFile(
        attachment_id=plan.attachment_id,
        file_name=plan.file_name,
        file_type=plan.file_type,
        file_content_base64=base64.b64encode(content).decode("ascii"),
        attachment_type=plan.attachment_type,
        size=len(content),
    )


async def aload_attachment_file(plan: AttachmentPlan) -> AttachmentFile:
    """:func:`load_attachment_file` in a worker thread, so that a large file does not hold up the event loop.

    Through anyio (imported here, so that the sync client never loads it): the same under asyncio and trio. A
    thread cannot be stopped: a call cancelled during the read is cancelled once the read has ended.
    """
    import anyio.to_thread

    return await anyio.to_thread.run_sync(load_attachment_file, plan)


def read_attachment_file(
    path: str | os.PathLike[str],
    *,
    attachment_type: str | None = None,
    attachment_id: str | None = None,
    file_name: str | None = None,
) -> AttachmentFile:
    """Read ``path`` as an attachment: :func:`plan_attachment_file`, then :func:`load_attachment_file`.

    InvalidArgumentError (a ValueError) naming the file for an unknown suffix, an empty or too large file; OSError
    when it cannot be read.
    """
    plan = plan_attachment_file(path, attachment_type=attachment_type, attachment_id=attachment_id, file_name=file_name)
    return load_attachment_file(plan)
