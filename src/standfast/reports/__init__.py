"""reports concern of Standfast."""
