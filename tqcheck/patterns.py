"""Static checks of rule patterns for catastrophic backtracking (ReDoS shapes).

A pattern rule runs a user's regular expression over every passage of untrusted text. A
backtracking engine can take exponential time on some patterns: ``(a|aa)+$`` against
forty ``a`` and a ``!`` tries every way of splitting the ``a`` run before giving up. The
engine bounds every pattern with ``Settings.pattern_timeout`` (a timed-out rule becomes a
document error), but a pack author should hear about the shape when the pack is loaded,
not when a feed happens to trigger it. :func:`lint_pattern` returns those warnings.

It is a linter, not a proof: it parses the pattern (``regex`` module syntax) into a small
tree and reports three shapes, each only where the text could be split in more than one
way, so ``(ab+)+`` or ``(\\w+\\s)+`` (unambiguous: every repetition must start with ``a``,
end with a space) pass while ``(a+)+``, ``(\\w+\\s?)+`` and ``(.*a){10}`` warn:

* **nested quantifier** — an unbounded repetition inside a repeated group, where nothing
  else the group requires separates two repetitions;
* **overlapping alternation** — a repeated group whose alternatives can match the same
  text (``(a|a)*``, ``(a|aa)+``, ``(\\w|_)+``; for literal alternatives this is decided
  exactly, with the Sardinas–Patterson test);
* **overlapping adjacent quantifiers** — two unbounded repetitions in a row over shared
  characters (``\\s*\\s*``, ``.*.*x``): polynomial rather than exponential, still
  seconds on a long line.

Possessive quantifiers (``a++``) and atomic groups (``(?>…)``) never backtrack into
themselves, so what they wrap is exempt; they are also the usual fix. Which characters a
piece of pattern can match is decided by running the piece itself (compiled with the
``regex`` module) over a sample alphabet, so every class syntax (``\\p{L}``, ``[^\\S\\n]``,
``\\w``) is understood the way the engine understands it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import regex

#: Characters used to decide whether two pieces of a pattern can match the same character.
SAMPLE = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "\t\n\r\x0b\x0c\x00\x1b\x85\xa0"
    + "ßäéÄÉñçøœıİ"  # Latin letters outside ASCII (case folding)
    + "ΑαДд中日ي"  # other scripts
    + "٣²½"  # other digits and numbers
    + "“”‘’„«»‹›…–—•€£§©°·\u2028\u2029\u200b\u200d\u202e\u3000\ufeff"
    + "\u0301\U0001f600"  # a combining mark, an astral character
)

_ZERO_WIDTH_ESCAPES = frozenset("AbBGzZKmM")  # \m \M: regex-module word start/end
_CLASS_ESCAPES = frozenset("dDwWsShHvVpPXRN")


class ParseFailure(ValueError):
    """The pattern uses syntax the linter does not model; no warnings are given."""


@dataclass
class Node:
    start: int
    end: int


@dataclass
class Atom(Node):
    """One character-consuming item: a literal, an escape, a class, ``.``."""

    source: str
    chars: frozenset[str] | None = None  # None: could be anything (backreference, recursion)
    literal: str | None = None  # the character, when the atom is a single literal


@dataclass
class Empty(Node):
    """Zero-width: anchors, lookaround, inline flags, comments."""


@dataclass
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class Group(Node):
    alternatives: list[Seq] = field(default_factory=list)
    atomic: bool = False


@dataclass
class Repeat(Node):
    item: Node
    low: int
    high: int | None  # None: unbounded
    possessive: bool = False


class _Parser:
    """A recursive-descent parser for the structure (not the semantics) of a pattern."""

    def __init__(self, source: str, flags: int) -> None:
        self.src = source
        self.pos = 0
        self.flags = flags
        self.verbose = bool(flags & regex.VERBOSE)
        self.nested_sets = bool(flags & regex.VERSION1)
        self.depth = 0

    # -- helpers -----------------------------------------------------------------------
    def peek(self, ahead: int = 0) -> str:
        i = self.pos + ahead
        return self.src[i] if i < len(self.src) else ""

    def take_until(self, closer: str) -> str:
        end = self.src.find(closer, self.pos)
        if end < 0:
            raise ParseFailure(f"missing {closer!r}")
        out = self.src[self.pos : end]
        self.pos = end + len(closer)
        return out

    def chars_of(self, source: str) -> frozenset[str] | None:
        return _chars(source, self.flags & (regex.IGNORECASE | regex.DOTALL | regex.ASCII))

    # -- grammar -----------------------------------------------------------------------
    def parse(self) -> Group:
        group = self.alternation(0)
        if self.pos != len(self.src):
            raise ParseFailure("unbalanced ')'")
        return group

    def alternation(self, start: int) -> Group:
        self.depth += 1
        if self.depth > 200:
            raise ParseFailure("nested too deeply")
        alternatives = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            alternatives.append(self.sequence())
        self.depth -= 1
        return Group(start, self.pos, alternatives)

    def sequence(self) -> Seq:
        seq = Seq(self.pos, self.pos)
        while self.pos < len(self.src) and self.peek() not in "|)":
            item = self.atom()
            if item is None:
                continue
            item = self.quantified(item)
            seq.items.append(item)
        seq.end = self.pos
        return seq

    def skip_verbose(self) -> None:
        """In verbose mode, whitespace and comments may sit between an item and its quantifier."""
        while self.verbose and self.pos < len(self.src):
            c = self.src[self.pos]
            if c in " \t\n\r\f\v":
                self.pos += 1
            elif c == "#":
                newline = self.src.find("\n", self.pos)
                self.pos = len(self.src) if newline < 0 else newline + 1
            else:
                return

    def quantified(self, item: Node) -> Node:
        while True:
            self.skip_verbose()
            c = self.peek()
            if c in ("*", "+", "?"):
                self.pos += 1
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            elif c == "{":
                bounds = self.counted()
                if bounds is None:
                    return item
                low, high = bounds
            else:
                return item
            possessive = False
            if self.peek() == "?":
                self.pos += 1  # lazy: same backtracking, other order
            elif self.peek() == "+":
                self.pos += 1
                possessive = True
            if isinstance(item, Empty):
                continue  # a quantified anchor or lookaround
            item = Repeat(item.start, self.pos, item, low, high, possessive)

    def counted(self) -> tuple[int, int | None] | None:
        m = regex.match(r"\{(\d*)(,?)(\d*)\}", self.src[self.pos :])
        if m is None or (not m.group(1) and not m.group(3) and not m.group(2)):
            fuzzy = regex.match(r"\{[^{}]*[a-z][^{}]*\}", self.src[self.pos :])
            if fuzzy is not None:  # fuzzy matching constraint, e.g. {e<=1}: not a count
                self.pos += fuzzy.end()
                return (1, 1)
            return None
        self.pos += m.end()
        low = int(m.group(1) or 0)
        if not m.group(2):
            return low, low
        return low, int(m.group(3)) if m.group(3) else None

    def atom(self) -> Node | None:
        start = self.pos
        c = self.src[self.pos]
        if self.verbose and c in " \t\n\r\f\v":
            self.pos += 1
            return None
        if self.verbose and c == "#":
            newline = self.src.find("\n", self.pos)
            self.pos = len(self.src) if newline < 0 else newline + 1
            return None
        if c == "(":
            return self.group()
        if c == "[":
            self.char_class()
            source = self.src[start : self.pos]
            return Atom(start, self.pos, source, self.chars_of(source))
        if c == "\\":
            return self.escape()
        self.pos += 1
        if c in "^$":
            return Empty(start, self.pos)
        if c == ".":
            return Atom(start, self.pos, ".", self.chars_of("."))
        if c in "*+?":
            raise ParseFailure("nothing to repeat")
        return Atom(start, self.pos, c, self.chars_of(regex.escape(c)), literal=c)

    def escape(self) -> Node:
        start = self.pos
        self.pos += 1
        c = self.peek()
        if not c:
            raise ParseFailure("trailing backslash")
        self.pos += 1
        if c in _ZERO_WIDTH_ESCAPES:
            return Empty(start, self.pos)
        if c in "pPN" and self.peek() == "{":
            self.take_until("}")
        elif c in "pP":
            self.pos += 1
        elif c == "x":
            if self.peek() == "{":
                self.take_until("}")
            else:
                self.pos += 2
        elif c == "u":
            self.pos += 4
        elif c == "U":
            self.pos += 8
        elif c in "gk" and self.peek() in "<{'":
            closer = {"<": ">", "{": "}", "'": "'"}[self.peek()]
            self.pos += 1
            self.take_until(closer)
            return Atom(start, self.pos, self.src[start : self.pos], None)  # backreference
        elif c == "0":
            while self.peek() in "01234567" and self.pos - start < 4:
                self.pos += 1
        elif c.isdigit():
            while self.peek().isdigit():
                self.pos += 1
            return Atom(start, self.pos, self.src[start : self.pos], None)  # backreference
        elif c == "X":  # a grapheme cluster: more than one character, but never empty
            return Atom(start, self.pos, "\\X", None)
        source = self.src[start : self.pos]
        chars = self.chars_of(source)
        single = chars is not None and len(chars) == 1 and c not in _CLASS_ESCAPES
        return Atom(start, self.pos, source, chars, literal=next(iter(chars)) if single else None)

    def char_class(self) -> None:
        """Skip a character class (``[...]``, with POSIX and nested sets), at ``[``."""
        depth = 0
        first = True
        while self.pos < len(self.src):
            c = self.src[self.pos]
            if c == "\\":
                self.pos += 2
                first = False
                continue
            if c == "[" and depth > 0:
                if self.src.startswith(("[:", "[=", "[."), self.pos):
                    closer = self.src[self.pos + 1] + "]"
                    self.pos += 2
                    self.take_until(closer)
                    continue
                if not self.nested_sets:  # version 0: '[' inside a set is literal
                    self.pos += 1
                    first = False
                    continue
            if c == "[":
                depth += 1
                self.pos += 1
                if self.peek() == "^":
                    self.pos += 1
                if self.peek() == "]":
                    self.pos += 1  # a leading ']' is literal
                first = False
                continue
            if c == "]" and not first:
                depth -= 1
                self.pos += 1
                if depth == 0:
                    return
                continue
            first = False
            self.pos += 1
        raise ParseFailure("unterminated character class")

    def group(self) -> Node:
        start = self.pos
        self.pos += 1  # (
        atomic = False
        zero_width = False
        if self.peek() == "?":
            self.pos += 1
            c = self.peek()
            if not c:
                raise ParseFailure("unterminated group")
            if c == "#":
                self.take_until(")")
                return Empty(start, self.pos)
            if c in ":|":
                self.pos += 1
            elif c == ">":
                self.pos += 1
                atomic = True
            elif c in "=!":
                self.pos += 1
                zero_width = True
            elif c == "<" and self.peek(1) in "=!":
                self.pos += 2
                zero_width = True
            elif (c == "P" and self.peek(1) == "<") or c == "<" or c == "'":
                self.pos += 2 if c == "P" else 1
                self.take_until(">" if c != "'" else "'")
            elif c == "P" and self.peek(1) in "=>":
                self.take_until(")")
                return Atom(start, self.pos, self.src[start : self.pos], None)
            elif c == "(":  # conditional: (?(1)yes|no)
                self.take_until(")")
            elif c == "R" or c == "&" or c.isdigit() or (c in "+-" and self.peek(1).isdigit()):
                self.take_until(")")
                return Atom(start, self.pos, self.src[start : self.pos], None)  # recursion
            else:  # inline flags: (?i) or scoped (?i:...)
                m = regex.match(r"[a-zA-Z0-9^-]*([:)])", self.src[self.pos :])
                if m is None:
                    raise ParseFailure("unknown group syntax")
                self.pos += m.end()
                on = m.group().split("-")[0]
                self.verbose = self.verbose or "x" in on
                self.nested_sets = self.nested_sets or "V1" in on
                if m.group(1) == ")" and "i" in on:  # global inline flag: case folds
                    self.flags |= regex.IGNORECASE
                if m.group(1) == ")":
                    return Empty(start, self.pos)
        inner = self.alternation(start)
        if self.peek() != ")":
            raise ParseFailure("missing ')'")
        self.pos += 1
        if zero_width:
            return Empty(start, self.pos)
        inner.start, inner.end, inner.atomic = start, self.pos, atomic
        return inner


@functools.lru_cache(maxsize=4096)
def _chars(source: str, flags: int) -> frozenset[str] | None:
    """The sample characters one atom matches (``None``: cannot tell, assume any)."""
    try:
        compiled = regex.compile(source, flags)
    except regex.error:
        return None
    return frozenset(c for c in SAMPLE if compiled.fullmatch(c))


# -- properties of subtrees ----------------------------------------------------------------


def _nullable(node: Node) -> bool:
    if isinstance(node, Empty):
        return True
    if isinstance(node, Atom):
        return False
    if isinstance(node, Repeat):
        return node.low == 0 or _nullable(node.item)
    if isinstance(node, Seq):
        return all(_nullable(i) for i in node.items)
    assert isinstance(node, Group)
    return any(_nullable(a) for a in node.alternatives)


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return frozenset(out)


def _first(node: Node) -> frozenset[str] | None:
    """Characters a match of ``node`` can start with."""
    if isinstance(node, Empty):
        return frozenset()
    if isinstance(node, Atom):
        return node.chars
    if isinstance(node, Repeat):
        return _first(node.item)
    if isinstance(node, Seq):
        sets = []
        for item in node.items:
            sets.append(_first(item))
            if not _nullable(item):
                break
        return _union(sets)
    assert isinstance(node, Group)
    return _union(_first(a) for a in node.alternatives)


def _all_chars(node: Node) -> frozenset[str] | None:
    """Characters a match of ``node`` can contain anywhere."""
    if isinstance(node, Empty):
        return frozenset()
    if isinstance(node, Atom):
        return node.chars
    if isinstance(node, Repeat):
        return _all_chars(node.item)
    if isinstance(node, Seq):
        return _union(_all_chars(i) for i in node.items)
    assert isinstance(node, Group)
    return _union(_all_chars(a) for a in node.alternatives)


def _overlap(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    if a is None or b is None:
        return True
    return bool(a & b)


def _required(node: Node) -> list[frozenset[str] | None]:
    """Character sets of which every match of ``node`` holds at least one character each."""
    if isinstance(node, Atom):
        return [node.chars]
    if isinstance(node, Empty) or _nullable(node):
        return []
    if isinstance(node, Repeat):
        return _required(node.item)
    if isinstance(node, Seq):
        return [r for item in node.items for r in _required(item)]
    assert isinstance(node, Group)
    if len(node.alternatives) == 1:
        return _required(node.alternatives[0])
    return [_all_chars(node)]


def _can_share(a: Node, b: Node) -> bool:
    """Could some non-empty text be matched both by repetitions of ``a`` and of ``b``?

    A necessary condition, so a safe approximation: each character set that ``a``
    requires must meet the characters ``b`` can match, and the other way round.
    """
    chars_a, chars_b = _all_chars(a), _all_chars(b)
    if not _overlap(chars_a, chars_b):
        return False
    return all(_overlap(r, chars_b) for r in _required(a)) and all(
        _overlap(r, chars_a) for r in _required(b)
    )


def _literal(seq: Seq, fold: bool) -> str | None:
    """The text a sequence of literal characters matches, else ``None``."""
    out = []
    for item in seq.items:
        if not isinstance(item, Atom) or item.literal is None:
            return None
        out.append(item.literal)
    word = "".join(out)
    return word.casefold() if fold else word


def _is_code(words: list[str]) -> bool:
    """Sardinas–Patterson: can every concatenation of ``words`` be split only one way?"""
    if "" in words or len(set(words)) < len(words):
        return False
    code = set(words)

    def quotients(left: set[str], right: set[str]) -> set[str]:
        return {b[len(a) :] for a in left for b in right if b.startswith(a) and b != a}

    current = quotients(code, code)
    seen: set[frozenset[str]] = set()
    while current:
        if current & code:
            return False
        key = frozenset(current)
        if key in seen:
            return True
        seen.add(key)
        current = quotients(code, current) | quotients(current, code)
    return True


@dataclass
class _Linter:
    source: str
    fold: bool
    warnings: list[str] = field(default_factory=list)

    def text(self, node: Node) -> str:
        snippet = self.source[node.start : node.end]
        return snippet if len(snippet) <= 60 else snippet[:57] + "..."

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def walk(self, node: Node, protected: bool = False) -> None:
        """Visit every repetition; ``protected`` below atomic groups and possessives."""
        if isinstance(node, Repeat):
            if not protected and not node.possessive:
                self.repeat(node)
            self.walk(node.item, protected or node.possessive)
        elif isinstance(node, Seq):
            if not protected:
                self.adjacent(node)
            for item in node.items:
                self.walk(item, protected)
        elif isinstance(node, Group):
            for alt in node.alternatives:
                self.walk(alt, protected or node.atomic)

    # -- shape 1 and 2: under a repeated group ------------------------------------------
    def repeat(self, outer: Repeat) -> None:
        if outer.high is not None and outer.high < 2:
            return
        nested = False
        for inner, context in self._inner_repeats(outer.item, []):
            if inner.high is not None:
                continue
            if self._ambiguous(inner, context):
                nested = True
                self.warn(
                    f"nested quantifier: {self.text(inner)!r} is repeated inside "
                    f"{self.text(outer)!r}, so the same text can be split between the "
                    "repetitions in exponentially many ways (catastrophic backtracking); "
                    "make one of them possessive ('++', '*+') or atomic ('(?>...)'), or "
                    "remove the nesting"
                )
                break
        tails = list(self._edge_repeats(outer.item, from_end=True))
        heads = list(self._edge_repeats(outer.item, from_end=False))
        for tail in [] if nested else tails:
            head = next((h for h in heads if _can_share(tail.item, h.item)), None)
            if head is not None and head is not tail:
                self.warn(
                    f"nested quantifier: {self.text(tail)!r} at the end and "
                    f"{self.text(head)!r} at the start of {self.text(outer)!r} match the "
                    "same characters, so the text between two repetitions can be split in "
                    "exponentially many ways (catastrophic backtracking); make one of them "
                    "possessive ('*+', '++') or the group atomic ('(?>...)')"
                )
                break
        for group in self._groups(outer.item):
            pair = self._overlapping_alternatives(group)
            if pair is not None:
                a, b = pair
                self.warn(
                    f"overlapping alternation: {self.text(a)!r} and {self.text(b)!r} in "
                    f"{self.text(outer)!r} can match the same text, so each repetition can "
                    "choose either (catastrophic backtracking); make the alternatives "
                    "mutually exclusive or the group atomic ('(?>...)')"
                )
                break

    def _inner_repeats(
        self, node: Node, context: list[tuple[Seq, Node]]
    ) -> Iterator[tuple[Repeat, list[tuple[Seq, Node]]]]:
        """Unprotected repetitions under ``node``, each with the sequences on its path."""
        if isinstance(node, Repeat):
            if node.possessive:
                return
            yield node, context
            yield from self._inner_repeats(node.item, context)
        elif isinstance(node, Seq):
            for item in node.items:
                yield from self._inner_repeats(item, [*context, (node, item)])
        elif isinstance(node, Group) and not node.atomic:
            for alt in node.alternatives:
                yield from self._inner_repeats(alt, context)

    def _ambiguous(self, inner: Repeat, context: list[tuple[Seq, Node]]) -> bool:
        """Can the text ``inner`` matches be shared with a neighbouring repetition?

        Only when everything else the repeated body requires on the way to ``inner`` is
        either optional or can itself match characters ``inner`` matches.
        """
        for seq, on_path in context:
            for item in seq.items:
                if item is on_path or _nullable(item):
                    continue
                if not _can_share(item, inner.item):
                    return False
        return True

    def _edge_repeats(self, node: Node, from_end: bool) -> Iterator[Repeat]:
        """Unbounded repetitions a match of ``node`` can start (or end) with."""
        if isinstance(node, Repeat):
            if node.possessive:
                return
            if node.high is None:
                yield node
            yield from self._edge_repeats(node.item, from_end)
        elif isinstance(node, Seq):
            for item in reversed(node.items) if from_end else node.items:
                yield from self._edge_repeats(item, from_end)
                if not _nullable(item):
                    return
        elif isinstance(node, Group) and not node.atomic:
            for alt in node.alternatives:
                yield from self._edge_repeats(alt, from_end)

    def _groups(self, node: Node) -> Iterator[Group]:
        """Unprotected groups with alternatives directly repeated by the outer quantifier."""
        if isinstance(node, Group):
            if node.atomic:
                return
            if len(node.alternatives) > 1:
                yield node
            for alt in node.alternatives:
                if len(alt.items) == 1:
                    yield from self._groups(alt.items[0])
        elif isinstance(node, Seq) and len(node.items) == 1:
            yield from self._groups(node.items[0])

    def _overlapping_alternatives(self, group: Group) -> tuple[Seq, Seq] | None:
        alts = group.alternatives
        words = [_literal(a, self.fold) for a in alts]
        if all(w is not None for w in words):
            if _is_code([w for w in words if w is not None]):
                return None
            for i, a in enumerate(words):  # name a pair for the message
                for j in range(i + 1, len(words)):
                    b = words[j]
                    if a is not None and b is not None and (a.startswith(b) or b.startswith(a)):
                        return alts[i], alts[j]
            return alts[0], alts[1]
        for i, a in enumerate(alts):
            for b in alts[i + 1 :]:
                if _nullable(a) or _nullable(b) or _overlap(_first(a), _first(b)):
                    return a, b
        return None

    # -- shape 3: adjacent repetitions ----------------------------------------------------
    def adjacent(self, seq: Seq) -> None:
        previous: Repeat | None = None
        for item in seq.items:
            if isinstance(item, Repeat) and item.high is None and not item.possessive:
                if previous is not None and _can_share(previous.item, item.item):
                    self.warn(
                        f"overlapping quantifiers: {self.text(previous)!r} and "
                        f"{self.text(item)!r} follow each other and match the same "
                        "characters, so a failing match tries every split point "
                        "(polynomial backtracking, slow on long lines); merge them or make "
                        "one possessive"
                    )
                    return
                previous = item
            elif not _nullable(item):
                previous = None


def lint_pattern(source: str, flags: int = 0) -> list[str]:
    """Warnings about catastrophic-backtracking shapes in ``source`` (``regex`` syntax).

    ``flags`` are the compile flags (``regex.IGNORECASE`` and ``regex.VERBOSE`` matter).
    An empty list means no known shape was found; a pattern the linter cannot parse (an
    invalid one, or exotic syntax) gets no warnings: validity is the compiler's job.
    """
    parser = _Parser(source, flags)
    try:
        tree = parser.parse()
    except (ParseFailure, IndexError, RecursionError):
        return []
    linter = _Linter(source, fold=bool(parser.flags & regex.IGNORECASE))
    linter.walk(tree)
    return linter.warnings


class _RuleLike(Protocol):
    id: str
    path: str
    pattern: Any
    exceptions: tuple[Any, ...]


def lint_rules(rules: Iterable[_RuleLike]) -> list[str]:
    """``path: rule 'id': warning`` for every pattern (and exception) of ``rules``."""
    out = []
    for rule in rules:
        compiled = [("pattern", rule.pattern)] if rule.pattern is not None else []
        compiled += [("exceptions", e) for e in rule.exceptions]
        for key, pattern in compiled:
            for warning in lint_pattern(pattern.pattern, pattern.flags):
                where = f" in {key!r}" if key != "pattern" else ""
                out.append(f"{rule.path}: rule {rule.id!r}{where}: {warning}")
    return out
