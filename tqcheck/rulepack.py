"""Rule packs: TOML files of rules, loaded and validated before anything runs.

A bad pack (TOML syntax, unknown key, missing or wrong-typed value, invalid regex,
duplicate id, unknown detector or detector option) raises :class:`RulePackError` naming
the file, the rule and the reason, so a typo never silently disables a check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from tqcheck._toml import TOMLDecodeError, load_toml
from tqcheck.detectors import REGISTRY
from tqcheck.model import PassageKind, Severity
from tqcheck.resources import rules_dir

RULE_KINDS = ("pattern", "consistency", "detector")
SCOPES = ("passage", "sentence", "document")
STYLES = ("plain", "typographic")

_COMMON_KEYS = {
    "id",
    "kind",
    "category",
    "severity",
    "message",
    "description",
    "rationale",
    "languages",
    "styles",
    "default",
    "suggestion",
    "weight",
    "kinds",
    "examples",
    "fix",
}
_KIND_KEYS = {
    "pattern": {
        "pattern",
        "prefilter",
        "ignore-case",
        "exceptions",
        "scope",
        "replacement",
        "other-convention",
        "convention-styles",
    },
    "consistency": {"variants", "ignore-case"},
    "detector": {"detector", "options"},
}
_EXAMPLE_KEYS = {"flag", "pass", "fixed"}
_PACK_KEYS = {"pack", "rule"}
_PACK_META_KEYS = {"name", "description", "languages"}


class RulePackError(Exception):
    """A rule pack that cannot be used; the message names file, rule and reason."""

    def __init__(self, path: Path | str, rule: str | None, reason: str) -> None:
        where = f"{path}" + (f": rule {rule!r}" if rule else "")
        super().__init__(f"{where}: {reason}")
        self.path, self.rule, self.reason = str(path), rule, reason


@dataclass(frozen=True)
class Examples:
    flag: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    fixed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    description: str
    languages: tuple[str, ...]
    path: str
    rationale: str = ""
    styles: tuple[str, ...] = ()
    default: bool = True
    suggestion: str | None = None
    weight: float | None = None
    kinds: tuple[PassageKind, ...] = tuple(PassageKind)
    fix: str | None = None
    examples: Examples = field(default_factory=Examples)
    # pattern
    pattern: regex.Pattern[str] | None = None
    prefilter: regex.Pattern[str] | None = None
    exceptions: tuple[regex.Pattern[str], ...] = ()
    scope: str = "passage"
    replacement: str | None = None
    # In ``convention_styles`` a hit counts only where the document also writes the same
    # text the other way (a match of ``other_convention``): one way throughout is a house
    # convention, both ways is an inconsistency.
    other_convention: regex.Pattern[str] | None = None
    convention_styles: tuple[str, ...] = ()
    # consistency
    variants: tuple[tuple[str, ...], ...] = ()
    ignore_case: bool = False
    # detector
    detector: str | None = None
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def applies_to(self, lang: str) -> bool:
        return "*" in self.languages or lang.split("-")[0] in self.languages

    def in_style(self, style: str) -> bool:
        return not self.styles or style in self.styles


def _expect(cond: bool, path: Path, rule: str | None, reason: str) -> None:
    if not cond:
        raise RulePackError(path, rule, reason)


def _str_list(value: Any, path: Path, rid: str | None, key: str) -> tuple[str, ...]:
    ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    _expect(ok, path, rid, f"{key!r} must be a list of strings")
    return tuple(value)


def _compile(source: str, flags: int, path: Path, rid: str, key: str) -> regex.Pattern[str]:
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        raise RulePackError(path, rid, f"invalid regular expression in {key!r}: {exc}") from None


# A prefilter is searched in a passage, a sentence or the whole document alike, so it may
# not look at its surroundings: no anchors, word boundaries or lookarounds.
_PREFILTER_TOKEN = regex.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\(\?<?[=!]|.", regex.DOTALL)
_CONTEXT_TOKENS = {"^", "$", "(?=", "(?!", "(?<=", "(?<!", *(f"\\{c}" for c in "AbBGmMzZ")}


def _compile_prefilter(source: Any, flags: int, path: Path, rid: str) -> regex.Pattern[str]:
    _expect(isinstance(source, str) and bool(source), path, rid, "'prefilter' must be a string")
    tokens = set(_PREFILTER_TOKEN.findall(source))
    context = sorted(tokens & _CONTEXT_TOKENS)
    _expect(
        not context,
        path,
        rid,
        f"'prefilter' may not use anchors, word boundaries or lookarounds: {' '.join(context)}",
    )
    return _compile(source, flags, path, rid, "prefilter")


def _parse_examples(raw: Any, path: Path, rid: str) -> Examples:
    _expect(isinstance(raw, dict), path, rid, "'examples' must be a table")
    unknown = set(raw) - _EXAMPLE_KEYS
    _expect(not unknown, path, rid, f"unknown key(s) in examples: {', '.join(sorted(unknown))}")
    fixed = raw.get("fixed", [])
    ok = isinstance(fixed, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in fixed
    )
    _expect(ok, path, rid, "'examples.fixed' must be a list of [input, expected] pairs")
    return Examples(
        flag=_str_list(raw.get("flag", []), path, rid, "examples.flag"),
        passes=_str_list(raw.get("pass", []), path, rid, "examples.pass"),
        fixed=tuple((a, b) for a, b in fixed),
    )


def parse_rule(raw: Any, path: Path, pack_languages: tuple[str, ...]) -> Rule:
    _expect(isinstance(raw, dict), path, None, "each [[rule]] must be a table")
    rid = raw.get("id")
    _expect(
        isinstance(rid, str) and bool(regex.fullmatch(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*", rid or "")),
        path,
        str(rid),
        "'id' must be a dotted lower-case name such as 'quotes.unbalanced'",
    )
    kind = raw.get("kind", "pattern")
    _expect(kind in RULE_KINDS, path, rid, f"unknown kind {kind!r} (use {', '.join(RULE_KINDS)})")
    unknown = set(raw) - _COMMON_KEYS - _KIND_KEYS[kind]
    _expect(
        not unknown, path, rid, f"unknown key(s) for a {kind} rule: {', '.join(sorted(unknown))}"
    )
    for key in ("category", "message"):
        _expect(
            isinstance(raw.get(key), str) and bool(raw[key].strip()),
            path,
            rid,
            f"{key!r} is required and must be a non-empty string",
        )
    try:
        severity = Severity(raw.get("severity", ""))
    except ValueError:
        raise RulePackError(
            path, rid, "'severity' must be one of info, minor, major, critical"
        ) from None
    languages = _str_list(raw.get("languages", list(pack_languages)), path, rid, "languages")
    _expect(bool(languages), path, rid, "'languages' must name at least one language (or '*')")
    styles = _str_list(raw.get("styles", []), path, rid, "styles")
    bad_styles = set(styles) - set(STYLES)
    _expect(not bad_styles, path, rid, f"unknown style(s): {', '.join(sorted(bad_styles))}")
    try:
        kinds = tuple(
            PassageKind(k)
            for k in _str_list(raw.get("kinds", [k.value for k in PassageKind]), path, rid, "kinds")
        )
    except ValueError as exc:
        raise RulePackError(path, rid, f"'kinds': {exc}") from None
    fix = raw.get("fix")
    _expect(fix in (None, "safe", "unsafe"), path, rid, "'fix' must be 'safe' or 'unsafe'")
    weight = raw.get("weight")
    _expect(
        weight is None or (isinstance(weight, (int, float)) and weight >= 0),
        path,
        rid,
        "'weight' must be a non-negative number",
    )
    for key in ("description", "rationale", "suggestion"):
        _expect(
            raw.get(key) is None or isinstance(raw[key], str),
            path,
            rid,
            f"{key!r} must be a string",
        )
    _expect(
        isinstance(raw.get("default", True), bool), path, rid, "'default' must be true or false"
    )
    ignore_case = raw.get("ignore-case", False)
    _expect(isinstance(ignore_case, bool), path, rid, "'ignore-case' must be true or false")
    flags = regex.IGNORECASE if ignore_case else 0
    fields: dict[str, Any] = {}
    if kind == "pattern":
        _expect(isinstance(raw.get("pattern"), str), path, rid, "a pattern rule needs 'pattern'")
        fields["pattern"] = _compile(raw["pattern"], flags | regex.MULTILINE, path, rid, "pattern")
        if "prefilter" in raw:
            fields["prefilter"] = _compile_prefilter(
                raw["prefilter"], flags | regex.MULTILINE, path, rid
            )
        fields["exceptions"] = tuple(
            _compile(e, flags, path, rid, "exceptions")
            for e in _str_list(raw.get("exceptions", []), path, rid, "exceptions")
        )
        scope = raw.get("scope", "passage")
        _expect(scope in SCOPES, path, rid, f"'scope' must be one of {', '.join(SCOPES)}")
        fields["scope"] = scope
        repl = raw.get("replacement")
        _expect(repl is None or isinstance(repl, str), path, rid, "'replacement' must be a string")
        if repl is not None:
            pattern = fields["pattern"]
            for ref in regex.findall(r"\\g<([^>]+)>|\\(\d+)", repl):
                name = ref[0] or ref[1]
                known = name in pattern.groupindex or (
                    name.isdigit() and int(name) <= pattern.groups
                )
                _expect(known, path, rid, f"'replacement' refers to unknown group {name!r}")
            _expect(
                fix is not None,
                path,
                rid,
                "a rule with 'replacement' must say 'fix = \"safe\"' or 'fix = \"unsafe\"'",
            )
        fields["replacement"] = repl
        if "other-convention" in raw:
            _expect(
                isinstance(raw["other-convention"], str),
                path,
                rid,
                "'other-convention' must be a regular expression",
            )
            fields["other_convention"] = _compile(
                raw["other-convention"], flags | regex.MULTILINE, path, rid, "other-convention"
            )
        conventions = _str_list(raw.get("convention-styles", []), path, rid, "convention-styles")
        unknown_styles = ", ".join(sorted(set(conventions) - set(STYLES)))
        _expect(
            not unknown_styles,
            path,
            rid,
            f"unknown style(s) in 'convention-styles': {unknown_styles}",
        )
        _expect(
            not conventions or "other_convention" in fields,
            path,
            rid,
            "'convention-styles' needs 'other-convention'",
        )
        fields["convention_styles"] = conventions
    elif kind == "consistency":
        groups = raw.get("variants")
        ok = (
            isinstance(groups, list)
            and bool(groups)
            and all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(v, str) and v for v in g)
                for g in groups
            )
        )
        _expect(ok, path, rid, "'variants' must be a list of lists of two or more spellings")
        fields["variants"] = tuple(tuple(g) for g in groups)
    else:
        name = raw.get("detector")
        _expect(isinstance(name, str), path, rid, "a detector rule needs 'detector'")
        spec = REGISTRY.get(name)
        _expect(
            spec is not None,
            path,
            rid,
            f"unknown detector {name!r} (known: {', '.join(sorted(REGISTRY))})",
        )
        assert spec is not None
        options = raw.get("options", {})
        _expect(isinstance(options, dict), path, rid, "'options' must be a table")
        try:
            fields["options"] = spec.validate(options)
        except ValueError as exc:
            raise RulePackError(path, rid, f"detector {name!r}: {exc}") from None
        fields["detector"] = name
    return Rule(
        id=rid,
        kind=kind,
        category=raw["category"],
        severity=severity,
        message=raw["message"].strip(),
        description=(raw.get("description") or raw["message"]).strip(),
        rationale=(raw.get("rationale") or "").strip(),
        languages=languages,
        path=str(path),
        styles=styles,
        default=raw.get("default", True),
        suggestion=raw.get("suggestion"),
        weight=weight,
        kinds=kinds,
        fix=fix,
        ignore_case=ignore_case,
        examples=_parse_examples(raw.get("examples", {}), path, rid),
        **fields,
    )


def load_pack(path: Path) -> list[Rule]:
    try:
        data = load_toml(path)
    except TOMLDecodeError as exc:
        raise RulePackError(path, None, f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise RulePackError(path, None, f"cannot read: {exc.strerror or exc}") from None
    unknown = set(data) - _PACK_KEYS
    _expect(not unknown, path, None, f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    meta = data.get("pack", {})
    _expect(
        isinstance(meta, dict) and not (set(meta) - _PACK_META_KEYS),
        path,
        None,
        f"[pack] may only have {', '.join(sorted(_PACK_META_KEYS))}",
    )
    languages = _str_list(meta.get("languages", ["*"]), path, None, "pack.languages")
    rules = data.get("rule", [])
    _expect(isinstance(rules, list), path, None, "rules must be written as [[rule]] tables")
    return [parse_rule(raw, path, languages) for raw in rules]


def pack_files(directory: Path) -> list[Path]:
    """The pack files of a directory (language data under ``languages/`` is not a pack)."""
    return sorted(p for p in directory.glob("*.toml") if p.is_file())


def load_rules(extra_dirs: Iterable[str | Path] = ()) -> list[Rule]:
    """Shipped packs plus the user's, validated; duplicate ids are an error."""
    files = pack_files(rules_dir())
    for extra in extra_dirs:
        extra_path = Path(extra)
        if extra_path.is_file():
            files.append(extra_path)
        elif extra_path.is_dir():
            files.extend(pack_files(extra_path))
        else:
            raise RulePackError(extra_path, None, "no such rule pack file or directory")
    seen: dict[str, str] = {}
    rules: list[Rule] = []
    for path in files:
        for rule in load_pack(path):
            if rule.id in seen:
                raise RulePackError(
                    path, rule.id, f"duplicate rule id (first defined in {seen[rule.id]})"
                )
            seen[rule.id] = str(path)
            rules.append(rule)
    return rules
