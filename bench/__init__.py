"""Benchmark of baocao at archive scale, side by side with SQLite FTS5 (run `python -m bench`)."""
