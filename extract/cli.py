"""Commands for extraction: extract, reextract."""
from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
