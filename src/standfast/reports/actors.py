"""Who is named as having made a package or kept the log: the person's chosen name, never a system account.

The custody log records the name given with ``--actor`` or, without one, the computer login. Logins such
as ``root`` mean nothing to the person or to the police reading a package, and frighten a teenager; they
are shown as a neutral phrase instead. The log itself keeps what was recorded.
"""

from __future__ import annotations

# Account names that are the computer's, not a person's (compared case-insensitively).
SYSTEM_ACCOUNTS = frozenset({
    "", "root", "admin", "administrator", "nobody", "unknown", "system", "user", "daemon", "www-data", "guest",
})
NEUTRAL_ACTOR = "the person who keeps this vault"


def shown_actor(actor: str | None, neutral: str = NEUTRAL_ACTOR) -> str:
    """``actor`` when it is a person's name; ``neutral`` for a system account or nothing."""
    name = (actor or "").strip()
    return neutral if name.lower() in SYSTEM_ACCOUNTS else name


def shown_actors(actors: list[str] | set[str], neutral: str = NEUTRAL_ACTOR) -> list[str]:
    """Distinct shown names, sorted; several system accounts become one neutral phrase."""
    return sorted({shown_actor(a, neutral) for a in actors})
