"""The check stage: select the rules that apply to a document and run them."""

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import REGISTRY, Hit
from tqcheck.languages import get_language
from tqcheck.model import Document, Edit, Finding, Fix, Passage, PassageKind
from tqcheck.rulepack import Rule, load_rules
from tqcheck.settings import Settings


def _matches_selector(rule_id: str, selector: str) -> bool:
    """``quotes`` selects ``quotes.unbalanced``; ``ALL`` selects everything."""
    return selector == "ALL" or rule_id == selector or rule_id.startswith(selector + ".")


def select_rules(rules: Iterable[Rule], settings: Settings, lang: str | None = None) -> list[Rule]:
    """The rules a run uses for one language, after style, select, ignore and severity."""
    lang = lang or settings.lang
    chosen = []
    for rule in rules:
        if not rule.applies_to(lang) or not rule.in_style(settings.style):
            continue
        if settings.select:
            on = any(_matches_selector(rule.id, s) for s in settings.select)
        else:
            on = rule.default
        on = on or any(_matches_selector(rule.id, s) for s in settings.extend_select)
        if on and any(_matches_selector(rule.id, s) for s in settings.ignore):
            on = False
        if not on:
            continue
        override = _severity_override(rule.id, settings)
        chosen.append(replace(rule, severity=override) if override else rule)
    return chosen


def _severity_override(rule_id: str, settings: Settings):  # type: ignore[no-untyped-def]
    best = None
    for selector, severity in settings.severity.items():
        if _matches_selector(rule_id, selector) and (best is None or len(selector) > len(best[0])):
            best = (selector, severity)
    return best[1] if best else None


@functools.lru_cache(maxsize=8)
def _cached_rules(rule_dirs: tuple[str, ...]) -> tuple[Rule, ...]:
    return tuple(load_rules(rule_dirs))


def rules_for(settings: Settings) -> tuple[Rule, ...]:
    """All loaded rules (shipped plus ``settings.rule_dirs``), loaded once per process."""
    return _cached_rules(tuple(settings.rule_dirs))


class RuleTimeout(Exception):
    pass


@dataclass
class CheckResult:
    findings: list[Finding]
    errors: list[str]


def _pattern_hits(rule: Rule, ctx: CheckContext, timeout: float) -> Iterator[Hit]:
    assert rule.pattern is not None
    passages = [p for p in ctx.passages if p.kind in rule.kinds]
    deadline = time.monotonic() + timeout  # one budget per rule and document
    try:
        if not _may_match(rule, ctx.text, deadline):
            return
        if rule.scope == "document":
            yield from _chunk_hits(rule, ctx, 0, len(ctx.text), deadline)
        elif rule.scope == "sentence":
            for s in (s for p in passages for s in p.sentences):
                yield from _chunk_hits(rule, ctx, s.start, s.end, deadline)
        elif len(passages) == len(ctx.passages) and not _is_anchored(rule.pattern.pattern):
            yield from _whole_text_hits(rule, ctx, deadline)
        else:
            for p in passages:
                yield from _chunk_hits(rule, ctx, p.start, p.end, deadline)
    except TimeoutError:
        raise RuleTimeout(
            f"rule {rule.id}: pattern exceeded its {timeout:g}s budget; rule skipped"
        ) from None


def _convention_hits(rule: Rule, ctx: CheckContext, timeout: float) -> Iterator[Hit]:
    """The pattern's hits, less those written one way throughout the document.

    In the rule's ``convention_styles`` a hit counts only when the document also writes its
    text the other way (``other_convention``'s ``flag`` group, or its whole match): Québec
    typography puts no space before ``?`` anywhere, a text that has both ``échoué?`` and
    ``dimanche ?`` mixes two conventions."""
    hits = _pattern_hits(rule, ctx, timeout)
    other = rule.other_convention
    if other is None or ctx.style not in rule.convention_styles:
        yield from hits
        return
    group = "flag" if "flag" in other.groupindex else 0
    try:
        written = {m.group(group) for m in other.finditer(ctx.text, timeout=timeout)}
    except TimeoutError:
        raise RuleTimeout(
            f"rule {rule.id}: other-convention exceeded its {timeout:g}s budget; rule skipped"
        ) from None
    yield from (h for h in hits if ctx.text[h.start : h.end] in written)


def _may_match(rule: Rule, text: str, deadline: float) -> bool:
    """False when the rule's prefilter finds nothing in ``text``: the pattern cannot match."""
    if rule.prefilter is None:
        return True
    return rule.prefilter.search(text, timeout=_remaining(deadline)) is not None


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _hit(rule: Rule, m: regex.Match[str], text: str, base: int) -> Hit | None:
    """The hit of one match (``base`` shifts offsets of a sliced chunk), or None."""
    assert rule.pattern is not None
    span = m.span("flag") if "flag" in rule.pattern.groupindex else m.span()
    if span[0] < 0 or span[1] <= span[0]:
        return None
    if any(e.search(text[base + span[0] : base + span[1]]) for e in rule.exceptions):
        return None
    fix = None
    if rule.replacement is not None:
        edit = Edit(base + span[0], base + span[1], m.expand(rule.replacement))
        fix = Fix((edit,), safe=rule.fix == "safe")
    return Hit(base + span[0], base + span[1], fix=fix)


def _chunk_hits(
    rule: Rule, ctx: CheckContext, start: int, end: int, deadline: float
) -> Iterator[Hit]:
    """Matches inside ``text[start:end]`` alone (a slice: ^, $ and lookbehind stop there)."""
    assert rule.pattern is not None
    chunk = ctx.text[start:end]
    if not _may_match(rule, chunk, deadline):
        return
    for m in rule.pattern.finditer(chunk, timeout=_remaining(deadline)):
        if (hit := _hit(rule, m, ctx.text, start)) is not None:
            yield hit


def _whole_text_hits(rule: Rule, ctx: CheckContext, deadline: float) -> Iterator[Hit]:
    """One pass over the document instead of one per passage, with the same result.

    A match that would cross a passage boundary is not taken: its passage is matched on
    its own instead, and the pass resumes at the next passage.

    Only passages where the rule's prefilter finds something are searched (all of them
    without one): each search starts at the next such passage, as a search starting
    earlier would take no match before it.
    """
    assert rule.pattern is not None
    text, pos, passages = ctx.text, 0, ctx.passages
    wanted = [
        i for i, p in enumerate(passages) if _may_match(rule, text[p.start : p.end], deadline)
    ]
    ahead, wanted_set = deque(wanted), set(wanted)
    while pos <= len(text):
        while ahead and passages[ahead[0]].end <= pos:
            ahead.popleft()
        if not ahead:
            return
        pos = max(pos, passages[ahead[0]].start)
        m = rule.pattern.search(text, pos, timeout=_remaining(deadline))
        if m is None:
            return
        index = ctx.passage_at(m.start())
        passage = ctx.passages[index]
        if m.start() < passage.start:  # before the first passage
            pos = passage.start
        elif m.end() <= passage.end:
            if index in wanted_set and (hit := _hit(rule, m, text, 0)) is not None:
                yield hit
            pos = m.end() if m.end() > m.start() else m.end() + 1
        elif m.start() < passage.end:  # crosses into the next passage: match this one alone
            yield from _chunk_hits(rule, ctx, passage.start, passage.end, deadline)
            pos = passage.end
        elif index + 1 < len(ctx.passages):  # starts between two passages
            pos = ctx.passages[index + 1].start
        else:
            return


_ESCAPE_OR_CLASS = regex.compile(r"\\[^AzZG]|\[(?:\\.|[^\]\\])*\]")
_ANCHOR = regex.compile(r"\\[AzZG]|\^|\$")


@functools.lru_cache(maxsize=1024)
def _is_anchored(source: str) -> bool:
    """Does a pattern use ^, $, \\A, \\z outside character classes (so it must see passages)?"""
    return bool(_ANCHOR.search(_ESCAPE_OR_CLASS.sub("", source)))


@functools.lru_cache(maxsize=1024)
def _word_bounded(variant: str, ignore_case: bool) -> regex.Pattern[str]:
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.]){regex.escape(variant)}(?![\p{{L}}\p{{N}}])", flags
    )


def _consistency_hits(rule: Rule, ctx: CheckContext) -> Iterator[Hit]:
    """Where a document uses more than one spelling of a group, flag the rarer ones.

    Headings are left out: headline style has its own spellings (AP writes "UN" in a
    headline and "U.N." in the text)."""
    for group in rule.variants:
        found: dict[str, list[tuple[int, int]]] = {}
        for variant in group:
            spans = [
                m.span()
                for m in _word_bounded(variant, rule.ignore_case).finditer(ctx.text)
                if not _in_heading(ctx, m.start())
            ]
            if spans:
                found[variant] = spans
        if len(found) < 2:
            continue
        # The most frequent spelling is the document's own; ties go to the earliest.
        preferred = max(found, key=lambda v: (len(found[v]), -found[v][0][0]))
        for variant, spans in found.items():
            if variant == preferred:
                continue
            for start, end in spans:
                yield Hit(
                    start,
                    end,
                    message=f"{rule.message} “{variant}” here, “{preferred}” elsewhere.",
                    suggestion=f"Use “{preferred}” throughout.",
                )


def _in_heading(ctx: CheckContext, offset: int) -> bool:
    if not ctx.passages:
        return False
    passage = ctx.passages[ctx.passage_at(offset)]
    return passage.start <= offset < passage.end and passage.kind is PassageKind.HEADING


def _hits(rule: Rule, ctx: CheckContext, timeout: float) -> Iterable[Hit]:
    if rule.kind == "pattern":
        return _convention_hits(rule, ctx, timeout)
    if rule.kind == "consistency":
        return _consistency_hits(rule, ctx)
    spec = REGISTRY[rule.detector or ""]
    if spec.needs_source and not (ctx.document.source or any(p.source for p in ctx.passages)):
        return ()
    if spec.needs_reference and not (
        ctx.document.reference or any(p.reference for p in ctx.passages)
    ):
        return ()
    return spec.run(ctx, rule.options)


def _finding(rule: Rule, hit: Hit, ctx: CheckContext) -> Finding:
    suggestion = hit.suggestion or rule.suggestion
    if suggestion is None and hit.fix and len(hit.fix.edits) == 1:
        replacement = hit.fix.edits[0].replacement
        suggestion = f"Replace with “{replacement}”." if replacement else "Delete it."
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=hit.severity or rule.severity,
        message=hit.message or rule.message,
        start=hit.start,
        end=hit.end,
        text=ctx.text[hit.start : hit.end],
        passage=ctx.passage_at(hit.start),
        suggestion=suggestion,
        fix=hit.fix,
        weight=rule.weight,
    )


def check(
    document: Document,
    passages: list[Passage],
    rules: Iterable[Rule],
    settings: Settings,
    timings: dict[str, float] | None = None,
) -> CheckResult:
    """Run ``rules`` over one segmented document; findings sorted by position then rule.

    ``timings``, when given, accumulates seconds per rule id (for the benchmark).
    """
    ctx = CheckContext(document, passages, get_language(document.lang), settings.style)
    findings: dict[tuple[str, int, int], Finding] = {}
    errors: list[str] = []
    for rule in rules:
        started = time.perf_counter() if timings is not None else 0.0
        try:
            # all of a rule's hits or none: a rule that times out contributes no findings
            hits = list(_hits(rule, ctx, settings.pattern_timeout))
        except RuleTimeout as exc:
            errors.append(str(exc))
            hits = []
        for hit in hits:
            if not 0 <= hit.start < hit.end <= len(ctx.text):
                continue
            findings.setdefault((rule.id, hit.start, hit.end), _finding(rule, hit, ctx))
        if timings is not None:
            timings[rule.id] = timings.get(rule.id, 0.0) + time.perf_counter() - started
    markup = document.meta.get("markup_spans") or ()
    ordered = sorted(
        (f for f in findings.values() if not _inside_markup(f, markup)),
        key=lambda f: (f.start, f.end, f.rule),
    )
    return CheckResult(ordered, errors)


def _inside_markup(finding: Finding, markup: Iterable[Iterable[int]]) -> bool:
    """Markdown link targets and syntax kept in the text are not prose: no findings there."""
    for span in markup:
        start, end = span
        if start < finding.end and finding.start < end:
            return True
    return False
