#!/usr/bin/env bash
# The README's first command: a fresh virtual environment, the project, then the
# search service on http://127.0.0.1:${PORT:-8000}. On an empty data directory
# `baocao serve` first ingests the bundled corpus/ (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q .
exec .venv/bin/baocao serve --host 127.0.0.1 --port "${PORT:-8000}" --data-dir "${BAOCAO_DATA_DIR:-./data}"
