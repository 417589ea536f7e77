"""How a word reads where it stands, before it is matched: "behind" as the butt or as being
behind, "back" as the body part or as getting something back, "show" as a competition or
the verb, "lift" as a lift done or as raising the butt, "drop" as losing or as leaving a
move out, "a fat ass" as fat on it or a big one wanted. The words come folded and without
stopwords ("get a fat ass" is "get fat ass")."""

from __future__ import annotations

from itertools import pairwise

# Words that name the butt only as nouns ("my behind", "a rounder bottom"): followed by one of
# these they are a place or a side ("way behind my quads", "at the bottom of the squat", "rear
# foot"), and mean nothing to match on.
_PLACE_NOUNS = frozenset({"behind", "bottom", "rear"})
# ... or after one of these, "behind" is being behind ("my hamstrings are lagging way behind").
_LAGGING = frozenset({"way", "far", "lag", "lags", "lagging", "lagged", "falling", "fallen"})
_LAGGING |= {"fall", "falls", "fell", "left", "slightly", "bit", "much", "so", "too", "still"}
# "a fat ass" is a big one, wanted ("how do i get a fat ass"), not fat on it (the words
# here come without stopwords: "get a fat ass" is "get fat ass")
_FAT_PRAISED = frozenset({"ass", "booty", "butt", "bum", "arse"})
_FAT_WANTED = frozenset({"get", "getting", "big", "nice", "huge", "thick", "want", "wanna", "grow"})
# "drop" losing ("drop a few pounds", "drop fat"), or else leaving a move out ("should I drop
# leg extensions?"): then no word to match on.
_DROPPED = frozenset({"weight", "fat", "pounds", "lbs", "lb", "kg", "kilos", "size", "sizes"})
_DROPPED |= {"inches", "bodyfat", "percent", "stone", "dress"}
# "lift" raising the butt ("will it lift my butt"), not a lift done: no exercise is asked about.
_RAISED = frozenset({"butt", "bum", "booty", "glutes", "glute", "bottom", "behind", "ass", "rear"})
_NOT_AS_NOUN = frozenset(
    {"of", "my", "the", "your", "her", "his", "their", "our", "an", "them", "it", "you", "me"}
    | {"us", "him", "foot", "feet", "leg", "legs", "delt", "delts", "position", "half", "part"}
    | {"range", "schedule", "on", "in", "at", "with", "and"}
)


# "back" as in getting something back ("get my glutes back after a baby"), not the body part.
_RETURN_VERBS = frozenset({"get", "got", "getting", "bring", "bringing", "brought", "come"})
_RETURN_VERBS |= {"coming", "came", "gain", "regain", "win", "want", "wanted"}
_BACK_NOUNS = frozenset({"pain", "extension", "extensions", "muscle", "muscles", "exercise"})
_BACK_NOUNS |= {"exercises", "hurt", "hurts", "and", "to", "into", "of", "fat"}


# "side" as where one looks from ("side view", "side profile").
_VIEW = frozenset({"view", "profile", "angle", "shot", "pic", "pics", "photo", "photos"})


# "show" is a competition after these ("my show", "first show", "for a show") or before these
# ("show day", "show prep"); otherwise it is the verb ("will my tie-in show").
_SHOW_BEFORE = frozenset(
    {"my", "the", "your", "her", "his", "our", "their", "this", "that", "next", "first"}
    | {"second", "third", "last", "upcoming", "local", "bikini", "figure", "bodybuilding"}
    | {"physique", "wellness", "fitness", "for", "before", "after", "at", "until", "till"}
    | {"til", "from", "big", "any", "every", "each", "one", "another", "natural", "amateur"}
)
_SHOW_AFTER = frozenset({"day", "date", "prep", "season", "week", "weeks", "is"})


# A verb of bettering or getting before the tie-in ("how do I improve my tie-in", "get my glute
# ham tie in to show") asks what makes one look good (the three keys), not what it is.
_BETTERING = frozenset({"improve", "improving", "better", "fix", "fixing", "develop", "get"})
_BETTERING |= {"getting", "build", "building", "sharpen", "enhance", "need", "needs"}
# ... or a word of praise right before it, wanted: "what do i need for a good tie in", "what
# makes a great tie-in" (not "I have a good tie-in already")
_PRAISED = frozenset({"good", "great", "nice", "impressive", "strong", "perfect"})
_WANTING = frozenset({"need", "needs", "make", "makes", "for", "want", "achieve", "takes"})


def _bettering_tie_in(ws: list[str], at: int) -> bool:
    """Whether ws[at] is a verb of bettering with the tie-in its object, a few words on."""
    if ws[at] in _PRAISED:
        if not _WANTING.intersection(ws[max(at - 3, 0) : at]):
            return False
        ahead = ws[at + 1 : at + 5]
        return "tiein" in ahead or ("tie", "in") in pairwise(ahead)
    if ws[at] not in _BETTERING or _BETTERING.intersection(ws[max(at - 3, 0) : at]):
        return False  # said once: "how do I get a better tie in" is one ask
    ahead = ws[at + 1 : at + 7]
    return "tiein" in ahead or ("tie", "in") in pairwise(ahead)


def _a_show(ws: list[str], at: int) -> bool:
    """Whether ws[at] ("show") names a competition rather than the verb."""
    before = ws[at - 1] if at > 0 else ""
    after = ws[at + 1] if at + 1 < len(ws) else ""
    return at == 0 or before in _SHOW_BEFORE or after in _SHOW_AFTER or before.isdigit()


def _fat_praised(ws: list[str], at: int) -> bool:
    """Whether ws[at] is "fat" or "phat" praising a butt wanted ("get fat ass")."""
    if ws[at] not in ("fat", "phat") or at + 1 >= len(ws) or ws[at + 1] not in _FAT_PRAISED:
        return False
    return ws[at] == "phat" or (at > 0 and ws[at - 1] in _FAT_WANTED)


def _returning(ws: list[str], at: int) -> bool:
    """Whether ws[at] ("back") follows a verb of getting back within four words."""
    after = ws[at + 1] if at + 1 < len(ws) else ""
    return bool(_RETURN_VERBS.intersection(ws[max(at - 4, 0) : at])) and after not in _BACK_NOUNS


def read_in_place(ws: list[str], at: int, stemmed: str) -> str | None:
    """What ws[at] (stemmed: its stem) means here when its place changes it: "" for nothing
    to match on, a term to match instead; None when it reads as it always does."""
    word = ws[at]
    nxt = ws[at + 1] if at + 1 < len(ws) else ""
    if word == "behind" and at > 0 and ws[at - 1] in _LAGGING:
        return "weak"  # "my hamstrings are way behind my quads": lagging
    if stemmed in _PLACE_NOUNS and nxt in _NOT_AS_NOUN:
        return ""
    if word in ("lift", "lifts") and _RAISED.intersection(ws[at + 1 : at + 4]):
        return ""
    if word in ("drop", "dropping") and not _DROPPED.intersection(ws[at + 1 : at + 5]):
        return ""
    if _bettering_tie_in(ws, at):
        return "key"
    if _fat_praised(ws, at):
        return "grow"
    if word == "time" and ws[max(at - 3, 0) : at][-2:] in (["waste", "of"], ["wasting", "my"]):
        return ""  # "a waste of time" judges; no time is asked about
    if (word == "pros" and ws[at + 1 : at + 3] == ["and", "cons"]) or (
        word == "cons" and ws[max(at - 2, 0) : at] == ["pros", "and"]
    ):
        return ""  # "the pros and cons of X" asks whether X is any good
    if word == "side" and (ws[max(at - 2, 0) : at] == ["from", "the"] or nxt in _VIEW):
        return ""  # "flat from the side", "side view": how it looks, no side asked about
    if word == "back" and _returning(ws, at):
        return ""
    if word in ("show", "shows") and not _a_show(ws, at):
        return ""  # "will my tie-in show", not "my show"
    return None
