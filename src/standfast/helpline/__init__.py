"""Helpline mode: many cases and many staff on PostgreSQL, with hand-over bundles from personal vaults."""
