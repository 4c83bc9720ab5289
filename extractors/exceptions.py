"""Why a file could not become a document: each failure names its stage and says what a person can do."""
from __future__ import annotations


class LoadFailure(Exception):
    """A terminal failure for one file: retrying the same bytes gives the same answer."""

    stage = "clean"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ReadFailure(LoadFailure):
    stage = "read"


class DecodeFailure(LoadFailure):
    stage = "decode"


class FrontMatterFailure(LoadFailure):
    stage = "frontmatter"


class CleanFailure(LoadFailure):
    stage = "clean"
