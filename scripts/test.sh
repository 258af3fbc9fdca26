#!/usr/bin/env bash
# The README's test command: a fresh virtual environment, the project with its test extras, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/python -m pytest "$@"
