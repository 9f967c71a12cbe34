"""Cases in the vault: create, find, list, change and close them (each change logged in custody)."""

from __future__ import annotations

import secrets
from typing import Any

import pycountry
from sqlalchemy import select

from standfast.errors import CaseClosed, NotFound, UsageError
from standfast.vault.core import VaultCore
from standfast.vault.db import utcnow
from standfast.vault.models import Case

AGE_GROUPS = ("minor", "adult", "unknown")


def normalize_country(country: str | None) -> str | None:
    if not country:
        return None
    code = country.strip().upper()
    base = code.split("-")[0]
    if base == "INT":
        return "INT"
    if base == "UK":
        code, base = "GB" + code[2:], "GB"
    if pycountry.countries.get(alpha_2=base) is None:
        raise UsageError(f"{country!r} is not an ISO 3166 country code (for example US, GB, DE).")
    return code


class CaseOps(VaultCore):
    """Cases: create, find, list, change, close."""

    def create_case(self, title: str, *, country: str | None = None, age_group: str = "unknown",
                    platforms: tuple[str, ...] | list[str] = ()) -> Case:
        title = title.strip()
        if not title:
            raise UsageError("A case needs a title (a few words are enough).")
        if age_group not in AGE_GROUPS:
            raise UsageError(f"Age group must be one of: {', '.join(AGE_GROUPS)}.")
        country = normalize_country(country)
        now = utcnow()
        case = Case(id=secrets.token_hex(5), title=title[:300], country=country, age_group=age_group,
                    platforms=sorted({p.strip().lower() for p in platforms if p.strip()}), status="open",
                    created_at=now, updated_at=now)
        with self.transaction() as s:
            s.add(case)
            s.flush()
            self.log(s, "case.created", case_id=case.id, details=_case_fields(case))
        return case

    def get_case(self, ref: str) -> Case:
        ref = ref.strip().lower()
        with self.read() as s:
            found = list(s.scalars(select(Case).where(Case.id.startswith(ref)).limit(2))) if ref else []
        if not found:
            raise NotFound(f"No case {ref!r} in this vault. `standfast case list` shows them.")
        if len(found) > 1:
            raise UsageError(f"{ref!r} matches more than one case; type more of its id.")
        return found[0]

    def list_cases(self) -> list[Case]:
        with self.read() as s:
            return list(s.scalars(select(Case).order_by(Case.created_at)))

    def update_case(self, case_id: str, **fields: Any) -> Case:
        allowed = {"title", "country", "age_group", "platforms", "status"}
        if unknown := set(fields) - allowed:
            raise UsageError(f"Cannot change {', '.join(sorted(unknown))} of a case.")
        if "age_group" in fields and fields["age_group"] not in AGE_GROUPS:
            raise UsageError(f"Age group must be one of: {', '.join(AGE_GROUPS)}.")
        if "country" in fields:
            fields["country"] = normalize_country(fields["country"])
        if "platforms" in fields:
            fields["platforms"] = sorted({p.strip().lower() for p in fields["platforms"] if p.strip()})
        with self.transaction() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound(f"No case {case_id!r} in this vault.")
            for key, value in fields.items():
                setattr(case, key, value)
            case.updated_at = utcnow()
            s.flush()
            self.log(s, "case.updated", case_id=case.id, details=_case_fields(case))
        return case

    def close_case(self, case_id: str) -> Case:
        return self.update_case(case_id, status="closed")

    def _require_open_case(self, case_id: str) -> None:
        with self.read() as s:
            case = s.get(Case, case_id)
        if case is None:
            raise NotFound(f"No case {case_id!r} in this vault.")
        if case.status == "closed":
            raise CaseClosed("This case is closed. Reopen it with `standfast case reopen` to add evidence.")


def _case_fields(case: Case) -> dict[str, Any]:
    return {"title": case.title, "country": case.country, "age_group": case.age_group,
            "platforms": list(case.platforms or []), "status": case.status}
