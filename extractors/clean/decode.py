"""Raw bytes → str: BOMs, UTF-8, UTF-16, cp1252/latin-1; binary and empty files rejected with a reason."""
from __future__ import annotations

import codecs
import re

from extractors.exceptions import DecodeFailure

# magic numbers of formats people drop into article folders by mistake
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"), (b"PK\x03\x04", "a ZIP archive (or docx/xlsx)"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"), (b"RIFF", "a RIFF media file"), (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3", "a SQLite database"), (b"DUCK", "a DuckDB file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NULs in every other byte; read it as such."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for nul_share, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if nul_share > 0.4 * half and min(even, odd) < 0.05 * half:
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


# control characters other than the whitespace ones (\t \n \v \f \r)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = len(_CONTROL.findall(sample))
    return control > 0.1 * len(sample)


def decode(raw: bytes) -> str:
    """Decode article bytes; NUL bytes are dropped, line endings normalised to \\n."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DecodeFailure(f"this is {what}, not an article; remove it from the input folder")
    text: str | None = None
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeFailure(f"starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason} "
                                    f"at byte {exc.start}; re-save the file as UTF-8") from exc
            break
    if text is None and raw.count(0) > len(raw) // 8:
        text = _utf16_without_bom(raw)
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 is what Windows tools and old CMSs write; latin-1 covers the five bytes cp1252 leaves undefined
            text = raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1")
    text = text.replace("\x00", "")
    if _looks_binary(text):
        raise DecodeFailure("mostly control characters: this looks like a binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeFailure("the file is empty or holds only whitespace")
    return text


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False
