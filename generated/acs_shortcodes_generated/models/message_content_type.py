from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class MessageContentType(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """The kind of content a program's messages carry."""

    ACCOUNT_NOTIFICATION_INFORMATIONAL_ALERTS = "accountNotificationInformationalAlerts"
    AGE_GATED_CONTENT = "ageGatedContent"
    CHAT_CONVERSATIONAL_MESSAGING = "chatConversationalMessaging"
    DELIVERY_NOTIFICATION = "deliveryNotification"
    DONATIONS_PLEDGE = "donationsPledge"
    EDUCATION = "education"
    FRAUD_ALERTS = "fraudAlerts"
    LOAN_ARRANGEMENT = "loanArrangement"
    LOYALTY_PROGRAM = "loyaltyProgram"
    MARKETING_AND_PROMOTION = "marketingAndPromotion"
    MMS_PICTURE = "mmsPicture"
    MMS_VIDEO = "mmsVideo"
    ONE_TIME_PASSWORD_OR_MULTI_FACTOR_AUTHENTICATION = "oneTimePasswordOrMultiFactorAuthentication"
    OTHER = "other"
    POLITICAL = "political"
    PUBLIC_SERVICE_ANNOUNCEMENTS = "publicServiceAnnouncements"
    SECURITY_ALERTS = "securityAlerts"
    SOCIAL_MEDIA = "socialMedia"
    SWEEPSTAKES_OR_CONTEST = "sweepstakesOrContest"
    VOTING_OR_POLLING = "votingOrPolling"

    @classmethod
    def _missing_(cls, value: object) -> "MessageContentType | None":
        # The service treats these values as open strings: match case-insensitively, and keep a value this
        # version does not know as a pseudo-member instead of failing to parse the whole response.
        if not isinstance(value, str):
            return None
        member = _BY_LOWERCASE_VALUE.get(value.lower())
        if member is not None:
            return member
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


_BY_VALUE: dict[str, MessageContentType] = {member.value: member for member in MessageContentType}
"""Each member by its value as the service spells it: a dict lookup, much cheaper than calling the enum."""
_BY_LOWERCASE_VALUE: dict[str, MessageContentType] = {
    value.lower(): member for value, member in reversed(_BY_VALUE.items())
}
"""Each member by its value in lowercase (the first member wins, as when comparing the members in order)."""


def as_message_content_type(value: str) -> MessageContentType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter, and
    what their ``from_dict`` reads a JSON value with."""
    try:
        return _BY_VALUE[value]  # the exact value (or a member): no call into the enum machinery
    except (KeyError, TypeError):  # another case, a value this version does not know, or no string at all
        return value if isinstance(value, MessageContentType) else MessageContentType(value)


def as_message_content_type_or_none(value: str | None) -> MessageContentType | None:
    """As ``as_message_content_type``, for an optional field: None stays None."""
    return None if value is None else as_message_content_type(value)
