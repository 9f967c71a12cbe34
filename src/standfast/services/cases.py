"""Cases: create one, set its age, country and title, close and reopen it, save the interview.

The case's age field is the one fact the safeguarding policy reads to know whether the person is
a minor; every way of setting the age (``case new``, ``case set``, the interview, the web start and
case pages) writes it here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from standfast import safeguarding
from standfast.errors import UsageError
from standfast.safeguarding import Age

if TYPE_CHECKING:
    from standfast.vault.models import Case
    from standfast.vault.vault import Vault


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class CaseUpdate:
    """A changed case, and how many of its items the policy now keeps hidden (the age became minor)."""

    case: Case
    newly_guarded: int = 0


def get_case(vault: Vault, ref: str) -> Case:
    """The case with this id (or unique start of it); :class:`NotFound` otherwise."""
    return vault.get_case(ref)


def create_case(vault: Vault, *, title: str, country: str | None = None, age: Age | str = Age.UNKNOWN,
                platforms: Sequence[str] = ()) -> Case:
    return vault.create_case(title, country=country, age_group=Age.parse(str(age)).value, platforms=list(platforms))


def update_case(vault: Vault, ref: str, *, age: Age | str | None = None, country: str | None = None,
                title: str | None = None) -> CaseUpdate:
    """Change a case's age, country or title (each only when given). Logged as ``case.updated``."""
    case = get_case(vault, ref)
    fields: dict[str, Any] = {}
    if age is not None:
        fields["age_group"] = Age.parse(str(age)).value
    if country is not None:
        fields["country"] = country.strip() or None
    if title is not None:
        if not title.strip():
            raise UsageError("A case needs a title (a few words are enough).")
        fields["title"] = title.strip()
    if not fields:
        raise UsageError("Nothing to change: give --age, --country or --title.")
    was_minor = safeguarding.CaseFacts.of(case).minor
    updated = vault.update_case(case.id, **fields)
    guarded = 0
    if not was_minor and safeguarding.CaseFacts.of(updated).minor:
        guarded = count_guarded(vault, updated)
    return CaseUpdate(updated, guarded)


def count_guarded(vault: Vault, case: Case) -> int:
    """Items whose bytes are in the vault but that the policy never shows or exports in this case."""
    facts = safeguarding.CaseFacts.of(case)
    n = 0
    for item in vault.list_items(case.id):
        if item.blob_id is None:
            continue
        seen = safeguarding.view(facts, safeguarding.item_facts(vault, facts, item), reveal=True)
        n += seen.view is not safeguarding.View.FULL
    return n


def set_status(vault: Vault, ref: str, status: CaseStatus | str) -> Case:
    """Close (nothing more can be added) or reopen a case."""
    try:
        wanted = CaseStatus(str(status))
    except ValueError:
        raise UsageError("A case is either open or closed.") from None
    case = get_case(vault, ref)
    if case.status == wanted.value:
        return case
    return vault.update_case(case.id, status=wanted.value)


def save_interview(vault: Vault, ref: str, answers: Any) -> Case:
    """Keep the interview's answers (sealed) and write the age they give into the case's age field."""
    from standfast.guide import store

    case = get_case(vault, ref)
    store.save_answers(vault, case.id, answers)
    age = getattr(answers, "age_group", None)
    if age in (Age.MINOR.value, Age.ADULT.value) and age != case.age_group:
        case = vault.update_case(case.id, age_group=age)
    return case


def start_case(vault: Vault, *, title: str, answers: Any) -> Case:
    """A new case from the first questions (the web start page): the answers set its age and country."""
    case = create_case(vault, title=title, country=answers.region or answers.country,
                       age=answers.age_group or Age.UNKNOWN, platforms=answers.platforms)
    save_interview(vault, case.id, answers)
    return case
