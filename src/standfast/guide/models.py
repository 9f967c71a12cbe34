"""Guide tables: the interview answers of a case (sealed) and which plan steps are done.

Answers describe the person's situation (age, what was paid, the deadline), so they are stored
only as a sealed token. Step state is plain metadata: a step id (one of the plan's fixed ids) and a
flag. Both tables are authenticated rows (``standfast.vault.rows.SealedRow``): a token moved to
another case's row, or a flag changed outside Standfast, no longer authenticates and ``verify``
reports it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import SealedRow


class GuideAnswers(SealedRow, Base):
    __tablename__ = "guide_answers"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)  # vault.seal(json, purpose='guide.answers')
    updated_at: Mapped[datetime]


class GuideStep(SealedRow, Base):
    __tablename__ = "guide_step"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]
