"""A self-contained HTML report: one file an editor can open, share and print offline.

Overview first (totals, verdict, findings by severity and rule, a histogram of passage
scores), then a sortable table of documents, then every document with every passage,
each finding highlighted in place with its rule, message and suggestion on hover or
focus. Filters by severity and rule work without a network; a print stylesheet shows
everything.

Security: the report renders untrusted text (articles scraped from the web), so it must
not become a way to run script in a reader's browser.

* Templates are rendered by jinja2 with ``autoescape=True``; nothing from input is ever
  marked safe. Three strings are inserted unescaped, all produced here: the report's own
  CSS and JS (static package files) and the JSON data block, which is
  ``json.dumps`` output with ``<``, ``>`` and ``&`` turned into ``\\u`` escapes, so it
  cannot close its ``<script type="application/json">`` element.
* Document sections are rendered one at a time by the same autoescaping environment and
  joined into the page as that renderer's output, which is markup-safe by construction.
* A Content-Security-Policy allows nothing but the report's own style and script (by
  SHA-256 hash): no network, no other inline script even if an injection slipped past
  escaping. No inline event handlers; JS reads input only through ``textContent`` and
  ``dataset``. Links from input (``Document.url``) are kept only for http(s).

Overlapping findings: passage text is split at every finding boundary and marks are
nested; when two findings cross, the inner one is closed and reopened, so a finding may
have several elements. Its first gets class ``finding`` (focusable, described by its
entry in the findings list) and the rest ``finding-part``, so the number of ``.finding``
elements is always the number of findings.

Deterministic: the same reports give the same bytes; no timestamp unless passed in.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from tqcheck import __version__
from tqcheck.model import Document, DocumentReport, PassageScore, Severity
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.common import METRIC_NAMES
from tqcheck.reporters.sarif import TextPositions

SEVERITIES = tuple(reversed(Severity))  # critical first
_LANG_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
#: Histogram buckets: 0–9.9, 10–19.9, …, 90–100.
BUCKETS = 10


def safe_json(data: Any) -> Markup:
    """JSON for a ``<script type="application/json">`` block; ``</script>`` cannot occur."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # escaped for the script context just above


def http_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) URL, else None (no ``javascript:``, ``data:``…)."""
    if not url or not _HTTP_URL.fullmatch(url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def lang_tag(code: str | None) -> str | None:
    """A BCP 47-shaped language tag for a ``lang`` attribute, or None."""
    return code if code and _LANG_TAG.fullmatch(code) else None


def text_lang(code: str | None) -> str | None:
    """``lang`` for target text: only where it differs from the page's English."""
    tag = lang_tag(code)
    return None if tag is None or tag.split("-")[0].lower() == "en" else tag


def score_class(score: float) -> str:
    return "good" if score >= 95 else "fair" if score >= 80 else "poor"


def document_name(doc: Document) -> str:
    name = doc.path or "<text>"
    return f"{name}#{doc.id}" if doc.id is not None else name


def metric_rows(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """BLEU, chrF and TER first under their usual names, then anything else (signatures)."""
    rows = [(label, format_metric(metrics[key])) for key, label in METRIC_NAMES if key in metrics]
    named = {key for key, _ in METRIC_NAMES}
    rows += [(str(k), format_metric(v)) for k, v in sorted(metrics.items()) if k not in named]
    return rows


def format_metric(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (int, str)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass
class FindingView:
    id: str
    rule: str
    category: str
    severity: str
    message: str
    suggestion: str | None
    fix: str | None
    line: int
    col: int
    text: str


#: ("text", str, False) | ("open", FindingView, first) | ("close", None, False)
Token = tuple[str, Any, bool]


@dataclass
class PassageView:
    index: int
    kind: str
    score: float
    words: int
    line: int
    score_class: str
    tokens: list[Token]
    source: str | None = None
    findings: list[FindingView] = field(default_factory=list)


def mark_tokens(
    text: str, lo: int, hi: int, spans: list[tuple[int, int, FindingView]], seen: set[str]
) -> list[Token]:
    """``text[lo:hi]`` as text and properly nested open/close marks.

    The range is split at every span boundary. For each piece, marks that no longer
    apply are closed (and any still-active marks opened inside them closed and reopened,
    since HTML cannot cross elements), then the missing ones opened, longest first so the
    outer mark is the one that lasts. ``seen`` tracks which findings already have their
    one ``finding`` element; later fragments are ``finding-part``.
    """
    tokens: list[Token] = []
    ranged = [(s, e, i) for i, (s, e, _) in enumerate(spans) if e > s]
    empty = sorted((s, i) for i, (s, e, _) in enumerate(spans) if e == s)
    points = sorted({lo, hi, *(s for s, _, _ in ranged), *(e for _, e, _ in ranged)})
    points += [s for s, _ in empty if s not in points]
    points.sort()
    stack: list[int] = []
    next_empty = 0

    def open_mark(i: int) -> None:
        view = spans[i][2]
        tokens.append(("open", view, view.id not in seen))
        seen.add(view.id)

    for n, a in enumerate(points):
        b = points[n + 1] if n + 1 < len(points) else None
        active = {i for s, e, i in ranged if s <= a and b is not None and e >= b}
        keep = next((k for k, i in enumerate(stack) if i not in active), len(stack))
        tokens.extend(("close", None, False) for _ in stack[keep:])
        del stack[keep:]
        while next_empty < len(empty) and empty[next_empty][0] == a:
            open_mark(empty[next_empty][1])
            tokens.append(("close", None, False))
            next_empty += 1
        if b is None:
            break
        on_stack = set(stack)
        for i in sorted(active - on_stack, key=lambda i: (-spans[i][1], spans[i][0], i)):
            open_mark(i)
            stack.append(i)
        if b > a:
            tokens.append(("text", text[a:b], False))
    tokens.extend(("close", None, False) for _ in stack)
    return tokens


def _passage_sources(doc: Document, passages: list[PassageScore]) -> list[str | None]:
    """The source text of each passage, from the reader's passage hints (XLIFF, TMX…)."""
    sources: list[str | None] = [None] * len(passages)
    if not doc.passages:
        return sources
    hints = sorted(doc.passages, key=lambda h: (h.start, h.end))
    starts = [h.start for h in hints]
    for n, p in enumerate(passages):
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and hints[k].start <= p.start and p.end <= hints[k].end:
            sources[n] = hints[k].source
    return sources


def document_view(report: DocumentReport, number: int) -> dict[str, Any]:
    """Everything the document template shows, computed once as the report arrives."""
    doc = report.document
    text = report.text
    pos = TextPositions(text, utf16=False)
    prefix = f"d{number}"
    views: list[FindingView] = []
    for n, f in enumerate(report.findings):
        line, col = pos.line_col(max(0, min(f.start, len(text))))
        views.append(
            FindingView(
                id=f"{prefix}-f{n}",
                rule=f.rule,
                category=f.category,
                severity=f.severity.value,
                message=f.message,
                suggestion=f.suggestion,
                fix=None if f.fix is None else ("safe" if f.fix.safe else "unsafe"),
                line=line,
                col=col,
                text=f.text,
            )
        )
    passages = report.passages
    starts = [p.start for p in passages]
    spans: list[list[tuple[int, int, FindingView]]] = [[] for _ in passages]
    listed: list[list[FindingView]] = [[] for _ in passages]
    orphans: list[FindingView] = []
    for f, view in zip(report.findings, views, strict=True):
        s = max(0, min(f.start, len(text)))
        e = max(s, min(f.end, len(text)))
        hit = []
        k = max(0, bisect.bisect_right(starts, s) - 1)
        while k < len(passages) and (passages[k].start < e or passages[k].start <= s):
            p = passages[k]
            if (p.start < e and s < p.end) or (s == e and p.start <= s <= p.end):
                spans[k].append((max(s, p.start), min(e, p.end), view))
                hit.append(k)
            k += 1
        if 0 <= f.passage < len(passages) and f.passage in hit:
            listed[f.passage].append(view)
        elif hit:
            listed[hit[0]].append(view)
        else:
            orphans.append(view)
    sources = _passage_sources(doc, passages)
    seen: set[str] = set()
    pviews = []
    for k, p in enumerate(passages):
        pviews.append(
            PassageView(
                index=p.index,
                kind=p.kind.value,
                score=p.score,
                words=p.words,
                line=pos.line_col(p.start)[0],
                score_class=score_class(p.score),
                tokens=mark_tokens(text, p.start, p.end, spans[k], seen),
                source=sources[k],
                findings=sorted(listed[k], key=lambda v: (v.line, v.col, v.id)),
            )
        )
    counts = Counter(v.severity for v in views)
    return {
        "id": f"doc-{number}",
        "number": number,
        "name": document_name(doc),
        "doc": doc,
        "url": http_url(doc.url),
        "text_lang": text_lang(doc.lang),
        "source_lang": lang_tag(doc.source_lang),
        "report": report,
        "score_class": score_class(report.score),
        "passages": pviews,
        "bilingual": any(v.source for v in pviews),
        "orphans": orphans,
        "counts": {s.value: counts.get(s.value, 0) for s in SEVERITIES},
        "metrics": metric_rows(report.metrics),
    }


@dataclass
class _Row:
    """One line of the documents table (kept instead of the whole report)."""

    id: str
    number: int
    name: str
    score: float
    passed: bool
    findings: int
    counts: dict[str, int]
    score_class: str


def histogram(counts: list[int], width: int = 320, height: int = 160) -> dict[str, Any]:
    """Bar geometry for the passage-score histogram (plain numbers for the SVG)."""
    top = max(counts) or 1
    left, bottom, plot = 8, height - 22, height - 44
    step = (width - 2 * left) / len(counts)
    bars = []
    for n, count in enumerate(counts):
        h = round(plot * count / top, 1)
        lo = n * 100 // len(counts)
        label = f"{lo}–{lo + 9}" if n < len(counts) - 1 else f"{lo}–100"
        bars.append(
            {
                "x": round(left + n * step + 2, 1),
                "y": round(bottom - h, 1),
                "w": round(step - 4, 1),
                "h": h,
                "cx": round(left + n * step + step / 2, 1),
                "count": count,
                "lo": lo,
                "label": label,
            }
        )
    return {"width": width, "height": height, "bars": bars, "bottom": bottom}


class HtmlReporter:
    """Renders each document's section as it arrives and the page at ``finish``.

    Options: ``title`` (page title, default "tqcheck report") and ``generated`` (a
    timestamp or any note shown under the title; nothing by default, so output is
    reproducible).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        title: str = "tqcheck report",
        generated: str | None = None,
        **_: Any,
    ) -> None:
        self.stream = stream
        self.title = title
        self.generated = generated
        self.env = Environment(
            loader=PackageLoader("tqcheck.reporters", "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.document_template = self.env.get_template("document.html.j2")
        self.sections: list[str] = []
        self.rows: list[_Row] = []
        self.buckets = [0] * BUCKETS
        self.categories: dict[str, str] = {}

    def document(self, report: DocumentReport) -> None:
        number = len(self.rows) + 1
        view = document_view(report, number)
        self.sections.append(self.document_template.render(d=view, severities=SEVERITIES))
        self.rows.append(
            _Row(
                id=view["id"],
                number=number,
                name=view["name"],
                score=report.score,
                passed=report.passed,
                findings=len(report.findings),
                counts=view["counts"],
                score_class=view["score_class"],
            )
        )
        for p in report.passages:
            self.buckets[min(BUCKETS - 1, max(0, int(p.score // (100 / BUCKETS))))] += 1
        for f in report.findings:
            self.categories.setdefault(f.rule, f.category)

    def _static(self, name: str) -> str:
        source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        return source

    def finish(self, summary: RunSummary) -> None:
        css, js = self._static("report.css"), self._static("report.js")
        csp = "; ".join(
            [
                "default-src 'none'",
                f"style-src {csp_hash(css)}",
                f"script-src {csp_hash(js)}",
                "img-src 'none'",
                "base-uri 'none'",
                "form-action 'none'",
            ]
        )
        rules = sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        data = {
            "documents": summary.documents,
            "findings": summary.findings,
            "severities": [s.value for s in SEVERITIES],
            "rules": [rule for rule, _ in rules],
        }
        page = self.env.get_template("report.html.j2").render(
            title=self.title,
            generated=self.generated,
            version=__version__,
            csp=csp,
            css=Markup(css),  # the package's own stylesheet
            js=Markup(js),  # the package's own script
            data=safe_json(data),
            summary=summary,
            passed=summary.passed and not summary.input_errors,
            severities=SEVERITIES,
            by_severity={s.value: summary.by_severity.get(s.value, 0) for s in SEVERITIES},
            rules=[(rule, self.categories.get(rule, ""), count) for rule, count in rules],
            histogram=histogram(self.buckets),
            passages=sum(self.buckets),
            rows=self.rows,
            # Output of the autoescaping document template, hence markup-safe.
            sections=Markup("").join(Markup(s) for s in self.sections),
        )
        self.stream.write(page if page.endswith("\n") else page + "\n")
