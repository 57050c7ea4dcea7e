"""Configuration files: ``tqcheck.toml``, ``.tqcheck.toml`` or ``[tool.tqcheck]`` in
``pyproject.toml``, modelled on ruff's.

Precedence, lowest first: built-in defaults < the config file < the file's matching
``[[overrides]]`` < command-line flags. The file is found by walking up from the first
checked path (the current directory for standard input); in each directory the first of
``tqcheck.toml``, ``.tqcheck.toml``, ``pyproject.toml`` wins, and a ``pyproject.toml``
counts only if it has a ``[tool.tqcheck]`` table. Every path in a config file (``rules``,
``glossary``, ``format`` targets, ``[[overrides]].files``, ``include``/``exclude``) is
relative to the file's own directory, so a project behaves the same from any working
directory.

A typo must never silently change a gate, so unknown keys and bad values raise
:class:`ConfigError` naming the file and the dotted key (``tool.tqcheck.overrides[0].lang``).

Merging rules: ``lang``, ``source-lang``, ``style``, ``select`` and the gate values replace
the layer below; ``ignore``, ``extend-select`` and ``rules`` (and the CLI's ``--rules``)
add to it; ``severity`` and ``scoring.weights`` entries are merged key by key.
"""

from __future__ import annotations

import difflib
import fnmatch
import functools
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqcheck._toml import TOMLDecodeError, load_toml
from tqcheck.limits import Limits
from tqcheck.model import Document, Severity
from tqcheck.rulepack import STYLES
from tqcheck.settings import GateSettings, ScoringSettings, Settings

#: Config file names in the order they win within one directory.
CONFIG_FILES = ("tqcheck.toml", ".tqcheck.toml", "pyproject.toml")
SEVERITIES = tuple(s.value for s in Severity)

_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_SELECTOR_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class _Where:
    """Where a value came from, for error messages and relative paths."""

    file: Path
    prefix: str  # "tool.tqcheck." for pyproject.toml, "" otherwise

    @property
    def base(self) -> Path:
        return self.file.parent

    def error(self, key: str, reason: str) -> ConfigError:
        return ConfigError(f"{self.file}: {self.prefix}{key}: {reason}")


# ---------------------------------------------------------------------------
# Value validators: (value, key, where) -> normalised value
# ---------------------------------------------------------------------------

Validator = Callable[[Any, str, _Where], Any]


def _string(value: Any, key: str, where: _Where) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, f"expected a non-empty string, got {_show(value)}")
    return value.strip()


def _lang(value: Any, key: str, where: _Where) -> str:
    text = _string(value, key, where)
    if not _LANG_RE.match(text):
        raise where.error(key, f"{text!r} is not a language code (like 'en' or 'pt-BR')")
    return text


def _style(value: Any, key: str, where: _Where) -> str:
    text = _string(value, key, where)
    if text not in STYLES:
        raise where.error(key, f"unknown style {text!r} (use {', '.join(STYLES)})")
    return text


def _string_list(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise where.error(key, f"expected a list of strings, got {_show(value)}")
    return tuple(_string(item, f"{key}[{i}]", where) for i, item in enumerate(value))


def _selector(value: Any, key: str, where: _Where) -> str:
    text = _string(value, key, where)
    if not _SELECTOR_RE.match(text):
        raise where.error(key, f"{text!r} is not a rule id or prefix")
    return text


def _selectors(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    items = _string_list(value, key, where)
    return tuple(_selector(item, f"{key}[{i}]", where) for i, item in enumerate(items))


def _severity(value: Any, key: str, where: _Where) -> Severity:
    if not isinstance(value, str) or value.lower() not in SEVERITIES:
        raise where.error(key, f"unknown severity {_show(value)} (use {', '.join(SEVERITIES)})")
    return Severity(value.lower())


def _severity_table(value: Any, key: str, where: _Where) -> dict[str, Severity]:
    table = _table(value, key, where)
    return {
        _selector(selector, f"{key}.{selector}", where): _severity(sev, f"{key}.{selector}", where)
        for selector, sev in table.items()
    }


def _fail_on(value: Any, key: str, where: _Where) -> Severity | None:
    if isinstance(value, str) and value.lower() == "none":
        return None
    if not isinstance(value, str) or value.lower() not in SEVERITIES:
        choices = ", ".join((*SEVERITIES, "none"))
        raise where.error(key, f"unknown severity {_show(value)} (use {choices})")
    return Severity(value.lower())


def _number(value: Any, key: str, where: _Where) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise where.error(key, f"expected a number, got {_show(value)}")
    if value < 0:
        raise where.error(key, f"must not be negative, got {value}")
    return float(value)


def _percent(value: Any, key: str, where: _Where) -> float:
    number = _number(value, key, where)
    if number > 100:
        raise where.error(key, f"must be between 0 and 100, got {value}")
    return number


def _count(value: Any, key: str, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error(key, f"expected an integer, got {_show(value)}")
    if value < 0:
        raise where.error(key, f"must not be negative, got {value}")
    return value


def _jobs(value: Any, key: str, where: _Where) -> int:
    jobs = _count(value, key, where)
    if jobs < 1:
        raise where.error(key, "must be at least 1")
    return jobs


def _existing_paths(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    items = _string_list(value, key, where)
    return tuple(_existing_path(item, f"{key}[{i}]", where) for i, item in enumerate(items))


def _existing_path(value: Any, key: str, where: _Where) -> str:
    path = where.base / _string(value, key, where)
    if not path.exists():
        raise where.error(key, f"no such file or directory: {path}")
    return str(path)


def _existing_file(value: Any, key: str, where: _Where) -> str:
    path = _existing_path(value, key, where)
    if not Path(path).is_file():
        raise where.error(key, f"not a file: {path}")
    return path


def _formats(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    from tqcheck.reporters import FORMATS

    out = []
    for i, item in enumerate(_string_list(value, key, where)):
        name, colon, target = item.partition(":")
        if name not in FORMATS:
            known = ", ".join(sorted(FORMATS))
            raise where.error(f"{key}[{i}]", f"unknown format {name!r} (use {known})")
        if colon and not target.strip():
            raise where.error(f"{key}[{i}]", f"{item!r} names no output file after ':'")
        out.append(f"{name}:{where.base / target.strip()}" if colon else name)
    return tuple(out)


def _scoring(value: Any, key: str, where: _Where) -> dict[str, Any]:
    table = _table(value, key, where)
    _reject_unknown(table, ("weights", "min-words"), key, where)
    out: dict[str, Any] = {}
    if "weights" in table:
        weights = _table(table["weights"], f"{key}.weights", where)
        out["weights"] = {
            _severity(sev, f"{key}.weights.{sev}", where): _number(w, f"{key}.weights.{sev}", where)
            for sev, w in weights.items()
        }
    if "min-words" in table:
        out["min-words"] = _count(table["min-words"], f"{key}.min-words", where)
    return out


def _limits(value: Any, key: str, where: _Where) -> Limits:
    table = _table(value, key, where)
    try:
        return Limits.from_mapping({k.replace("-", "_"): v for k, v in table.items()})
    except ValueError as exc:
        raise where.error(key, str(exc).replace("_", "-")) from None


def _table(value: Any, key: str, where: _Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.error(key, f"expected a table, got {_show(value)}")
    return value


def _show(value: Any) -> str:
    kind = {bool: "boolean", int: "integer", float: "number", str: "string", list: "list"}
    name = kind.get(type(value), "table" if isinstance(value, dict) else type(value).__name__)
    return f"{name} {value!r}" if not isinstance(value, (dict, list)) else name


#: Keys an ``[[overrides]]`` entry may set (besides ``files``).
_OVERRIDE_VALIDATORS: dict[str, Validator] = {
    "lang": _lang,
    "source-lang": _lang,
    "style": _style,
    "select": _selectors,
    "ignore": _selectors,
    "extend-select": _selectors,
    "severity": _severity_table,
}

#: Top-level keys, in the order ``effective()`` writes them.
_TOP_VALIDATORS: dict[str, Validator] = {
    "lang": _lang,
    "source-lang": _lang,
    "style": _style,
    "rules": _existing_paths,
    "select": _selectors,
    "ignore": _selectors,
    "extend-select": _selectors,
    "severity": _severity_table,
    "fail-under": _percent,
    "fail-under-feed": _percent,
    "fail-on": _fail_on,
    "max-findings": _count,
    "scoring": _scoring,
    "limits": _limits,
    "format": _formats,
    "jobs": _jobs,
    "glossary": _existing_file,
    "include": _string_list,
    "exclude": _string_list,
}


def _reject_unknown(
    table: Mapping[str, Any], known: Iterable[str], key: str, where: _Where
) -> None:
    known = list(known)
    for name in table:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
            raise where.error(f"{key}.{name}" if key else name, f"unknown key{hint}")


def _validate(
    table: Mapping[str, Any], validators: Mapping[str, Validator], key: str, where: _Where
) -> dict[str, Any]:
    _reject_unknown(table, validators, key, where)
    dotted = (key + ".") if key else ""
    return {name: validators[name](table[name], dotted + name, where) for name in table}


# ---------------------------------------------------------------------------
# Globs: override ``files``, ``include``, ``exclude``
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex: ``*`` and ``?`` stay inside one path segment, ``**`` crosses them."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def _relative_parts(document_path: str, base: Path) -> tuple[str, ...] | None:
    try:
        return Path(document_path).resolve().relative_to(base.resolve()).parts
    except (ValueError, OSError):
        return None


def path_matches(globs: Iterable[str], document_path: str | None, base: Path) -> bool:
    """Whether ``document_path`` matches any glob, gitignore-style, relative to ``base``.

    A glob without ``/`` (``*.md``, ``drafts``) matches any one segment of the path below
    ``base`` (so a directory name matches every file under it); a glob with ``/``
    (``wire/**/*.txt``) matches the path relative to ``base`` or one of its parent
    directories. Standard input (``None`` or ``-``) matches nothing.
    """
    if document_path in (None, "", "-"):
        return False
    rel = _relative_parts(document_path, base)
    segments = rel if rel is not None else (Path(document_path).name,)
    for glob in globs:
        glob = glob.removeprefix("./").strip("/")
        if "/" not in glob:
            if any(fnmatch.fnmatchcase(part, glob) for part in segments):
                return True
        elif rel is not None:
            prefixes = ("/".join(rel[:n]) for n in range(1, len(rel) + 1))
            if any(_glob_regex(glob).fullmatch(p) for p in prefixes):
                return True
    return False


# ---------------------------------------------------------------------------
# Config and overrides
# ---------------------------------------------------------------------------


def _extend(base: tuple[str, ...], extra: Iterable[str]) -> tuple[str, ...]:
    """``base`` then ``extra``, without repeating an item."""
    return tuple(dict.fromkeys((*base, *extra)))


@dataclass(frozen=True)
class Override:
    """One ``[[overrides]]`` entry: settings for the files matching ``files``."""

    files: tuple[str, ...]
    values: dict[str, Any]

    def apply(self, settings: Settings) -> Settings:
        """Language, style and ``select`` replace; ``ignore``/``extend-select`` add (like
        ruff's per-file-ignores, so a top-level ignore still holds); ``severity`` merges."""
        v = self.values
        changes: dict[str, Any] = {
            name: v[key] for key, name in _SETTINGS_FIELDS.items() if key in v
        }
        if "ignore" in v:
            changes["ignore"] = _extend(settings.ignore, v["ignore"])
        if "extend-select" in v:
            changes["extend_select"] = _extend(settings.extend_select, v["extend-select"])
        if "severity" in v:
            changes["severity"] = {**settings.severity, **v["severity"]}
        return replace(settings, **changes)


_SETTINGS_FIELDS = {
    "lang": "lang",
    "source-lang": "source_lang",
    "style": "style",
    "select": "select",
}
_SETTINGS_EXTEND = {"ignore": "ignore", "extend-select": "extend_select", "rules": "rule_dirs"}
_GATE_FIELDS = {
    "fail-under": "fail_under",
    "fail-under-feed": "fail_under_feed",
    "fail-on": "fail_on",
    "max-findings": "max_findings",
}


@dataclass
class Config:
    """A validated config file. ``values`` uses the file's kebab-case keys, normalised:
    selectors as tuples, severities as :class:`Severity`, paths absolute. Values Settings
    does not hold are for the CLI: ``format`` (tuple of ``name`` or ``name:/abs/file``),
    ``jobs`` (int), ``glossary`` (absolute path), ``include``/``exclude`` (globs, see
    :meth:`accepts`)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    overrides: list[Override] = field(default_factory=list)

    @property
    def root(self) -> Path:
        """The directory the file's relative paths and globs are relative to."""
        return self.path.parent if self.path else Path.cwd()

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with the file's top-level values applied (not its overrides)."""
        v = self.values
        changes = {name: v[key] for key, name in _SETTINGS_FIELDS.items() if key in v}
        for key, name in _SETTINGS_EXTEND.items():
            if key in v:
                changes[name] = _extend(getattr(settings, name), v[key])
        if "severity" in v:
            changes["severity"] = {**settings.severity, **v["severity"]}
        gate_changes = {name: v[key] for key, name in _GATE_FIELDS.items() if key in v}
        return replace(
            settings,
            **changes,
            gate=replace(settings.gate, **gate_changes),
            scoring=_apply_scoring(settings.scoring, v.get("scoring", {})),
            limits=v.get("limits", settings.limits),
        )

    def for_path(self, settings: Settings, document_path: str | None) -> Settings:
        """``settings`` with every override matching ``document_path`` applied in file
        order, so later overrides win."""
        for override in self.overrides:
            if path_matches(override.files, document_path, self.root):
                settings = override.apply(settings)
        return settings

    def accepts(self, document_path: str) -> bool:
        """Whether ``include``/``exclude`` let a file found in a directory walk through.

        With ``include`` set a file must match one of its globs; a file matching
        ``exclude`` is skipped. (Like ruff, the CLI may still check files named explicitly.)
        """
        include = self.values.get("include")
        if include and not path_matches(include, document_path, self.root):
            return False
        return not path_matches(self.values.get("exclude", ()), document_path, self.root)


def _apply_scoring(scoring: ScoringSettings, values: Mapping[str, Any]) -> ScoringSettings:
    changes: dict[str, Any] = {}
    if "weights" in values:
        changes["weights"] = {**scoring.weights, **values["weights"]}
    if "min-words" in values:
        changes["min_words"] = values["min-words"]
    return replace(scoring, **changes)


def _parse_overrides(raw: Any, where: _Where) -> list[Override]:
    if not isinstance(raw, list):
        raise where.error("overrides", "expected an array of tables ([[overrides]])")
    overrides = []
    for i, entry in enumerate(raw):
        key = f"overrides[{i}]"
        table = dict(_table(entry, key, where))
        if "files" not in table:
            raise where.error(f"{key}.files", "missing: every override needs file globs")
        files = _string_list(table.pop("files"), f"{key}.files", where)
        if not files:
            raise where.error(f"{key}.files", "must list at least one glob")
        _reject_unknown(table, ("files", *_OVERRIDE_VALIDATORS), key, where)
        overrides.append(Override(files, _validate(table, _OVERRIDE_VALIDATORS, key, where)))
    return overrides


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return load_toml(path)
    except TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _tool_table(data: dict[str, Any], path: Path) -> dict[str, Any] | None:
    tool = data.get("tool", {})
    table = tool.get("tqcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.tqcheck: expected a table")
    return table


def load_config(path: Path | str) -> Config:
    """Load and validate one config file (``pyproject.toml`` reads ``[tool.tqcheck]``)."""
    path = Path(os.path.abspath(path))
    data = _read_toml(path)
    prefix = ""
    if path.name == "pyproject.toml":
        table = _tool_table(data, path)
        if table is None:
            raise ConfigError(f"{path}: no [tool.tqcheck] table")
        data, prefix = table, "tool.tqcheck."
    where = _Where(path, prefix)
    data = dict(data)
    overrides = _parse_overrides(data.pop("overrides"), where) if "overrides" in data else []
    _reject_unknown(data, (*_TOP_VALIDATORS, "overrides"), "", where)
    return Config(path, _validate(data, _TOP_VALIDATORS, "", where), overrides)


def find_config(start: Path | str) -> Path | None:
    """The config file governing ``start`` (a file or directory), walking up to the root."""
    start = Path(os.path.abspath(start))
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            if _is_config(folder / name):
                return folder / name
    return None


def _is_config(candidate: Path) -> bool:
    """A pyproject.toml without ``[tool.tqcheck]`` is some other tool's file, not ours."""
    if not candidate.is_file():
        return False
    if candidate.name != "pyproject.toml":
        return True
    return _tool_table(_read_toml(candidate), candidate) is not None


def resolve(paths: Sequence[str], explicit: str | None = None, isolated: bool = False) -> Config:
    """The config for a run: none when ``isolated``, else ``explicit``, else the file found
    from the first checked path (the current directory for ``-``); empty if none."""
    if isolated:
        return Config()
    if explicit:
        return load_config(Path(explicit))
    start = next((Path(p) for p in paths if p != "-"), Path.cwd())
    found = find_config(start)
    return load_config(found) if found else Config()


# ---------------------------------------------------------------------------
# Command-line layer
# ---------------------------------------------------------------------------

_CLI_REPLACE = {"lang", "source_lang", "style", "select"}
_CLI_EXTEND = {"ignore", "extend_select", "rule_dirs"}
_CLI_GATE = {"fail_under", "fail_under_feed", "fail_on", "max_findings"}


def merge_cli(settings: Settings, **cli: Any) -> Settings:
    """``settings`` with command-line values on top; ``None`` (and an empty tuple from a
    repeatable option) means "not given". ``select`` replaces the file's selection;
    ``ignore``, ``extend_select`` and ``rule_dirs`` add to the file's (as ruff's
    ``--ignore``/``--extend-select`` do). ``fail_on`` takes a severity or ``"none"``."""
    unknown = set(cli) - _CLI_REPLACE - _CLI_EXTEND - _CLI_GATE
    if unknown:
        raise TypeError(f"merge_cli() got unknown option(s): {', '.join(sorted(unknown))}")
    given = {k: v for k, v in cli.items() if v is not None and v != () and v != []}
    changes: dict[str, Any] = {}
    for key in _CLI_REPLACE & given.keys():
        changes[key] = tuple(given[key]) if key == "select" else given[key]
    for key in _CLI_EXTEND & given.keys():
        changes[key] = _extend(getattr(settings, key), given[key])
    gate = {key: given[key] for key in _CLI_GATE & given.keys()}
    if "fail_on" in gate:
        gate["fail_on"] = _cli_fail_on(gate["fail_on"])
    for key in ("fail_under", "fail_under_feed"):
        if key in gate:
            gate[key] = float(gate[key])
    return replace(settings, **changes, gate=replace(settings.gate, **gate))


def _cli_fail_on(value: str | Severity) -> Severity | None:
    if isinstance(value, Severity):
        return value
    return None if value.lower() == "none" else Severity(value.lower())


def for_document(
    config: Config, settings: Settings, document: Document, **cli: Any
) -> tuple[Settings, Document]:
    """Settings for one document: ``settings`` (defaults + file) with the document's
    overrides, then the CLI on top. An override's ``lang``/``source-lang`` also relabels
    the document, unless its reader took a language from the record itself."""
    if not config.overrides:
        return merge_cli(settings, **cli), document
    run = merge_cli(settings, **cli)
    mine = merge_cli(config.for_path(settings, document.path), **cli)
    if document.lang == run.lang and mine.lang != run.lang:
        document = replace(document, lang=mine.lang)
    if document.source_lang == run.source_lang and mine.source_lang != run.source_lang:
        document = replace(document, source_lang=mine.source_lang)
    return mine, document


# ---------------------------------------------------------------------------
# ``tqcheck config``: the effective configuration as TOML
# ---------------------------------------------------------------------------


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Severity):
        return _toml(value.value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if math.isinf(value) else repr(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _line(key: str, value: Any) -> str:
    return f"# {key} is not set" if value is None else f"{key} = {_toml(value)}"


def effective(settings: Settings, config: Config, *, extra: Mapping[str, Any] | None = None) -> str:
    """The effective configuration as TOML, keys in a fixed order, loadable as a
    ``tqcheck.toml``. ``extra`` overrides the CLI-only values (``format``, ``jobs``, …)."""
    gate: GateSettings = settings.gate
    lines = [
        "# Effective tqcheck configuration (defaults < config file < command line).",
        f"# Config file: {config.path}" if config.path else "# Config file: none",
        _line("lang", settings.lang),
        _line("source-lang", settings.source_lang),
        _line("style", settings.style),
        _line("rules", settings.rule_dirs),
        _line("select", settings.select),
        _line("ignore", settings.ignore),
        _line("extend-select", settings.extend_select),
        _line("fail-under", gate.fail_under),
        _line("fail-under-feed", gate.fail_under_feed),
        _line("fail-on", gate.fail_on or "none"),
        _line("max-findings", gate.max_findings),
    ]
    cli_only = {**config.values, **(extra or {})}
    for key in ("format", "jobs", "glossary", "include", "exclude"):
        if cli_only.get(key) is not None:
            lines.append(_line(key, cli_only[key]))
    lines += ["", "[severity]"]
    lines += [f"{_toml(k)} = {_toml(v)}" for k, v in sorted(settings.severity.items())]
    lines += ["", "[scoring]", _line("min-words", settings.scoring.min_words)]
    lines += ["", "[scoring.weights]"]
    weights = settings.scoring.weights
    lines += [f"{s.value} = {_toml(float(weights[s]))}" for s in Severity if s in weights]
    lines += ["", "[limits]"]
    for name in ("max_document_chars", "max_line_chars", "max_passages", "max_findings"):
        value = getattr(settings.limits, name)
        lines.append(_line(name.replace("_", "-"), value if value is not None else 0))
    for override in config.overrides:
        lines += ["", "[[overrides]]", _line("files", override.files)]
        for key in _OVERRIDE_VALIDATORS:
            if key == "severity" and key in override.values:
                table = sorted(override.values[key].items())
                body = ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in table)
                lines.append(f"severity = {{ {body} }}" if body else "severity = {}")
            elif key in override.values:
                lines.append(_line(key, override.values[key]))
    return "\n".join(lines) + "\n"
