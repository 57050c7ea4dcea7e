"""TMX translation memories (``.tmx``): the whole file is one document.

Each ``<tu>`` is a passage. Its target is the variant in ``ReadOptions.lang`` when there
is one (unless that is the header's source language: the default ``en`` must not turn
an English→German memory around), otherwise the second ``<tuv>``; the source is the
header's source-language variant, otherwise the first other one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree.ElementTree import Element

from tqcheck.model import Document, InputError
from tqcheck.readers.base import Item, ReadOptions
from tqcheck.readers.bilingual import Segments
from tqcheck.readers.inline import inline_text
from tqcheck.readers.xmlsafe import XML_LANG, XmlError, child, children, load_xml, local

Variant = tuple[str, Element | None]


def read_tmx(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.tmx``."""
    try:
        _, root = load_xml(stream, options.max_bytes)
    except XmlError as exc:
        yield InputError(display, str(exc), exc.line)
        return
    yield tmx_document(root, display, options)


def is_tmx(root: Element) -> bool:
    return local(root.tag) == "tmx"


def _same(a: str, b: str) -> bool:
    return a.lower().replace("_", "-") == b.lower().replace("_", "-")


def _primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _pick(variants: list[Variant], lang: str, srclang: str) -> tuple[int, int]:
    """Indexes of the (target, source) variants of one translation unit."""
    langs = [v[0] for v in variants]
    if srclang and _primary(lang) == _primary(srclang):
        # ``lang`` names the source language: take the first variant in another language
        target = next((i for i, v in enumerate(langs) if not _same(v, srclang)), 1)
    else:
        exact = [i for i, v in enumerate(langs) if _same(v, lang)]
        loose = [i for i, v in enumerate(langs) if _primary(v) == _primary(lang)]
        target = (exact or loose or [1])[0]
    others = [i for i in range(len(variants)) if i != target]
    source = next((i for i in others if srclang and _same(langs[i], srclang)), others[0])
    return target, source


def tmx_document(root: Element, display: str, options: ReadOptions) -> Item:
    """The document of a parsed TMX tree."""
    if not is_tmx(root):
        return InputError(display, f"not a TMX file (root element <{local(root.tag)}>)")
    header = child(root, "header")
    srclang = header.get("srclang", "") if header is not None else ""
    srclang = "" if srclang == "*all*" else srclang
    body = child(root, "body")
    segments = Segments()
    target_langs: Counter[str] = Counter()
    source_langs: Counter[str] = Counter()
    skipped = 0
    try:
        for unit in body.iter() if body is not None else ():
            if local(unit.tag) != "tu":
                continue
            variants = [
                (tuv.get(XML_LANG) or tuv.get("lang") or "", child(tuv, "seg"))
                for tuv in children(unit, "tuv")
            ]
            if len(variants) < 2:
                skipped += 1
                continue
            t, s = _pick(variants, options.lang, srclang)
            target, source = variants[t][1], variants[s][1]
            text = inline_text(target) if target is not None else ""
            if not text.strip():
                skipped += 1
                continue
            source_text = inline_text(source) if source is not None else None
            segments.add(text, source_text, unit.get("tuid"))
            target_langs[variants[t][0]] += 1
            source_langs[variants[s][0]] += 1
    except RecursionError:
        return InputError(display, "inline markup nested too deeply to read")
    if not segments.targets:
        return InputError(
            display, f"no translation unit with two languages ({skipped} skipped); nothing to check"
        )
    return Document(
        text=segments.text,
        lang=target_langs.most_common(1)[0][0] or options.lang,
        path=display,
        source=segments.source,
        source_lang=source_langs.most_common(1)[0][0] or options.source_lang,
        passages=tuple(segments.hints),
        meta={"format": "tmx", "skipped_units": skipped},
    )
