#!/usr/bin/env bash
# The README's first command: a fresh virtual environment, the project, then the
# search service on http://127.0.0.1:${PORT:-8000} (PORT=8080 bash scripts/serve.sh for
# another port). On an empty data directory `baocao serve` first ingests the bundled
# corpus/ (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian tools some readers need: Tesseract (OCR of scans) and LibreOffice (Word 97, RTF, ODT,
# Excel 97). Installed when this runs as root with apt-get; otherwise named, and the service
# starts anyway (those files then fail with the same message, the rest is read).
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-vie)
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
    missing+=(tesseract-ocr-vie)
fi
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Thiếu gói Debian: ${missing[*]} (bản quét cần Tesseract, tệp .doc/.rtf/.odt/.xls cần LibreOffice)." >&2
        echo "Cài bằng: sudo apt-get install ${missing[*]}" >&2
    fi
fi

echo "Tạo môi trường Python .venv ..."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
# not quiet: the first install downloads and builds for a few minutes, and shows its progress
echo "Cài đặt baocao và các thư viện vào .venv (lần đầu mất vài phút) ..."
.venv/bin/pip install .
echo "Lệnh baocao nằm ở $(pwd)/.venv/bin/baocao (hoặc: source .venv/bin/activate, rồi gõ baocao)."
exec .venv/bin/baocao serve --host 127.0.0.1 --port "${PORT:-8000}" --data-dir "${BAOCAO_DATA_DIR:-./data}"
