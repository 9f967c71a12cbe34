"""takedown concern of Standfast."""
