"""Account security: per-platform checklists and a local password strength check.

The password check runs zxcvbn on this computer. The password is never stored, logged,
written to the vault or put into an exception message; only the score and advice come back.
The breach check lives in ``standfast.guide.pwned``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from standfast.guide.i18n import N_, get_translator

# zxcvbn's matching time grows fast with length; beyond this, length alone makes a password strong.
_ZXCVBN_MAX = 72

# The actions every account needs, in the order that makes sense after a compromise.
GENERAL = (
    N_("Change the password to a new one you use nowhere else (a password manager helps)."),
    N_("Turn on two-step verification (2FA), with an authenticator app if you can."),
    N_("Look at where you are logged in and log out every device you do not recognise."),
    N_("Remove apps and websites connected to the account that you do not use or know."),
    N_("Check the recovery email and phone number are yours, and remove any you do not know."),
    N_("Make the account private and limit who can message you or see your friends list."),
)


@dataclass(frozen=True)
class Checklist:
    key: str
    name: str
    where: tuple[str, ...]  # where to find the settings (message ids)

    def translated(self, lang: str | None) -> dict[str, object]:
        _ = get_translator(lang)
        return {"key": self.key, "name": self.name, "steps": [_(s) for s in self.where]}


CHECKLISTS: dict[str, Checklist] = {
    "instagram": Checklist("instagram", "Instagram", (
        N_("Instagram: Settings, then Accounts Center, then 'Password and security': change the password "
           "and turn on two-factor authentication."),
        N_("Instagram: in 'Password and security', open 'Where you're logged in' and log out devices you "
           "do not know."),
        N_("Instagram: in Settings, turn on 'Private account' and limit who can message you."),
    )),
    "facebook": Checklist("facebook", "Facebook", (
        N_("Facebook: Settings, then Accounts Center, then 'Password and security': change the password "
           "and turn on two-factor authentication."),
        N_("Facebook: in 'Password and security', open 'Where you're logged in' and log out devices you "
           "do not know."),
        N_("Facebook: check 'Apps and websites' and your privacy settings; hide your friends list."),
    )),
    "snapchat": Checklist("snapchat", "Snapchat", (
        N_("Snapchat: Settings, then Password: change it. Then turn on Two-Factor Authentication."),
        N_("Snapchat: check Connected Apps, and set 'Contact me' to My Friends only."),
        N_("Snapchat: check the mobile number and email in Settings are yours."),
    )),
    "tiktok": Checklist("tiktok", "TikTok", (
        N_("TikTok: Settings and privacy, then Security: turn on 2-step verification and check 'Manage devices'."),
        N_("TikTok: in Privacy, turn on 'Private account' and limit who can send you messages."),
    )),
    "discord": Checklist("discord", "Discord", (
        N_("Discord: User Settings, then My Account: change the password and enable an authenticator app."),
        N_("Discord: check Devices and Authorized Apps and remove what you do not know."),
        N_("Discord: in privacy settings, stop direct messages from server members you do not know."),
    )),
    "google": Checklist("google", "Google", (
        N_("Google: in your Google Account, open Security: change the password and turn on 2-Step Verification."),
        N_("Google: in Security, check 'Your devices' and third-party access; run the Security Checkup."),
    )),
    "apple": Checklist("apple", "Apple", (
        N_("Apple: Settings, then your name, then 'Sign-In & Security': change the password and keep "
           "two-factor authentication on."),
        N_("Apple: scroll down under your name to see every device signed in; remove any you do not know."),
        N_("Apple: check the trusted phone numbers and the recovery contacts are yours."),
    )),
    "microsoft": Checklist("microsoft", "Microsoft", (
        N_("Microsoft: in your Microsoft account, open Security: change the password and turn on two-step "
           "verification."),
        N_("Microsoft: check the recent sign-in activity and your devices."),
    )),
    "x": Checklist("x", "X (Twitter)", (
        N_("X: Settings and privacy, then 'Security and account access': change the password and turn on "
           "two-factor authentication."),
        N_("X: check 'Apps and sessions' and log out sessions you do not know."),
        N_("X: in 'Privacy and safety', protect your posts and limit who can message you."),
    )),
}
# Accounts that sit under another company's login.
_SAME_ACCOUNT = {"messenger": "facebook", "whatsapp": "facebook", "youtube": "google", "xbox": "microsoft"}


def checklists_for(platforms: list[str]) -> list[Checklist]:
    """Checklists for the platforms involved (always including email: Google, Apple, Microsoft)."""
    keys: list[str] = []
    for key in platforms:
        key = _SAME_ACCOUNT.get(key, key)
        if key in CHECKLISTS and key not in keys:
            keys.append(key)
    return [CHECKLISTS[k] for k in keys]


# ---------------------------------------------------------------------------------------------
# Password strength

_LABELS = (
    N_("Very weak: it can be guessed almost at once."),
    N_("Weak: it can be guessed quickly."),
    N_("Fair: better, but still guessable."),
    N_("Strong."),
    N_("Very strong."),
)
_ADVICE_WEAK = N_("Use a longer password: four or more random words, or let a password manager make one.")
_ADVICE_REUSE = N_("Use it on one account only. If it was in a scam email or a breach, change it everywhere.")


@dataclass(frozen=True)
class Strength:
    """The result of a strength check. Holds no part of the password."""

    score: int  # 0..4 (zxcvbn)
    label: str
    guesses_log10: float
    crack_time: str  # zxcvbn's estimate for an offline attack with slow hashing (English)
    warning: str | None = None  # zxcvbn's own warning (English)
    suggestions: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.score >= 3

    def __repr__(self) -> str:  # the default is fine, but make the guarantee explicit
        return f"Strength(score={self.score})"


def password_strength(password: str, *, lang: str | None = "en", user_inputs: list[str] | None = None) -> Strength:
    """Score a password locally with zxcvbn. The password is not kept anywhere."""
    from zxcvbn import zxcvbn

    _ = get_translator(lang)
    result = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=list(user_inputs or []))
    score = int(result["score"])
    if len(password) > _ZXCVBN_MAX:
        score = max(score, 3)
    suggestions = [_(_ADVICE_REUSE)]
    if score < 3:
        suggestions.insert(0, _(_ADVICE_WEAK))
    english = lang is None or get_translator(lang)(_LABELS[0]) == _LABELS[0]
    warning = result["feedback"].get("warning") or None
    strength = Strength(
        score=score,
        label=_(_LABELS[score]),
        guesses_log10=round(float(result["guesses_log10"]), 2),
        crack_time=str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]),
        # zxcvbn speaks English only; in other languages our own advice is enough.
        warning=warning if english else None,
        suggestions=suggestions + (list(result["feedback"].get("suggestions") or []) if english else []),
    )
    result.clear()  # drop zxcvbn's copy of the password and its matched pieces
    return strength
