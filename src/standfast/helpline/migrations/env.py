"""Alembic's environment: runs migrations on the connection ``standfast.helpline.migrate`` hands over."""

from __future__ import annotations

from alembic import context

from standfast.helpline.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()
