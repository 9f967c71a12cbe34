# ruff: noqa: E501
"""Benchmark: every registered format's parser against its baseline, a 100,000-entry zip, a 200 MB line.

    .venv/bin/python benchmarks/bench_import.py            # full sizes
    .venv/bin/python benchmarks/bench_import.py --quick    # 10x smaller parse inputs, 10,000-entry zip

Each measurement runs in its own subprocess so that its peak memory (ru_maxrss) is its own.

Parse rows: the registered parser (``Source.read``) over a generated file of that format, against
the least any parser of the format must do, measured in the same run on the same file: ``json.loads``
for JSON formats, a plain ``split(b"\\n")`` plus UTF-8 decode of every line for text formats (and
``HTMLParser.feed`` for HTML). "x" is parse time / baseline time (fastest of ``--repeat`` runs each);
"cpu x" the same in CPU seconds of the process, which a busy shared machine disturbs less.
The "whatsapp import" row is the whole ``import_path`` (evidence stored, parsed, sealed, inserted,
committed; indicators not run) against the same line baseline.

Last rows: a zip of N chat lines each naming one of N media files (every file stored as evidence;
baseline: reading and hashing every member),
a WhatsApp chat with one 200 MB line in the middle, and a 241 MB Instagram thread on one line of
JSON (whole import, against ``json.loads`` of the same file): seconds and peak MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("send", "pictures", "now", "or", "I", "post", "them", "to", "your", "followers", "family", "school",
         "pay", "bitcoin", "hours", "hey", "don't", "be", "shy", "please", "stop", "why", "ok", "😊")


def _text(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(4, 16)))


def gen(fmt: str, path: Path, n: int) -> None:
    rnd = random.Random(7)
    t0 = 1_700_000_000
    if fmt == "whatsapp":
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                t = time.gmtime(t0 + i * 60)
                fh.write(f"{t.tm_mday:02d}/{t.tm_mon:02d}/{t.tm_year % 100:02d}, {t.tm_hour:02d}:{t.tm_min:02d} - "
                         f"{'Kai' if i % 3 else 'Lee'}: {_text(rnd)}\n")
    elif fmt == "signal":
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                t = time.gmtime(t0 + i * 60)
                fh.write(f"[{time.strftime('%Y-%m-%d %H:%M', t)}] {'Kai' if i % 3 else 'Lee'}: {_text(rnd)}\n")
    elif fmt == "imessage":
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(f"{time.strftime('%b %d, %Y  %I:%M:%S %p', time.gmtime(t0 + i * 60))}\n"
                         f"{'Me' if i % 2 else '+15555550123'}\n{_text(rnd)}\n\n")
    elif fmt == "email_mbox":
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(f"From x@example.invalid Wed Mar 13 21:03:00 2024\nFrom: x{i % 7}@example.invalid\n"
                         f"Subject: {_text(rnd)[:30]}\nDate: Wed, 13 Mar 2024 21:03:{i % 60:02d} +0000\n\n{_text(rnd)}\n\n")
    elif fmt == "meta":
        doc = {"participants": [{"name": "Kai"}, {"name": "Lee"}], "title": "Kai", "messages": [
            {"sender_name": "Kai" if i % 2 else "Lee", "timestamp_ms": (t0 + i * 60) * 1000, "content": _text(rnd)}
            for i in range(n)]}
        path.write_text(json.dumps(doc))
    elif fmt == "telegram":
        doc = {"name": "Kai", "type": "personal_chat", "id": 1, "messages": [
            {"id": i, "type": "message", "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t0 + i * 60)),
             "date_unixtime": str(t0 + i * 60), "from": "Kai", "from_id": "user1", "text": _text(rnd)}
            for i in range(n)]}
        path.write_text(json.dumps(doc))
    elif fmt == "discord_exporter":
        doc = {"guild": {"id": "0", "name": "Direct Messages"}, "channel": {"id": "9", "name": "kai"}, "messages": [
            {"id": str(i), "type": "Default", "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(t0 + i * 60)),
             "content": _text(rnd), "author": {"id": "5", "name": "kai"}, "attachments": []} for i in range(n)]}
        path.write_text(json.dumps(doc))
    elif fmt == "discord_pkg":
        path.write_text(json.dumps([{"ID": i, "Timestamp": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t0 + i * 60)),
                                     "Contents": _text(rnd), "Attachments": ""} for i in range(n)]))
    elif fmt == "snapchat":
        path.write_text(json.dumps({"kai": [{"From": "kai", "Media Type": "TEXT", "Created": time.strftime(
            "%Y-%m-%d %H:%M:%S UTC", time.gmtime(t0 + i * 60)), "Content": _text(rnd), "IsSender": False} for i in range(n)]}))
    elif fmt == "meta_html":
        blocks = "".join(
            f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">Kai</div>'
            f'<div class="_3-95 _a6-p"><div><div></div><div>{_text(rnd)}</div></div></div>'
            f'<div class="_3-94 _a6-o">{time.strftime("%b %d, %Y %I:%M:%S %p", time.gmtime(t0 + i * 60)).lower()}</div></div>'
            for i in range(n))
        path.write_text(f'<html><head><title>Kai</title></head><body><div class="_a706">{blocks}</div></body></html>')
    else:
        raise SystemExit(f"no generator for {fmt}")


FORMATS = {  # name: (file name, messages at full size, baseline)
    "whatsapp": ("_chat.txt", 1_000_000, "lines"), "signal": ("signal/chat.md", 500_000, "lines"),
    "imessage": ("kai.txt", 300_000, "lines"), "email_mbox": ("mail.mbox", 100_000, "lines"),
    "meta": ("inbox/kai_1/message_1.json", 500_000, "json"), "telegram": ("result.json", 500_000, "json"),
    "discord_exporter": ("kai.json", 300_000, "json"), "discord_pkg": ("messages/c9/messages.json", 500_000, "json"),
    "snapchat": ("chat_history.json", 300_000, "json"), "meta_html": ("inbox/kai_1/message_1.html", 100_000, "html"),
}

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
mode, fmt, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
if mode == "parse":  # module imports are not the parser's work
    from standfast.ingest import sources
    from standfast.ingest.records import Context
    from datetime import UTC
    src = sources.get(fmt)
    for _ in src.read(src.example, Context("warm-up" + src.suffixes[0], zone=UTC)):
        pass
t = time.perf_counter(); c = time.process_time(); n = 0
if mode == "json":
    data = path.read_bytes(); doc = json.loads(data); n = 1
elif mode == "lines":
    for raw in path.read_bytes().split(b"\n"):
        raw.decode("utf-8"); n += 1
elif mode == "zipread":  # the least an import of a zip must do: read and hash every member
    import hashlib, zipfile
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            hashlib.sha256(zf.read(info)).digest(); n += 1
elif mode == "html":
    from html.parser import HTMLParser
    p = HTMLParser(); p.feed(path.read_text(encoding="utf-8")); n = 1
elif mode == "parse":
    file = str(path.relative_to(Path(sys.argv[4])))
    for _ in src.read(path.read_bytes(), Context(file, zone=UTC)):
        n += 1
else:  # "import": the whole import into a fresh vault
    import tempfile
    from standfast.vault.keys import KdfParams
    from standfast.vault.vault import Vault
    from standfast.ingest.importer import import_path
    v, _ = Vault.create(Path(tempfile.mkdtemp(dir=sys.argv[4])) / "v", "bench passphrase", kdf=KdfParams.fast_for_tests(), actor="bench")
    case = v.create_case("bench")
    t = time.perf_counter(); c = time.process_time()
    try:
        r = import_path(v, case.id, path, zone="UTC", indicators=False)
        n = r.messages + r.attachments
        extra = {"issues": r.issue_count}
    except Exception as exc:
        n = 0; extra = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    el = time.perf_counter() - t; cpu = time.process_time() - c
    v.close()
    print(json.dumps({"seconds": el, "cpu": cpu, "count": n, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}))
    sys.exit(0)
el = time.perf_counter() - t; cpu = time.process_time() - c
print(json.dumps({"seconds": el, "cpu": cpu, "count": n, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(mode: str, fmt: str, path: Path, work: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, fmt, str(path), str(work)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed ({mode} {fmt}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def best(runs: list[dict]) -> dict:
    return {**min(runs, key=lambda r: r["seconds"]), "peak_mb": max(r["peak_mb"] for r in runs),
            "cpu": min(r["cpu"] for r in runs)}


def make_zip(path: Path, n: int, *, real_images: bool = True) -> None:
    """A chat naming n photos. Each photo is a real 8x8 JPEG (645 bytes, each different: none is a duplicate), as
    in a phone's export; ``real_images=False`` writes 260 bytes that only start like a JPEG (the first
    version of this benchmark), which Pillow tries every image format on before giving up."""
    import io

    from PIL import Image

    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("_chat.txt", "".join(f"13/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - Kai: IMG-{i:06d}.jpg (file attached)\n"
                                         for i in range(n)))
        img = Image.new("RGB", (8, 8))
        for i in range(n):
            if real_images:  # the comment makes each file different, as a camera's EXIF does
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=90, comment=f"IMG-{i:06d}".encode())
                data = buf.getvalue()
            else:
                data = b"\xff\xd8\xff\xe0" + i.to_bytes(4, "big") * 64
            zf.writestr(f"media/IMG-{i:06d}.jpg", data)


def make_long_line(path: Path, mb: int) -> None:
    with open(path, "wb") as fh:
        fh.write(b"13/03/24, 21:03 - Kai: before\n13/03/24, 21:04 - Kai: ")
        chunk = b"x" * (1 << 20)
        for _ in range(mb):
            fh.write(chunk)
        fh.write(b"\n13/03/24, 21:05 - Lee: after\n")


def make_big_json(path: Path, mb: int) -> None:
    """An Instagram thread of about ``mb`` MB on one line, written piece by piece."""
    rnd = random.Random(11)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"participants": [{"name": "Kai"}, {"name": "Lee"}], "messages": [')
        i = 0
        while fh.tell() < mb * 1_000_000:
            fh.write(("," if i else "") + json.dumps({"sender_name": "Kai" if i % 2 else "Lee",
                                                      "timestamp_ms": 1_700_000_000_000 + i * 60_000,
                                                      "content": " ".join(_text(rnd) for _ in range(3))}))
            i += 1
        fh.write('], "title": "Kai", "thread_path": "inbox/kai_1"}')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="10x smaller parse inputs, 10,000-entry zip")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="comma-separated rows: format names, 'whatsapp-import', 'zip', 'line', 'json'")
    ap.add_argument("--zip-entries", type=int, default=None)
    ap.add_argument("--fake-images", action="store_true", help="zip photos that only start like a JPEG (old rows)")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    scale = 10 if args.quick else 1
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        work = Path(tmp)
        rows = []
        for fmt, (name, n, base_mode) in FORMATS.items():
            if only and fmt not in only and not (fmt == "whatsapp" and "whatsapp-import" in only):
                continue
            path = work / fmt / name
            path.parent.mkdir(parents=True, exist_ok=True)
            gen(fmt, path, n // scale)
            bases, parses = [], []
            for _ in range(args.repeat):
                bases.append(child(base_mode, fmt, path, work / fmt))
                if not only or fmt in only:
                    parses.append(child("parse", fmt, path, work / fmt))
            base = best(bases)
            if parses:
                p = best(parses)
                rows.append((f"{fmt} parse", path.stat().st_size / 1e6, p["count"], base_mode, base, p))
            if fmt == "whatsapp" and (not only or "whatsapp-import" in only):
                imp = best([child("import", fmt, path, work / fmt) for _ in range(args.repeat)])
                rows.append(("whatsapp import", path.stat().st_size / 1e6, imp["count"], base_mode, base, imp))
        print(f"{'input':<24}{'MB':>7}{'messages':>11}  {'baseline':<8}{'base s':>8}{'parse s':>9}{'x':>7}"
              f"{'cpu x':>7}{'peak MB':>9}")
        for label, mb, count, mode, base, p in rows:
            print(f"{label:<24}{mb:>7.0f}{count:>11,}  {mode:<8}{base['seconds']:>8.2f}{p['seconds']:>9.2f}"
                  f"{p['seconds'] / base['seconds']:>7.2f}{p['cpu'] / max(base['cpu'], 1e-9):>7.2f}{p['peak_mb']:>9.0f}")
        if not only or "zip" in only:
            entries = args.zip_entries or (10_000 if args.quick else 100_000)
            z = work / "zip" / "WhatsApp Chat with Kai.zip"
            z.parent.mkdir()
            make_zip(z, entries, real_images=not args.fake_images)
            base = child("zipread", "whatsapp", z, work / "zip")
            r = child("import", "whatsapp", z, work / "zip")
            verdict = "ok" if r["seconds"] <= 300 * entries / 100_000 and r["peak_mb"] <= 400 else "MISSED"
            print(f"{f'zip, {entries:,} entries':<24}{z.stat().st_size / 1e6:>7.0f}{r['count']:>11,}  {'unzip':<8}"
                  f"{base['seconds']:>8.2f}{r['seconds']:>9.1f}{r['seconds'] / base['seconds']:>7.1f}"
                  f"{r['cpu'] / max(base['cpu'], 1e-9):>7.1f}{r['peak_mb']:>9.0f}  {verdict} (<= 5 min per 100k, "
                  f"<= 400 MB) {r.get('error', '')}")
        if not only or "line" in only:
            line = work / "line" / "_chat.txt"
            line.parent.mkdir()
            make_long_line(line, 200)
            r = child("import", "whatsapp", line, work / "line")
            verdict = "ok" if r["peak_mb"] <= 400 else "MISSED"
            print(f"{'200 MB single line':<24}{line.stat().st_size / 1e6:>7.0f}{r['count']:>11,}  {'-':<8}{'':>8}"
                  f"{r['seconds']:>9.1f}{'':>7}{r['peak_mb']:>9.0f}  {verdict} (<= 400 MB) issues={r.get('issues')} {r.get('error', '')}")
        if not only or "json" in only:
            big = work / "json" / "inbox" / "kai_1" / "message_1.json"
            big.parent.mkdir(parents=True)
            make_big_json(big, 24 if args.quick else 241)
            base = best([child("json", "meta", big, work / "json") for _ in range(args.repeat)])
            r = child("import", "meta", big, work / "json")
            verdict = "ok" if r["peak_mb"] <= 400 else "MISSED"
            print(f"{'one-line JSON import':<24}{big.stat().st_size / 1e6:>7.0f}{r['count']:>11,}  {'json':<8}"
                  f"{base['seconds']:>8.2f}{r['seconds']:>9.1f}{r['seconds'] / base['seconds']:>7.2f}"
                  f"{r['cpu'] / max(base['cpu'], 1e-9):>7.2f}{r['peak_mb']:>9.0f}  {verdict} (<= 400 MB; "
                  f"json.loads alone peaks at {base['peak_mb']:.0f} MB) {r.get('error', '')}")


if __name__ == "__main__":
    main()
