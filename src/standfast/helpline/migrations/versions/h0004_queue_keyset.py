"""The queue served page by page from indexes (keyset), and each case's item count kept on its row.

Every view of the queue (everyone's, a case worker's own, one state, the unassigned) reads its 50
rows straight from an index in the queue's order, reply due first (none last), then oldest, then
id; the next page starts after the last row shown, so a page deep in the queue costs the same as
the first. ``item_count`` is written with the items (they only arrive with an import), so the queue
no longer counts up to 100 items per case for every row it shows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0004"
down_revision = "h0003"
branch_labels = None
depends_on = None

DUE = sa.text("coalesce(due_at, 'infinity'::timestamp with time zone)")


def upgrade() -> None:
    op.add_column("hl_case", sa.Column("item_count", sa.Integer, nullable=False, server_default="0"))
    op.execute("update hl_case set item_count = n.count from (select case_id, count(*) as count from hl_item "
               "group by case_id) as n where n.case_id = hl_case.id")
    op.create_index("hl_case_order", "hl_case", [DUE, "imported_at", "id"])
    op.create_index("hl_case_worker_order", "hl_case", ["assigned_to", DUE, "imported_at", "id"])
    op.create_index("hl_case_state_order", "hl_case", ["state", DUE, "imported_at", "id"])
    op.create_index("hl_case_unassigned_order", "hl_case", [DUE, "imported_at", "id"],
                    postgresql_where=sa.text("assigned_to is null"))
    # Superseded by the four above (each starts with the same columns, in the queue's order).
    op.drop_index("hl_case_due", table_name="hl_case")
    op.drop_index("hl_case_queue", table_name="hl_case")
    op.drop_index("hl_case_assigned", table_name="hl_case")


def downgrade() -> None:
    op.create_index("hl_case_assigned", "hl_case", ["assigned_to", "state"])
    op.create_index("hl_case_queue", "hl_case", ["state", "imported_at"])
    op.create_index("hl_case_due", "hl_case", ["due_at", "imported_at"])
    for name in ("hl_case_unassigned_order", "hl_case_state_order", "hl_case_worker_order", "hl_case_order"):
        op.drop_index(name, table_name="hl_case")
    op.drop_column("hl_case", "item_count")
