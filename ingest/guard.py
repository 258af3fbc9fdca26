"""Running a helper program (LibreOffice) so that it never outlives the process that asked for it.

`soffice` is a shell script that execs `oosplash`, which starts `soffice.bin` as its own child.
Tying the first process to our death (prctl PR_SET_PDEATHSIG) is not enough: when a worker is
killed, oosplash dies with it and soffice.bin is re-parented to init and keeps converting, and
`subprocess.run(timeout=...)` kills oosplash alone the same way. So the command runs under a
small guardian (this file, run by path with the standard library only): the guardian starts it
in a session of its own, gets SIGTERM when its parent dies, and kills that whole session then.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

# linux/prctl.h
_PR_SET_PDEATHSIG = 1
POLL_S = 0.25


def run_guarded(args: list[str], timeout: float | None = None, **kwargs) -> subprocess.CompletedProcess:
    """subprocess.run(args, capture_output=True, ...), with every process `args` starts killed when
    the timeout passes or when this process dies (even by SIGKILL)."""
    guardian = [sys.executable, "-I", "-S", __file__, str(os.getpid()), *args]
    proc = subprocess.Popen(guardian, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            **kwargs)
    try:
        out, err = proc.communicate(timeout=timeout)
    except BaseException:  # the timeout, and the document time limit's alarm (ingest/timelimit.py)
        proc.terminate()  # the guardian takes the command's whole session down, then exits
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def _arm_death_signal() -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the polling below still notices the parent is gone


def _main(argv: list[str]) -> int:
    parent, command = int(argv[0]), argv[1:]
    _arm_death_signal()
    if os.getppid() != parent:
        return 1  # the parent died before the signal was armed
    child = subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)

    def stop(signum, _frame) -> None:
        _kill_session(child.pid)
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        try:
            code = child.wait(timeout=POLL_S)
            break
        except subprocess.TimeoutExpired:
            if os.getppid() != parent:  # systems without a death signal
                stop(signal.SIGTERM, None)
    _kill_session(child.pid)  # what the command left running behind it
    return code


def _kill_session(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # nothing left in it


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
