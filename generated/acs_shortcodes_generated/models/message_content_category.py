from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class MessageContentCategory(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    ACCOUNT_NOTIFICATION = "accountNotification"
    AGE_GATED_CONTENT = "ageGatedContent"
    APPLICATION = "application"
    AUDIO_CHAT = "audioChat"
    CONVERSATIONAL_MESSAGING = "conversationalMessaging"
    COUPONS = "coupons"
    DELIVERY_NOTIFICATION = "deliveryNotification"
    EDUCATION = "education"
    EMERGENCY_ALERTS = "emergencyAlerts"
    ENTERTAINMENT_ALERTS = "entertainmentAlerts"
    FINANCIAL_BANKING = "financialBanking"
    FRAUD_ALERTS = "fraudAlerts"
    GAMES = "games"
    GIFTING = "gifting"
    INFORMATIONAL_ALERTS = "informationalAlerts"
    IN_APPLICATION_BILLING = "inApplicationBilling"
    LOAN_ARRANGEMENT = "loanArrangement"
    LOYALTY_PROGRAM = "loyaltyProgram"
    LOYALTY_PROGRAM_POINTS_PRIZES = "loyaltyProgramPointsPrizes"
    MICRO_BILLING = "microBilling"
    MMS_PICTURES = "mmsPictures"
    MOBILE_GIVING_DONATIONS = "mobileGivingDonations"
    NO_POINTS_PRIZES = "noPointsPrizes"
    ON_BEHALF_OF_CARRIER = "onBehalfOfCarrier"
    OTHER = "other"
    POLITICAL = "political"
    PREMIUM_WAP = "premiumWap"
    PROMOTIONAL_MARKETING = "promotionalMarketing"
    PUBLIC_SERVICE_ANNOUNCEMENTS = "publicServiceAnnouncements"
    QUERY_SERVICE = "queryService"
    RING_TONES = "ringTones"
    SECURITY_ALERTS = "securityAlerts"
    SMS_CHAT = "smsChat"
    SOCIAL_MEDIA = "socialMedia"
    SWEEPSTAKES_CONTEST_AUCTION = "sweepstakesContestAuction"
    TEXT_TO_SCREEN = "textToScreen"
    TRIVIA = "trivia"
    TWO_FACTOR_AUTHENTICATION = "twoFactorAuthentication"
    VIDEO = "video"
    VOTING = "voting"
    WALLPAPER_SCREENSAVER = "wallpaperScreensaver"

    @classmethod
    def _missing_(cls, value: object) -> "MessageContentCategory | None":
        # The service treats these values as open strings: match case-insensitively, and keep a value this
        # version does not know as a pseudo-member instead of failing to parse the whole response.
        if not isinstance(value, str):
            return None
        for member in cls:
            if member.value.lower() == value.lower():
                return member
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)
