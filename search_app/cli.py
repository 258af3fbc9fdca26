"""`baocao`: one click group over the commands each package defines.

Heavy libraries (spaCy, Whoosh, pdfplumber) are imported inside the commands so
that `baocao --help` stays instant.
"""
from __future__ import annotations

import click

from ingest import cli as ingest_cli
from extract import cli as extract_cli
from search_app import commands as search_commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baocao")
def main() -> None:
    """baocao: tìm kiếm và thống kê số liệu trong kho báo cáo, tin bài tiếng Việt."""


for _command in (*ingest_cli.COMMANDS, *extract_cli.COMMANDS, *search_commands.COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    main()
