#!/usr/bin/env bash
# Sets up everything Standfast needs on Debian with Python 3.11, idempotently:
# system packages (apt-get; PostgreSQL for the helpline tests, which start their own private cluster), a virtual environment in .venv, and the Python packages.
# A second run only checks and returns quickly.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium poppler-utils libmagic1 libharfbuzz-subset0 fonts-dejavu-core ffmpeg pkg-config wrk
  libavdevice-dev libavfilter-dev libavformat-dev libavcodec-dev libswresample-dev libswscale-dev libavutil-dev
  tesseract-ocr
  tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-fra tesseract-ocr-deu
  tesseract-ocr-ita tesseract-ocr-nld
  7zip
  postgresql)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
stamp=.venv/.standfast-installed
want=$(cat pyproject.toml scripts/bootstrap.sh | sha256sum | cut -d' ' -f1)
if ! { [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; }; then
  $PY -m uv --version >/dev/null 2>&1 || $PY -m pip install -q uv==0.13.8
  [ -x .venv/bin/python ] || $PY -m uv venv -q --python "$PY" .venv
  # Bytecode is compiled at install time: where PYTHONDONTWRITEBYTECODE is set (as on our CI
  # machines) Python never caches it, and every start would compile numpy, SQLAlchemy... again.
  $PY -m uv pip install -q --compile-bytecode -p .venv/bin/python -e '.[test]'
  # uv compiles only what it installs now; a venv made before this line existed gets it here.
  .venv/bin/python -m compileall -q -j 0 "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null || true
  echo "$want" > "$stamp"
fi
# Our own modules too (only changed files are compiled again; a few tens of ms otherwise).
.venv/bin/python -m compileall -q -j 0 src >/dev/null
