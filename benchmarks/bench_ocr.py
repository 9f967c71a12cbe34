"""Benchmark OCR of a chat screenshot: Standfast's in-memory pipe against pytesseract's temp files.

Run: ``.venv/bin/python benchmarks/bench_ocr.py [--image shot.png] [--runs 5]``.
Without ``--image``, a 1080x1920 phone-style chat screenshot is made: rendered by Chromium from a small
HTML page when ``/usr/bin/chromium`` exists (a real browser screenshot), else drawn with Pillow.
Baseline, measured in the same run: ``pytesseract.image_to_string`` on the same greyscale image (what
Standfast used before; it writes the image and the text to the temporary folder). Both read the same
languages. Prints seconds per screenshot (min and median) and how many files appeared in the temporary
folder while each ran (watched every 2 ms), and whether both read the same text.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from standfast.analyze.ocr import _LONE_I, _langs, ocr_image  # noqa: E402

CHAT = """<html><body style="margin:0;font-family:DejaVu Sans,sans-serif;background:#e5ddd5;width:1080px">
<div style="background:#075e54;color:white;padding:30px;font-size:40px">new_friend_2009</div>
<div style="padding:30px;font-size:34px;line-height:1.35">
<p style="background:white;padding:20px;border-radius:16px;width:760px">hey you there?? i have your pics</p>
<p style="background:#dcf8c6;padding:20px;border-radius:16px;width:700px;margin-left:280px">please delete them</p>
<p style="background:white;padding:20px;border-radius:16px;width:760px">I will send them to all your followers
and your school unless you pay 300 dollars</p>
<p style="background:white;padding:20px;border-radius:16px;width:760px">send it to bitcoin
bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4</p>
<p style="background:white;padding:20px;border-radius:16px;width:760px">you have 24 hours. dont tell anyone</p>
</div></body></html>"""


def make_screenshot(work: Path) -> bytes:
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium:
        page = work / "chat.html"
        page.write_text(CHAT, encoding="utf-8")
        shot = work / "chat.png"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--window-size=1080,1920", f"--screenshot={shot}", page.as_uri()],
                       capture_output=True, timeout=120, check=False)
        if shot.exists():
            return shot.read_bytes()
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (1080, 1920), "#e5ddd5")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 34)
    except OSError:
        font = ImageFont.load_default(size=34)
    lines = ["hey you there?? i have your pics", "I will send them to all your followers",
             "unless you pay 300 dollars in bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
             "you have 24 hours. dont tell anyone"]
    for i, line in enumerate(lines):
        draw.rectangle((30, 140 + 160 * i, 1000, 250 + 160 * i), fill="white")
        draw.text((50, 170 + 160 * i), line, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


class Watch:
    def __init__(self, folder: Path) -> None:
        self.folder, self.seen, self._stop = folder, set[str](), threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for _root, dirs, files in os.walk(self.folder):
                self.seen.update(dirs + files)
            time.sleep(0.002)

    def __enter__(self) -> Watch:
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join()


def baseline(data: bytes) -> str:
    import pytesseract
    from PIL import Image

    img = Image.open(io.BytesIO(data)).convert("L")
    return str(_LONE_I.sub("I", pytesseract.image_to_string(img, lang=_langs(), timeout=120)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--image", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:  # the benchmark's own scratch folder
        work = Path(tmp)
        watched = work / "watched-tmp"
        watched.mkdir()
        data = args.image.read_bytes() if args.image else make_screenshot(work)
        # Both candidates see the watched folder as their temporary folder.
        os.environ["TMPDIR"] = str(watched)
        tempfile.tempdir = str(watched)
        _langs()
        rows = []
        texts = {}
        for name, fn in (("pytesseract (baseline)", baseline), ("standfast pipe", ocr_image)):
            times = []
            with Watch(watched) as w:
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    texts[name] = fn(data)
                    times.append(time.perf_counter() - t0)
            rows.append((name, min(times), statistics.median(times), len(w.seen)))
        tempfile.tempdir = None
    base = rows[0][1]
    print(f"screenshot: {len(data)} bytes, languages {_langs()}, {args.runs} runs each")
    print(f"{'method':<24} {'min s':>7} {'median s':>9} {'vs baseline':>12} {'tmp files':>10}")
    for name, mn, med, files in rows:
        print(f"{name:<24} {mn:>7.3f} {med:>9.3f} {mn / base:>11.2f}x {files:>10}")
    print("same text:", texts["pytesseract (baseline)"] == texts["standfast pipe"])


if __name__ == "__main__":
    main()
