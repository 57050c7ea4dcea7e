"""Text of XLIFF/TMX segments: inline markup removed, the words kept.

Localisation formats wrap formatting in inline elements. Paired ones (``g``, ``pc``,
``mrk``, ``hi``) enclose translatable text and are unwrapped. Code elements (``bpt``,
``ept``, ``ph``, ``it``, ``ut``) enclose the *native* markup they stand for (``<b>``,
``&lt;br/&gt;``), which is not part of the translation, so only their ``sub`` elements
(translatable text inside a code, such as a link title) are kept.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from tqcheck.readers.xmlsafe import local

CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})


def inline_text(element: Element) -> str:
    """The translatable text of a ``source``/``target``/``seg`` element."""
    parts = [element.text or ""]
    for node in element:
        name = local(node.tag)
        if name in CODES:
            parts.extend(inline_text(sub) for sub in node if local(sub.tag) == "sub")
        elif name == "cp":  # XLIFF 2.0: a character XML cannot hold, as hex
            parts.append(_code_point(node.get("hex", "")))
        else:
            parts.append(inline_text(node))
        parts.append(node.tail or "")
    return "".join(parts)


def _code_point(value: str) -> str:
    try:
        char = chr(int(value, 16))
    except (ValueError, OverflowError):
        return ""
    return "\ufffd" if "\ud800" <= char <= "\udfff" else char  # not a character
