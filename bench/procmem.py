"""Peak resident memory of a process and all its descendants, polled from a thread.

Extraction runs in worker processes, so the parent's own RSS would hide most of
the cost. Summing RSS over the tree counts pages shared after fork() once per
process, so the figure is an upper bound; the poller also records the largest
single process so both can be reported.
"""
from __future__ import annotations

import threading

import psutil


def tree_rss(proc: psutil.Process) -> tuple[int, int, int]:
    """(sum of RSS over the tree, largest single RSS, number of processes) in bytes."""
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0, 0
    total = 0
    largest = 0
    alive = 0
    for member in members:
        try:
            rss = member.memory_info().rss
        except psutil.Error:
            # A worker may exit between listing and reading: skip it.
            continue
        total += rss
        largest = max(largest, rss)
        alive += 1
    return total, largest, alive


class PeakRSS:
    """Context manager polling a pid's process tree every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_tree = 0
        self.peak_single = 0
        self.max_processes = 0
        self.samples = 0
        # CPU (user + system) of the top process alone, without its workers, at the last
        # sample: short by at most one interval of the process's last moments
        self.own_cpu = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _poll(self) -> None:
        try:
            proc = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total, largest, alive = tree_rss(proc)
            if alive == 0 and not proc.is_running():
                break
            self.peak_tree = max(self.peak_tree, total)
            self.peak_single = max(self.peak_single, largest)
            self.max_processes = max(self.max_processes, alive)
            self.samples += 1
            try:
                times = proc.cpu_times()
                self.own_cpu = times.user + times.system
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread = threading.Thread(target=self._poll, name="rss-poller", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def sample_now(pid: int) -> tuple[int, int]:
    """(tree RSS, tree USS) of a running process now; USS is what exit would free."""
    proc = psutil.Process(pid)
    rss = 0
    uss = 0
    for member in [proc, *proc.children(recursive=True)]:
        try:
            info = member.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss
        uss += info.uss
    return rss, uss
