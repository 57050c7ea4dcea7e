"""XLIFF 1.2 and 2.0 (``.xlf``/``.xliff``): each ``<file>`` is one document.

Each translated unit (1.2 ``trans-unit``, 2.0 ``segment``) is one passage whose hint
carries the unit's source text and id. Units without a target are not translated yet:
they are left out of the text but counted in ``Document.meta["missing_targets"]`` so a
report can say the translation is incomplete.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO
from xml.etree.ElementTree import Element

from tqcheck.model import Document, InputError
from tqcheck.readers.base import Item, ReadOptions, shown
from tqcheck.readers.bilingual import Segments
from tqcheck.readers.inline import inline_text
from tqcheck.readers.xmlsafe import XmlError, child, children, load_xml, local

Unit = tuple[str | None, Element | None, Element | None]
"""(id, source element, target element)"""


def read_xliff(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.xlf``/``.xliff``."""
    try:
        _, root = load_xml(stream, options.max_bytes)
    except XmlError as exc:
        yield InputError(display, str(exc), exc.line)
        return
    yield from xliff_documents(root, display, options)


def is_xliff(root: Element) -> bool:
    return local(root.tag) == "xliff"


def xliff_documents(root: Element, display: str, options: ReadOptions) -> Iterator[Item]:
    """Documents of a parsed XLIFF tree (one per ``<file>``)."""
    if not is_xliff(root):
        yield InputError(display, f"not an XLIFF file (root element <{local(root.tag)}>)")
        return
    v2 = root.get("version", "").startswith("2") or ":document:2" in root.tag
    files = children(root, "file")
    if not files:
        yield InputError(display, "XLIFF file has no <file> element; nothing to check")
        return
    for number, element in enumerate(files, 1):
        try:
            yield _document(root, element, number, v2, display, options)
        except RecursionError:
            yield InputError(
                display, f"<file> {number}: inline markup nested too deeply; flatten it"
            )


def _units_v12(file: Element) -> Iterator[Unit]:
    for unit in file.iter():
        if local(unit.tag) == "trans-unit":
            yield unit.get("id"), child(unit, "source"), child(unit, "target")


def _units_v2(file: Element) -> Iterator[Unit]:
    for unit in file.iter():
        if local(unit.tag) != "unit":
            continue
        segments = children(unit, "segment")
        uid = unit.get("id")
        for index, segment in enumerate(segments, 1):
            ident = uid if len(segments) == 1 else f"{uid}/{segment.get('id') or index}"
            yield ident, child(segment, "source"), child(segment, "target")


def _document(
    root: Element, file: Element, number: int, v2: bool, display: str, options: ReadOptions
) -> Item:
    if v2:
        units = _units_v2(file)
        source_lang, target_lang = root.get("srcLang"), root.get("trgLang")
        name = file.get("id") or file.get("original")
    else:
        units = _units_v12(file)
        source_lang = file.get("source-language")
        target_lang = file.get("target-language")
        name = file.get("original")
    segments = Segments()
    missing = 0
    for ident, source, target in units:
        text = inline_text(target) if target is not None else ""
        if not text.strip():
            missing += 1
            continue
        segments.add(text, inline_text(source) if source is not None else None, ident)
    where = f"<file> {shown(name) if name else number}"
    if not segments.targets:
        return InputError(
            display,
            f"{where} has no translated units ({missing} without <target>); nothing to check",
        )
    return Document(
        text=segments.text,
        lang=target_lang or options.lang,
        id=name,
        path=display,
        source=segments.source,
        source_lang=source_lang or options.source_lang,
        passages=tuple(segments.hints),
        meta={"format": "xliff", "version": "2.0" if v2 else "1.2", "missing_targets": missing},
    )
