"""Commands for reading archives into the store: ingest, docs, status."""
from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
