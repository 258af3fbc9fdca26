"""bench.stacks without the shared corpus, and its CPU poll of a process tree."""
from __future__ import annotations

import subprocess
import sys

from bench import stacks


def test_skips_cleanly_without_the_shared_corpus(tmp_path, capsys):
    assert stacks.main(["--corpus", str(tmp_path / "absent.jsonl.gz")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_tree_cpu_counts_grandchildren():
    """The CPU of every process under the root (the JVM and Spark's Python workers under the
    ingest), polled while they run: not only what the root reaped."""
    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass"
    code = f"import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', {spin!r}])\np.wait()"
    proc = subprocess.Popen([sys.executable, "-c", code])
    with stacks.TreeCPU([proc.pid], interval=0.05) as tree:
        proc.wait()
    assert tree.seconds >= 0.5
    assert "python" in " ".join(tree.by_name())
