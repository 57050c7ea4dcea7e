"""RSS 2.0 / RSS 1.0 / Atom feeds (``.rss``/``.atom``, or ``.xml`` with a feed root).

Each item becomes one document: its title (a heading passage), a blank line, then its
body with the HTML stripped by the HTML reader, whose passages and link spans are kept
(shifted past the title). The bytes are first parsed with defusedxml, which refuses
entity bombs and external entities, and only then handed to feedparser.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element

import feedparser

from tqcheck.model import Document, InputError, PassageHint, PassageKind, Span
from tqcheck.readers.base import Item, ReadOptions, shown
from tqcheck.readers.htmlpage import HtmlText, HtmlTooDeep, extract_html
from tqcheck.readers.xmlsafe import XmlError, load_xml, local

FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BLOCK = re.compile(r"(?:(?!\r?\n[ \t]*\r?\n).)+", re.DOTALL)  # a run without a blank line
_SEPARATOR = "\n\n"


def is_feed(root: Element) -> bool:
    return local(root.tag) in FEED_ROOTS


def read_feed(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.rss``/``.atom``."""
    try:
        data, root = load_xml(stream, options.max_bytes)
    except XmlError as exc:
        yield InputError(display, str(exc), exc.line)
        return
    yield from feed_documents(data, root, display, options)


def feed_documents(
    data: bytes, root: Element, display: str, options: ReadOptions
) -> Iterator[Item]:
    """Documents of a feed already checked (``root``) by defusedxml."""
    if not is_feed(root):
        yield InputError(display, f"not an RSS or Atom feed (root element <{local(root.tag)}>)")
        return
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        yield InputError(display, "feed has no items; nothing to check")
        return
    feed_lang = (parsed.get("feed") or {}).get("language")
    version = str(parsed.get("version") or "feed")
    for number, entry in enumerate(entries, 1):
        yield _document(entry, number, feed_lang, version, display, options)


def _plain_blocks(text: str) -> HtmlText:
    """A ``text/plain`` body: passages are the blocks between blank lines."""
    text = text.strip()
    out = HtmlText(text=text)
    for m in _BLOCK.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.passages.append(PassageHint(start, end))
    return out


def _body(entry: Mapping[str, Any]) -> tuple[HtmlText, str | None]:
    """The item's content (or, failing that, summary) as text, and its language."""
    contents = list(entry.get("content") or [])
    detail = next((c for c in contents if c.get("type") in _HTML_TYPES), None)
    detail = detail or (contents[0] if contents else entry.get("summary_detail"))
    if not detail or not (detail.get("value") or "").strip():
        return HtmlText(), None
    value = detail.get("value") or ""
    if detail.get("type") in _HTML_TYPES:
        return extract_html(value, fragment=True), detail.get("language")
    return _plain_blocks(value), detail.get("language")


def _title(entry: Mapping[str, Any]) -> str:
    detail = entry.get("title_detail") or {}
    title = entry.get("title") or ""
    if detail.get("type") in _HTML_TYPES:
        title = extract_html(title, fragment=True).text
    return " ".join(title.split())


def _document(
    entry: Mapping[str, Any],
    number: int,
    feed_lang: str | None,
    version: str,
    display: str,
    options: ReadOptions,
) -> Item:
    try:
        title = _title(entry)
        body, body_lang = _body(entry)
    except HtmlTooDeep as exc:
        return InputError(display, f"item {number}: {exc}")
    ident = entry.get("id") or entry.get("link") or None
    if not title and not body.text:
        where = f"item {number}" + (f" ({shown(ident)})" if ident else "")
        return InputError(display, f"{where} has neither title nor text; nothing to check")
    shift = len(title) + len(_SEPARATOR) if title and body.text else 0
    hints = [PassageHint(0, len(title), PassageKind.HEADING)] if title else []
    hints += [PassageHint(h.start + shift, h.end + shift, h.kind) for h in body.passages]
    link = entry.get("link") or ""
    title_lang = (entry.get("title_detail") or {}).get("language")
    return Document(
        text=_SEPARATOR.join(t for t in (title, body.text) if t),
        lang=body_lang or title_lang or feed_lang or options.lang,
        id=str(ident) if ident else None,
        path=display,
        source_lang=options.source_lang,
        title=title or None,
        url=link if link.startswith(("http://", "https://")) else None,
        passages=tuple(hints),
        links=tuple(Span(s.start + shift, s.end + shift) for s in body.links),
        meta={
            "format": version,
            "item": number,
            "source_map": [[s + shift, e + shift, path] for s, e, path in body.source_map],
        },
    )
