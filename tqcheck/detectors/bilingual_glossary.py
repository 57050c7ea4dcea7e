"""Glossary terms: required translations and forbidden terms (see :mod:`tqcheck.glossary`).

The glossary is the user's (``--glossary FILE``); the command line puts the loaded
:class:`~tqcheck.glossary.Glossary` in ``document.meta["glossary"]``. Forbidden terms are
checked in every translation, with or without a source; required translations need the
source, to know which terms occur in which passage.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.bilingual import neighbour_targets, sentence_near, views
from tqcheck.glossary import Glossary, load_glossary, term_pattern


def glossary_of(ctx: CheckContext) -> Glossary | None:
    """The document's glossary (a Glossary object, or a path the caller put there)."""
    value = ctx.document.meta.get("glossary")
    if isinstance(value, (str, Path)):
        value = ctx.memo("glossary", lambda: load_glossary(value))
    return value if isinstance(value, Glossary) and value else None


@detector("glossary", check="forbidden")
def glossary_terms(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """``check = "forbidden"``: forbidden terms used; ``"required"``: required ones missing."""
    glossary = glossary_of(ctx)
    if glossary is None:
        return
    if options["check"] == "forbidden":
        for entry in glossary.forbidden:
            pattern = term_pattern(entry.term)
            for passage in ctx.passages:
                for m in pattern.finditer(ctx.text, passage.start, passage.end):
                    why = f" for “{entry.source}”" if entry.source else ""
                    yield Hit(
                        m.start(),
                        m.end(),
                        message=f"“{m.group()}” is a forbidden term{why} in the glossary.",
                        suggestion=_required_for(glossary, entry.source),
                    )
        return
    all_views = views(ctx)
    for view in all_views:
        if not view.has_both:
            continue
        near = neighbour_targets(ctx, all_views, view)
        for term, translations in glossary.required.items():
            found = term_pattern(term, inflected=True).search(view.source)
            if not found:
                continue
            if any(term_pattern(t, plural=True).search(near) for t in translations):
                continue
            start, end = sentence_near(ctx, view, found.start() / max(len(view.source), 1))
            wanted = " or ".join(f"“{t}”" for t in translations)
            yield Hit(
                start,
                end,
                message=f"The glossary translates “{term}” as {wanted}; the translation does "
                "not use it.",
                suggestion=f"Use {wanted}.",
            )


def _required_for(glossary: Glossary, source: str | None) -> str | None:
    if source and glossary.required.get(source):
        return "Use " + " or ".join(f"“{t}”" for t in glossary.required[source]) + "."
    return None
