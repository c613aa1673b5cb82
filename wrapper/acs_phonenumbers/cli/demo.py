"""`acs-phonenumbers demo`: the whole lifecycle against an embedded emulator, narrated.

Nothing leaves the machine: the emulator runs in this process on 127.0.0.1 with a throwaway database. Each step
prints the command that does the same against a real resource, then what happened.
"""

from __future__ import annotations

import sys
import time
import uuid
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.rule import Rule

from .output import OutputFormat, Renderer, make_console
from .progress import Reporter
from .state import get_state

RULE_WIDTH = 100
"""The widest a step's heading rule is drawn (an unlimited pipe would otherwise get a line thousands wide)."""

# A small but complete brief, as a file given to `program-briefs create` would hold it (service field names).
DRAFT_BRIEF: dict[str, Any] = {
    "programDetails": {
        "isVanity": False,
        "numberType": "shortCode",
        "isPoliticalCampaign": False,
        "name": "Contoso Shipping",
        "description": "Shipping notifications for Contoso customers",
        "url": "https://www.contoso.com/shipping",
        "callToActionTypes": ["website"],
        "callToActionUrl": "https://www.contoso.com/shipping/signup",
        "callToAction": "Sign up on contoso.com for shipping texts. Msg & data rates may apply.",
        "termsOfServiceUrl": "https://www.contoso.com/shipping/terms",
        "privacyPolicyUrl": "https://www.contoso.com/shipping/privacy",
        "expectedDateOfService": "2030-01-01T00:00:00+00:00",
    },
    "companyInformation": {
        "name": "Contoso",
        "url": "https://www.contoso.com",
        "address": "1 Contoso Way, Redmond, WA",
        "contactInformation": {"name": "Jane Doe", "phone": "+14255550100", "email": "jane.doe@contoso.com"},
        "customerCareInformation": {"tollFreeNumber": "+18005550100", "email": "care@contoso.com"},
    },
}
BRIEF_UPDATE: dict[str, Any] = {
    "messageDetails": {
        "supportedProtocol": "sms",
        "recurrence": "transaction",
        "helpAnswerToUser": "Contoso Shipping: reply STOP to opt out.",
        "optOutAnswerToUser": "You will get no more messages from Contoso Shipping.",
        "optInMessageToUser": "Reply Y to get shipping updates from Contoso.",
        "optInAnswerFromUser": "Y",
        "optInConfirmationMessageToUser": "Welcome to Contoso Shipping updates. Msg & data rates may apply.",
        "directionality": "twoWay",
        "useCases": [
            {
                "contentType": "deliveryNotification",
                "examples": [{"messages": [{"direction": "toUser", "text": "Your package ships today."}]}],
            }
        ],
    },
    "trafficDetails": {
        "totalMonthlyVolume": 5000,
        "monthlyAverageMessagesFromUser": 1,
        "monthlyAverageMessagesToUser": 3,
        "isSpiky": False,
    },
}


class Narrator:
    """Prints the steps of the demo."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.step = 0

    def title(self, text: str, command: str | None = None) -> None:
        self.step += 1
        self.console.print()
        self.console.print(Rule(f"[bold]{self.step}. {text}", align="left"), width=min(self.console.width, RULE_WIDTH))
        if command:
            self.console.print(f"[dim]$ acs-phonenumbers {command}[/dim]", highlight=False, soft_wrap=True)

    def say(self, text: str) -> None:
        self.console.print(text, highlight=False)

    def verbatim(self, text: str) -> None:
        """A line to copy (a connection string, a command): whole on one line, however narrow the terminal."""
        self.console.print(text, markup=False, highlight=False, soft_wrap=True, crop=False)


def demo(
    ctx: typer.Context,
    lro_seconds: Annotated[
        float, typer.Option("--lro-seconds", min=0.0, help="How long each emulated long-running operation takes.")
    ] = 0.2,
) -> None:
    """Walk the whole lifecycle against an embedded emulator: search, purchase, update, list, release numbers,
    then draft, update, submit and list a short-code program brief. Needs no Azure resource."""
    from .._models import PhoneNumberCapabilities, PhoneNumberCapabilityType
    from .._phone_numbers import PhoneNumbersClient
    from .._program_briefs import program_brief_from_dict
    from .._short_codes import ShortCodesClient

    try:
        from ..emulator.server import Emulator
    except ModuleNotFoundError as exc:
        from .._extras import require_or_exit

        require_or_exit("emulator", "acs-phonenumbers demo", exc)

    state = get_state(ctx)
    started = time.monotonic()
    console = make_console(sys.stdout)
    say = Narrator(console)
    render = Renderer(OutputFormat.TABLE)
    reporter = Reporter(quiet=state.quiet)
    polling = max(0.05, lro_seconds / 4)

    state.doing("starting the embedded emulator")
    with Emulator(lro_seconds=lro_seconds) as emu:
        say.say(
            f"Embedded emulator listening on [bold]{emu.endpoint}[/bold] (long-running operations take {lro_seconds}s)."
        )
        say.say("Against it, every command works with --connection-string and this (one line, never wrapped):")
        say.verbatim(emu.connection_string)
        numbers = PhoneNumbersClient.from_connection_string(emu.connection_string, polling_interval=polling)
        briefs = ShortCodesClient.from_connection_string(emu.connection_string)
        with numbers, briefs:
            say.title("What can be bought in the US", "offerings US")
            state.doing("listing offerings")
            render.pages(numbers.list_available_offerings("US").by_page(), "offerings")

            say.title("Search for two toll-free numbers", "numbers search --country US --type tollFree -n 2")
            state.doing("searching for numbers")
            search = reporter.wait(
                numbers.begin_search_available_phone_numbers(
                    "US",
                    "tollFree",
                    "application",
                    PhoneNumberCapabilities(
                        calling=PhoneNumberCapabilityType.INBOUND_OUTBOUND, sms=PhoneNumberCapabilityType.NONE
                    ),
                    quantity=2,
                ),
                "search",
            )
            render.one(search)
            found = list(search.phone_numbers)

            say.title("Purchase them", f"numbers purchase {search.search_id}")
            state.doing(f"purchasing search {search.search_id}")
            reporter.wait(numbers.begin_purchase_phone_numbers(search.search_id), "purchase")
            say.say(f"Purchased {', '.join(found)}.")

            first = found[0]
            say.title("Turn on SMS for the first number", f"numbers update {first} --sms inbound+outbound")
            state.doing(f"updating {first}")
            updated = reporter.wait(
                numbers.begin_update_phone_number_capabilities(first, sms="inbound+outbound"), "update"
            )
            render.one(updated)

            say.title("List the numbers the resource owns", "numbers list")
            state.doing("listing purchased numbers")
            render.pages(numbers.list_purchased_phone_numbers().by_page(), "purchased")

            say.title("Release them", "numbers release " + " ".join(found))
            for number in found:
                state.doing(f"releasing {number}")
                reporter.wait(numbers.begin_release_phone_number(number), f"release {number}")
            state.doing("listing purchased numbers")
            left = sum(1 for _ in numbers.list_purchased_phone_numbers())
            say.say(f"Released {len(found)} numbers; the resource now owns {left}.")

            brief_id = str(uuid.uuid4())
            say.title("Draft a short-code program brief", f"program-briefs create brief.yaml --id {brief_id}")
            state.doing(f"creating program brief {brief_id}")
            draft = briefs.upsert_us_program_brief(brief_id, program_brief_from_dict({"id": brief_id, **DRAFT_BRIEF}))
            say.say(f"Drafted brief {brief_id}: status {_field(draft, 'status')}.")

            say.title("Add the message and traffic details", f"program-briefs update {brief_id} more.yaml")
            state.doing(f"updating program brief {brief_id}")
            briefs.upsert_us_program_brief(brief_id, program_brief_from_dict({"id": brief_id, **BRIEF_UPDATE}))
            say.say("Updated the draft (a merge-patch: fields not sent are kept).")

            say.title("Submit it for review", f"program-briefs submit {brief_id}")
            state.doing(f"submitting program brief {brief_id}")
            submitted = briefs.submit_us_program_brief(brief_id)
            say.say(f"Submitted: status {_field(submitted, 'status')}.")

            say.title("The brief is approved (the emulator plays the review)")
            state.doing(f"approving program brief {brief_id} in the emulator")
            emu.review_program_brief(brief_id, "approved", note="Approved by the carriers.")
            say.say("Approved, with a short code for the program (the service does this step itself).")

            say.title("List program briefs", "program-briefs list")
            state.doing("listing program briefs")
            render.pages(briefs.list_us_program_briefs().by_page(), "program-briefs")

            say.title("List the short codes", "short-codes list")
            state.doing("listing short codes")
            render.pages(briefs.list_short_codes().by_page(), "short-codes")

    console.print()
    console.print(
        Rule(f"[bold green]Demo finished in {time.monotonic() - started:.1f}s", align="left"),
        width=min(console.width, RULE_WIDTH),
    )
    say.say("The embedded emulator stopped with the demo. To keep one running for your own commands, start:")
    say.verbatim("acs-phonenumbers emulator serve --port 8080")
    say.say("It prints its connection string first: pass it as --connection-string or set ACS_CONNECTION_STRING.")


def _field(model: Any, name: str) -> str:
    value = getattr(model, name, None)
    return str(getattr(value, "value", value)) if value is not None else "unknown"
