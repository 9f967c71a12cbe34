"""What to do on each platform: capture before blocking, export the chat, block, report.

In-app menus change often, so the steps say where to look in plain words rather than exact
button names, and the reporting path itself comes from the sourced directory entry
(``report_entry``). Texts are message ids of the ``guide`` domain.
"""

from __future__ import annotations

from dataclasses import dataclass

from standfast.guide.i18n import N_


@dataclass(frozen=True)
class Platform:
    key: str
    name: str
    report_entry: str | None  # directory entry id with the platform's reporting path
    capture: tuple[str, ...] = ()  # how to capture the account and the chat before blocking
    export: str | None = None  # how to download a copy of your data / the chat
    block: str | None = None  # how to report and block


_CAPTURE_PROFILE = N_(
    "Open their profile. Take a screenshot that shows the username, the display name and the picture."
)
_COPY_LINK = N_("Copy the link to their profile (look for Share or Copy link) and keep it in a note.")
_SCREENSHOT_CHAT = N_(
    "Screenshot the whole conversation, from the first message to the threats. Scroll slowly so nothing is missed."
)
_META_EXPORT = N_(
    "Download a copy of your messages: Settings, then Accounts Center, then 'Your information and "
    "permissions', then 'Download your information'."
)
_META_BLOCK = N_(
    "Report the account from their profile or from the chat (Report), choosing the option about "
    "threats to share private images. Then block them. Do not delete the chat."
)

PLATFORMS: dict[str, Platform] = {
    "instagram": Platform("instagram", "Instagram", "plat-instagram",
                          (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT), _META_EXPORT, _META_BLOCK),
    "facebook": Platform("facebook", "Facebook", "plat-facebook",
                         (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT), _META_EXPORT, _META_BLOCK),
    "messenger": Platform("messenger", "Messenger", "plat-messenger",
                          (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT), _META_EXPORT,
                          N_("In the chat, tap their name, then Report. Reporting sends recent messages "
                             "to Meta for review. Then block them. Do not delete the chat.")),
    "whatsapp": Platform("whatsapp", "WhatsApp", "plat-whatsapp",
                         (N_("Write down their phone number exactly as WhatsApp shows it, with the country code."),
                          _SCREENSHOT_CHAT),
                         N_("Export the chat: open it, tap the menu or the contact name, then 'Export chat'. "
                            "Choose 'Without media' if it contains intimate images."),
                         N_("Screenshot first. Then open the chat, tap the contact name, and choose "
                            "'Report' and 'Block'. Reporting sends the last five messages to WhatsApp.")),
    "snapchat": Platform("snapchat", "Snapchat", "plat-snapchat",
                         (N_("Open their profile and screenshot it, showing the username. Snapchat may tell "
                             "them about screenshots; that is all right, your safety comes first."),
                          N_("Write down their username exactly (it is not the same as the display name)."),
                          _SCREENSHOT_CHAT),
                         N_("Request a copy of your data: Settings, then 'My Data'."),
                         N_("Press and hold their name or a Snap, then Report, and choose the option about "
                            "leaking or threatening to leak nudes. Then block them.")),
    "tiktok": Platform("tiktok", "TikTok", "plat-tiktok",
                       (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT),
                       N_("Download your data: Settings and privacy, then Account, then 'Download your data'."),
                       N_("Long-press the message or open their profile, then Report, and choose the option "
                          "about sexual exploitation (for under-18s: exploitation of people under 18). "
                          "Then block them.")),
    "discord": Platform("discord", "Discord", "plat-discord",
                        (N_("Turn on Developer Mode (Settings, Advanced), then copy their user ID and the "
                            "message links (right-click or long-press, Copy ID / Copy Message Link)."),
                         _SCREENSHOT_CHAT),
                        N_("Request your data: User Settings, then 'Data & Privacy', then 'Request Data'."),
                        N_("Right-click or long-press the message, then 'Report Message'. A parent without "
                           "an account can use Discord's web report form with the message links. "
                           "Then block them.")),
    "x": Platform("x", "X (Twitter)", "plat-x",
                  (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT),
                  N_("Download an archive: Settings, then 'Your account', then 'Download an archive of your data'."),
                  N_("Open the post or message menu (⋯), then Report, and choose private or "
                     "non-consensual content. Then block them.")),
    "telegram": Platform("telegram", "Telegram", "plat-telegram",
                         (N_("Screenshot their profile showing the @username (and phone number if shown)."),
                          _SCREENSHOT_CHAT),
                         N_("On Telegram Desktop, open the chat menu and choose 'Export chat history'."),
                         N_("Report the user or the message in the app, then block them. Telegram mostly "
                            "checks public spaces, so also report to the police.")),
    "reddit": Platform("reddit", "Reddit", "plat-reddit", (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT), None,
                       N_("Report the post, comment or message as 'Non-Consensual Intimate Media', "
                          "then block the account.")),
    "youtube": Platform("youtube", "YouTube", "plat-youtube", (_COPY_LINK,), None,
                        N_("Use YouTube's privacy complaint for videos that show you, and flag the video.")),
    "google": Platform("google", "Google", "plat-google-search", (), None,
                       N_("Ask Google to remove search results that show intimate images of you.")),
    "microsoft": Platform("microsoft", "Microsoft", "plat-microsoft-bing", (), None,
                          N_("Use Microsoft's form for non-consensual intimate images (Bing, OneDrive, Xbox).")),
    "apple": Platform("apple", "Apple", None, (), None, None),
    "tinder": Platform("tinder", "Tinder", "plat-tinder", (_CAPTURE_PROFILE, _SCREENSHOT_CHAT), None,
                       N_("Report them from their profile or the chat, before you unmatch. Then block.")),
    "hinge": Platform("hinge", "Hinge", "plat-hinge", (_CAPTURE_PROFILE, _SCREENSHOT_CHAT), None,
                      N_("Report them from their profile or the chat. Unmatched people stay reportable "
                         "for a while under 'Past Matches'.")),
    "grindr": Platform("grindr", "Grindr", "plat-grindr", (_CAPTURE_PROFILE, _SCREENSHOT_CHAT), None,
                       N_("Open their profile menu (⋯), then Report. If you already blocked them, write to "
                          "support from Settings with your screenshots.")),
    "roblox": Platform("roblox", "Roblox", "plat-roblox",
                       (N_("Write down their Roblox username and screenshot it. They may have moved you to "
                           "another app: capture their name there too."),), None,
                       N_("In the experience, open the menu, then Report, choose the player and the reason.")),
    "xbox": Platform("xbox", "Xbox", "plat-xbox", (N_("Write down their gamertag and screenshot it."),), None,
                     N_("In the Xbox guide, find them under People, open the profile, then 'Report or block'.")),
    "playstation": Platform("playstation", "PlayStation", "plat-playstation",
                            (N_("Write down their online ID and screenshot it."),), None,
                            N_("Report the profile or the messages from the menu; you can block them at the "
                               "end of the report.")),
    "onlyfans": Platform("onlyfans", "OnlyFans", "plat-onlyfans", (_COPY_LINK,), None,
                         N_("Report the profile, post or message from its ⋯ menu.")),
    "email": Platform("email", "Email", None,
                      (N_("Keep the email. Do not reply. Save it as a file if you can (Download, or 'Show "
                          "original' then save) so the hidden details stay with it."),
                       N_("Write down the sender address and any payment address in the email.")),
                      None,
                      N_("Mark it as spam or phishing. There is nobody to block: these emails are sent "
                         "to thousands of people at once.")),
    "other": Platform("other", "Other", None, (_CAPTURE_PROFILE, _COPY_LINK, _SCREENSHOT_CHAT), None,
                      N_("Look for Report on their profile or in the chat menu, then block them.")),
}


def platform(key: str) -> Platform:
    return PLATFORMS[key]
