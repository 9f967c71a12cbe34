"""Retention: when a case was closed, when its content may be purged, when it was; a "purged" state."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("hl_case", sa.Column("closed_at", TS, nullable=True))
    op.add_column("hl_case", sa.Column("purge_after", TS, nullable=True))
    op.add_column("hl_case", sa.Column("purged_at", TS, nullable=True))
    op.drop_constraint("hl_case_state", "hl_case", type_="check")
    op.create_check_constraint("hl_case_state", "hl_case", "state in ('new', 'open', 'closed', 'purged')")


def downgrade() -> None:
    # A purged case keeps only what the audit needs; before retention existed it was a closed case.
    op.execute("update hl_case set state = 'closed' where state = 'purged'")
    op.drop_constraint("hl_case_state", "hl_case", type_="check")
    op.create_check_constraint("hl_case_state", "hl_case", "state in ('new', 'open', 'closed')")
    for col in ("purged_at", "purge_after", "closed_at"):
        op.drop_column("hl_case", col)
