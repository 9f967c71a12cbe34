"""A real PostgreSQL for the helpline tests: one private cluster for the session, one database per test.

The tests skip (with the reason) only when PostgreSQL's programs are not installed; the setup
script installs them, so CI always runs these tests.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from standfast.helpline.cluster import Cluster, find_bindir, new_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    if find_bindir() is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed; run scripts/bootstrap.sh")
    # A short path: a Unix socket path must stay under about 100 bytes.
    root = Path(tempfile.mkdtemp(prefix="sfpg-"))
    cluster = new_cluster(root)
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """A fresh, empty database in the session's cluster."""
    return pg_cluster.create_database("t_" + secrets.token_hex(6))
