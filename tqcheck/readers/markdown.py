"""Markdown articles: the raw file is the document text, markdown-it-py finds the passages.

Offsets must index the file as written (so fixes can be applied to it), therefore the
text keeps its markup. Instead of stripping it, the reader tells later stages where it is:
``PassageHint``s come from the block tokens' line maps (heading markers, list bullets and
quote markers fall outside them), and link destinations, emphasis delimiters, code spans
and inline HTML are listed in ``Document.meta["markup_spans"]`` so findings inside them
can be dropped. Link texts go to ``Document.links`` for the leftover-link-text rule.

markdown-it-py does not record where inline tokens come from, so the inline rules are
wrapped to note ``state.pos`` before and after each one runs (only while a recorder is
present in ``env``; the wrapped parser behaves exactly like the stock one otherwise).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from tqcheck.model import Document, InputError, PassageHint, PassageKind, Span
from tqcheck.readers.base import Item, ReadOptions
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.stream import read_decoded

_RECORDER = "tqcheck.markup"
_LINE_END = re.compile(r"\r\n|\r|\n")
_FRONT_OPEN = re.compile(r"(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_FRONT_LANG = re.compile(
    r"""^(?:lang|language)[ \t]*[:=][ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""",
    re.MULTILINE,
)
_FRONT_TITLE = re.compile(r"""^title[ \t]*[:=][ \t]*["']?(.+?)["']?[ \t]*$""", re.MULTILINE)
_ATX_MARKER = re.compile(r"#{1,6}(?=[ \t]|$)")

_PLAIN_TYPES = ("text", "text_special", "code_inline")

InlineRule = Callable[[StateInline, bool], bool]


@dataclass
class _Recorder:
    """Markup and link-label ranges in one inline token's ``content`` coordinates."""

    markup: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)
    delimiters: list[tuple[Token, int, int]] = field(default_factory=list)

    def note(self, name: str, state: StateInline, start: int, first_token: int) -> None:
        end = state.pos
        if name == "escape":
            self.markup.append((start, start + 1))
        elif name in ("backticks", "image", "autolink", "html_inline"):
            self.markup.append((start, end))
        elif name in ("emphasis", "strikethrough"):
            pos = start
            for token in state.tokens[first_token:]:
                self.delimiters.append((token, pos, pos + len(token.content)))
                pos += len(token.content)
        elif name == "link":
            label_end = state.md.helpers.parseLinkLabel(state, start, True)
            if label_end > start:
                self.links.append((start + 1, label_end))
                self.markup.append((start, start + 1))
                self.markup.append((label_end, end))
            else:  # cannot happen for a parsed link; keep the whole construct out of checks
                self.markup.append((start, end))

    def finish(self) -> None:
        """Delimiters that became emphasis (or were consumed by it) are markup."""
        for token, start, end in self.delimiters:
            if token.type != "text" or token.content == "":
                self.markup.append((start, end))


def _wrap(name: str, rule: InlineRule) -> InlineRule:
    def recording(state: StateInline, silent: bool) -> bool:
        recorder = state.env.get(_RECORDER) if isinstance(state.env, dict) else None
        if recorder is None or silent:
            return rule(state, silent)
        if state.pending:
            state.pushPending()  # so tokens the rule pushes are only its own
        start, first = state.pos, len(state.tokens)
        ok = rule(state, silent)
        if ok:
            recorder.note(name, state, start, first)
        return ok

    return recording


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.core.ruler.disable("text_join")
    md.inline.ruler2.disable("fragments_join")  # keep delimiter tokens distinct for finish()
    for rule in md.inline.ruler.__rules__:
        md.inline.ruler.at(rule.name, _wrap(rule.name, rule.fn))
    return md


_MD = _parser()


class _Lines:
    """Line starts and ends of the raw text, split the way markdown-it splits them."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.ends: list[int] = []
        for m in _LINE_END.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(text))


def _front_matter(text: str) -> tuple[int, str]:
    """Number of front-matter lines (YAML ``---`` or TOML ``+++``) and their text."""
    m = _FRONT_OPEN.match(text)
    if not m:
        return 0, ""
    fence = m.group(1)
    closers = (fence, "...") if fence == "---" else (fence,)
    lines = _LINE_END.split(text)
    for i in range(1, len(lines)):
        if lines[i].rstrip() in closers:
            return i + 1, "\n".join(lines[1:i])
    return 0, ""


def _mask(text: str, lines: _Lines, count: int) -> str:
    """``text`` with its first ``count`` lines emptied, keeping the line numbering."""
    if not count:
        return text
    return "\n" * count + text[lines.starts[count] :] if count < len(lines.starts) else ""


@dataclass
class _Block:
    start: int
    end: int
    kind: PassageKind | None
    markup: list[tuple[int, int]]
    links: list[tuple[int, int]]
    plain: str


def _map_inline(
    text: str, lines: _Lines, inline: Token, atx: bool, env: dict[str, Any]
) -> _Block | None:
    """Place an inline token's content in the raw text and translate its recorded spans."""
    assert inline.map is not None
    first_line = inline.map[0]
    pieces = inline.content.split("\n")
    if not inline.content.strip() or first_line + len(pieces) > len(lines.starts):
        return None
    origins: list[int] = []  # absolute offset of each content line's first character
    markup: list[tuple[int, int]] = []
    for i, piece in enumerate(pieces):
        line_start = lines.starts[first_line + i]
        raw = text[line_start : lines.ends[first_line + i]]
        floor = 0
        if atx and i == 0:
            marker = _ATX_MARKER.search(raw)
            floor = marker.end() if marker else 0
        if i > 0 and piece and raw.endswith(piece):
            offset = len(raw) - len(piece)
        else:
            offset = raw.find(piece, floor) if piece else len(raw)
            if offset < 0:
                offset = len(raw) - len(raw[floor:].lstrip(" \t>")) if raw else 0
        if i > 0 and raw[:offset].strip():
            markup.append((line_start, line_start + offset))  # blockquote markers
        origins.append(line_start + offset)
    content_starts = [0]
    for piece in pieces[:-1]:
        content_starts.append(content_starts[-1] + len(piece) + 1)

    def absolute(pos: int) -> int:
        i = bisect.bisect_right(content_starts, pos) - 1
        return origins[i] + min(pos - content_starts[i], len(pieces[i]))

    recorder = _Recorder()
    _MD.inline.parse(inline.content, _MD, {**env, _RECORDER: recorder}, [])
    recorder.finish()
    markup += [(absolute(s), absolute(e)) for s, e in recorder.markup]
    links = [(absolute(s), absolute(e)) for s, e in recorder.links]
    start, end = origins[0], origins[-1] + len(pieces[-1])
    return _Block(start, end, None, markup, links, _plain(inline))


def _plain(inline: Token) -> str:
    """Rendered text of an inline token (for the title), without any markup."""
    parts = [c.content for c in inline.children or () if c.type in _PLAIN_TYPES]
    return " ".join("".join(parts).split())


def _blocks(text: str, source: str, lines: _Lines) -> Iterator[_Block]:
    env: dict[str, Any] = {}  # collects reference definitions for `[text][ref]` links
    tokens = _MD.parse(source, env)
    for i, token in enumerate(tokens):
        if token.type not in ("heading_open", "paragraph_open"):
            continue
        inline = tokens[i + 1] if i + 1 < len(tokens) else None
        if inline is None or inline.type != "inline" or inline.map is None:
            continue
        heading = token.type == "heading_open"
        atx = heading and token.markup.startswith("#")
        block = _map_inline(text, lines, inline, atx, env)
        if block is None:
            continue
        if heading:
            block.kind = PassageKind.HEADING
            block.plain = block.plain if token.tag == "h1" else ""
        else:
            block.plain = ""
        yield block


def _merged(spans: list[tuple[int, int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for s, e in sorted(x for x in spans if x[1] > x[0]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def markdown_document(text: str, path: str, options: ReadOptions) -> Document:
    """The Markdown ``text`` with passage hints, link spans and markup spans."""
    lines = _Lines(text)
    front_lines, front = _front_matter(text)
    hints: list[PassageHint] = []
    markup: list[tuple[int, int]] = []
    links: list[Span] = []
    title: str | None = None
    for block in _blocks(text, _mask(text, lines, front_lines), lines):
        hints.append(PassageHint(block.start, block.end, block.kind))
        markup += block.markup
        links += [Span(s, e) for s, e in block.links if e > s]
        if title is None and block.plain:
            title = block.plain
    lang_match = _FRONT_LANG.search(front)
    title_match = _FRONT_TITLE.search(front)
    meta: dict[str, Any] = {"format": "markdown", "markup_spans": _merged(markup)}
    if front_lines:
        meta["front_matter"] = [0, lines.starts[min(front_lines, len(lines.starts) - 1)]]
    return Document(
        text=text,
        lang=lang_match.group(1) if lang_match else options.lang,
        path=path,
        source_lang=options.source_lang,
        title=title_match.group(1).strip() if title_match else title,
        passages=tuple(hints),
        links=tuple(links),
        meta=meta,
    )


def read_markdown(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.md``/``.markdown``: one document per file."""
    try:
        text = read_decoded(stream, options.max_bytes)
    except DecodeError as exc:
        yield InputError(display, str(exc))
        return
    try:
        yield markdown_document(text, display, options)
    except RecursionError:
        yield InputError(display, "Markdown nested too deeply to parse; simplify the file")
