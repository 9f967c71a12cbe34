"""ingest concern of Standfast."""
