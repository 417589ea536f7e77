"""Telegram-flavoured HTML: parse a message into (plain text, entities) as Telegram does."""

from __future__ import annotations

import html
import re

from bot.standin.records import JSONDict


class HtmlError(ValueError):
    pass


# Telegram's HTML tags and the entity each makes (span only with class="tg-spoiler").
_HTML_TAGS = {
    tag: kind
    for kind, tags in {
        "bold": "b strong",
        "italic": "i em",
        "underline": "u ins",
        "strikethrough": "s strike del",
        "spoiler": "span tg-spoiler",
        "text_link": "a",
        "code": "code",
        "pre": "pre",
        "blockquote": "blockquote",
        "custom_emoji": "tg-emoji",
    }.items()
    for tag in tags.split()
}
_CHAR_REF = re.compile(r"&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(lt|gt|amp|quot));")
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = r"""[a-zA-Z_:][-a-zA-Z0-9_:]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
_OPEN_TAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+{_ATTR})*)\s*>")
_CLOSE_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ATTR_PARTS = re.compile(
    r"""([a-zA-Z_:][-a-zA-Z0-9_:]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2  # Telegram counts offsets in UTF-16 code units


def parse_html(text: str) -> tuple[str, list[JSONDict]]:
    """Parse Telegram-flavoured HTML into (plain text, entities), or raise HtmlError.

    Stricter than Telegram in one way: a bare "&" is an error (Telegram keeps it), so tests
    catch user input that reached the HTML without html.escape().
    """
    out: list[str] = []
    offset = 0  # UTF-16 offset of the plain text written so far
    stack: list[tuple[str, int, dict[str, str]]] = []  # open tags: name, start, attributes
    entities: list[JSONDict] = []
    i = 0

    def where(pos: int) -> str:
        return f"byte offset {len(text[:pos].encode())}"

    while i < len(text):
        ch = text[i]
        if ch == "&":
            ref = _CHAR_REF.match(text, i)
            if ref is None:
                raise HtmlError(f'unescaped "&" at {where(i)}; write it as &amp;')
            if ref[3]:
                ch = _NAMED_REFS[ref[3]]
            else:
                code = int(ref[1]) if ref[1] else int(ref[2], 16)
                if not 0 < code <= 0x10FFFF:
                    raise HtmlError(f"invalid character reference at {where(i)}")
                ch = chr(code)
            out.append(ch)
            offset += utf16_len(ch)
            i = ref.end()
        elif text.startswith("</", i):
            close = _CLOSE_TAG.match(text, i)
            name = close[1].lower() if close else ""
            if not stack or close is None or stack[-1][0] != name:
                expected = f'"</{stack[-1][0]}>"' if stack else "no end tag"
                raise HtmlError(
                    f"unmatched end tag at {where(i)}, expected {expected}, "
                    f'found "{close[0] if close else "</"}"'
                )
            tag, start, attrs = stack.pop()
            i = close.end()
            entity = _entity_for(tag, attrs, start, offset - start, stack)
            if entity is not None:
                entities.append(entity)
        elif ch == "<":
            tag_match = _OPEN_TAG.match(text, i)
            if tag_match is None:
                raise HtmlError(f'unsupported start tag "" at {where(i)}; write "<" as &lt;')
            tag = tag_match[1].lower()
            attrs = {
                m[1].lower(): html.unescape(next((v for v in m.groups()[1:] if v is not None), ""))
                for m in _ATTR_PARTS.finditer(tag_match[2])
            }
            if tag not in _HTML_TAGS or (tag == "span" and attrs.get("class") != "tg-spoiler"):
                raise HtmlError(f'unsupported start tag "{tag}" at {where(i)}')
            if tag == "tg-emoji" and "emoji-id" not in attrs:
                raise HtmlError(f'tag "tg-emoji" must have attribute "emoji-id" at {where(i)}')
            stack.append((tag, offset, attrs))
            i = tag_match.end()
        else:
            out.append(ch)
            offset += utf16_len(ch)
            i += 1
    if stack:
        raise HtmlError(f'can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _entity_for(
    tag: str,
    attrs: dict[str, str],
    offset: int,
    length: int,
    parents: list[tuple[str, int, dict[str, str]]],
) -> JSONDict | None:
    language = attrs.get("class", "")
    if tag == "code" and parents and parents[-1][0] == "pre" and language.startswith("language-"):
        parents[-1][2]["language"] = language.removeprefix("language-")  # <pre><code class>
        return None
    if length == 0 or (tag == "a" and "href" not in attrs):
        return None  # Telegram drops empty entities and links without a target
    entity: JSONDict = {"type": _HTML_TAGS[tag], "offset": offset, "length": length}
    if tag == "a":
        entity["url"] = attrs["href"]
    elif tag == "pre" and "language" in attrs:
        entity["language"] = attrs["language"]
    elif tag == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif tag == "tg-emoji":
        entity["custom_emoji_id"] = attrs["emoji-id"]
    return entity


def html_to_plain(text: str) -> str:
    """Readable text for a message in HTML; falls back to a crude strip if it is malformed."""
    try:
        return parse_html(text)[0]
    except HtmlError:
        return html.unescape(re.sub(r"<[^>]*>", "", text))
