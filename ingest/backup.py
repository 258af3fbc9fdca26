"""`baocao backup FILE` and `baocao restore FILE`: the whole archive in one portable file.

A backup is a gzipped tar with
  manifest.json      format, version, counts, sha256 of every other member
  baocao.sqlite3     a snapshot taken with SQLite's online backup API (one step,
                     so it is one consistent state even while an ingest writes)
  originals/...      the kept originals the snapshot refers to
The search index is not included: it is derived data, rebuilt on restore.
Kept originals are content-addressed and never rewritten, and the store keeps
their paths relative to the data directory, so a restore into another
directory (or machine) needs no path rewriting.

The file is written as FILE.part and renamed when complete, so a backup
killed halfway never looks like a good one.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from ingest import tidy
from ingest.store import DB_NAME

FORMAT = "baocao-backup"
VERSION = 1
MANIFEST = "manifest.json"
COUNTED = ("documents", "sources", "figures", "entities", "runs")


class BackupError(RuntimeError):
    """A backup that cannot be written or a file that is not a good backup; the message says why."""


@dataclass
class BackupInfo:
    path: Path
    counts: dict[str, int]
    originals: int
    size: int
    refused: dict[str, str]  # stored path of a kept original -> why it was left out


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}


def snapshot(db_path: Path, target: Path) -> None:
    """Copy a live SQLite database to target with the online backup API, as one state."""
    source = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.execute("PRAGMA busy_timeout = 30000")
            source.backup(dest, pages=-1)  # all pages in one step: one consistent snapshot
            # a self-contained file: no -wal beside it on the other machine
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def backup(data_dir: Path, out: Path) -> BackupInfo:
    data_dir = Path(data_dir)
    db_path = data_dir / DB_NAME
    if not db_path.is_file():
        raise BackupError(f"không có kho dữ liệu trong {data_dir} (no store to back up)")
    out = Path(out)
    part = out.with_name(out.name + ".part")
    with tempfile.TemporaryDirectory(prefix="baocao-backup-", dir=out.parent) as tmp:
        snap = Path(tmp) / DB_NAME
        snapshot(db_path, snap)
        conn = sqlite3.connect(snap)
        try:
            counts = _counts(conn)
            originals = sorted({r[0] for r in conn.execute(
                "SELECT DISTINCT original FROM sources WHERE original IS NOT NULL")})
        finally:
            conn.close()
        files = {DB_NAME: _sha256_file(snap)}
        missing = []
        refused: dict[str, str] = {}
        for relative in originals:
            reason = _unsafe_original(data_dir, relative)
            if reason:
                refused[relative] = reason
                continue
            path = data_dir / relative
            if path.is_file():
                files[relative] = _sha256_file(path)
            else:
                missing.append(relative)
        manifest = {
            "format": FORMAT, "version": VERSION,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "counts": counts, "files": files, "missing_originals": missing,
            "refused_originals": sorted(refused),
        }
        try:
            with tarfile.open(part, "w:gz", compresslevel=6) as tar:
                body = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(body)
                info.mtime = int(datetime.now().timestamp())
                tar.addfile(info, io.BytesIO(body))
                tar.add(snap, arcname=DB_NAME)
                for relative in files:
                    if relative != DB_NAME:
                        tar.add(data_dir / relative, arcname=relative)
            os.replace(part, out)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    return BackupInfo(out, counts, len(files) - 1, out.stat().st_size, refused)


def _unsafe_original(data_dir: Path, relative: str) -> str | None:
    """Why a kept-original path read from the store must not go into a backup, or None.

    The same rule restore applies to what it reads (`_safe_name`), plus what only the writer can see:
    the file, once symlinks are resolved, must be a regular file inside <data_dir>/originals. A store
    edited by hand (or by an attacker) must not smuggle other files into the archive, nor produce a
    backup that its own restore refuses."""
    if not isinstance(relative, str) or not _safe_name(relative) or relative in (MANIFEST, DB_NAME):
        return "đường dẫn nằm ngoài originals/ (path outside originals/, absolute or with '..')"
    path = data_dir / relative
    if path.is_symlink():
        return "là liên kết tượng trưng (a symlink, not a kept original)"
    root = (data_dir / "originals").resolve()
    if path.exists() and not path.resolve().is_relative_to(root):
        return "trỏ ra ngoài originals/ (resolves outside originals/)"
    return None


# -- restore --------------------------------------------------------------------------


def _safe_name(name: str) -> bool:
    """Only the names a backup writes: no absolute paths, no '..', nothing outside originals/."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name:
        return False
    return name in (MANIFEST, DB_NAME) or (path.parts[0] == "originals" and len(path.parts) >= 2)


def read_manifest(tar: tarfile.TarFile, source: Path) -> dict:
    try:
        member = tar.getmember(MANIFEST)
        manifest = json.loads(tar.extractfile(member).read().decode("utf-8"))
    except (KeyError, AttributeError, ValueError, TypeError) as exc:
        raise BackupError(f"{source}: không phải bản sao lưu baocao (no valid manifest: {exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{source}: không phải bản sao lưu baocao (format {manifest.get('format')!r})")
    if manifest.get("version", 0) > VERSION:
        raise BackupError(f"{source}: bản sao lưu phiên bản {manifest['version']} mới hơn phần mềm này")
    return manifest


def stage_restore(source: Path, data_dir: Path, force: bool = False) -> tuple[Path, dict[str, int]]:
    """Unpack and verify a backup into a stage folder inside data_dir, touching nothing else.

    Returns the stage and the manifest counts. Refuses a data directory that already holds
    documents unless force. The caller holds the data directory's writer lock, builds the
    search index inside the stage, then commits the restore (ingest.tidy.commit_restore), so
    a kill at any moment leaves the old archive or the new one complete.
    """
    source, data_dir = Path(source), Path(data_dir)
    db_target = data_dir / DB_NAME
    if db_target.exists() and not force and _has_documents(db_target):
        raise BackupError(f"{data_dir} đã có dữ liệu; dùng --force để thay bằng bản sao lưu")
    try:
        tar = tarfile.open(source, "r:*")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{source}: không đọc được bản sao lưu ({exc})") from None
    data_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=tidy.STAGE_PREFIX, dir=data_dir))
    try:
        with tar:
            manifest = _unpack(tar, source, stage)
        _verify_db(stage / DB_NAME, manifest["counts"], source)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return stage, manifest["counts"]


def _unpack(tar: tarfile.TarFile, source: Path, stage: Path) -> dict:
    seen: set[str] = set()
    try:
        manifest = read_manifest(tar, source)
        expected: dict[str, str] = manifest["files"]
        for member in tar:
            if member.name == MANIFEST:
                continue
            if not _safe_name(member.name) or not member.isfile() or member.name not in expected:
                raise BackupError(f"{source}: mục lạ trong bản sao lưu: {member.name!r}")
            target = stage / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as handle, open(target, "wb") as out:
                shutil.copyfileobj(handle, out)
            if _sha256_file(target) != expected[member.name]:
                raise BackupError(f"{source}: {member.name} hỏng (sha256 không khớp)")
            seen.add(member.name)
    except (tarfile.TarError, EOFError, OSError, zlib_error()) as exc:
        raise BackupError(f"{source}: bản sao lưu bị cắt cụt hoặc hỏng ({exc})") from None
    if seen != set(expected):
        missing = sorted(set(expected) - seen)
        raise BackupError(f"{source}: thiếu {len(missing)} tệp, ví dụ {missing[0]}")
    return manifest


def zlib_error():
    import zlib

    return zlib.error


def _has_documents(db_path: Path) -> bool:
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _verify_db(path: Path, counts: dict[str, int], source: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"{source}: kho trong bản sao lưu hỏng ({result})")
        actual = _counts(conn)
        # the index is rebuilt from scratch after a restore
        conn.execute("UPDATE documents SET indexed_version = NULL")
        conn.commit()
    finally:
        conn.close()
    if actual != counts:
        raise BackupError(f"{source}: số dòng không khớp bản kê ({actual} != {counts})")
