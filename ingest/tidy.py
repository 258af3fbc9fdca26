"""Leftovers of interrupted commands in a data directory, and the end of an interrupted restore.

Commands that write write beside first and rename when done, so a kill leaves at most
temporary files, never a half-written store or index. Those temporary files are listed here
by their names: `baocao check` lists them, and every writer removes them when it takes the
data directory's lock (ingest/lock.py), i.e. at the next start.

A restore is the one command that replaces several things (the store, the index, kept
originals). It stages the new archive in `.restore-*/`, complete and verified, then writes
the journal `restore.pending` naming it (the commit point) and moves the parts in. Killed
before the journal, the old archive is intact and the stage is a leftover; after it, the next
process to open the data directory finishes the moves (`finish_restore`) before reading.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

DB_NAME = "baocao.sqlite3"  # ingest.store's, which imports this module

JOURNAL = "restore.pending"
STAGE_PREFIX = ".restore-"
INDEX = "index"
OLD_INDEX = "index.old"


def _patterns(data_dir: Path) -> list[Path]:
    root = Path(data_dir)
    found: list[Path] = []
    found += [root / "index.new", root / OLD_INDEX]  # a rebuild's new index, a restore's old one
    found += root.glob(STAGE_PREFIX + "*")  # a restore's stage
    found += root.glob("baocao-backup-*")  # a backup's snapshot, when written into the data dir
    found += root.glob("originals/*/*.part")  # a kept original being written
    index = root / INDEX
    found += index.glob("*.tmp")  # Whoosh's scratch folder of a writer
    found += index.glob("_MAIN_*.toc.*")  # a table of contents being written (renamed when done)
    return [p for p in found if os.path.lexists(p)]


def leftovers(data_dir: Path) -> list[Path]:
    """Temporary files and folders of interrupted commands (call while no writer runs)."""
    staged = _staged(Path(data_dir))
    return sorted(p for p in _patterns(data_dir) if p != staged)


def clean(data_dir: Path) -> list[Path]:
    """Remove the leftovers; the caller holds the writer lock. Returns what was removed."""
    removed = leftovers(data_dir)
    for path in removed:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return removed


# -- restore ---------------------------------------------------------------------------


def _staged(root: Path) -> Path | None:
    journal = root / JOURNAL
    try:
        name = journal.read_text("utf-8").strip()
    except OSError:
        return None
    return root / name if name.startswith(STAGE_PREFIX) and "/" not in name else None


def restore_pending(data_dir: Path) -> bool:
    return (Path(data_dir) / JOURNAL).exists()


def commit_restore(data_dir: Path, stage: Path) -> None:
    """Write the journal naming a complete, verified stage: from here on the restore happens."""
    from ingest.faults import crash_point

    root = Path(data_dir)
    tmp = root / (JOURNAL + ".part")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(stage.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, root / JOURNAL)
    crash_point("restore.journal")
    finish_restore(root)


def finish_restore(data_dir: Path) -> bool:
    """Move a committed stage into place; every step can be redone after a kill. The caller
    holds the writer lock. Returns True when there was a restore to finish."""
    from ingest.faults import crash_point

    root = Path(data_dir)
    stage = _staged(root)
    if stage is None:
        (root / JOURNAL).unlink(missing_ok=True)
        return False
    if stage.is_dir():
        db = stage / DB_NAME
        if db.exists():
            # the old store's write-ahead log must not be replayed onto the restored file
            for suffix in ("-wal", "-shm"):
                Path(f"{root / DB_NAME}{suffix}").unlink(missing_ok=True)
            os.replace(db, root / DB_NAME)
        crash_point("restore.store")
        originals = stage / "originals"
        if originals.is_dir():
            for path in sorted(originals.rglob("*")):
                if path.is_file():
                    target = root / path.relative_to(stage)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(path, target)  # content-addressed: the same name is the same bytes
        index = stage / INDEX
        if index.is_dir():
            if (root / INDEX).exists():
                shutil.rmtree(root / OLD_INDEX, ignore_errors=True)
                os.replace(root / INDEX, root / OLD_INDEX)
            crash_point("restore.index")
            os.replace(index, root / INDEX)
        shutil.rmtree(root / OLD_INDEX, ignore_errors=True)
        shutil.rmtree(stage, ignore_errors=True)
    (root / JOURNAL).unlink(missing_ok=True)
    return True
