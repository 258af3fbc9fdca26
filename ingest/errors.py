"""The one exception a reader raises for a file it cannot read."""


class IngestError(Exception):
    """A per-file failure; the batch records the reason and goes on."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
