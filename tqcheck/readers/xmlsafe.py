"""Safe XML parsing for feeds, XLIFF and TMX: hostile or broken files become messages.

Every XML input goes through defusedxml first. Entity declarations are refused outright
(a "billion laughs" file expands a few hundred bytes into gigabytes; an external entity
such as ``<!ENTITY x SYSTEM "file:///etc/passwd">`` reads local files) and nothing is
ever fetched. Files are read whole, up to ``ReadOptions.max_bytes``.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeTree
from defusedxml.common import (
    DefusedXmlException,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from tqcheck.readers.decode import DecodeError, decode_bytes, looks_binary
from tqcheck.readers.stream import read_whole

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_POSITION = re.compile(r": line \d+, column \d+$")


class XmlError(ValueError):
    """Why an XML file was refused, and the line it happened on (when known)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def local(tag: object) -> str:
    """``{namespace}name`` → ``name``: readers accept files with or without namespaces."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: Element, name: str) -> list[Element]:
    """Direct children called ``name`` (any namespace)."""
    return [child for child in element if local(child.tag) == name]


def child(element: Element, name: str) -> Element | None:
    found = children(element, name)
    return found[0] if found else None


def _check_text(data: bytes) -> None:
    """Clearer messages than expat's for empty, binary or non-UTF-8 files."""
    if not data.strip():
        raise XmlError("empty file; nothing to check")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if looks_binary(data):
        raise XmlError("binary file (NUL bytes); expected an XML text file")
    declared = _DECLARED.match(data)
    if declared is None or declared.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
        try:
            decode_bytes(data)
        except DecodeError as exc:
            raise XmlError(str(exc)) from None


def parse_xml(data: bytes) -> Element:
    """The root element of ``data``, or :class:`XmlError` saying why it was refused."""
    _check_text(data)
    try:
        return SafeTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except EntitiesForbidden as exc:
        target = exc.sysid or exc.pubid
        if target:
            raise XmlError(
                f"XML declares an external entity ('{exc.name}' → {target}); "
                "refused for safety: remove the <!ENTITY> declaration"
            ) from None
        raise XmlError(
            f"XML declares entities (<!ENTITY {exc.name} …>); refused because they can "
            "expand without bound (billion laughs): remove the DTD"
        ) from None
    except ExternalReferenceForbidden:
        raise XmlError(
            "XML refers to an external resource; refused for safety: remove the reference"
        ) from None
    except DefusedXmlException as exc:
        raise XmlError(f"XML refused for safety ({type(exc).__name__}); remove the DTD") from None
    except (ValueError, LookupError):  # expat: an encoding it cannot decode, or no such codec
        declared = _DECLARED.match(data)
        name = declared.group(1).decode("ascii") if declared else "unknown"
        raise XmlError(
            f"XML declares encoding '{name}', which cannot be read; "
            'convert the file to UTF-8 and declare encoding="UTF-8"'
        ) from None
    except ParseError as exc:
        line, column = exc.position
        reason = _POSITION.sub("", str(exc))
        raise XmlError(
            f"not well-formed XML ({reason} at column {column + 1}); "
            "the file may be truncated or damaged",
            line,
        ) from None
    except RecursionError:
        raise XmlError("XML nested too deeply to read") from None


def load_xml(stream: BinaryIO, limit: int) -> tuple[bytes, Element]:
    """Read (up to ``limit`` bytes) and parse a whole XML file."""
    try:
        data = read_whole(stream, limit)
    except DecodeError as exc:
        raise XmlError(str(exc)) from None
    return data, parse_xml(data)
