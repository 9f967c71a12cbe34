"""The evidence vault: cases, evidence items, encrypted blob store, custody log, verify and export."""
