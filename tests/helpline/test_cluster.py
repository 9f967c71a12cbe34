"""The private cluster really is PostgreSQL, reachable only through its socket, and survives a kill."""

from __future__ import annotations

import sqlalchemy as sa

from standfast.helpline.cluster import Cluster


def test_a_fresh_database_is_real_postgresql(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as c:
            version = c.execute(sa.text("show server_version")).scalar_one()
            listen = c.execute(sa.text("show listen_addresses")).scalar_one()
    finally:
        engine.dispose()
    assert int(str(version).split(".")[0]) >= 13
    assert listen == ""  # no TCP at all


def test_the_cluster_comes_back_after_a_kill(pg_cluster: Cluster, pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    with engine.begin() as c:
        c.execute(sa.text("create table t (n int)"))
        c.execute(sa.text("insert into t values (1)"))
    engine.dispose()
    pg_cluster.kill()
    pg_cluster.start()
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as c:
            assert c.execute(sa.text("select n from t")).scalar_one() == 1
    finally:
        engine.dispose()
