"""`baocao serve`, `reindex`, `search`, `export`. Heavy imports stay inside the commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ingest import settings
from ingest.ports import components
from search_app.facets import TABLE as FACET_TABLE

COMMANDS: list[click.Command] = []

data_dir_option = click.option(
    "--data-dir", type=click.Path(file_okay=False), default=None,
    help=f"Thư mục dữ liệu (mặc định {settings.get('data_dir')!s}, biến môi trường BAOCAO_DATA_DIR).")


def filter_options(fn):
    """The URL filter grammar as command-line options (repeat an option to select several values)."""
    opts = [
        click.option("--year", multiple=True, help="Năm báo cáo (lặp lại để chọn nhiều năm)."),
        click.option("--org", multiple=True, help="Tổ chức (tên chuẩn)."),
        click.option("--activity", multiple=True, help="Mã hoạt động, ví dụ hien_mau."),
        click.option("--province", multiple=True, help="Tỉnh, thành."),
        click.option("--doc-type", "doc_type", multiple=True, help="Loại văn bản, ví dụ bao_cao."),
        click.option("--source", multiple=True, help="Nguồn."),
        click.option("--year-from", "year_from", type=int, default=None, help="Từ năm."),
        click.option("--year-to", "year_to", type=int, default=None, help="Đến năm."),
        click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance"),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


class _Args(dict):
    """A minimal MultiDict for Filters.from_args."""

    def get(self, key, default=None):
        values = super().get(key)
        return values[0] if values else default

    def getlist(self, key):
        return list(super().get(key, []))


def _filters(query: str, options: dict, extra: dict | None = None, per_page: int = 20):
    from search_app.filters import Filters

    args = _Args()
    args["q"] = [query or ""]
    for facet in FACET_TABLE:
        args[facet.param] = list(options.get(facet.name) or [])
    for key in ("year_from", "year_to"):
        if options.get(key) is not None:
            args[key] = [str(options[key])]
    args["sort"] = [options.get("sort") or "relevance"]
    args["per_page"] = [str(per_page)]
    for key, value in (extra or {}).items():
        if value is not None:
            args[key] = [str(value)]
    return Filters.from_args(args, per_page)


def _fail(message: str) -> None:
    click.echo(f"Lỗi: {message}", err=True)
    sys.exit(2)


def bundled_corpus() -> Path | None:
    """The sample corpus shipped with the source tree (next to the packages), or ./corpus."""
    for candidate in (Path.cwd() / "corpus", Path(__file__).resolve().parent.parent / "corpus"):
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    return None


def ensure_ready(store, make_extractor, quiet: bool = False, backend=None) -> None:
    """On an empty store ingest the bundled corpus (extracted by `make_extractor()`, an
    ingest.ports.Extractor, built only then); then bring the index (of `backend`, a
    search_app.backends.SearchBackend; by default the embedded one) up to date."""
    from search_app.backends import open_backend

    if store.count_documents() == 0:
        corpus = bundled_corpus()
        if corpus is None:
            click.echo("Kho trống và không tìm thấy thư mục corpus/ để nạp mẫu.", err=True)
        else:
            from ingest.runner import Runner

            click.echo(f"Kho trống: đang nạp bộ tài liệu mẫu {corpus} ...", err=True)
            extractor = make_extractor()
            runner = Runner(store, extractor=extractor.extract, extractor_setup=extractor.load,
                            extractor_version=extractor.version,
                            report=lambda line: click.echo(line, err=True))
            summary = runner.run([str(corpus)], args=["serve"])
            click.echo(summary.line(), err=True)
    if backend is None:
        backend = open_backend("", store.data_dir)
    count = backend.sync(store)
    if count and not quiet:
        click.echo(f"Đã cập nhật chỉ mục tìm kiếm: {count} văn bản.", err=True)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Địa chỉ lắng nghe.")
@click.option("--port", default=8000, show_default=True, type=int, help="Cổng.")
@click.option("--threads", default=None, type=int,
              help=f"Số luồng phục vụ (mặc định {settings.get('serve_threads')}, BAOCAO_SERVE_THREADS).")
@data_dir_option
def serve_command(host, port, threads, data_dir):
    """Chạy giao diện tìm kiếm (máy chủ WSGI waitress)."""
    import waitress

    from ingest.stores import open_store
    from search_app import create_app

    from ingest.lock import DataDirBusy, writer_lock
    from search_app.backends import IndexBusy, open_backend

    root = settings.data_dir(data_dir)
    backend = open_backend(settings.get("search_url"), root)
    try:
        # ensure_ready writes (sample corpus, index sync): only as the data dir's one writer
        with writer_lock(root, wait_s=0), open_store(root) as store:
            ensure_ready(store, components().extractor, backend=backend)
    except DataDirBusy:
        click.echo("Một lần nhập khác đang ghi vào kho; phục vụ dữ liệu hiện có "
                   "(chỉ mục sẽ được cập nhật khi lần nhập đó xong).", err=True)
    except IndexBusy as exc:
        click.echo(f"{exc} Phục vụ chỉ mục hiện có.", err=True)
    app = create_app({"DATA_DIR": str(root)}, store=open_store(root), engine=backend)
    backend.refresh()  # open the index before the first request
    if getattr(backend, "problem", None):  # never die on a broken index: say what to run, serve the store
        click.echo(f"{backend.problem} Tạm thời tìm kiếm trống; văn bản và số liệu vẫn được phục vụ từ kho.",
                   err=True)
    click.echo(f"baocao đang chạy tại http://{host}:{port}/ (Ctrl-C để dừng)", err=True)
    waitress.serve(app, host=host, port=port, threads=int(settings.get("serve_threads", threads)), ident="baocao",
                   max_request_body_size=app.config["MAX_CONTENT_LENGTH"],
                   # keeps reading the socket while a request runs, so a client that hung up is
                   # noticed (waitress.client_disconnected, checked by search_app/budget.py)
                   channel_request_lookahead=4)


@click.command("reindex")
@data_dir_option
def reindex_command(data_dir):
    """Xây dựng lại toàn bộ chỉ mục tìm kiếm từ kho."""
    from ingest.lock import writer_lock
    from ingest.stores import open_store
    from search_app.backends import IndexBusy, open_backend

    with writer_lock(settings.data_dir(data_dir)), open_store(data_dir) as store:
        backend = open_backend(settings.get("search_url"), store.data_dir)
        try:
            count = backend.rebuild(store)
        except IndexBusy as exc:
            _fail(str(exc))
        finally:
            backend.close()
    click.echo(f"Đã lập chỉ mục {count} văn bản.")


@click.command("search")
@click.argument("query", default="")
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 200), help="Số kết quả.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON (như /api/search).")
@data_dir_option
def search_command(query, limit, as_json, data_dir, **options):
    """Tìm văn bản trong kho, ví dụ: baocao search "cựu chiến binh" --year 2016."""
    from ingest.stores import open_store
    from search_app import service
    from search_app.backends import open_backend
    from search_app.filters import FilterError
    from search_app.query import QueryError

    with open_store(data_dir) as store:
        engine = open_backend(settings.get("search_url"), store.data_dir)
        conn = store.readonly_connection()
        try:
            data = service.search(engine, conn, _filters(query, options, per_page=limit),
                                  int(settings.get("max_query_chars")))
        except (QueryError, FilterError) as exc:
            _fail(str(exc))
        finally:
            conn.close()
            engine.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['total']} văn bản")
    for r in data["results"]:
        years = ",".join(str(y) for y in r["years"]) or "-"
        click.echo(f"{r['id']}  {r['published'] or '          '}  [{years}]  {r['title']}")


@click.command("export")
@click.option("--what", type=click.Choice(["figures", "documents"]), required=True, help="Xuất số liệu hay văn bản.")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), required=True)
@click.option("-q", "--query", default="", help="Từ khóa (cùng cú pháp ô tìm kiếm).")
@filter_options
@click.option("--unit", default=None, help="Đơn vị của số liệu, ví dụ “suất quà”.")
@click.option("--qualifier", default=None, type=click.Choice(["exact", "over", "under", "about", "range"]))
@click.option("--value-min", "value_min", type=float, default=None)
@click.option("--value-max", "value_max", type=float, default=None)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="Tệp kết quả.")
@click.option("--base-url", "base_url", default="http://127.0.0.1:8000", show_default=True,
              help="Địa chỉ của `baocao serve`, cho cột liên kết tới từng văn bản.")
@data_dir_option
def export_command(what, fmt, query, unit, qualifier, value_min, value_max, output, base_url, data_dir, **options):
    """Xuất toàn bộ số liệu hoặc văn bản khớp bộ lọc ra CSV, Excel hoặc JSON."""
    from ingest.stores import open_store
    from search_app import db, exports, service
    from search_app.backends import open_backend
    from search_app.filters import FilterError
    from search_app.query import QueryError

    limit = int(settings.get("max_query_chars"))
    with open_store(data_dir) as store:
        engine = open_backend(settings.get("search_url"), store.data_dir)
        conn = store.readonly_connection()
        try:
            filters = _filters(query, options, {"unit": unit, "qualifier": qualifier,
                                                "value_min": value_min, "value_max": value_max})
            if what == "figures":
                rows = service.figures_with_groups(conn, service.matching_ids(engine, filters, limit), filters.figure)
                rows, columns = exports.with_labels(rows, base_url, "doc_id"), exports.FIGURE_EXPORT_COLUMNS
            else:
                rows = db.iter_documents(conn, engine.ordered_ids(filters, limit))
                rows, columns = exports.with_labels(rows, base_url, "id"), exports.DOCUMENT_EXPORT_COLUMNS
            count = 0

            def counted():
                nonlocal count
                for row in rows:
                    count += 1
                    yield row

            # a missing folder is created; the file appears only when complete (written beside, then renamed)
            target = Path(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            try:
                with open(partial, "wb") as fh:
                    for chunk in exports.EXPORTERS[fmt].stream(columns, counted()):
                        fh.write(chunk)
                partial.replace(target)
            finally:
                partial.unlink(missing_ok=True)
        except (QueryError, FilterError) as exc:
            _fail(str(exc))
        finally:
            conn.close()
            engine.close()
    click.echo(f"Đã xuất {count} dòng vào {output}.")


@click.command("corrections")
@click.option("--export", "output", type=click.Path(dir_okay=False), default=None,
              help="Ghi toàn bộ nhật ký hiệu chỉnh ra tệp (định dạng theo --format).")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True)
@data_dir_option
def corrections_command(output, fmt, data_dir):
    """Nhật ký hiệu chỉnh số liệu và tổ chức của người biên tập (in ra, hoặc --export FILE)."""
    from ingest.stores import open_store
    from search_app import db, exports

    with open_store(data_dir) as store:
        conn = store.readonly_connection()
        try:
            rows = db.corrections(conn)
        finally:
            conn.close()
    if output is None:
        for r in rows:
            state = "" if r["active"] and r["matched"] else (" (đã thay)" if not r["active"] else " (không còn khớp)")
            click.echo(f"{r['corrected_at']}  {r['corrected_by']}  {r['action']:<7} {r['target']:<12} "
                       f"{r['doc_id']}:{r['start']}-{r['end']} “{r['text']}” "
                       f"{json.dumps(r['changes'], ensure_ascii=False)}{state}")
        click.echo(f"{len(rows)} hiệu chỉnh.")
        return
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as fh:
            for chunk in exports.EXPORTERS[fmt].stream(exports.CORRECTION_LOG_COLUMNS, exports.correction_log_rows(rows)):
                fh.write(chunk)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    click.echo(f"Đã xuất {len(rows)} hiệu chỉnh vào {output}.")


COMMANDS.extend([serve_command, reindex_command, search_command, export_command, corrections_command])
