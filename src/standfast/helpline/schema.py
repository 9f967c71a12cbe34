"""The helpline's tables on PostgreSQL (SQLAlchemy Core). Alembic's migrations create and change them.

Case content never sits here in clear: titles, item names and metadata are sealed with the case's
own key, which is stored only wrapped (age, X25519) for the helpline and for each staff member who
may open the case. Evidence bytes live in the blob folder, encrypted with the same case key.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData()
TS = sa.DateTime(timezone=True)

meta = sa.Table(
    "hl_meta", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

user = sa.Table(
    "hl_user", metadata,
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

case = sa.Table(
    "hl_case", metadata,
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
    sa.Column("closed_at", TS, nullable=True),
    sa.Column("purge_after", TS, nullable=True),
    sa.Column("purged_at", TS, nullable=True),
    sa.Column("item_count", sa.Integer, nullable=False, server_default="0"),  # written with the items
    sa.CheckConstraint("state in ('new', 'open', 'closed', 'purged')", name="hl_case_state"),
)
# The queue's order: reply due first (none last), then oldest, then id, so that a page can start
# right after the last row of the one before (keyset pagination). One index per view of the queue.
DUE_ORDER = sa.func.coalesce(case.c.due_at, sa.literal_column("'infinity'::timestamp with time zone", TS))
sa.Index("hl_case_order", DUE_ORDER, case.c.imported_at, case.c.id)
sa.Index("hl_case_worker_order", case.c.assigned_to, DUE_ORDER, case.c.imported_at, case.c.id)
sa.Index("hl_case_state_order", case.c.state, DUE_ORDER, case.c.imported_at, case.c.id)
sa.Index("hl_case_unassigned_order", DUE_ORDER, case.c.imported_at, case.c.id,
         postgresql_where=case.c.assigned_to.is_(None))

case_key = sa.Table(
    "hl_case_key", metadata,
    sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
    # "helpline" for the helpline's own key (import, assignment by the operator), else a user id.
    sa.Column("holder", sa.Text, primary_key=True),
    sa.Column("wrapped", sa.LargeBinary, nullable=False),
)

item = sa.Table(
    "hl_item", metadata,
    sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("id", sa.Text, primary_key=True),  # the person's item id, as their custody log names it
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("sha256", sa.Text, nullable=False),
    sa.Column("md5", sa.Text, nullable=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mime", sa.Text, nullable=True),
    sa.Column("intimate", sa.Boolean, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("blob_id", sa.Text, nullable=True),
    sa.Column("sealed", sa.LargeBinary, nullable=False),  # name, path, times, source, metadata: sealed
)

custody = sa.Table(
    "hl_custody", metadata,
    sa.Column("case_id", sa.Text, sa.ForeignKey("hl_case.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("origin", sa.Text, nullable=False),  # "person" | "helpline"
    # The links of the chain in clear (they reveal nothing); the entry itself (the person's exactly as
    # their vault exported it, then the helpline's) sealed with the case key, and gone after a purge.
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.Text, nullable=False),
    sa.Column("hash", sa.Text, nullable=False),
    sa.Column("mac", sa.Text, nullable=True),
    sa.Column("sealed", sa.LargeBinary, nullable=True),
)

audit = sa.Table(
    "hl_audit", metadata,
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
sa.Index("hl_audit_case", audit.c.case_id, audit.c.seq)
