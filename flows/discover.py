"""Walk the input paths lazily: regular files only, symlink loops and unreadable entries reported, not fatal."""
from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Candidate:
    path: str
    size: int
    mtime_ns: int = 0


@dataclass(frozen=True)
class Rejected:
    path: str
    stage: str
    reason: str
    sha256: str | None = None


def discover(inputs: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Candidate | Rejected]:
    """Yield every file under the inputs (sorted, hidden names skipped), or why it cannot be read."""
    for raw in inputs:
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            yield Rejected(str(root), "discover", "no such file or directory")
            continue
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        yield _check(os.path.join(dirpath, name), max_bytes)
        else:
            yield _check(str(root), max_bytes)


def _check(path: str, max_bytes: int) -> Candidate | Rejected:
    try:
        st = os.stat(path)  # follows symlinks: a loop or a dangling link fails here
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Rejected(path, "discover", "symbolic link loop: the link points back to itself")
        if exc.errno == errno.ENOENT:
            return Rejected(path, "discover", "dangling symbolic link: its target does not exist")
        return Rejected(path, "discover", f"cannot stat the file: {exc.strerror}")
    if not os.path.isfile(path):
        return Rejected(path, "discover", "not a regular file (device, socket or pipe)")
    if st.st_size > max_bytes:
        return Rejected(path, "read", f"file is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit "
                                      "(raise it with --max-bytes if this really is one article)")
    if not os.access(path, os.R_OK):
        return Rejected(path, "read", "permission denied: the file is not readable by this user")
    return Candidate(path, st.st_size, st.st_mtime_ns)


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def file_sha256(path: str) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()
