"""vault concern of Standfast."""
