"""guide concern of Standfast."""
