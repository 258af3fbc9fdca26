"""Finding the files to ingest and keeping content-addressed copies of them."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from ingest.names import text_name
from ingest.readers import suffix_of


def discover(paths: list[str | os.PathLike]) -> list[Path]:
    """Files under the given paths (folders recursively), in a stable order, each once.

    Hidden files and folders (".git", ".DS_Store") and a folder's README (it
    describes the folder, it is not one of its documents) are left out; named
    files are always taken. Missing paths are returned as they are so the
    runner reports them.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser().absolute()
        if path.is_dir():
            # symlinks that lead nowhere (dangling, loops) and symlinked folders (not followed) are
            # taken too, so the runner names each with its reason instead of dropping it unseen
            candidates = sorted(
                p for p in path.rglob("*")
                if (p.is_file() or p.is_symlink()) and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.stem.upper() != "README"
            )
        else:
            candidates = [path]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                found.append(candidate)
    return found


def shown_name(path: Path, roots: list[Path]) -> str:
    """The name a reader sees for a file: relative to what was given to ingest, never the
    server's own layout. A file under a given folder is "folder/sub/file.pdf" (the folder's
    own name kept, as the user knows it); a file given by name is its name alone. The absolute
    path stays in the operator's records (files, run_files) and CLI output."""
    best: Path | None = None
    for root in roots:
        if path == root or path.is_relative_to(root):
            if best is None or len(root.parts) > len(best.parts):
                best = root
    if best is None or path == best:
        return text_name(path.name)
    return text_name(Path(best.name, path.relative_to(best)).as_posix())


def given_roots(paths: list[str | os.PathLike]) -> list[Path]:
    """The paths given to ingest, absolute, as discover() resolves them."""
    return [Path(raw).expanduser().absolute() for raw in paths]


def unreadable(path: Path) -> str | None:
    """Why a discovered path is not a file to read (a symlink loop, a broken link, a symlinked
    folder, a missing path), or None for a readable file."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "vòng lặp liên kết tượng trưng (symlink loop)"
        if path.is_symlink():
            return f"liên kết tượng trưng hỏng (broken symlink to {text_name(os.readlink(path))})"
        return "không tìm thấy tệp hoặc thư mục (no such file or folder)"
    if stat.S_ISDIR(st.st_mode):
        return "thư mục liên kết tượng trưng không được đọc (symlinked folder not followed)"
    return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep_original(data_dir: Path, data: bytes, sha256: str, name: str) -> str:
    """Copy the file's bytes to originals/ab/<sha256><suffix> once; return that path relative to data_dir."""
    relative = Path("originals") / sha256[:2] / (sha256 + suffix_of(name))
    target = data_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(data)
        os.replace(tmp, target)  # atomic: a crash never leaves a half-written original
    return relative.as_posix()


__all__ = ["discover", "unreadable", "sha256_bytes", "keep_original"]
