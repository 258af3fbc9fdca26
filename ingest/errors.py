"""The one exception a reader raises for a file it cannot read."""


class IngestError(Exception):
    """A per-file failure; the batch records the reason and goes on.

    `source` names the part that failed when it is not the file itself
    ("a.zip!b.pdf"); None means the file being read.
    """

    def __init__(self, reason: str, source: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.source = source


class Skipped(IngestError):
    """A member of an archive we do not read (unsupported suffix): counted, not failed."""
