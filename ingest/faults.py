"""Named crash points, so the fault tests can kill a command at an exact moment.

`BAOCAO_CRASH_AT=name` (or `name@N`, the N-th time) makes the process SIGKILL itself when it
reaches `crash_point("name")`: no cleanup, no atexit, no flush, as with `kill -9` or a power
cut of the process. Deterministic where a timed kill from outside is not: the tests in
tests/robust/test_crash_points.py kill every command at each of its points. Unset (always,
outside those tests) a point costs one dictionary lookup.
"""
from __future__ import annotations

import os
import signal

ENV = "BAOCAO_CRASH_AT"


def _parse(spec: str) -> tuple[str, int] | None:
    if not spec:
        return None
    name, _, nth = spec.partition("@")
    return name.strip(), int(nth) if nth.strip() else 1


_TARGET = _parse(os.environ.get(ENV, ""))
_SEEN: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Die here (SIGKILL to this process only) when the environment names this point."""
    if _TARGET is None or _TARGET[0] != name:
        return
    _SEEN[name] = _SEEN.get(name, 0) + 1
    if _SEEN[name] == _TARGET[1]:
        os.kill(os.getpid(), signal.SIGKILL)
