"""web concern of Standfast."""
