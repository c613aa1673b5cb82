"""The short-codes service's older api-version, 2021-10-25-preview, as shapes over the 2022-09-06 state.

The backend keeps briefs and short codes in their 2022-09-06 form. A request at 2021-10-25-preview is validated
against that version's document (``shortcodes-2021-10-25-preview.yaml``); its brief is renamed to the current field
names on the way in, and every brief and short code is renamed back on the way out, without what that version did not
have (attachments, callToAction, customContentType, a short code's value, a cost's country and vanity flag).

The service does not say how it maps the 41 old content categories onto the 20 content types; this mapping is the
emulator's own: the same or an obviously equivalent name where there is one, else ``other`` with the old category
in ``customContentType`` (so it comes back unchanged at 2021-10-25-preview).
"""

from __future__ import annotations

from typing import Any

PREVIEW = "2021-10-25-preview"

# (section, 2021-10-25-preview name, 2022-09-06 name)
_RENAMED = (
    ("programDetails", "signUpTypes", "callToActionTypes"),
    ("programDetails", "signUpUrl", "callToActionUrl"),
    ("messageDetails", "helpMessage", "helpAnswerToUser"),
    ("messageDetails", "optOutMessage", "optOutAnswerToUser"),
    ("messageDetails", "optInMessage", "optInMessageToUser"),
    ("messageDetails", "optInReply", "optInAnswerFromUser"),
    ("messageDetails", "confirmationMessage", "optInConfirmationMessageToUser"),
)
# 2022-09-06 fields a 2021-10-25-preview response does not carry.
_NEW_ONLY = {"programDetails": ("callToAction",), "": ("attachments",)}

_CATEGORY_TO_TYPE = {
    "accountNotification": "accountNotificationInformationalAlerts",
    "informationalAlerts": "accountNotificationInformationalAlerts",
    "ageGatedContent": "ageGatedContent",
    "conversationalMessaging": "chatConversationalMessaging",
    "smsChat": "chatConversationalMessaging",
    "deliveryNotification": "deliveryNotification",
    "mobileGivingDonations": "donationsPledge",
    "education": "education",
    "fraudAlerts": "fraudAlerts",
    "loanArrangement": "loanArrangement",
    "loyaltyProgram": "loyaltyProgram",
    "promotionalMarketing": "marketingAndPromotion",
    "mmsPictures": "mmsPicture",
    "video": "mmsVideo",
    "twoFactorAuthentication": "oneTimePasswordOrMultiFactorAuthentication",
    "political": "political",
    "publicServiceAnnouncements": "publicServiceAnnouncements",
    "securityAlerts": "securityAlerts",
    "socialMedia": "socialMedia",
    "sweepstakesContestAuction": "sweepstakesOrContest",
    "voting": "votingOrPolling",
    "other": "other",
}
# Every 2021-10-25-preview content category (MessageContentCategory).
PREVIEW_CATEGORIES = frozenset(
    [
        "ringTones",
        "smsChat",
        "video",
        "loyaltyProgramPointsPrizes",
        "gifting",
        "inApplicationBilling",
        "textToScreen",
        "games",
        "audioChat",
        "mmsPictures",
        "sweepstakesContestAuction",
        "financialBanking",
        "premiumWap",
        "queryService",
        "wallpaperScreensaver",
        "voting",
        "application",
        "mobileGivingDonations",
        "coupons",
        "loyaltyProgram",
        "noPointsPrizes",
        "informationalAlerts",
        "microBilling",
        "trivia",
        "entertainmentAlerts",
        "accountNotification",
        "ageGatedContent",
        "conversationalMessaging",
        "deliveryNotification",
        "education",
        "emergencyAlerts",
        "fraudAlerts",
        "loanArrangement",
        "onBehalfOfCarrier",
        "political",
        "promotionalMarketing",
        "publicServiceAnnouncements",
        "securityAlerts",
        "socialMedia",
        "twoFactorAuthentication",
        "other",
    ]
)
# The first old category of each content type is the one it is shown as at 2021-10-25-preview.
_TYPE_TO_CATEGORY: dict[str, str] = {}
for _category, _type in _CATEGORY_TO_TYPE.items():
    _TYPE_TO_CATEGORY.setdefault(_type, _category)


def brief_patch_from_preview(patch: dict[str, Any]) -> dict[str, Any]:
    """A 2021-10-25-preview merge-patch of a brief, in 2022-09-06 names (an explicit null stays a null)."""
    current = dict(patch)
    for section, old, new in _RENAMED:
        part = current.get(section)
        if isinstance(part, dict) and old in part:
            part = dict(part)
            part[new] = part.pop(old)
            current[section] = part
    details = current.get("messageDetails")
    if isinstance(details, dict):
        details = dict(details)
        if "supportedProtocols" in details:
            protocols = details.pop("supportedProtocols")
            details["supportedProtocol"] = protocols[0] if isinstance(protocols, list) and protocols else None
        if isinstance(details.get("useCases"), list):
            details["useCases"] = [_use_case_from_preview(u) for u in details["useCases"]]
        current["messageDetails"] = details
    return current


def _use_case_from_preview(use_case: Any) -> Any:
    if not isinstance(use_case, dict) or "contentCategory" not in use_case:
        return use_case
    converted = {k: v for k, v in use_case.items() if k != "contentCategory"}
    category = use_case["contentCategory"]
    content_type = _CATEGORY_TO_TYPE.get(category) if isinstance(category, str) else None
    if content_type is None and category is not None:
        converted["contentType"] = "other"
        converted["customContentType"] = category
    else:
        converted["contentType"] = content_type
    return converted


def brief_to_preview(brief: dict[str, Any]) -> dict[str, Any]:
    """A stored (2022-09-06) brief as 2021-10-25-preview shows it."""
    shown = {k: v for k, v in brief.items() if k not in _NEW_ONLY[""]}
    for section, old, new in _RENAMED:
        part = shown.get(section)
        if isinstance(part, dict) and new in part:
            part = {**part}
            part[old] = part.pop(new)
            shown[section] = part
    program = shown.get("programDetails")
    if isinstance(program, dict):
        shown["programDetails"] = {k: v for k, v in program.items() if k not in _NEW_ONLY["programDetails"]}
    details = shown.get("messageDetails")
    if isinstance(details, dict):
        details = dict(details)
        if "supportedProtocol" in details:
            protocol = details.pop("supportedProtocol")
            details["supportedProtocols"] = [] if protocol is None else [protocol]
        if isinstance(details.get("useCases"), list):
            details["useCases"] = [_use_case_to_preview(u) for u in details["useCases"]]
        shown["messageDetails"] = details
    if isinstance(shown.get("costs"), list):
        shown["costs"] = [cost_to_preview(c) for c in shown["costs"]]
    return shown


def _use_case_to_preview(use_case: Any) -> Any:
    if not isinstance(use_case, dict):
        return use_case
    shown = {k: v for k, v in use_case.items() if k not in ("contentType", "customContentType")}
    content_type = use_case.get("contentType")
    custom = use_case.get("customContentType")
    if content_type == "other" and custom in PREVIEW_CATEGORIES and custom not in _CATEGORY_TO_TYPE:
        shown["contentCategory"] = custom  # an old category with no new equivalent, kept as it was sent
    elif content_type is not None:
        shown["contentCategory"] = _TYPE_TO_CATEGORY.get(content_type, "other")
    return shown


def cost_to_preview(cost: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in cost.items() if k in ("amount", "currencyCode", "billingFrequency")}


def short_code_to_preview(short_code: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in short_code.items() if k != "value"}
