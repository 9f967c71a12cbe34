"""Standfast: a private, offline-first toolkit for people facing sextortion and those who help them."""

__version__ = "0.1.0"
