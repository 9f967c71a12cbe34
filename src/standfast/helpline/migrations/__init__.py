"""Alembic migrations of the helpline's PostgreSQL schema (run through ``standfast.helpline.migrate``)."""
