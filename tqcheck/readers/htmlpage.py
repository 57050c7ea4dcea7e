"""HTML articles and fragments → text with passages, link spans and a source map.

A news page holds far more than its article (menus, teasers, share buttons, cookie
banners), and all of it would produce findings. So only the article's blocks are kept:
paragraphs, headings, captions, bylines and list items, from the ``<article>`` (or
``<main>``) when there is one, never from navigation, footers, asides, forms or scripts.
Blocks are joined by a blank line and whitespace inside a block is collapsed, as a browser
would show it; ``Document.meta["source_map"]`` leads each passage back to its element.

Parsing uses selectolax's lexbor backend, an HTML5 parser, so unclosed ``<p>``/``<li>``
and other tag soup end up in the same tree a browser builds. The tree is walked with an
explicit stack: deeply nested markup cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tqcheck.model import Document, InputError, PassageHint, PassageKind, Span
from tqcheck.readers.base import Item, ReadOptions
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.stream import read_decoded

BLOCKS: dict[str, PassageKind | None] = {
    "p": None,
    "li": None,
    "blockquote": None,
    "dd": None,
    "figcaption": PassageKind.CAPTION,
    "address": PassageKind.BYLINE,
    **{f"h{n}": PassageKind.HEADING for n in range(1, 7)},
}
SKIPPED = frozenset(
    (
        "script",
        "style",
        "nav",
        "footer",
        "aside",
        "form",
        "noscript",
        "template",
        "iframe",
        "svg",
        "math",
        "canvas",
        "object",
        "button",
        "select",
        "textarea",
        "pre",
        "head",
    )
)
INLINE = frozenset(
    (
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    )
)
_SPACE = re.compile(r"[ \t\n\r\f]+")
MAX_PATH_DEPTH = 256
"""Deeper elements share their ancestor's source-map path (memory stays linear in depth)."""
MAX_DEPTH = 25_000
"""Deeper markup is refused before parsing: the HTML5 tree builder is O(depth²) on it
(25,000 nested blocks parse in about a second, 100,000 in about fifteen)."""
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_OPAQUE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|template|textarea|title)\b.*?(?:</\1\s*>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
# Void elements, and elements the parser closes on its own: they never nest deeper.
_NOT_NESTING = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr "  # noqa: SIM905
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp "
    "html head body".split()
)


class HtmlTooDeep(ValueError):
    """Markup nested deeper than :data:`MAX_DEPTH`; the message says what to do."""


def check_depth(markup: str) -> None:
    """Raise :class:`HtmlTooDeep` when elements nest deeper than :data:`MAX_DEPTH`.

    An approximate, linear scan of the tags: void elements and those the parser closes
    on its own (``p``, ``li``, ``td``...) are not counted, nor are tags inside comments,
    scripts and styles; each end tag closes one level.
    """
    if markup.count("<") <= MAX_DEPTH:
        return
    depth = 0
    for m in _TAG.finditer(_OPAQUE.sub("", markup)):
        closing, name, self_closing = m.groups()
        if name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing:
            depth += 1
            if depth > MAX_DEPTH:
                raise HtmlTooDeep(
                    f"HTML nested more than {MAX_DEPTH:,} elements deep; refused: simplify "
                    "the markup"
                )


_BYLINE_WORDS = ("byline", "author")


def _is_byline(node: LexborNode) -> bool:
    attrs = node.attributes
    return any(
        word in (attrs.get(name) or "").lower()
        for name in ("class", "itemprop")
        for word in _BYLINE_WORDS
    )


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    return "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true"


def _elements(nodes: list[LexborNode]) -> list[LexborNode]:
    return [n for n in nodes if n.tag and not n.tag.startswith(("-", "_"))]


def _segment(node: LexborNode, nth: int) -> str:
    """``tag``, ``tag:nth-of-type(n)`` when the tag repeats among siblings, plus ``#id``."""
    seg = node.tag or ""
    if nth:
        seg += f":nth-of-type({nth})"
    ident = node.attributes.get("id")
    if ident and re.fullmatch(r"[A-Za-z][\w-]*", ident):
        seg += f"#{ident}"
    return seg


def css_path(node: LexborNode) -> str:
    """A CSS-like path from the document root down to ``node``."""
    parts = []
    current: LexborNode | None = node
    while current is not None and current.tag and not current.tag.startswith(("-", "_")):
        parent = current.parent
        siblings = _elements(list(parent.iter())) if parent is not None else [current]
        same = [s.mem_id for s in siblings if s.tag == current.tag]
        nth = same.index(current.mem_id) + 1 if len(same) > 1 else 0
        parts.append(_segment(current, nth))
        current = parent
    return " > ".join(reversed(parts))


@dataclass
class HtmlText:
    """Extracted article text; all offsets index ``text``."""

    text: str = ""
    passages: list[PassageHint] = field(default_factory=list)
    links: list[Span] = field(default_factory=list)
    source_map: list[list[Any]] = field(default_factory=list)
    title: str | None = None
    lang: str | None = None
    url: str | None = None


@dataclass
class _Frame:
    node: LexborNode
    path: str
    children: list[LexborNode]
    position: int = 0
    block: bool = False
    _segments: dict[int, str] | None = None

    def segment(self, child: LexborNode) -> str:
        """The CSS path segment of ``child``, computed once for all children."""
        if self._segments is None:
            siblings = _elements(self.children)
            counts = Counter(s.tag for s in siblings)
            seen: Counter[str | None] = Counter()
            self._segments = {}
            for s in siblings:
                seen[s.tag] += 1
                self._segments[s.mem_id] = _segment(s, seen[s.tag] if counts[s.tag] > 1 else 0)
        return self._segments[child.mem_id]


class _Extractor:
    """Collects blocks while walking the tree; one buffer holds the block being read."""

    def __init__(self, loose: bool) -> None:
        self.loose = loose  # also keep text outside any block (feed summaries, bare pages)
        self.out = HtmlText()
        self.parts: list[str] = []
        self.blocks: list[tuple[PassageKind | None, str]] = []
        self.length = 0  # of the joined text so far
        self._reset()
        self.link_depth = 0
        self.br_run = 0

    def _reset(self) -> None:
        self.buf: list[str] = []
        self.size = 0
        self.trailing_space = True
        self.spans: list[list[int]] = []
        self.byline = False
        self.loose_path: str | None = None

    def text(self, value: str, path: str) -> None:
        if not self.blocks and not self.loose:
            return
        value = _SPACE.sub(" ", value)
        if self.trailing_space:
            value = value.lstrip(" ")
        if not value:
            return
        self.br_run = 0
        if not self.blocks and self.loose_path is None:
            self.loose_path = path
        self.buf.append(value)
        self.size += len(value)
        self.trailing_space = value.endswith(" ")

    def link_open(self) -> None:
        self.link_depth += 1
        if self.link_depth == 1:
            self.spans.append([self.size, -1])

    def link_close(self) -> None:
        self.link_depth = max(0, self.link_depth - 1)
        if self.link_depth == 0 and self.spans and self.spans[-1][1] < 0:
            self.spans[-1][1] = self.size

    def line_break(self, path: str) -> None:
        """``<br>`` is a space inside a block; two in a row end a loose paragraph."""
        if self.blocks:
            self.text(" ", path)
            return
        self.br_run += 1
        if self.br_run >= 2:
            self.flush()
        else:
            self.text(" ", path)
            self.br_run = 1

    def flush(self) -> None:
        text = "".join(self.buf).rstrip(" ")
        if text:
            kind, path = self.blocks[-1] if self.blocks else (None, self.loose_path or "")
            if self.byline:
                kind = PassageKind.BYLINE
            self._emit(text, kind, path)
        open_link = self.link_depth > 0
        self._reset()
        if open_link:
            self.spans.append([0, -1])

    def _emit(self, text: str, kind: PassageKind | None, path: str) -> None:
        out = self.out
        start = self.length + 2 if self.parts else 0
        self.parts.append(text)
        self.length = start + len(text)
        out.passages.append(PassageHint(start, start + len(text), kind))
        out.source_map.append([start, start + len(text), path])
        for s, e in self.spans:
            e = len(text) if e < 0 else min(e, len(text))
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            if e > s:
                out.links.append(Span(start + s, start + e))

    def enter(self, frame: _Frame) -> None:
        node, tag = frame.node, frame.node.tag or ""
        byline = _is_byline(node)
        if tag in BLOCKS or (byline and (tag not in INLINE or not self.blocks)):
            self.flush()
            outer = self.blocks[-1][0] if self.blocks else None
            kind = PassageKind.BYLINE if byline or outer is PassageKind.BYLINE else BLOCKS.get(tag)
            self.blocks.append((kind, frame.path))
            frame.block = True
        elif byline:
            self.byline = True  # an author element inside a block makes it the byline
        elif tag not in INLINE and tag != "br":
            self.flush()
        if tag == "a":
            self.link_open()
        elif tag == "br":
            self.line_break(frame.path)

    def exit(self, frame: _Frame) -> None:
        tag = frame.node.tag or ""
        if tag == "a":
            self.link_close()
        if frame.block:
            self.flush()
            self.blocks.pop()
        elif tag not in INLINE and tag != "br":
            self.flush()

    def finish(self) -> HtmlText:
        self.flush()
        self.out.text = "\n\n".join(self.parts)
        return self.out


def _walk(container: LexborNode, extractor: _Extractor) -> None:
    stack = [_Frame(container, css_path(container), list(container.iter(include_text=True)))]
    while stack:
        frame = stack[-1]
        if frame.position >= len(frame.children):
            stack.pop()
            if len(stack) > 0:
                extractor.exit(frame)
            continue
        child = frame.children[frame.position]
        frame.position += 1
        tag = child.tag or ""
        if tag == "-text":
            extractor.text(child.text_content or "", frame.path)
        elif not tag or tag.startswith(("-", "_")) or tag in SKIPPED or _hidden(child):
            continue  # no tag: a processing instruction such as <?php ... ?>
        else:
            deep = len(stack) >= MAX_PATH_DEPTH
            path = frame.path if deep else f"{frame.path} > {frame.segment(child)}"
            sub = _Frame(child, path, list(child.iter(include_text=True)))
            extractor.enter(sub)
            stack.append(sub)


def _inside(node: LexborNode, tags: frozenset[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _container(tree: LexborHTMLParser) -> LexborNode | None:
    """The largest outermost ``<article>``, else ``<main>``, else ``<body>``."""
    articles = [a for a in tree.css("article") if not _inside(a, SKIPPED | frozenset({"article"}))]
    if articles:
        return max(articles, key=lambda a: len(a.text(deep=True, strip=True)))
    return tree.css_first("main") or tree.body or tree.root


def extract_html(markup: str, *, fragment: bool = False) -> HtmlText:
    """Article text of a page (or of a fragment such as a feed item's body).

    Fragments keep loose text outside any block. Pages do too, as a fallback, when they
    have no paragraph-like block at all.
    """
    check_depth(markup)
    tree = LexborHTMLParser(markup)
    container = tree.body if fragment else _container(tree)
    if container is None:
        return HtmlText()
    result = _extract(container, loose=fragment)
    if not fragment and not result.passages:
        result = _extract(container, loose=True)
    if not fragment:
        title = tree.css_first("title")
        if title is not None:
            result.title = _SPACE.sub(" ", title.text()).strip() or None
        if tree.root is not None:
            result.lang = (tree.root.attributes.get("lang") or "").strip() or None
        canonical = tree.css_first('link[rel="canonical"]')
        result.url = canonical.attributes.get("href") if canonical else None
    return result


def _extract(container: LexborNode, loose: bool) -> HtmlText:
    extractor = _Extractor(loose)
    _walk(container, extractor)
    return extractor.finish()


def html_document(markup: str, path: str, options: ReadOptions) -> Document | InputError:
    """One article page → a document of its extracted blocks."""
    try:
        page = extract_html(markup)
    except HtmlTooDeep as exc:
        return InputError(path, str(exc))
    if not page.passages:
        return InputError(path, "no article text found (no paragraphs, headings or list items)")
    return Document(
        text=page.text,
        lang=page.lang or options.lang,
        path=path,
        source_lang=options.source_lang,
        title=page.title,
        url=page.url,
        passages=tuple(page.passages),
        links=tuple(page.links),
        meta={"format": "html", "source_map": page.source_map},
    )


def read_html(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.html``/``.htm``: one document per page."""
    try:
        markup = read_decoded(stream, options.max_bytes)
    except DecodeError as exc:
        yield InputError(display, str(exc))
        return
    yield html_document(markup, display, options)
