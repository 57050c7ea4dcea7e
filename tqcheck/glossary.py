"""A user's glossary: required translations of source terms, and terms a translation
must not use.

The file is UTF-8 text with one entry a line, columns separated by a tab::

    # comments and blank lines are ignored
    Bundeskanzler<TAB>Chancellor            required: a source passage with the term
    Bundeskanzler<TAB>federal chancellor    …may use either translation (same source term)
    !Federal Chancellor                     forbidden anywhere in the translation
    Rat<TAB>Council<TAB>forbidden           forbidden: "Council" must not be used (for "Rat")

Terms match whole words, case-insensitively. A source term also matches its inflected
forms (up to two more letters: ``Bundeskanzlers``, ``Bundeskanzlerin`` does not), and a
required target term its plural in ``s``/``es``, because a glossary lists base forms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import regex


class GlossaryError(ValueError):
    """A glossary that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Forbidden:
    term: str
    source: str | None = None


@dataclass
class Glossary:
    """Required translations (source term → accepted target terms) and forbidden terms."""

    required: dict[str, list[str]] = field(default_factory=dict)
    forbidden: list[Forbidden] = field(default_factory=list)
    path: str | None = None

    def __bool__(self) -> bool:
        return bool(self.required or self.forbidden)


@functools.lru_cache(maxsize=4096)
def term_pattern(term: str, inflected: bool = False, plural: bool = False) -> regex.Pattern[str]:
    """Whole-word, case-insensitive pattern of a term (spaces match any whitespace)."""
    body = r"\s+".join(regex.escape(part) for part in term.split())
    tail = r"\p{L}{0,2}" if inflected else r"(?:e?s)?" if plural else ""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){body}{tail}(?![\p{{L}}\p{{M}}\p{{N}}])", regex.IGNORECASE
    )


def parse_glossary(text: str, path: str = "<glossary>") -> Glossary:
    """Parse glossary text (see the module docstring for the format)."""
    glossary = Glossary(path=path)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("!"):
            term = line[1:].strip()
            if not term:
                raise GlossaryError(f"{path}:{number}: '!' must be followed by a term")
            glossary.forbidden.append(Forbidden(term))
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise GlossaryError(
                f"{path}:{number}: expected 'source<TAB>target' or '!forbidden', got {raw!r}"
            )
        if len(cells) > 3 or (len(cells) == 3 and cells[2] not in ("", "forbidden", "required")):
            raise GlossaryError(
                f"{path}:{number}: the third column may only be 'forbidden' or 'required'"
            )
        if len(cells) == 3 and cells[2] == "forbidden":
            glossary.forbidden.append(Forbidden(cells[1], cells[0]))
        else:
            glossary.required.setdefault(cells[0], []).append(cells[1])
    return glossary


def load_glossary(path: str | Path) -> Glossary:
    """Read and parse a glossary file; unreadable or malformed files raise GlossaryError."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot read glossary: {exc}") from None
    return parse_glossary(text, str(path))
