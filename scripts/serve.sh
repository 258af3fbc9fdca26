#!/usr/bin/env bash
# The README's first command: a fresh virtual environment, the project, then the
# search service on http://127.0.0.1:${PORT:-8000} (PORT=8080 bash scripts/serve.sh for
# another port). On an empty data directory `baocao serve` first ingests the bundled
# corpus/ (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Tạo môi trường Python .venv ..."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
# not quiet: the first install downloads and builds for a few minutes, and shows its progress
echo "Cài đặt baocao và các thư viện vào .venv (lần đầu mất vài phút) ..."
.venv/bin/pip install .
echo "Lệnh baocao nằm ở $(pwd)/.venv/bin/baocao (hoặc: source .venv/bin/activate, rồi gõ baocao)."
exec .venv/bin/baocao serve --host 127.0.0.1 --port "${PORT:-8000}" --data-dir "${BAOCAO_DATA_DIR:-./data}"
