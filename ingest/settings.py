"""One table of settings: (name, default, help). CLI help and the README are fed from it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        return "BAOCAO_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "./data", "Where the store (SQLite), the search index and kept originals live."),
    Setting("max_file_mb", 50, "Files larger than this many MiB are refused with a clear error."),
    Setting("workers", 0, "Extraction worker processes during ingest (0 = one per core)."),
    Setting("keep_originals", True, "Copy each ingested file into the data directory for download and backup."),
    Setting("admin_token", "", "Token that unlocks write endpoints of the web app; empty means read-only."),
    Setting("page_size", 20, "Search results per page."),
    Setting("max_query_chars", 500, "Longer queries are refused with 400."),
    Setting("max_filter_values", 20, "Values one filter parameter (org=, year=, ...) may repeat; more is refused with 400."),
    Setting("max_filter_total", 50, "Filter values of all parameters together; more is refused with 400."),
    Setting("request_timeout_s", 30, "Time limit for one page or API request (exports stop only when the client leaves)."),
    Setting("serve_threads", 12, "Threads of `baocao serve` (waitress); exports may hold at most export_slots of them."),
    Setting("export_slots", 2, "Exports streamed at the same time; one more gets 429 with Retry-After."),
    Setting("doc_timeout_s", 60, "Time limit for reading and building one document together (slow PDFs, hostile input); each page OCR reads adds as much again."),
    Setting("ocr", "auto", "OCR of scans with Tesseract: auto (pages without a text layer, and images), off, or force (every PDF page)."),
    Setting("ocr_languages", "vie", "Tesseract languages for OCR, joined by + (e.g. vie+eng); each needs its Debian package tesseract-ocr-<lang>."),
    Setting("ocr_dpi", 300, "Resolution PDF pages are rendered at for OCR, and assumed for images that do not state theirs."),
    Setting("max_doc_chars", 5_000_000, "Documents with more characters than this are refused (zip bombs in .docx/.xlsx)."),
    Setting("lock_wait_s", 0, "Seconds a second writer (ingest, reindex, restore) waits for the first; 0 refuses at once."),
    Setting("index_commit_docs", 5000, "Documents per search-index commit during ingest, reindex and reextract (memory ~30 KB each until the commit)."),
    Setting("search_url", "", "Search backend: empty = the embedded Whoosh index; opensearch://host:9200/baocao for an OpenSearch cluster (pip install 'baocao[scale]')."),
    Setting("database_url", "", "The store every command reads and writes: empty = SQLite in the data directory; postgresql://user@host/db for a PostgreSQL database shared by several ingests and servers (pip install 'baocao[scale]'; backed up with pg_dump, not `baocao backup`)."),
    Setting("engine", "local", "How `baocao ingest` runs the per-file work: local (worker processes on this machine) or spark (Apache Spark; needs database_url, pip install 'baocao[spark]')."),
    Setting("spark_master", "local[*]", "Spark master for the spark engine: local[N] (N cores here), spark://host:7077 for a standalone cluster."),
    Setting("shared_corpus", "", "The news corpus (JSON lines, gzip) that the benchmarks, the training scripts and the gold draws read: empty = ../shared/corpora/baomoi-2017.jsonl.gz beside the checkout. baocao itself never reads it."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: object | None = None) -> object:
    """Resolve a setting: explicit override, then BAOCAO_<NAME> in the environment, then the default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    default = setting.default
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    return raw


def data_dir(override: str | os.PathLike | None = None) -> Path:
    # absolute: SQLite URIs (read-only connections, backups) cannot name a relative path
    return Path(str(get("data_dir", override))).expanduser().absolute()


def shared_corpus(override: str | os.PathLike | None = None) -> Path:
    given = get("shared_corpus", override)
    if given:
        return Path(str(given)).expanduser()
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "baomoi-2017.jsonl.gz"

