"""LibreOffice never outlives the process that started it (issue 15: soffice processes tied to
worker death). `soffice` execs oosplash, which starts soffice.bin as its own child: killing the
worker, or subprocess.run's timeout, used to take oosplash down and leave soffice.bin converting,
re-parented to init."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ingest.guard import run_guarded
from ingest.readers.office import soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def _office_processes(marker: str) -> list[int]:
    """PIDs of live processes whose command line names our profile folder (soffice.bin, oosplash)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker in cmdline and "guard.py" not in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def _wait(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def _slow_conversion(tmp_path: Path) -> tuple[list[str], str]:
    """A conversion that takes LibreOffice several seconds, with a profile folder to find it by."""
    big = tmp_path / "dai.txt"
    big.write_text("Hội Cựu chiến binh tỉnh trao 120 suất quà cho hội viên.\n" * 300_000, encoding="utf-8")
    marker = f"baocao-guard-test-{uuid.uuid4().hex}"
    profile = (tmp_path / marker).as_uri()
    command = [soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"), str(big)]
    return command, marker


def test_office_dies_with_a_killed_worker(tmp_path):
    command, marker = _slow_conversion(tmp_path)
    worker = subprocess.Popen(
        [sys.executable, "-c", "import sys; from ingest.guard import run_guarded; run_guarded(sys.argv[1:])", *command],
        cwd=Path(__file__).resolve().parents[2])
    try:
        assert _wait(lambda: any("soffice.bin" in Path(f"/proc/{p}/cmdline").read_text(errors="replace")
                                 for p in _office_processes(marker)), 60), "soffice.bin never started"
        os.kill(worker.pid, signal.SIGKILL)  # as a killed ingest's worker dies (PR_SET_PDEATHSIG)
        worker.wait()
        left = _wait(lambda: not _office_processes(marker), 5)
        assert left, f"LibreOffice processes left 5 s after the worker died: {_office_processes(marker)}"
    finally:
        for pid in _office_processes(marker):
            os.kill(pid, signal.SIGKILL)


def test_a_timed_out_conversion_leaves_no_office_behind(tmp_path):
    command, marker = _slow_conversion(tmp_path)
    with pytest.raises(subprocess.TimeoutExpired):
        run_guarded(command, timeout=3)
    try:
        assert _wait(lambda: not _office_processes(marker), 5), _office_processes(marker)
    finally:
        for pid in _office_processes(marker):
            os.kill(pid, signal.SIGKILL)


def test_a_guarded_command_reports_like_subprocess_run(tmp_path):
    done = run_guarded([sys.executable, "-c", "import sys; print('ra'); print('lỗi', file=sys.stderr); sys.exit(3)"])
    assert (done.returncode, done.stdout, done.stderr.decode()) == (3, b"ra\n", "lỗi\n")
