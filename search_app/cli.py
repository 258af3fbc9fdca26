"""`baocao`: one click group over the commands each package defines, and the composition root.

The group hands every command the application's components (ingest/ports.py): the extractor
(extract.pipeline) and the index sinks (search_app.backends.index_sinks) that ingest feeds, which ingest, at
the bottom of the layers, does not import itself. Heavy libraries (spaCy, Whoosh, pdfplumber)
are imported only when a command builds a component, so that `baocao --help` stays instant.
"""
from __future__ import annotations

import click

from ingest import cli as ingest_cli
from ingest import failures
from ingest.ports import Components, Extractor, IndexSinks
from extract import cli as extract_cli
from search_app import commands as search_commands
from search_app import maintenance


class _Group(click.Group):
    """Turns environment failures (full disk, read-only store, busy data dir) into one line, exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = failures.describe(exc)
            if message is None:
                raise  # a bug: keep the traceback
            click.echo(f"lỗi: {message}", err=True)
            ctx.exit(failures.EXIT_ENVIRONMENT)


def make_extractor() -> Extractor:
    from extract import pipeline

    return Extractor(extract=pipeline.extract_document, load=pipeline.load, version=pipeline.VERSION)


def make_index_sinks() -> IndexSinks:
    # the backend named by BAOCAO_SEARCH_URL (empty: the embedded Whoosh index)
    from ingest import settings
    from search_app.backends import index_sinks

    return index_sinks(settings.get("search_url"))


COMPONENTS = Components(extractor=make_extractor, index=make_index_sinks)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baocao")
@click.pass_context
def main(ctx: click.Context) -> None:
    """baocao: tìm kiếm và thống kê số liệu trong kho báo cáo, tin bài tiếng Việt."""
    if ctx.obj is None:  # callers embedding the CLI (tests) may hand their own components
        ctx.obj = COMPONENTS


for _command in (*ingest_cli.COMMANDS, *extract_cli.COMMANDS, *search_commands.COMMANDS, *maintenance.COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    main()
