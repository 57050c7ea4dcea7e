"""Bytes → text: UTF-8 (BOM removed) or UTF-16 with a BOM; anything else is refused."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """Input bytes that are not text tqcheck can read; the message says why."""


def looks_binary(head: bytes) -> bool:
    """NUL bytes in the first 8 KB (more than 1 %) mean an image, archive or similar."""
    head = head[:8192]
    return b"\x00" in head and head.count(b"\x00") > len(head) // 100


def decode_bytes(data: bytes) -> str:
    """Decode exactly (no newline translation), or raise :class:`DecodeError` with a reason."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"invalid UTF-16 at byte {exc.start}; the file may be truncated: "
                "re-export it, preferably as UTF-8"
            ) from None
    if looks_binary(data):
        raise DecodeError("binary file (NUL bytes); expected UTF-8 or UTF-16 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8"
        ) from None
