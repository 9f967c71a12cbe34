"""Helpline mode under load: 50 staff sessions over 10,000 cases and 1,000,000 items, on real PostgreSQL.

Run: ``.venv/bin/python benchmarks/bench_helpline.py [--cases 10000] [--items 1000000] [--seconds 20]``.

What it does, all on this machine:
1. starts a private PostgreSQL cluster in a folder (Unix socket only) and creates a helpline in it;
2. adds 5 supervisors and 45 case workers (real accounts: Argon2id, TOTP, their own key pairs;
   the Argon2id cost is the tests' low one so that 50 sign-ins take seconds, which changes nothing
   on the pages measured);
3. generates the cases and items straight into the tables with COPY: each case has its own random
   key, wrapped (age, X25519) for the helpline, every supervisor and its case worker; titles and
   item details are sealed with the case key exactly as an import seals them. The items carry no
   evidence files (the pages measured list items; they do not read files);
4. starts ``standfast helpline serve`` as its own process and signs the 50 staff in through the
   sign-in form (password + TOTP code);
5. drives it with ``wrk`` (a real HTTP load tool; Debian package): 50 connections, each request
   carrying one of the 50 sessions, each connection pausing 0.5-1.5 s between requests like a
   person reading a page (``--think 0`` for a closed loop at full speed);
6. prints a table: p50 / p95 / p99 latency, requests, requests per second, errors, for the
   baseline (the sign-in page, which touches no database: the cost of the server and the load tool
   themselves), the queue pages, and the case pages, with the ratio of each p95 to the baseline's,
   the CPU time per request of the server process and of PostgreSQL's processes, and the machine's
   load average (the latencies mean little without it on a shared machine).
Target (issue 19): queue and case pages p95 <= 100 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["STANDFAST_TEST_FAST_KDF"] = "1"  # staff password hashing at the tests' cost (see above)

import httpx  # noqa: E402
import pyotp  # noqa: E402

from standfast.helpline import casekeys, crypto  # noqa: E402
from standfast.helpline.cluster import new_cluster  # noqa: E402
from standfast.helpline.staff import add_user  # noqa: E402
from standfast.helpline.store import Helpline  # noqa: E402
from standfast.vault.custody import canonical  # noqa: E402
from standfast.vault.keys import KdfParams  # noqa: E402

PASSPHRASE = "benchmark helpline passphrase"
PASSWORD = "benchmark staff password"
WRK_SCRIPT = r"""
local targets = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("([^\t]+)\t([^\t]+)")
    table.insert(targets, {cookie, path})
  end
  i = math.random(#targets)
end
request = function()
  i = i % #targets + 1
  local t = targets[i]
  return wrk.format("GET", t[2], {["Cookie"] = t[1]})
end
delay = function()
  if THINK > 0 then return math.random(math.floor(THINK / 2), math.floor(THINK * 3 / 2)) end
  return 0
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d %d %.2f %.2f %.2f\n", summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def generate(hl: Helpline, staff: list[dict[str, str]], n_cases: int, n_items: int) -> dict[str, list[str]]:
    """Cases and items straight into the tables; returns each case worker's case ids."""
    import psycopg

    supervisors = [s for s in staff if s["role"] == "supervisor"]
    workers = [s for s in staff if s["role"] == "caseworker"]
    per_case = max(n_items // n_cases, 0)
    extra = n_items - per_case * n_cases
    now = datetime.now(UTC)
    owned: dict[str, list[str]] = {w["id"]: [] for w in workers}
    dsn = hl.engine.url.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://")
    cases_rows: list[tuple[object, ...]] = []
    key_rows: list[tuple[object, ...]] = []
    item_rows: list[tuple[object, ...]] = []

    def flush(cur: psycopg.Cursor[tuple[object, ...]]) -> None:
        # One COPY at a time per connection: cases first (the others refer to them).
        for sql, rows in (
            ("COPY hl_case (id, title_sealed, state, age_group, assigned_to, source_vault_id, source_case_id, "
             "source_fingerprint, statement_sha256, imported_at, due_at, item_count) FROM STDIN", cases_rows),
            ("COPY hl_case_key (case_id, holder, wrapped) FROM STDIN", key_rows),
            ("COPY hl_item (case_id, id, kind, sha256, md5, size, mime, intimate, status, blob_id, sealed) "
             "FROM STDIN", item_rows),
        ):
            with cur.copy(sql) as cp:
                for row in rows:
                    cp.write_row(row)
            rows.clear()

    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        for n in range(n_cases):
            case_id = secrets.token_hex(16)
            key = casekeys.new_case_key()
            sk = casekeys.seal_key(key)
            worker = workers[n % len(workers)] if n % 10 else None  # every tenth case waits unassigned
            imported = now - timedelta(minutes=n)
            n_here = per_case + (1 if n < extra else 0)
            cases_rows.append((case_id, crypto.seal(sk, f"Case {n}: threat by mail".encode(),
                                                    purpose=f"case-title/{case_id}"),
                               "open" if worker else "new", "adult", worker["id"] if worker else None,
                               secrets.token_hex(16), secrets.token_hex(16), secrets.token_hex(32),
                               secrets.token_hex(32), imported, imported + timedelta(hours=48), n_here))
            holders = [("helpline", hl.public_key)] + [(s["id"], s["public"]) for s in supervisors]
            if worker:
                holders.append((worker["id"], worker["public"]))
                owned[worker["id"]].append(case_id)
            for holder, public in holders:
                key_rows.append((case_id, holder, crypto.wrap(public, key)))
            for i in range(n_here):
                item_id = secrets.token_hex(16)
                private = {"original_name": f"screenshot-{i}.png", "original_path": None,
                           "mtime": None, "acquired_at": imported.isoformat(), "source": "file", "meta": {},
                           "excluded_reason": None, "parent_item_id": None, "file": None}
                item_rows.append((case_id, item_id, "file", secrets.token_hex(32), secrets.token_hex(16),
                                  1000 + i, "image/png", False, "active", None,
                                  crypto.seal(sk, canonical(private), purpose=f"item/{case_id}/{item_id}")))
            if len(item_rows) >= 50_000 or n == n_cases - 1:
                flush(cur)
            if n and n % 1000 == 0:
                print(f"  generated {n:,} cases", file=sys.stderr, flush=True)
        conn.commit()
        cur.execute("ANALYZE")
    return owned


def sign_in(base: str, name: str, uri: str) -> str:
    with httpx.Client(base_url=base, follow_redirects=False, timeout=60) as client:
        page = client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        r = client.post("/login", data={"csrf": token, "name": name, "password": PASSWORD,
                                        "code": pyotp.parse_uri(uri).now()})
        if r.status_code != 303:
            raise SystemExit(f"sign-in failed for {name}: {r.status_code}")
        return f"sf_helpline={client.cookies.get('sf_helpline')}"


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time so far of these processes (those that ended count as 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def children_of(parent: int) -> list[int]:
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                    found.append(int(d.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


def run_wrk(base: str, targets: list[tuple[str, str]], work: Path, *, seconds: int, think_ms: int,
            label: str, server_pid: int | None = None, postmaster: int | None = None) -> dict[str, float]:
    tfile = work / f"targets-{label}.tsv"
    tfile.write_text("".join(f"{c}\t{p}\n" for c, p in targets), encoding="utf-8")
    script = work / "load.lua"
    script.write_text(f"THINK = {think_ms}\n" + WRK_SCRIPT, encoding="utf-8")
    pg = ([postmaster, *children_of(postmaster)] if postmaster else [])
    before = (cpu_seconds([server_pid]) if server_pid else 0.0, cpu_seconds(pg))
    out = subprocess.run(["wrk", "-t", "2", "-c", "50", "-d", f"{seconds}s", "--timeout", "10s", "-s", str(script),
                          base, "--", str(tfile)], capture_output=True, text=True)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    if out.returncode or line is None:
        raise SystemExit(f"wrk failed: {out.stderr.strip() or out.stdout.strip()}")
    parts = line.split()[1:]
    req, conn, read, write, status, timeout = (int(x) for x in parts[:6])
    p50, p95, p99 = (float(x) for x in parts[6:])
    pg = ([postmaster, *children_of(postmaster)] if postmaster else [])
    server_cpu = (cpu_seconds([server_pid]) if server_pid else 0.0) - before[0]
    pg_cpu = cpu_seconds(pg) - before[1]  # a backend that ended during the run is not counted
    return {"requests": req, "errors": conn + read + write + status + timeout, "p50": p50, "p95": p95, "p99": p99,
            "rps": req / seconds, "server_cpu_ms": 1000 * server_cpu / max(req, 1),
            "pg_cpu_ms": 1000 * pg_cpu / max(req, 1), "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--think", type=int, default=1000, help="mean pause between one session's requests (ms)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (bash scripts/bootstrap.sh installs it).")

    work = Path(tempfile.mkdtemp(prefix="sfhlb-"))  # synthetic data only; removed at the end
    cluster = new_cluster(work / "pg")
    server = None
    try:
        url = cluster.create_database("bench").replace("postgresql+psycopg://", "postgresql://")
        hl, _ = Helpline.create(url, work / "blobs", PASSPHRASE, actor="bench", kdf=KdfParams.fast_for_tests())
        staff: list[dict[str, str]] = []
        for n in range(50):
            role = "supervisor" if n < 5 else "caseworker"
            uid, uri = add_user(hl, f"staff{n:02d}", role, PASSWORD)
            with hl.read() as c:
                from sqlalchemy import text

                public = c.execute(text("select public_key from hl_user where id = :u"), {"u": uid}).scalar_one()
            staff.append({"id": uid, "name": f"staff{n:02d}", "role": role, "uri": uri, "public": public})
        t0 = time.perf_counter()
        owned = generate(hl, staff, args.cases, args.items)
        gen_s = time.perf_counter() - t0
        with hl.read() as c:
            from sqlalchemy import text

            n_cases = c.execute(text("select count(*) from hl_case")).scalar_one()
            n_items = c.execute(text("select count(*) from hl_item")).scalar_one()
        hl.close()
        print(f"generated {n_cases:,} cases and {n_items:,} items in {gen_s:.0f} s", file=sys.stderr)

        port = free_port()
        env = {**os.environ, "STANDFAST_HELPLINE_DB": url, "STANDFAST_PASSPHRASE": PASSPHRASE,
               "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        server = subprocess.Popen([sys.executable, "-m", "standfast.cli", "helpline", "serve", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/login", timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.5)
        cookies = {s["id"]: sign_in(base, s["name"], s["uri"]) for s in staff}
        rng = random.Random(19)
        queue_targets, case_targets = [], []
        all_cases = [c for cs in owned.values() for c in cs]
        for s in staff:
            cookie = cookies[s["id"]]
            queue_targets.append((cookie, "/"))
            if s["role"] == "supervisor":
                queue_targets.append((cookie, "/?unassigned=1"))
                case_targets += [(cookie, f"/cases/{c}") for c in rng.sample(all_cases, 20)]
            else:
                mine = owned[s["id"]]
                case_targets += [(cookie, f"/cases/{c}") for c in rng.sample(mine, min(20, len(mine)))]
        rng.shuffle(case_targets)
        baseline_targets = [(cookies[s["id"]], "/login") for s in staff]
        # one warm-up pass so that first-use costs (each session's first unwrap of a case key, prepared
        # plans) do not count
        run_wrk(base, case_targets, work, seconds=5, think_ms=0, label="warm")
        run_wrk(base, queue_targets, work, seconds=3, think_ms=0, label="warm")
        postmaster = cluster.postmaster_pid()
        measure = {"server_pid": server.pid, "postmaster": postmaster}
        rows = []
        for label, targets in (("baseline: sign-in page (no database)", baseline_targets),
                               ("queue pages", queue_targets), ("case pages", case_targets)):
            rows.append((label, run_wrk(base, targets, work, seconds=args.seconds, think_ms=args.think, label="m",
                                        **measure)))
        closed = run_wrk(base, case_targets, work, seconds=args.seconds, think_ms=0, label="closed", **measure)
        base_p95 = rows[0][1]["p95"] or 0.01
        print(f"\nHelpline load: {n_cases:,} cases, {n_items:,} items, 50 signed-in staff sessions, "
              f"50 connections, think time {args.think} ms (wrk, {args.seconds} s each), {os.cpu_count()} cores")
        print(f"{'pages':<38} {'requests':>8} {'req/s':>6} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
              f"{'p95/base':>8} {'CPU ms/req (server+pg)':>22} {'load':>5}")
        for label, r in [*rows, ("case pages, closed loop (no pause)", closed)]:
            print(f"{label:<38} {r['requests']:>8,} {r['rps']:>6.1f} {r['errors']:>6} {r['p50']:>7.1f} "
                  f"{r['p95']:>7.1f} {r['p99']:>7.1f} {r['p95'] / base_p95:>8.1f} "
                  f"{r['server_cpu_ms']:>11.2f} + {r['pg_cpu_ms']:<8.2f} {r['load']:>5.2f}")
        print("(load: the machine's 1-minute load average at the end of each run; other work on the machine "
              "counts in it and in the latencies)")
        ok = all(r["p95"] <= 100 and r["errors"] == 0 for _label, r in rows[1:])
        print(f"\nTarget (queue and case pages p95 <= 100 ms, 0 errors, with think time): {'met' if ok else 'NOT met'}")
        if args.json:
            args.json.write_text(json.dumps({"cases": n_cases, "items": n_items, "generate_s": gen_s,
                                             "rows": dict(rows), "closed_loop": closed}, indent=2))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        cluster.remove()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
