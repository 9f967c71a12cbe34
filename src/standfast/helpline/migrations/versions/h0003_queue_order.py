"""The queue's order (reply due first, then newest) served from an index, not a sort of every case."""

from __future__ import annotations

from alembic import op

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("hl_case_due", "hl_case", ["due_at", "imported_at"])


def downgrade() -> None:
    op.drop_index("hl_case_due", table_name="hl_case")
