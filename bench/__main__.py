"""`python -m bench`: ingest, search (vs SQLite FTS5), export and serve, measured and tabulated."""
from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import psutil

from bench import corpus, export_bench, ingest_bench, peer, queries, report, search_bench, serve_bench
from bench.runs import REPO, STORE_FILE
from ingest.settings import shared_corpus

DEFAULT_RESULTS = REPO / "bench" / "RESULTS.md"
PARTS = ("ingest", "search", "export", "serve")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=shared_corpus(),
                        help="a .jsonl/.jsonl.gz file (id,title,text per line) or a folder of documents")
    parser.add_argument("--sizes", default="10,30,100", help="percentages of the corpus to ingest, e.g. 10,30,100")
    parser.add_argument("--limit", type=int, default=None,
                        help="use only the first N records of the corpus (smoke runs); sizes apply to these")
    parser.add_argument("--workers", type=int, default=None, help="passed to `ingest --workers`")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over the query set")
    parser.add_argument("--warmup", type=int, default=2,
                        help="untimed rounds over the separate warm-up queries first")
    parser.add_argument("--serve-rounds", type=int, default=2, help="rounds of the query set over HTTP")
    parser.add_argument("--skip", default="", help=f"comma list of parts to skip: {', '.join(PARTS)}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="an existing baocao data dir: skip ingest, run the other parts on it")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="keep slices, data dirs and logs here (default: a temp dir removed at the end)")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw report as JSON")
    parser.add_argument("--merge-json", type=Path, action="append", default=[],
                        help="raw report of an earlier run (--json) whose parts this run did not measure "
                             "are added to the report; repeatable")
    parser.add_argument("--write-results", nargs="?", type=Path, const=DEFAULT_RESULTS, default=None,
                        help=f"write the Markdown report (default path {DEFAULT_RESULTS.relative_to(REPO)})")
    args = parser.parse_args(argv)
    try:
        args.sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: cần các số phần trăm cách nhau bởi dấu phẩy, nhận {args.sizes!r}")
    if not args.sizes or any(not 0 < s <= 100 for s in args.sizes):
        parser.error("--sizes: mỗi giá trị phải trong khoảng (0, 100]")
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    unknown = args.skip - set(PARTS)
    if unknown:
        parser.error(f"--skip: không có phần {sorted(unknown)}; chọn trong {', '.join(PARTS)}")
    if args.data_dir is not None:
        args.skip.add("ingest")
    return args


def git_revision() -> str:
    """The commit measured, with "+dirty" when the worktree has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def machine_meta(args: argparse.Namespace, argv: list[str]) -> dict:
    return {
        "revision": git_revision(),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python -m bench " + " ".join(shlex.quote(a) for a in argv),
        "cpu_logical": os.cpu_count(),
        "cpu_physical": psutil.cpu_count(logical=False),
        "ram_gb": psutil.virtual_memory().total / 1024**3,
        "platform": platform.platform(terse=True),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "corpus": str(args.corpus),
        "corpus_records": 0,
        "load_start": os.getloadavg()[0],
    }


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def error_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def ingest_one(slice_: corpus.Slice, args, work: Path, result: dict) -> Path | None:
    """Ingest one slice into a fresh data dir; the dir when it worked, else None."""
    data_dir = work / f"data-{slice_.percent:g}pct"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    say(f"ingest {slice_.percent:g}% ({slice_.records:,} records) -> {data_dir}")
    row = ingest_bench.run(slice_, data_dir, work / "logs", args.workers)
    say(f"  {row['seconds']:.1f} s, {row['records_per_s']:.1f} records/s, exit {row['returncode']}")
    result["ingest"].append(row)
    result["ingest"].sort(key=lambda r: r["percent"])
    if row["returncode"] != 0:
        result["errors"].append(f"ingest {slice_.percent:g}%: exit {row['returncode']}: {row['stderr_tail'][-300:]}")
        return None
    return data_dir if row["documents"] else None


def run_search(args, data_dir: Path, work: Path, result: dict) -> None:
    query_set = queries.load()
    say("building the FTS5 peer from the baocao store")
    info = peer.build(data_dir / STORE_FILE, work / "peer.sqlite3")
    result["peer_build"] = asdict(info)
    engines = {}
    try:
        engines["baocao"] = search_bench.baocao_engine(data_dir)
    except Exception as exc:  # the report says why baocao is missing; the peer still runs
        result["errors"].append(f"search: baocao app: {error_text(exc)}")
    peers = [peer.Peer(work / "peer.sqlite3"), peer.PeerOneMatch(work / "peer.sqlite3")]
    engines["fts5"] = search_bench.peer_engine(peers[0])
    engines["fts5_tuned"] = search_bench.peer_engine(peers[1])
    say(f"search: {len(query_set)} queries x {args.rounds} rounds on {', '.join(engines)}")
    try:
        table = search_bench.measure(engines, query_set, queries.load(section="warmup"), args.warmup, args.rounds)
    finally:
        for each in peers:
            each.close()
    summary = search_bench.summarise(table)
    summary.update(queries=len(query_set), rounds=args.rounds, warmup=args.warmup)
    result["search"] = summary


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    started = time.perf_counter()
    result: dict = {"meta": machine_meta(args, argv), "ingest": [], "errors": []}
    if args.corpus and not args.corpus.exists() and "ingest" not in args.skip:
        print(f"bench: {args.corpus}: không tìm thấy kho văn bản", file=sys.stderr)
        return 2
    temp = None
    if args.work_dir is None:
        temp = tempfile.mkdtemp(prefix="baocao-bench-")
        work = Path(temp)
    else:
        work = args.work_dir.resolve()
        work.mkdir(parents=True, exist_ok=True)
    def checkpoint() -> None:
        # Long runs write what they have after every step, so a stopped run still reports.
        write_outputs(args, result, started, final=False)

    try:
        data_dir = args.data_dir.resolve() if args.data_dir else None
        rest: list[corpus.Slice] = []
        if "ingest" not in args.skip:
            total, slices = corpus.make_slices(args.corpus, args.sizes, work / "slices", args.limit)
            result["meta"]["corpus_records"] = total
            # The largest slice first: parts 2-5 run on it while the smaller ones wait,
            # so the full-corpus numbers exist even if a long run is cut short.
            slices.sort(key=lambda s: -s.percent)
            data_dir = ingest_one(slices[0], args, work, result)
            rest = slices[1:]
            checkpoint()
        if {"search", "export", "serve"} <= args.skip:
            pass  # nothing to run on a store (e.g. only merging earlier reports)
        elif data_dir is None or not (data_dir / STORE_FILE).exists():
            result["errors"].append("no baocao store to search: ingest failed or --data-dir has none")
        else:
            result["meta"]["data_dir"] = str(data_dir)
            parts = [
                ("search", lambda: run_search(args, data_dir, work, result)),
                ("export", lambda: result.__setitem__(
                    "export", export_bench.run(data_dir, work / "exports", work / "logs"))),
                ("serve", lambda: result.__setitem__(
                    "serve", serve_bench.run(data_dir, queries.load(), args.serve_rounds, work / "logs"))),
            ]
            for name, part in parts:
                if name in args.skip:
                    continue
                say(f"{name} ...")
                try:
                    part()
                except Exception as exc:  # one failed part must not hide the others' numbers
                    result["errors"].append(f"{name}: {error_text(exc)}")
                    say(f"{name} failed: {error_text(exc)}")
                checkpoint()
        for slice_ in sorted(rest, key=lambda s: s.percent):
            ingest_one(slice_, args, work, result)
            checkpoint()
        for fmt_name, row in (result.get("export") or {}).get("formats", {}).items():
            if row["returncode"] != 0:
                result["errors"].append(f"export {fmt_name}: exit {row['returncode']}: {row['stderr_tail'][-300:]}")
        if (result.get("serve") or {}).get("errors"):
            result["errors"].append(f"serve: {result['serve']['errors']} non-200 answers over HTTP")
    finally:
        write_outputs(args, result, started, final=True)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    return 1 if result["errors"] else 0


def merged(result: dict, earlier_paths: list[Path]) -> dict:
    """This run's report plus the parts (and ingest sizes) only the earlier runs measured."""
    out = json.loads(json.dumps(result, default=str))
    out["meta"]["earlier"] = []
    for path in earlier_paths:
        earlier = json.loads(path.read_text(encoding="utf-8"))
        have = {row["percent"] for row in out["ingest"]}
        out["ingest"] += [dict(row, run=earlier["meta"]["command"]) for row in earlier.get("ingest", [])
                          if row["percent"] not in have]
        out["ingest"].sort(key=lambda r: r["percent"])
        for part in ("search", "peer_build", "export", "serve"):
            if part not in out and part in earlier:
                out[part] = earlier[part]
        out["errors"] += [f"(earlier run) {e}" for e in earlier.get("errors", [])]
        out["meta"]["earlier"].append({k: earlier["meta"].get(k) for k in
                                       ("command", "date", "revision", "load_start", "load_end", "total_seconds")})
        if not out["meta"].get("corpus_records"):
            out["meta"]["corpus_records"] = earlier["meta"].get("corpus_records", 0)
            out["meta"]["corpus"] = earlier["meta"].get("corpus", out["meta"]["corpus"])
    return out


def write_outputs(args, result: dict, started: float, final: bool) -> None:
    result["meta"]["load_end"] = os.getloadavg()[0]
    result["meta"]["total_seconds"] = time.perf_counter() - started
    result["meta"]["complete"] = final
    shown = merged(result, args.merge_json) if args.merge_json else result
    text = report.render(shown)
    if shown["errors"]:
        text += "\n## Errors\n\n" + "\n".join(f"- `{e}`" for e in shown["errors"]) + "\n"
    if final:
        print(text)
    if args.write_results:
        args.write_results.write_text(text, encoding="utf-8")
        if final:
            say(f"wrote {args.write_results}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
