"""A real PostgreSQL for the helpline tests: one private cluster for the session, one database per test.

The tests skip (with the reason) only when PostgreSQL's programs are not installed; the setup
script installs them, so CI always runs these tests.
"""

from __future__ import annotations

import atexit
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest

from standfast.helpline.bundle import key_file_text
from standfast.helpline.cluster import Cluster, find_bindir, new_cluster
from standfast.helpline.handover import import_bundle
from standfast.helpline.staff import add_user, sign_in
from standfast.services import exports
from tests.helpline.helpers import PASSWORD, make_helpline, person_with_case


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    if find_bindir() is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed; run scripts/bootstrap.sh")
    # A short path: a Unix socket path must stay under about 100 bytes.
    root = Path(tempfile.mkdtemp(prefix="sfpg-"))
    cluster = new_cluster(root)
    atexit.register(cluster.remove)  # also when the session is cut short
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """A fresh, empty database in the session's cluster."""
    return pg_cluster.create_database("t_" + secrets.token_hex(6))


@pytest.fixture
def world(pg_url: str, tmp_path: Path):
    """A helpline with two imported cases, a supervisor, two case workers and an admin, all signed in."""
    hl = make_helpline(pg_url, tmp_path / "hl")
    key = tmp_path / "k"
    key.write_text(key_file_text(hl.public_key, "t"), encoding="utf-8")
    uris = {name: add_user(hl, name, role, PASSWORD)[1]
            for name, role in (("sam", "supervisor"), ("cat", "caseworker"), ("carl", "caseworker"), ("ada", "admin"))}
    cases = []
    for n in range(2):
        vault, case_id = person_with_case(tmp_path / f"v{n}", n, files=1)
        try:
            bundle = exports.share_case(vault, case_id, key, tmp_path / f"b{n}.age").path
        finally:
            vault.close()
        cases.append(import_bundle(hl, bundle).case_id)
    staff = {name: sign_in(hl, name, PASSWORD, pyotp.parse_uri(uri).now()) for name, uri in uris.items()}
    try:
        yield hl, staff, cases, uris
    finally:
        hl.close()
