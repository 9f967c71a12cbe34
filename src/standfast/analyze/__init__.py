"""analyze concern of Standfast."""
