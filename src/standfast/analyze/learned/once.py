"""A shipped file (weights, sieve, neighbours) loaded at most once per process, safely from many threads.

A failure to load is remembered and not retried: the caller then works without it, as if it were not
shipped, and ``error`` says why.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class LoadedOnce(Generic[T]):
    """``get()`` loads with ``load`` on first use and returns the same value after, or None after a failure."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self.value: T | None = None
        self.error: str | None = None

    def get(self) -> T | None:
        if self.value is not None or self.error is not None:
            return self.value
        with self._lock:
            if self.value is None and self.error is None:
                try:
                    self.value = self._load()
                except Exception as exc:  # any failure means: without it, as before it was shipped
                    self.error = f"{type(exc).__name__}: {exc}"
        return self.value
