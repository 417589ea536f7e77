"""Questions in a person's own words: a curated answer with its sources, "did you mean…?"
choices, or an honest "I don't know that one" (kept for the content team) with a few nearby
topics. Conversation (greetings, thanks, pain, requests that belong to /pause, /delete,
/today, /help) gets a routed reply first and is never recorded. Also the myths list and
exercise cards by name."""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.compose import (
    asks_which_muscle,
    aspects,
    entry_for_aspect,
    facts_for,
    named_cards,
    reports_feeling,
    wants_instead,
)
from bot.coach.goals import divisions_named
from bot.coach.knowledge import Aspect, Exercise, KnowledgeEntry
from bot.coach.matcher import Gap, GapKind, ItemKind, MatchResult, words
from bot.coach.matcher.repunctuate import repunctuated
from bot.coach.matcher.vocabulary import LOSE
from bot.coach.profile import Goal, Place, Unit
from bot.coach.setlog import LogParseError, parse_log
from bot.coach.smalltalk import Intent, understand, without_greeting
from bot.runtime.services import Services
from bot.store import unanswered
from bot.store.models import User
from bot.training import follow_ups, pain_offer, pause_typed
from bot.training.comparison import comparison
from bot.training.harder_asked import card_for_kit
from bot.training.history_asked import history_asked
from bot.training.home_gym import instead_there
from bot.training.log_example import log_example
from bot.training.outcomes import (
    Choice,
    Comparison,
    DidYouMean,
    EntryAnswer,
    ExerciseCard,
    Family,
    Outcome,
    Talk,
    Unknown,
)
from bot.training.people import next_push_text, pause_end_said
from bot.training.plan_lines import with_plan
from bot.training.second_part import union_sources, with_second_part
from bot.training.show_asked import asks_covered
from bot.training.typed import has_digit

RELATED = 3  # related entries offered under an answer
NEARBY = 3  # topics offered beside "I don't know"
SPOT_REDUCTION = "myth_cardio_spot_reduction"  # the entry for "can X take fat off Y"
# An exercise the articles skip, asked about for a muscle: what they say about building it.
BUILDING = (("hamstring", "build_hamstrings"), ("glute", "build_glutes"))
LOADING = "choose_weight"  # ... or asked how heavy: their rule for picking a weight, any lift
NAMED_RANK = 3  # a card named in an unsure question must rank this high to be answered


def _goal(user: User) -> Goal | None:
    return Goal(user.goal) if user.goal in {g.value for g in Goal} else None


def entry_answer(svc: Services, user: User, entry: KnowledgeEntry) -> EntryAnswer:
    content = svc.content
    related = [content.entries[r] for r in entry.related if r in content.entries][:RELATED]
    return EntryAnswer(
        entry,
        _goal(user),
        content.sources_of(entry),
        [Choice(Family.ENTRY, r.id, r.title) for r in related],
    )


def exercise_card(svc: Services, card: Exercise) -> ExerciseCard:
    content = svc.content
    harder = content.exercises.get(card.harder or "")
    return ExerciseCard(
        card,
        content.sources_of(card),
        harder.name if harder else card.harder,
        content.used_for(card.id),
    )


def item_outcome(svc: Services, user: User, kind: ItemKind, item_id: str) -> Outcome | None:
    """An exercise card or an entry's answer; None for an id the content doesn't have."""
    content = svc.content
    if kind == "exercise" and item_id in content.exercises:
        return exercise_card(svc, content.exercises[item_id])
    if item_id in content.entries:
        return entry_answer(svc, user, content.entries[item_id])
    return None


def _sure(svc: Services, user: User, result: MatchResult, text: str) -> Outcome | None:
    """The matched item, fitted to the question: the facts its aspects ask for."""
    if result.kind != "answer" or result.best is None:
        return None
    return _fitted(svc, user, result.best.kind, result.best.entry_id, text)


def _fitted(svc: Services, user: User, kind: ItemKind, item_id: str, text: str) -> Outcome | None:
    """The item with the facts the question's aspects ask for and, for a card when a
    replacement is asked for, the cards doing the same job."""
    found = item_outcome(svc, user, kind, item_id)
    found = replace(found, named=divisions_named(text)) if isinstance(found, EntryAnswer) else found
    facts = tuple(facts_for(svc.content, text, kind, item_id))
    if facts and isinstance(found, (EntryAnswer, ExerciseCard)):
        sources = union_sources(found.sources, *(svc.content.sources_of(f) for f in facts))
        found = replace(found, facts=facts, sources=sources)
    if isinstance(found, (EntryAnswer, ExerciseCard)):
        found = with_plan(svc, user, found, aspects(text))
    if isinstance(found, ExerciseCard) and wants_instead(text):
        place = Place(user.place) if user.onboarded_at and user.place else None
        ids = instead_there(svc, user, item_id, text, place)
        others = tuple(svc.content.exercises[i] for i in ids)
        found = replace(found, instead=others)
    return found


def _with_runner_up(svc: Services, found: Outcome, result: MatchResult) -> Outcome:
    """An answer with the entry that came about as close told in brief beneath it ("also"),
    first among the buttons so its whole answer is a tap away: a question between two
    topics ("get rid of this flab": body fat or spot reduction?) gets both."""
    runner = result.runner_up
    if not isinstance(found, EntryAnswer) or runner is None:
        return found
    also = svc.content.entries.get(runner.entry_id)
    if also is None or also.id == found.entry.id:
        return found
    first = Choice(Family.ENTRY, also.id, also.title)
    related = [first, *(c for c in found.related if c != first)][:RELATED]
    sources = union_sources(found.sources, svc.content.sources_of(also))
    return replace(found, also=also, related=related, sources=sources)


def _definition(svc: Services, user: User, result: MatchResult, text: str) -> Outcome | None:
    """ "What is a hamstring?" gets the entry that says what one is, not the closest phrasing
    (the hamstring exercise list); not when the articles don't cover the question."""
    if result.gap is not None:
        return None
    entry = svc.matcher.defined(text)
    if entry is None:
        return None
    return _fitted(svc, user, "entry", entry, text)


def _muscles_of(svc: Services, result: MatchResult, text: str) -> Outcome | None:
    """ "Lunges: glute or quad exercise?": the card of the one exercise named, which says
    what it works, rather than an entry about the muscles."""
    if result.kind == "unknown" or not asks_which_muscle(text):
        return None
    named = named_cards(svc.content, text)
    if len(named) != 1:
        return None
    return exercise_card(svc, svc.content.exercises[named[0]])


def _spot_reduction(
    svc: Services, user: User, result: MatchResult, text: str
) -> EntryAnswer | None:
    """ "Will hip abductions get rid of my saddlebags?": no exercise takes fat off one place,
    so an exercise asked to is answered with the spot-reduction myth, its card a tap away."""
    best = result.best
    spot = svc.content.entries.get(SPOT_REDUCTION)
    if best is None or best.kind != "exercise" or spot is None or not _asks_fat_loss(svc, text):
        return None
    card = svc.content.exercises[best.entry_id]
    found = entry_answer(svc, user, spot)
    return replace(found, related=[Choice(Family.EXERCISE, card.id, card.name)])


def _asks_fat_loss(svc: Services, text: str) -> bool:
    """Asks to lose, burn or slim something ("get rid of", "thin", "smaller" all read as
    losing in the matcher's vocabulary)."""
    return LOSE in svc.matcher.analyzer.terms(text)[0]


def _asked_for(svc: Services, result: MatchResult, text: str) -> str | None:
    """An unsure question that asks for a dose (how heavy, how many, how often) gets the
    entry that gives it, unless the articles don't cover its subject or a word vetoed it."""
    if result.kind != "unknown" or result.gap is not None or not svc.matcher.rank(text):
        return None
    return entry_for_aspect(svc.content, text)


def _named_card(svc: Services, result: MatchResult, text: str) -> str | None:
    """The one card a question names when the matcher is unsure about it: the question is
    about that exercise. Not when the articles don't cover what it asks (a gap), when an
    off-limits word stopped ranking, or when it reports how the body feels after it."""
    if result.kind == "answer" or result.gap is not None or reports_feeling(text):
        return None
    named = named_cards(svc.content, text)
    if len(named) != 1:
        return None
    if result.kind == "did_you_mean":  # "sets and reps for single leg squats?": its card,
        # facts fitted, over a choice between it and Rep ranges
        return named[0] if named[0] in [c.entry_id for c in result.alternatives[:2]] else None
    ranked = [c.entry_id for c in svc.matcher.rank(text)[:NAMED_RANK]]
    return named[0] if named[0] in ranked else None


def answer_if_sure(svc: Services, s: Session, user: User, text: str) -> Outcome | None:
    """The answer to a confident match only (asked while a setup question is pending)."""
    if user.onboarded_at is None and sets_typed(svc, text):
        return Talk(Intent.DONE, False, setting_up=True)
    alone = _sure(svc, user, svc.matcher.match(text), text)
    if alone is None:
        return None
    now = svc.clock.now()  # "and how many sets?" after the hip thrust: about the hip thrust
    found = follow_ups.followed(svc, user, text, alone, lambda q: reply_to(svc, user, q), now)
    follow_ups.remember(user, found, text, now, carried=found is not alone)
    return card_for_kit(svc, user, found) if isinstance(found, ExerciseCard) else found


def sets_typed(svc: Services, text: str) -> bool:
    """ "hip thrust 60kg 12 12 10": sets with their exercise named (before the setup there is
    no log to put them in: "Send /start", not the exercise's card)."""
    if not has_digit(text):
        return False

    def card_id(name: str) -> str | None:
        card = svc.content.find_exercise(name)
        return card.id if card else None

    try:
        parsed = parse_log(text, unit=Unit.KG, planned=None, resolve_exercise=card_id)
    except LogParseError:
        return False
    return parsed.exercise_id is not None and bool(parsed.sets)


# Replies that show how to type a log: the example is one of the person's own moves.
EXAMPLED = frozenset({Intent.LATER, Intent.LOG_HOW, Intent.BUTTONS, Intent.FELT, Intent.CONFUSED})


def myth_choices(svc: Services) -> list[Choice]:
    return [Choice(Family.ENTRY, m.id, m.title) for m in svc.content.myths()]


def ask(svc: Services, s: Session, user: User, text: str) -> Outcome:
    """Free text nobody else claimed: always an outcome. An unknown question is recorded."""
    now = svc.clock.now()
    alone = reply_to(svc, user, text)
    outcome = follow_ups.followed(svc, user, text, alone, lambda q: reply_to(svc, user, q), now)
    _note_unknown(svc, s, user, text, outcome)
    follow_ups.remember(user, outcome, text, now, carried=outcome is not alone)
    if isinstance(outcome, ExerciseCard):  # its harder version, one their kit allows
        outcome = card_for_kit(svc, user, outcome)
    if isinstance(outcome, Talk) and outcome.away_gym:  # its example load in their unit
        outcome = replace(outcome, unit=user.unit)
    if isinstance(outcome, Talk) and outcome.intent in EXAMPLED and outcome.onboarded:
        outcome = replace(outcome, example=log_example(svc, s, user))  # their move, kit, unit
    if isinstance(outcome, Talk) and outcome.intent == Intent.PAIN:  # a way out of today's
        outcome = replace(outcome, offer=pain_offer.offer(svc, s, user, text))
    if isinstance(outcome, Talk) and outcome.intent == Intent.SKIP and not outcome.until:
        outcome = replace(outcome, skip_day=pain_offer.skip_offer(svc, s, user, text))
    if isinstance(outcome, Talk) and outcome.intent == Intent.PAUSE:
        outcome = pause_typed.paused_if_told(svc, user, text, outcome)
    if isinstance(outcome, Talk) and outcome.intent == Intent.RESUME:
        outcome = pause_typed.resumed_if_told(svc, user, text, outcome)
    return outcome


def declined_if_gap(svc: Services, s: Session, user: User, text: str) -> Unknown | None:
    """Asked mid-setup: a question the articles don't cover, declined with the gap named and
    recorded like any unknown question (None: anything else, which the setup reads)."""
    outcome = reply_to(svc, user, text)
    if not isinstance(outcome, Unknown) or outcome.gap is None:
        return None
    _note_unknown(svc, s, user, text, outcome)
    return replace(outcome, setting_up=True)


def _note_unknown(svc: Services, s: Session, user: User, text: str, outcome: Outcome) -> None:
    """An unknown question holding a word the coach knows is kept for the coach to learn."""
    if isinstance(outcome, Unknown) and outcome.heard:
        normalized = " ".join(words(text))[:500]
        unanswered.record(s, user.id, text, normalized, svc.clock.now())


def reply_to(svc: Services, user: User, text: str) -> Outcome:
    """What free text comes to, recording nothing: conversation, a comparison, an answer
    fitted to the question, "did you mean", or unknown with a few nearby topics."""
    text = repunctuated(text)  # a post typed without stops, read as if it had them
    outcome = _reply_to(svc, user, text)
    if isinstance(outcome, Talk):
        return outcome
    if isinstance(outcome, Unknown) and outcome.gap is not None:
        return _past_told_gap(svc, user, text, outcome)
    # "I'm a mom of two. What is a hamstring?": told background the content doesn't know
    alone = svc.matcher.asked_alone(text)
    if alone and alone != text:
        return _reply_to(svc, user, alone)
    if isinstance(outcome, Unknown):  # "[...] I want bigger glutes now. Where do I start?"
        past = svc.matcher.asked_past_told_gap(text)
        answered = _reply_to(svc, user, past) if past is not None else None
        if isinstance(answered, (EntryAnswer, ExerciseCard, Comparison)):
            return answered
    return outcome


# A question seeking a way ("how do I get my butt to grow?"), not judging what was told: an
# exercise the articles skip, told before it, is no part of what it asks.
_SEEKS_HOW = re.compile(
    r"^(so |but |and |then )?(how (do|can|should|would)( you| we)?|what (should|can|do)( we)? do)\b"
)


def _past_told_gap(svc: Services, user: User, text: str, declined: Unknown) -> Outcome:
    """ "I always feel it in my calves. Where should my knees be on the leg curl?": another
    muscle named only in what is told is background, and the asking sentences are answered;
    so is a topic told ("I feel them in my lower back") when they ask about one exercise, and
    a time told ("It's been 6 weeks and my butt still has fat on it. Is the stairmaster
    burning fat from my glutes?"). Food, age or a sport told is what the question is about
    ("I'm vegan. Do I need...")."""
    assert declined.gap is not None
    kind = declined.gap.kind
    if kind not in (GapKind.MUSCLE, GapKind.TOPIC, GapKind.TIMEFRAME, GapKind.EXERCISE):
        return declined
    past = svc.matcher.asked_past_told_gap(text)
    if kind == GapKind.TOPIC and not (past and named_cards(svc.content, past)):
        return declined  # "[warming up takes longer now.] Is there a better way to train legs?"
    if kind == GapKind.EXERCISE and not (past and _SEEKS_HOW.match(" ".join(words(past)))):
        return declined  # "[I started kettlebell swings.] Will my butt get bigger?" asks of it
    answered = _reply_to(svc, user, past) if past is not None else None
    if not isinstance(answered, (EntryAnswer, ExerciseCard, Comparison)):
        return declined
    # a topic or an exercise told is said to be left out; another muscle told is no part of it
    return (
        replace(answered, not_covered=declined.gap)
        if kind in (GapKind.TOPIC, GapKind.EXERCISE)
        else answered
    )


def _reply_to(svc: Services, user: User, text: str) -> Outcome:
    onboarded = user.onboarded_at is not None
    intent = understand(text)
    if intent == Intent.SHOW and asks_covered(svc, text):
        intent = None  # "how do I get a better tie-in for my show": the articles answer that
    if intent is not None:
        timed = intent in (Intent.SCHEDULE, Intent.NO_PUSH)
        when = next_push_text(user) if timed else None
        # "for a week", "sick this week": until when, to pause till then
        away = intent in (Intent.PAUSE, Intent.AWAY, Intent.SKIP) and onboarded
        skipping = intent == Intent.SKIP
        until = pause_end_said(user, text, svc.clock.now(), skipping=skipping) if away else None
        paused = bool(user.paused)
        asked = named_cards(svc.content, text)[:1] if intent == Intent.TODAY else []
        gym_away = intent == Intent.AWAY and user.place == "gym" and "gym" in words(text)
        return Talk(
            intent,
            onboarded,
            paused=paused,
            next_push=when,
            zone=user.tz if intent == Intent.NO_PUSH else None,
            until=until,
            place=user.place,
            named=asked[0] if asked else None,
            asked=history_asked(svc, user, text) if intent == Intent.HISTORY else None,
            away_gym=gym_away,
        )
    text = without_greeting(text)  # "Good morning! What's the tie-in?": not the exercise
    if not onboarded and sets_typed(svc, text):
        return Talk(Intent.DONE, onboarded)
    result = svc.matcher.match(text)
    if result.gap is not None and (part := svc.matcher.scope.covered_part(text)):
        half = reply_to(svc, user, part)  # "how many reps, and how much protein?": the reps
        if isinstance(half, (EntryAnswer, ExerciseCard, Comparison)):
            return replace(half, not_covered=result.gap)
    if (found := _answered(svc, user, result, text)) is not None:
        return with_second_part(svc, found, text)
    named = _named_card(svc, result, text)
    if named is not None and (fitted := _fitted(svc, user, "exercise", named, text)):
        return fitted
    if result.kind == "did_you_mean" and result.alternatives:
        return DidYouMean(_choices(svc, result))
    if (entry := _asked_for(svc, result, text)) is not None:
        return entry_answer(svc, user, svc.content.entries[entry])
    topics, close = nearby_topics(svc, text)
    heard = result.gap is not None or svc.matcher.recognised(text)
    like = svc.content.exercises.get(result.gap.like or "") if result.gap else None
    if like is not None:  # the RDL: the American deadlift, described by it, a tap away
        topics = [Choice(Family.EXERCISE, like.id, like.name), *topics[: NEARBY - 1]]
        sources = tuple(svc.content.sources_of(like))
        return Unknown(topics, onboarded, result.gap, close, heard, None, sources, like)
    instead = _building(svc, result.gap, text)
    sources = tuple(svc.content.sources_of(instead)) if instead else ()
    return Unknown(topics, onboarded, result.gap, close, heard, instead, sources)


def _answered(svc: Services, user: User, result: MatchResult, text: str) -> Outcome | None:
    """An outright answer: cards compared, a definition, what a card works, the
    spot-reduction myth for an exercise asked to slim, or the matched item fitted."""
    if (compared := comparison(svc, result, text)) is not None:
        return compared
    if (defined := _definition(svc, user, result, text)) is not None:
        return defined
    if (muscles := _muscles_of(svc, result, text)) is not None:
        return muscles
    if result.kind != "answer" or result.best is None:
        return None
    if (spot := _spot_reduction(svc, user, result, text)) is not None:
        return spot
    if (found := _sure(svc, user, result, text)) is not None:
        return _with_runner_up(svc, found, result)
    return None


def _building(svc: Services, gap: Gap | None, text: str) -> KnowledgeEntry | None:
    """ "Do kettlebell swings build the glutes?", "how heavy should my step ups be?": the
    articles skip the move, but say what builds the muscle asked about and how to load."""
    if gap is None or gap.kind != GapKind.EXERCISE:
        return None
    if Aspect.WEIGHT in aspects(text) and LOADING in svc.content.entries:
        return svc.content.entries[LOADING]  # a load asked, not pounds lost
    terms = set(svc.matcher.analyzer.terms(text)[0])
    for muscle, entry in BUILDING:
        if muscle in terms and entry in svc.content.entries:
            return svc.content.entries[entry]
    return None


def nearby_topics(svc: Services, text: str) -> tuple[list[Choice], bool]:
    """A few entries sharing words with the text, and True; the first myths and False when
    none do."""
    content = svc.content
    ids = svc.matcher.nearby(text, NEARBY)
    close = bool(ids)
    ids = ids or [m.id for m in content.myths()[:NEARBY]]
    return [Choice(Family.ENTRY, i, content.entries[i].title) for i in ids], close


def _choices(svc: Services, result: MatchResult) -> list[Choice]:
    content = svc.content
    out: list[Choice] = []
    for c in result.alternatives:
        if c.kind == "exercise" and c.entry_id in content.exercises:
            out.append(Choice(Family.EXERCISE, c.entry_id, content.exercises[c.entry_id].name))
        elif c.entry_id in content.entries:
            out.append(Choice(Family.ENTRY, c.entry_id, content.entries[c.entry_id].title))
    return out
