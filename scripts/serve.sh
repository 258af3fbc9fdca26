#!/usr/bin/env bash
# The README's first command: a fresh virtual environment, the project, the service on the bundled corpus.
# `baocao serve` ingests corpus/ itself when the store is empty, then serves http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q .
exec .venv/bin/baocao serve "$@"
