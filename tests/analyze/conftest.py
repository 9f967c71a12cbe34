"""Shared by the triage tests: skip a test that needs the shipped embedding model where it cannot load."""

from __future__ import annotations

import pytest


@pytest.fixture
def model_ready() -> None:
    from standfast.analyze.learned.model import unavailable_reason

    if unavailable_reason() is not None:
        pytest.skip("the embedding model cannot be loaded here")
