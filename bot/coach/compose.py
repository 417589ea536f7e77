"""Fit an answer to the question: the number a "how many" asks for, how often, how heavy,
how long to rest (sourced facts added under the matched entry or card), and both sides of a
comparison between exercises the cards name.

The matcher finds the topic; this finds what else the question asks of it. Pure: text and
content in, ids out.
"""

from __future__ import annotations

import re

from bot.coach.knowledge import Aspect, Content, Equipment, Fact
from bot.coach.matcher import MAX_CHARS, STOPWORDS, ItemKind, stem
from bot.coach.matcher import words as all_words
from bot.coach.matcher.scope import asked_part, may_lean, said_and_asked
from bot.coach.profile import Place

MAX_FACTS = 2
MAX_COMPARED = 3
MAX_INSTEAD = 3
MAX_ELIDED_WORDS = 60  # "X and Y <name>" looked for this far into a message
ASPECT_ONLY_WORDS = 20  # longer posts mention numbers in passing: no answer from them alone

_ASPECTS: tuple[tuple[Aspect, re.Pattern[str]], ...] = (
    (
        Aspect.REPS,
        re.compile(
            r"\bhow many (reps|repetitions|sets and reps|sets (and|or|of) reps)\b"
            r"|\b(rep|reps|repetitions) (range|ranges|scheme|count)\b"
            r"|\b(high|low|higher|lower|more|fewer|less) reps\b"
            r"|\bhow many\b.*\breps\b|\breps\b.*\bhow many\b"
            r"|\b\d+ (reps|repetitions)\b|\bsets? of \d+\b"
        ),
    ),
    (
        Aspect.SETS,
        re.compile(r"\bhow many sets\b|\bsets (and|or) reps\b|\bnumber of sets\b"),
    ),
    (
        Aspect.FREQUENCY,
        re.compile(
            r"\bhow often\b|\bevery ?day\b|\bdaily\b|\bfrequency\b|\bfrequently\b"
            r"|\b(times|days|sessions|workouts) (per |each |every )?week\b"  # "a" is dropped
            r"|\bhow many (days|times|sessions|workouts)\b|\bevery other day\b"
            r"|\beach day\b|\bday after day\b|\bonce a week\b|\btwice a week\b"
            r"|\b(days?|sessions|workouts) in (row|succession)\b|\bback to back\b"  # "a" dropped
            r"|\bconsecutive (days|sessions|workouts)\b|\brest days?\b"
        ),
    ),
    (
        Aspect.REST,
        re.compile(
            r"\brest (between|in between|time|period|periods)\b"
            r"|\bhow (long|much) (should (i )?|do (i )?|to |can (i )?)?rest\b|\bbetween sets\b"
        ),
    ),
    (
        Aspect.WEIGHT,
        re.compile(
            r"\bhow (heavy|much weight|much load)\b|\b(what|which) (weight|weights|load|size)\b"
            r"|\b(heavy|heavier) or (light|lighter)\b|\b(light|lighter) or (heavy|heavier)\b"
            r"|\bgo (heavy|heavier|lighter|light)\b|\bstarting weight\b|\bweight to (use|start)\b"
            r"|\b(what|which) (kg|lb|lbs|pounds|kilos) (dumbbells?|weights?)\b"
            r"|\bhow (much|many) (kilos?|kgs?|lbs?|pounds)\b"
            r"|\b(good|right|best|correct|ideal|sensible) (weight|load|starting weight)\b"
            # "i" is dropped: "how much should (i) be lifting"
            r"|\bhow much (should|do|can) (you )?(be )?(lift|lifting|use|using|put on|load)\b"
            # when to add load: "how do I know when to go up", "stuck on the same weight"
            r"|\bwhen (to|should|do|can|is it time to) (\w+ )?(go up|move up|increase|add "
            r"(more )?(weight|load|plates?)|go heavier|progress)\b"
            r"|\bgo up in weight\b"
            r"|\bstuck (at|on|with|using) (the same|one|this) (weight|load)\b"
        ),
    ),
)
_COMPARE = re.compile(
    r"\b(vs|versus|difference|differences|differ|diff|compared?|comparison|better|instead|or|"
    r"rather|replace|alternative|same as|similar|as good( as)?|as effective( as)?|comparable|"
    r"(decide|deciding|choose|choosing|pick|picking|torn) between|matter which|which one)\b"
)
_HOW_BOTH = re.compile(r"\bhow (do|to|should|can|would) .*\band\b")
_INSTEAD = re.compile(
    r"\b(instead|alternatives?|substitutes?|substitution|replace|replacement|swap|other than|"
    r"dont have|do not have|without|no access|cant do|cannot do|can not do|has no|have no|"
    r"theres no|there is no|hate|dislike|what else|anything else|something else|doesnt have|"
    r"does not have|dont own|anything (close|similar|like (it|that))|something (close|similar)|"
    r"equivalent|closest thing|next best)\b"
)
_MUSCLE_WORD = (
    r"(glutes?|butt|bum|booty|quads?|hamstrings?|hams|hammies|thighs?|legs?|lower back|calves)"
)
_WHICH_MUSCLE = re.compile(
    rf"\b{_MUSCLE_WORD} or (the )?{_MUSCLE_WORD}\b|\bwhat (muscles?|part)\b.*\b(work|hit|target)"
    r"|\b(work|hit|target)s? (more )?(the )?" + _MUSCLE_WORD + r" (more )?(or|than)\b"
    # "do deadlifts hit glutes and hammies?": whether a move works a muscle
    r"|^(do|does|will|would|can)\b.{1,40}\b(work|works|hit|hits|target|targets) (the |your |my )?"
    + _MUSCLE_WORD
    + r"\b"
)
_FEELING = re.compile(r"\b(sore|soreness|doms|tight|tightness|stiff after|cramps?|cramping)\b")
_NO_GYM = re.compile(
    r"\b(home|house|no gym|without a gym|dont have|do not have|without|no access|machine|"
    r"bench|chair|barbell)\b"
)


# Kit a bodyweight or band move may be loaded with (its card lists it): a load to pick.
_LOAD_KIT = frozenset({"barbell", "dumbbell", "machine", "plate"})
_SETS_X_REPS = re.compile(r"\b\d{1,2} ?[x×] ?\d{1,3}\b", re.IGNORECASE)  # "3x10" (words drop the x)


def words(text: str) -> list[str]:
    """The words of the part of a message the matcher reads (its first MAX_CHARS), so no
    message costs more here than there."""
    return all_words(text[:MAX_CHARS])


def aspects(text: str) -> list[Aspect]:
    """What a question asks for besides its topic, in a fixed order."""
    joined = " ".join(words(text))
    found = [a for a, pattern in _ASPECTS if pattern.search(joined)]
    if Aspect.REPS not in found and _SETS_X_REPS.search(text[:MAX_CHARS]):
        found.insert(0, Aspect.REPS)
    return found


def facts_for(content: Content, text: str, kind: ItemKind, item_id: str) -> list[Fact]:
    """Facts answering the question's aspects for the matched item: those about the card
    itself first, else a general one; never one the matched entry already says. Sets come
    with reps ("how many sets" wants the whole dose), and an exercise done its own way (low
    reps for Nordics, 30 with bands) says so whenever its dose is asked about."""
    wanted = aspects(text)
    card = content.exercises.get(item_id) if kind == "exercise" else None
    # "how heavy on Nordics": no load to pick, the card says how; a move that may be loaded
    # ("can I go heavier on split squats" with dumbbells) keeps its load
    unloaded = card is not None and card.loading.value != "weighted"
    loadable = card is not None and bool(set(card.equipment) & _LOAD_KIT)
    if unloaded and not loadable and Aspect.WEIGHT in wanted:
        wanted.remove(Aspect.WEIGHT)
    if not wanted:
        return []
    if Aspect.SETS in wanted and Aspect.REPS not in wanted:
        wanted.append(Aspect.REPS)
    exercises: tuple[str, ...] = (item_id,) if kind == "exercise" else ()
    if kind == "entry" and item_id in content.entries:
        # "how many reps for hip thrusts and how often?": the moves asked about, not every
        # move the entry names (its Nordics' low reps are no answer for hip thrusts)
        asked = named_cards(content, asked_part(text[:MAX_CHARS]))
        exercises = tuple(asked) or content.entries[item_id].exercises
    out: list[Fact] = []

    def add(aspect: Aspect, own_only: bool) -> None:
        facts = [f for f in content.facts.values() if f.aspect == aspect]
        if any(f.entry == item_id for f in facts):
            return  # the entry answers this itself ("Nordics vs leg curls": their reps)
        same = [f for f in facts if f.entry != item_id]
        own = [f for f in same if set(f.exercises) & set(exercises)]
        general = [] if own_only else [f for f in same if not f.exercises][:1]
        out.extend(f for f in own or general if f not in out)

    for aspect in wanted:
        add(aspect, own_only=False)
    if kind == "exercise" and Aspect.FREQUENCY in wanted and Aspect.REPS not in wanted:
        add(Aspect.REPS, own_only=True)
    return out[:MAX_FACTS]


def entry_for_aspect(content: Content, text: str) -> str | None:
    """The entry that answers what the question asks for when nothing else matched it
    ("what weight dumbbells should I use?" -> choosing a weight): the entry of the general
    fact for its first aspect. Short questions only."""
    if len(words(text)) > ASPECT_ONLY_WORDS:
        return None
    for aspect in aspects(text):
        for f in content.facts.values():
            if f.aspect == aspect and not f.exercises and f.entry in content.entries:
                return f.entry
    return None


def compared_cards(content: Content, text: str) -> list[str]:
    """The cards a question compares ("RDL vs stiff-leg deadlift", "are lunges better than
    squats") or asks how to do together ("how do I do squats and lunges"): two or more
    distinct cards named in it, with a word that compares or a "how ... and"; else []."""
    ws = words(text)
    if not _compares(" ".join(ws)) or not _compared_where_asked(content, text[:MAX_CHARS]):
        return []
    found = _named_together(content, ws)
    return found[:MAX_COMPARED] if len(found) >= 2 else []


def _named_together(content: Content, ws: list[str]) -> list[str]:
    """The cards named in the words, elided and fronted names too ("seated or lying leg
    curl", "leg curls: seated or lying")."""
    found = _mentions(content, ws)
    for first, second in _elided(content, ws) + _fronted(content, ws) + _one(content, ws):
        if first not in found:
            found.insert(found.index(second) if second in found else len(found), first)
        if second not in found:  # "leg curls: seated or lying" names neither whole
            found.insert(found.index(first) + 1, second)
    if _RDL.search(" ".join(ws)) and _RDL_CARD not in found and _RDL_BESIDE.intersection(found):
        found.insert(0, _RDL_CARD)  # "RDL vs stiff-leg": the card the articles describe it by
    return found


def _compares(joined: str) -> bool:
    return bool(_COMPARE.search(joined) or _HOW_BOTH.search(joined))


def _compared_where_asked(content: Content, text: str) -> bool:
    """Whether the comparing is asked, not told: in a post of several sentences, a comparing
    word in what it asks (the sentences ending in "?", else the last), or in a sentence naming
    a card ("[nordics are brutal.] A friend said the seated leg curl is just as good").
    Told moves beside a told comparison ("compared to the top 3 ... I do leg curls and stiff-leg
    deadlifts. What should I change?") are no comparison asked for."""
    told, asking = said_and_asked(text)
    if not asking:
        told, asking = told[:-1], told[-1:]
    if not told or any(_asks_compared(content, words(p)) for p in asking):
        return True
    return any(
        _compares(" ".join(ws)) and _named_together(content, ws) for ws in (words(p) for p in told)
    )


def _asks_compared(content: Content, ws: list[str]) -> bool:
    """An asking sentence that compares, or asks how to do two moves it names or leans on
    ("how do I do squats and lunges", "how do I do them right and how many reps"; not "how do
    I know when to go heavier and how much to add")."""
    joined = " ".join(ws)
    if _COMPARE.search(joined):
        return True
    return bool(_HOW_BOTH.search(joined)) and (
        len(_named_together(content, ws)) >= 2 or may_lean(joined)  # "how do I do them"
    )


# The Romanian deadlift has no card: the articles name it only to describe the American one.
_RDL = re.compile(r"\b(romanian|rdls?)\b")
_RDL_CARD = "american_deadlift"
_RDL_BESIDE = frozenset({"stiff_leg_deadlift", "deadlift"})  # the other deadlifts it's set beside


_JOINS = frozenset({"and", "or", "vs", "versus"})


def _elided(content: Content, ws: list[str]) -> list[tuple[str, str]]:
    """Cards named with a shared tail left off the first ("seated and lying leg curls",
    "single leg or barbell hip thrust"): (first card, second card) for each such pair."""
    out: list[tuple[str, str]] = []
    for i, w in enumerate(ws[:MAX_ELIDED_WORDS]):
        if w not in _JOINS or i == 0:
            continue
        for r in (4, 3, 2):  # the second name, tail included
            right = ws[i + 1 : i + 1 + r]
            second = content.exact_exercise(" ".join(right)) if len(right) == r else None
            if second is None:
                continue
            for t in range(1, r):  # its tail, shared with the first
                for lead in (2, 1):
                    head = ws[max(i - lead, 0) : i]
                    if right[r - t] in head or content.exact_exercise(" ".join(head)):
                        continue  # the first name is whole already ("deadlift vs ...")
                    left = head + right[r - t :]
                    first = content.exact_exercise(" ".join(left))
                    if first is not None and first != second and (first, second) not in out:
                        out.append((first, second))
            break
    return out


def _one(content: Content, ws: list[str]) -> list[tuple[str, str]]:
    """A second card named by "one" standing for the first one's tail ("a lying leg curl and a
    seated one", "a barbell hip thrust or a single leg one"): (first, second) for each pair."""
    out: list[tuple[str, str]] = []
    for i, w in enumerate(ws[:MAX_ELIDED_WORDS]):
        if w not in ("one", "ones"):
            continue
        for m in (1, 2):  # what tells the second apart: "seated", "single leg"
            if i - m - 1 < 1 or ws[i - m - 1] not in _JOINS:
                continue
            for first, tail in _named_before(content, ws[: i - m - 1]):
                second = content.exact_exercise(" ".join([*ws[i - m : i], *tail]))
                if second and first != second and (first, second) not in out:
                    out.append((first, second))
    return out


def _named_before(content: Content, ws: list[str]) -> list[tuple[str, list[str]]]:
    """Cards named whole in the words, each with the tails of its name ("lying leg curl":
    "leg curl", "curl"), nearest first."""
    out: list[tuple[str, list[str]]] = []
    for end in range(len(ws), 0, -1):
        for n in (4, 3, 2, 1):
            card = content.exact_exercise(" ".join(ws[end - n : end])) if end >= n else None
            if card is not None:
                out += [(card, ws[end - t : end]) for t in range(n - 1, 0, -1)]
                break
    return out


def _fronted(content: Content, ws: list[str]) -> list[tuple[str, str]]:
    """Cards named by their shared name first, then what tells them apart ("leg curls: seated
    vs lying", "hip thrust barbell or single leg"): (first card, second card) for each pair."""
    out: list[tuple[str, str]] = []
    for i, w in enumerate(ws[:MAX_ELIDED_WORDS]):
        if w not in _JOINS or i < 2:
            continue
        for size in (1, 2):  # what tells them apart, a word or two each side
            left, right = ws[i - size : i], ws[i + 1 : i + 1 + size]
            for h in (3, 2, 1):  # the shared name before the first
                head = ws[max(i - size - h, 0) : i - size]
                if len(head) != h or len(right) != size:
                    continue
                first = content.exact_exercise(" ".join(left + head))
                second = content.exact_exercise(" ".join(right + head))
                if first and second and first != second and (first, second) not in out:
                    out.append((first, second))
    return out


def named_cards(content: Content, text: str) -> list[str]:
    """Every card named in the text, in the order written."""
    return _mentions(content, words(text))


def reports_feeling(text: str) -> bool:
    """Says how the body feels ("sore after Nordics"): the articles say nothing about it,
    so naming an exercise doesn't make this a question about the exercise."""
    return bool(_FEELING.search(" ".join(words(text))))


def asks_which_muscle(text: str) -> bool:
    """Asks which muscles something works ("lunges: glute or quad exercise?")."""
    return bool(_WHICH_MUSCLE.search(" ".join(words(text))))


def wants_instead(text: str) -> bool:
    """Asks for a replacement ("instead of back extensions", "no Roman chair")."""
    return bool(_INSTEAD.search(" ".join(words(text))))


def instead_of(
    content: Content, card_id: str, text: str, place: Place | None = None, no_ball: bool = False
) -> list[str]:
    """Other cards doing the same movement, those for home first when the question says
    there is no gym or no such equipment, and those for where the person trains when that is
    not a gym (a leg press is no swap at home); `no_ball`: at home with bands and no ball,
    none done on a ball."""
    card = content.exercises[card_id]
    home = bool(_NO_GYM.search(" ".join(words(text))))
    same = [
        x
        for x in content.exercises.values()
        if x.id != card_id and x.pattern == card.pattern and set(x.muscles) & set(card.muscles)
    ]
    if place is not None and place != Place.GYM:
        same = [x for x in same if place in x.places]
    if place == Place.HOME and no_ball:
        same = [x for x in same if Equipment.BALL not in x.equipment]
    elif home:
        same = [x for x in same if Place.HOME in x.places] or same
    return [x.id for x in same[:MAX_INSTEAD]]


def _qualified(before: str) -> bool:
    """A word that makes a one-word name into another exercise's name."""
    return not (
        before in STOPWORDS
        or before.isdigit()
        or _COMPARE.fullmatch(before)
        or before in _FOR_MUSCLES  # "better for glutes, squats or lunges"
    )


# A muscle in the plural names what a move is for, not a variant of it ("glute bridge" is).
_FOR_MUSCLES = frozenset({"glutes", "butt", "bum", "booty", "hamstrings", "hams", "quads"})


def _mentions(content: Content, ws: list[str]) -> list[str]:
    """Card ids named in the words, in the order written; longer names claim their words
    first ("band hip thrust" before "hip thrust")."""
    taken: set[int] = set()
    found: dict[str, int] = {}  # card id -> first word's position
    named = [stem(w) in content.name_words for w in ws]  # cheap: most words name nothing
    seen: dict[str, str | None] = {}  # a phrase repeated is looked up once
    for n in (4, 3, 2, 1):
        for i in range(len(ws) - n + 1):
            span = range(i, i + n)
            if not (named[i] and named[i + n - 1]) or taken.intersection(span):
                continue
            if n == 1 and i > 0 and _qualified(ws[i - 1]):
                continue  # "sumo deadlift", "reverse hyper": a variant no card names
            phrase = " ".join(ws[i : i + n])
            if phrase not in seen:
                seen[phrase] = content.exact_exercise(phrase)
            card = seen[phrase]
            if card is not None and card not in found:
                found[card] = i
                taken.update(span)
    return sorted(found, key=found.__getitem__)
