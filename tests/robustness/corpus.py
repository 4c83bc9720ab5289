"""A corpus of bad files, generated in the test's temp dir: what real archives hold besides articles."""
from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

GOOD = "Acme Corp was fined $5 million by the Federal Trade Commission on March 3, 2020.\n"
ALIAS_BOMB = ("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
              "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
              "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: Bomb\n---\n" + GOOD)

# name -> (bytes, what must become of it: "document" or the load_errors stage)
CASES: dict[str, tuple[bytes, str]] = {
    "good.txt": (GOOD.encode(), "document"),
    "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "decode"),
    "paper.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "decode"),
    "archive.txt.gz": (gzip.compress(GOOD.encode()), "decode"),
    "random.bin": (bytes(range(256)) * 40, "decode"),
    "nul-bytes.txt": (GOOD.replace("fined", "fi\x00ned").encode(), "document"),
    "utf16-bom.txt": (codecs.BOM_UTF16_LE + GOOD.replace("$", "€").encode("utf-16-le"), "document"),
    "cp1252.txt": (GOOD.replace("$5", "€5").replace("Corp", "Corp \u2013").encode("cp1252"), "document"),
    "latin1.txt": ("Café Müller GmbH was fined 2 million euros in 2019.\n".encode("latin-1"), "document"),
    "invalid-utf8.txt": (GOOD.encode() + b"\xff\xfe\xc3\x28 trailing\n", "document"),
    "empty.txt": (b"", "decode"),
    "whitespace.txt": (b"  \n\t \r\n  ", "decode"),
    "unclosed-header.md": (b"---\ntitle: Never closed\ndate: 2020-01-01\n" + GOOD.encode(), "frontmatter"),
    "bad-indent-header.md": (b"---\ntitle: x\n  date: : 2020\n- a\n---\n" + GOOD.encode(), "document"),
    "alias-bomb.md": (ALIAS_BOMB.encode(), "document"),
    "python-tag.md": (b"---\ntitle: !!python/object/apply:os.system ['touch /tmp/newsledger-pwned']\n---\n"
                      + GOOD.encode(), "document"),
    "header-only.md": (b"---\ntitle: Only a header\n---\n", "clean"),
    "truncated.html": (b"<html><body><p>" + GOOD.encode() + b"<p>And then <b>it stopped", "document"),
    "deep.html": (b"<div>" * 20000 + GOOD.encode() + b"</div>" * 20000, "document"),
    "one-megabyte-line.txt": ((GOOD.strip() + " ") .encode() * 15000, "document"),
    "giant-number.txt": (b"Acme was fined $" + b"9" * 5000 + b" billion by the SEC in 2020.\n", "document"),
    "too-big.txt": (b"x", "read"),  # made sparse and large below
    "it's; DROP TABLE documents; --.txt": (GOOD.encode(), "document"),
    "new\nline \U0001f600.txt": (GOOD.replace("Acme", "Emoji").encode(), "document"),
}
MAX_BYTES = 2_000_000


def make_bad_corpus(root: Path) -> dict[str, str]:
    """Write CASES under root (plus a symlink loop); return path -> expected outcome."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for name, (data, outcome) in CASES.items():
        path = root / name
        path.write_bytes(data)
        expected[str(path)] = outcome
    with open(root / "too-big.txt", "r+b") as fh:
        fh.truncate(MAX_BYTES + 1)
    loop_a, loop_b = root / "loop-a.txt", root / "loop-b.txt"
    os.symlink(loop_b.name, loop_a)
    os.symlink(loop_a.name, loop_b)
    expected[str(loop_a)] = expected[str(loop_b)] = "discover"
    os.symlink("does-not-exist.txt", root / "dangling.txt")
    expected[str(root / "dangling.txt")] = "discover"
    return expected
