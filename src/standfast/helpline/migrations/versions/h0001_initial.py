"""The first helpline schema: settings, staff, cases, case keys, items, custody and the audit chain."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "hl_meta",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "hl_user",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("totp_sealed", sa.LargeBinary, nullable=False),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("private_key_sealed", sa.LargeBinary, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", TS, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", TS, nullable=False),
        sa.CheckConstraint("role in ('admin', 'supervisor', 'caseworker')", name="hl_user_role"),
    )
    op.create_table(
        "hl_case",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("title_sealed", sa.LargeBinary, nullable=True),
        sa.Column("state", sa.Text, nullable=False, server_default="new"),
        sa.Column("age_group", sa.Text, nullable=False, server_default="unknown"),
        sa.Column("assigned_to", sa.Text, sa.ForeignKey("hl_user.id"), nullable=True),
        sa.Column("source_vault_id", sa.Text, nullable=False),
        sa.Column("source_case_id", sa.Text, nullable=False),
        sa.Column("source_fingerprint", sa.Text, nullable=False),
        sa.Column("statement_sha256", sa.Text, nullable=False, unique=True),
        sa.Column("imported_at", TS, nullable=False),
        sa.Column("due_at", TS, nullable=True),
        sa.CheckConstraint("state in ('new', 'open', 'closed')", name="hl_case_state"),
    )
    op.create_index("hl_case_queue", "hl_case", ["state", "imported_at"])
    op.create_index("hl_case_assigned", "hl_case", ["assigned_to", "state"])
    op.create_table(
        "hl_case_key",
        sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("holder", sa.Text, primary_key=True),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "hl_item",
        sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("md5", sa.Text, nullable=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mime", sa.Text, nullable=True),
        sa.Column("intimate", sa.Boolean, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("blob_id", sa.Text, nullable=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "hl_custody",
        sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.Column("mac", sa.Text, nullable=True),
        sa.Column("sealed", sa.LargeBinary, nullable=True),
    )
    op.create_table(
        "hl_audit",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("case_id", sa.Text, nullable=True),
        sa.Column("item_id", sa.Text, nullable=True),
        sa.Column("details", JSONB, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.Column("mac", sa.Text, nullable=False),
    )
    op.create_index("hl_audit_case", "hl_audit", ["case_id", "seq"])


def downgrade() -> None:
    for name in ("hl_audit", "hl_custody", "hl_item", "hl_case_key", "hl_case", "hl_user", "hl_meta"):
        op.drop_table(name)
