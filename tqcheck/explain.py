"""``tqcheck explain RULE``: a rule's documentation, rendered from its pack (as ruff's
``rule`` command does), so the docs can never drift from what runs."""

from __future__ import annotations

from tqcheck.detectors import REGISTRY
from tqcheck.rulepack import Rule


def render_rule(rule: Rule) -> str:
    lines = [f"# {rule.id}", "", rule.description.strip(), ""]
    lines += [
        f"category:  {rule.category}",
        f"severity:  {rule.severity.value}"
        + (f" (weight {rule.weight:g})" if rule.weight is not None else ""),
        f"languages: {', '.join(rule.languages)}",
        f"style:     {', '.join(rule.styles) or 'all presets'}",
        f"default:   {'on' if rule.default else 'off (enable with --extend-select)'}",
        f"kind:      {rule.kind}" + (f" ({rule.detector})" if rule.detector else ""),
        f"fix:       {rule.fix or 'none'}",
        f"defined in {rule.path}",
        "",
    ]
    if rule.rationale:
        lines += ["## Why it matters", "", rule.rationale.strip(), ""]
    if rule.kind == "pattern" and rule.pattern is not None:
        lines += ["## Pattern", "", f"    {rule.pattern.pattern}", ""]
    if rule.kind == "consistency":
        lines += ["## Variants", ""] + [f"- {' / '.join(g)}" for g in rule.variants] + [""]
    if rule.kind == "detector":
        spec = REGISTRY[rule.detector or ""]
        if rule.options:
            lines += ["## Options", ""]
            for key, value in sorted(rule.options.items()):
                default = spec.defaults.get(key)
                lines.append(f"- {key} = {value!r}  (default {default!r})")
            lines.append("")
        if spec.needs_source or spec.needs_reference:
            needs = "a source text" if spec.needs_source else "a reference translation"
            lines += [f"Runs only when {needs} is given.", ""]
    examples = rule.examples
    if examples.flag:
        lines += ["## Flagged", ""] + [f"    {e}" for e in examples.flag] + [""]
    if examples.passes:
        lines += ["## Not flagged", ""] + [f"    {e}" for e in examples.passes] + [""]
    if examples.fixed:
        lines += ["## Fixed", ""] + [f"    {a}\n  → {b}" for a, b in examples.fixed] + [""]
    return "\n".join(lines).rstrip() + "\n"
