"""Guide tables: the interview answers of a case (sealed) and which plan steps are done.

Answers describe the person's situation (age, what was paid, the deadline), so they are stored
only as a sealed token. Step state is plain metadata: a step id and a flag.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base


class GuideAnswers(Base):
    __tablename__ = "guide_answers"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)  # vault.seal(json, purpose='guide.answers')
    updated_at: Mapped[datetime]


class GuideStep(Base):
    __tablename__ = "guide_step"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]
