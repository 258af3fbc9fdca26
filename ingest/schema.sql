-- The system of record, one schema for SQLite and PostgreSQL (ingest/store.py and ingest/pgstore.py
-- fill in the few words the two dialects spell differently: $$json, $$serial, $$seq). Every statement is
-- idempotent, so opening an old store upgrades it; columns added since a store was made are added by
-- Store.open (ADD_COLUMNS in ingest/store.py), which then records SCHEMA_VERSION in schema_version.

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL          -- one row: ingest.store.SCHEMA_VERSION of the code that last upgraded it
);

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,              -- hash of normalised text: the dedup key
$seq    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,                   -- ISO date
    years $json NOT NULL DEFAULT '[]', -- list of ints
    provinces $json NOT NULL DEFAULT '[]',
    doc_type TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    url TEXT,
    source_name TEXT,
    added_at TEXT NOT NULL,
    extractor_version INTEGER,        -- NULL until extracted
    records $json,                    -- JSON of extract.records.Extraction
    indexed_version INTEGER,          -- NULL until the search index has it
    ocr $json                         -- list of the pages read by OCR ({page, confidence, low}); NULL: text layer
);

CREATE TABLE IF NOT EXISTS sources (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,             -- path, archive.zip!member, file.jsonl#line
$seq    original TEXT,                    -- path of the kept original under data_dir/originals, if kept
    shown TEXT,                       -- the name readers see: relative to what was given to ingest
    PRIMARY KEY (doc_id, source)
);

CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,            -- absolute path of an ingested file
    size BIGINT NOT NULL,
    mtime_ns BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    last_run BIGINT,
    status TEXT NOT NULL              -- ok | duplicate | unchanged | error
);

CREATE TABLE IF NOT EXISTS figures (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    value_max DOUBLE PRECISION,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    activity TEXT NOT NULL,
    organizations $json NOT NULL,     -- list of canonical names
    year INTEGER,
    place TEXT,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'result', -- result | target
    period_from INTEGER,              -- the years a figure covers when it is several (year is then NULL)
    period_to INTEGER,
    role TEXT NOT NULL DEFAULT 'plain', -- plain | total | part | rate (extract/records.py FIGURE_ROLES)
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS figures_activity ON figures(activity, year);

CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,               -- organization | person | place
    name TEXT NOT NULL,
    canonical TEXT,
    kind TEXT,
    level TEXT,
    place TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id, type);

CREATE TABLE IF NOT EXISTS runs (
    id $serial,
    started TEXT NOT NULL,
    finished TEXT,
    args $json NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS run_files (
    run_id BIGINT NOT NULL REFERENCES runs(id),
$seq    source TEXT NOT NULL,
    status TEXT NOT NULL,             -- ok | duplicate | unchanged | error | skipped
    reason TEXT,
    doc_id TEXT,
    notes TEXT
);
CREATE INDEX IF NOT EXISTS run_files_run ON run_files(run_id, status);

-- Coordination programmes and plans found by the extractor (extract/commitments.py), one row per
-- document, and their numbered commitments; rewritten with the figures on every extraction.
CREATE TABLE IF NOT EXISTS programmes (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,               -- chuong_trinh_phoi_hop | ke_hoach | quy_che_phoi_hop
    title TEXT NOT NULL,
    parties $json NOT NULL,           -- list of canonical names
    period_from INTEGER,
    period_to INTEGER,
    signatories $json NOT NULL        -- list of {name, title, organization, start, end}
);

CREATE TABLE IF NOT EXISTS commitments (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    section TEXT NOT NULL,            -- content | responsibility
    number TEXT NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    party TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- People's corrections of figures and organisation mentions, kept apart from the machine's rows:
-- re-extraction rewrites figures and entities, never this table. A correction names its mention
-- by offsets and text; Store.write_extraction moves it onto the new mention when offsets shift.
-- The newest correction of a mention is the active one; older ones stay for the audit page.
CREATE TABLE IF NOT EXISTS corrections (
    id $serial,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    target TEXT NOT NULL,             -- figure | organization | group (a figure's grouping)
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,               -- the mention as written
    action TEXT NOT NULL,             -- confirm | correct | reject; ungroup | regroup for a group
    changes $json NOT NULL DEFAULT '{}',  -- JSON: field -> corrected value
    original $json NOT NULL DEFAULT '{}', -- JSON: the machine's values when the correction was made
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    matched INTEGER NOT NULL DEFAULT 1    -- 0: the last extraction has no such mention any more
);
CREATE INDEX IF NOT EXISTS corrections_mention ON corrections(doc_id, target, start, "end", active);
