#!/usr/bin/env bash
# The README's first command: a fresh virtual environment, the project, the service on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q .
.venv/bin/baocao ingest corpus/
.venv/bin/baocao status
