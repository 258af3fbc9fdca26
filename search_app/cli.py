"""`baocao`: one click group over the commands each package defines.

Heavy libraries (spaCy, Whoosh, pdfplumber) are imported inside the commands so
that `baocao --help` stays instant.
"""
from __future__ import annotations

import click

from ingest import cli as ingest_cli
from ingest import failures
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baocao")
def main() -> None:
    """baocao: tìm kiếm và thống kê số liệu trong kho báo cáo, tin bài tiếng Việt."""


for _command in (*ingest_cli.COMMANDS, *extract_cli.COMMANDS, *search_commands.COMMANDS, *maintenance.COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    main()
