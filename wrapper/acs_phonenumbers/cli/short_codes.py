"""`acs-phonenumbers short-codes list|costs` and `acs-phonenumbers program-briefs ...` (US program briefs and their
attachments)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .commands import Message, command, said
from .errors import UsageProblem
from .files import read_document
from .options import command_group
from .state import CliState

if TYPE_CHECKING:
    from acs_shortcodes_generated.models import USProgramBrief

short_codes_app = command_group("Short codes owned by the resource, and what short codes cost.")
program_briefs_app = command_group(
    "US program briefs: the application for a short code. Draft from a JSON or YAML file, update, attach "
    "supporting files, submit."
)

BriefIdArg = Annotated[str, typer.Argument(help="The program brief id (a UUID).", show_default=False)]
BriefFileArg = Annotated[
    Path,
    typer.Argument(
        help="The brief as JSON or YAML (.json, .yaml, .yml) with the service's field names "
        "(programDetails, companyInformation, messageDetails, trafficDetails).",
        dir_okay=False,
        show_default=False,
    ),
]


@short_codes_app.command("list")
@command("listing short codes", view="short-codes")
def list_short_codes(state: CliState) -> Any:
    """List the short codes the resource owns (streamed page by page)."""
    return state.short_codes().list_short_codes()


@short_codes_app.command("costs")
@command("listing short-code costs", view="short-code-costs")
def list_costs(state: CliState) -> Any:
    """List what a short code costs per country: once and monthly, vanity or not (streamed page by page)."""
    return state.short_codes().list_short_code_costs()


def read_brief_file(path: Path) -> dict[str, Any]:
    """The JSON or YAML object in `path` (UsageProblem when it cannot be read or is not an object)."""
    data = read_document(path, "a program brief file")
    if not isinstance(data, dict):
        raise UsageProblem(f"{path}: a program brief must be an object of fields, not {type(data).__name__}")
    return data


def _brief(path: Path, brief_id: str) -> USProgramBrief:
    from .._program_briefs import check_program_brief, program_brief_from_dict

    data = read_brief_file(path)
    in_file = data.get("id")
    if in_file is not None and str(in_file).lower() != brief_id.lower():
        raise UsageProblem(f"{path} has id {in_file}, but the command is for program brief {brief_id}")
    data["id"] = brief_id
    try:
        brief = program_brief_from_dict(data)
        check_program_brief(brief)
    except ValueError as exc:
        raise UsageProblem(f"{path}: {exc}") from exc
    return brief


@program_briefs_app.command("create")
@command()
def create(
    state: CliState,
    file: BriefFileArg,
    brief_id: Annotated[
        str | None,
        typer.Option(
            "--id", help="Id for the new brief (default: the file's `id`, else a new UUID).", show_default=False
        ),
    ] = None,
) -> Any:
    """Draft a new program brief from a file; prints the brief (with its id)."""
    file_id = read_brief_file(file).get("id")
    chosen = brief_id or (str(file_id) if file_id else str(uuid.uuid4()))
    brief = _brief(file, chosen)
    state.doing(f"creating program brief {chosen}")
    return state.short_codes().upsert_us_program_brief(chosen, brief)


@program_briefs_app.command("update")
@command()
def update(state: CliState, brief_id: BriefIdArg, file: BriefFileArg) -> Any:
    """Update a draft brief with the fields in a file (fields not in the file are left as they are)."""
    brief = _brief(file, brief_id)
    state.doing(f"updating program brief {brief_id}")
    return state.short_codes().upsert_us_program_brief(brief_id, brief)


@program_briefs_app.command("show")
@command("getting program brief {brief_id}")
def show(state: CliState, brief_id: BriefIdArg) -> Any:
    """Show a program brief, with its status and review notes."""
    return state.short_codes().get_us_program_brief(brief_id)


@program_briefs_app.command("list")
@command("listing program briefs", view="program-briefs")
def list_briefs(state: CliState) -> Any:
    """List US program briefs (streamed page by page)."""
    return state.short_codes().list_us_program_briefs()


@program_briefs_app.command("submit")
@command("submitting program brief {brief_id}")
def submit(state: CliState, brief_id: BriefIdArg) -> Any:
    """Submit a draft brief for review; prints the brief with its new status."""
    return state.short_codes().submit_us_program_brief(brief_id)


@program_briefs_app.command("delete")
@command("deleting program brief {brief_id}")
def delete(state: CliState, brief_id: BriefIdArg) -> Message:
    """Delete a program brief."""
    state.short_codes().delete_us_program_brief(brief_id)
    return said(f"Deleted program brief {brief_id}.", programBriefId=brief_id, status="deleted")


AttachmentIdArg = Annotated[str, typer.Argument(help="The attachment id (a UUID).", show_default=False)]


@program_briefs_app.command("attach")
@command("attaching {file} to program brief {brief_id}")
def attach(
    state: CliState,
    brief_id: BriefIdArg,
    file: Annotated[
        Path,
        typer.Argument(
            help="The file to attach: .png, .jpg, .jpeg or .pdf (the file type comes from the suffix).",
            dir_okay=False,
            show_default=False,
        ),
    ],
    attachment_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="What the file shows: callToAction, termsOfService, privacyPolicy or other "
            "(default: from words in the file name, else other).",
            show_default=False,
        ),
    ] = None,
    attachment_id: Annotated[
        str | None, typer.Option("--id", help="Id for the attachment (default: a new UUID).", show_default=False)
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="File name to give it (default: the file's name).", show_default=False)
    ] = None,
) -> Any:
    """Attach a supporting file to a program brief; prints the attachment (its size, never its content)."""
    client = state.short_codes()
    try:
        return client.attach_file(
            brief_id, file, attachment_type=attachment_type, attachment_id=attachment_id, file_name=name
        )
    except OSError as exc:
        raise UsageProblem(f"cannot read {file}: {exc.strerror or exc}") from exc


@program_briefs_app.command("attachments")
@command("listing the attachments of program brief {brief_id}", view="attachments")
def attachments(state: CliState, brief_id: BriefIdArg) -> Any:
    """List the attachments of a program brief (streamed page by page)."""
    return state.short_codes().list_us_program_brief_attachments(brief_id)


@program_briefs_app.command("detach")
@command("removing attachment {attachment_id} from program brief {brief_id}")
def detach(state: CliState, brief_id: BriefIdArg, attachment_id: AttachmentIdArg) -> Message:
    """Remove an attachment from a program brief."""
    state.short_codes().delete_us_program_brief_attachment(brief_id, attachment_id)
    return said(
        f"Removed attachment {attachment_id} from program brief {brief_id}.",
        programBriefId=brief_id,
        attachmentId=attachment_id,
        status="deleted",
    )
