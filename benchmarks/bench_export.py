"""Export benchmark: `verify-export` on a large signed export against `sha256sum` of the same zip.

Builds a vault with one large evidence file (random bytes) and a few small ones, exports it as a
signed zip, then times, in the same run and with warm caches for all: coreutils `sha256sum` of the
zip (the baseline: the least any check must do), the in-process check, and the `standfast
verify-export` command (start-up included). Also an encrypted export of the same case.

    .venv/bin/python benchmarks/bench_export.py              # 1 GB
    .venv/bin/python benchmarks/bench_export.py --size-mb 200

Work files go to benchmarks/out/ (ignored by git) and are removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

from standfast.vault.export import export_case
from standfast.vault.export_check import check_export
from standfast.vault.keys import KdfParams
from standfast.vault.signing import vault_fingerprint
from standfast.vault.vault import Vault

MiB = 1 << 20
PASS = "benchmark passphrase"
ENC = "benchmark export passphrase"


def timed(fn: object, *args: object, **kw: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kw)  # type: ignore[operator]
    return time.perf_counter() - start, result


def sha256sum(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["sha256sum", str(path)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1024)
    args = ap.parse_args()
    root = Path(__file__).resolve().parent / "out" / f"export-{secrets.token_hex(4)}"
    root.mkdir(parents=True)
    try:
        src = root / "src"
        src.mkdir()
        with open(src / "video.mp4", "wb") as fh:
            for _ in range(args.size_mb):
                fh.write(os.urandom(MiB))
        for i in range(20):
            (src / f"note-{i}.txt").write_text(f"message {i}\n" * 50)
        vault, _ = Vault.create(root / "vault", PASS, kdf=KdfParams.fast_for_tests(), actor="bench")
        try:
            case = vault.create_case("Benchmark")
            vault.add_path(case.id, src)
            fp = vault_fingerprint(vault)
            t_export, _ = timed(export_case, vault, case.id, root / "e.zip")
            t_export_enc, _ = timed(export_case, vault, case.id, root / "enc.zip", encrypt_passphrase=ENC)
        finally:
            vault.close()
        shutil.rmtree(src)
        zip_path, enc_path = root / "e.zip", root / "enc.zip"
        size = zip_path.stat().st_size
        sha256sum(zip_path)  # warm the page cache for everyone
        t_sum = min(sha256sum(zip_path) for _ in range(2))
        t_check, check = timed(check_export, zip_path, fingerprint=fp)
        assert check.ok, check.problems  # type: ignore[attr-defined]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "standfast.cli", "verify-export", str(zip_path), "--fingerprint", fp],
                       check=True, capture_output=True, env=env)
        t_cli = time.perf_counter() - start
        sha256sum(enc_path)
        t_sum_enc = sha256sum(enc_path)
        t_check_enc, check_enc = timed(check_export, enc_path, password=ENC, fingerprint=fp)
        assert check_enc.ok, check_enc.problems  # type: ignore[attr-defined]
        gb = size / (1 << 30)
        rows = [
            ("sha256sum of the zip (baseline)", t_sum, 1.0),
            ("verify-export, in process", t_check, t_sum / t_check),
            ("verify-export command (start-up included)", t_cli, t_sum / t_cli),
            ("sha256sum of the encrypted zip", t_sum_enc, 1.0),
            ("verify-export of the encrypted zip, in process", t_check_enc, t_sum_enc / t_check_enc),
            ("export (signed zip)", t_export, t_sum / t_export),
            ("export (encrypted zip)", t_export_enc, t_sum / t_export_enc),
        ]
        print(f"\nExport of {size / MiB:,.0f} MiB ({gb:.2f} GiB), {os.cpu_count()} cores")
        print(f"{'step':<50}{'seconds':>10}{'MiB/s':>10}{'x baseline':>12}")
        for name, secs, ratio in rows:
            print(f"{name:<50}{secs:>10.2f}{size / MiB / secs:>10.0f}{ratio:>12.2f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
