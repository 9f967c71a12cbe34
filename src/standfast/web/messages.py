"""English messages the web app shows that are not literally in a template: verdict titles and the
calm error sentences of the core (translated by text when they reach a page). ``N_`` only marks them
for the catalog tool; the web catalog holds their Spanish."""

from __future__ import annotations


def N_(message: str) -> str:  # the gettext convention for "mark for extraction"
    return message


# The same words as analyze.verdicts.TITLE (the CLI and the PDF), written out here for the catalog tool.
VERDICT_TITLES = {
    "mass_scam": N_("Bulk scam: the same message was sent to very many people"),
    "targeted": N_("Targeted sextortion: a real person may have images of you"),
    "other_extortion": N_("Extortion, but not about intimate images"),
    "unclear": N_("Unclear: treat it as real"),
    "not_extortion": N_("No signs of extortion found. If you feel threatened, treat it as real"),
}

CORE_MESSAGES = (
    N_("The two passphrases are different. Nothing was changed."),
    N_("Please choose a passphrase of at least 8 characters. A short sentence works well."),
    N_("That passphrase does not open this vault. Please try again."),
    N_("That passphrase does not open this vault. Nothing was changed."),
    N_("That recovery key does not open this vault. Nothing was changed."),
    N_("That is not a Standfast recovery key (expected 52 letters and digits)."),
    N_("The current passphrase is not right. Nothing was changed."),
    N_("The passphrase does not open this vault."),
    N_("The recovery key does not open this vault."),
    N_("Please give a short reason for withdrawing this item (it is kept in the log)."),
    N_("Choose at least one file to add."),
    N_("The upload was cut off or damaged. Nothing was added; please try again."),
    N_("The upload was not sent as a form with files."),
    N_("A case needs a title (a few words are enough)."),
    N_("people under 18 in the image"),
    N_("adults (18+) in the image"),
    N_("This case is closed. Reopen it on its Evidence page to add to it."),
)
