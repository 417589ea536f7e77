"""Questions as use cases: answers, choices, recorded unknowns, and their buttons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.coach.smalltalk import Intent
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.store import unanswered
from bot.store.models import UnansweredQuestion
from bot.training import questions, shown
from bot.training.outcomes import (
    Choice,
    Comparison,
    DidYouMean,
    EntryAnswer,
    ExerciseCard,
    ExerciseUsage,
    Family,
    NoCard,
    Talk,
    Unknown,
)
from bot.training.people import Caller, person
from tests.training import services_for

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
ME, OTHER = Caller(801, 801), Caller(802, 802)
SURE = "does the stairmaster burn butt fat?"
UNSURE = "good morning and nordic curl"  # ("... or ..." would compare the two cards)
UNKNOWN = "what's the best protein powder brand?"


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    with services_for(database_url(db_url), ManualClock(NOW)) as services:
        yield services


def ask(svc: Services, who: Caller, text: str) -> questions.Outcome:
    with svc.db.session() as s:
        return questions.ask(svc, s, person(s, who, NOW), text)


def recorded(svc: Services) -> list[UnansweredQuestion]:
    with svc.db.session() as s:
        return list(s.scalars(select(UnansweredQuestion)))


def test_a_confident_match_is_answered_with_its_sources(svc: Services) -> None:
    answer = ask(svc, ME, SURE)
    assert isinstance(answer, EntryAnswer)
    assert answer.entry.id == "myth_cardio_spot_reduction"
    assert answer.sources and answer.goal is None and answer.goal_line is None
    assert len(answer.related) <= questions.RELATED
    assert all(c.family == Family.ENTRY for c in answer.related)
    assert recorded(svc) == []
    with svc.db.session() as s:
        sure = questions.answer_if_sure(svc, s, person(s, ME, NOW), SURE)
    assert sure == answer


def test_an_exercise_name_is_answered_with_its_card(svc: Services) -> None:
    card = ask(svc, ME, "hip thrust")
    assert isinstance(card, ExerciseCard) and card.card.id == "hip_thrust"


def test_an_unknown_question_is_recorded(svc: Services) -> None:
    for who in (ME, ME, OTHER):
        outcome = ask(svc, who, UNKNOWN)
        assert isinstance(outcome, Unknown)
        assert not outcome.onboarded
        # A few topics, not the whole list: nothing near protein powder, so the first myths.
        myths = [m.id for m in svc.content.myths()][: questions.NEARBY]
        assert [c.item_id for c in outcome.topics] == myths
        assert not outcome.close and outcome.heard
    rows = recorded(svc)
    assert [(r.user_id, r.text) for r in rows] == [(801, UNKNOWN), (801, UNKNOWN), (802, UNKNOWN)]
    with svc.db.session() as s:
        top = unanswered.most_asked(s)
    assert (top[0].count, top[0].users) == (3, 2)


def test_keyboard_mashing_is_not_taken_for_a_question(svc: Services) -> None:
    mashed = ask(svc, ME, "asdfgh jkl")
    assert isinstance(mashed, Unknown) and not mashed.heard
    near = ask(svc, ME, "do kettlebell swings build the glutes")  # a gap, close topics
    assert isinstance(near, Unknown) and near.heard and near.close
    assert near.instead is not None and near.instead.id == "build_glutes" and near.sources
    assert "build_glutes" in [c.item_id for c in near.topics]  # its whole answer a tap away
    hams = ask(svc, ME, "are donkey kicks good for hamstrings")
    assert isinstance(hams, Unknown) and hams.instead and hams.instead.id == "build_hamstrings"
    rows = ask(svc, ME, "are dumbbell rows good")  # no muscle of ours asked about
    assert isinstance(rows, Unknown) and rows.instead is None
    assert next(r.text for r in recorded(svc)) == "do kettlebell swings build the glutes"


def test_did_you_mean_offers_entries_and_cards(svc: Services) -> None:
    outcome = ask(svc, ME, UNSURE)
    assert isinstance(outcome, DidYouMean)
    assert 1 < len(outcome.choices) <= 3
    nordic = svc.content.exercises["nordic_ham_curl"]
    assert Choice(Family.EXERCISE, "nordic_ham_curl", nordic.name) in outcome.choices
    assert any(c.family == Family.ENTRY for c in outcome.choices)
    assert recorded(svc) == []


def test_an_entry_as_close_is_told_beneath_the_answer(svc: Services) -> None:
    answer = ask(svc, ME, "how do I get a rounder butt at home")
    assert isinstance(answer, EntryAnswer)
    assert (answer.entry.id, answer.also and answer.also.id) == ("build_glutes", "home_training")
    assert answer.related[0] == Choice(Family.ENTRY, "home_training", "Training at home")
    assert len(answer.related) == len({c.item_id for c in answer.related}) <= questions.RELATED
    content = svc.content
    both = [content.entries[e] for e in ("build_glutes", "home_training")]
    expected = {s.id for e in both for s in content.sources_of(e)}
    assert {s.id for s in answer.sources} == expected
    sure = ask(svc, ME, SURE)
    assert isinstance(sure, EntryAnswer) and sure.also is None


def test_only_a_confident_match_interrupts_setup(svc: Services) -> None:
    with svc.db.session() as s:
        user = person(s, ME, NOW)
        assert questions.answer_if_sure(svc, s, user, UNSURE) is None
        assert questions.answer_if_sure(svc, s, user, UNKNOWN) is None
    assert recorded(svc) == []  # nothing recorded on the way


def test_buttons_open_known_items_only(svc: Services) -> None:
    def press(*parts: str) -> questions.Outcome | None:
        with svc.db.session() as s:
            return shown.on_press(svc, s, person(s, ME, NOW), list(parts))

    myth = svc.content.myths()[0]
    entry = press("qa", myth.id)
    assert isinstance(entry, EntryAnswer) and entry.entry == myth
    card = press("ex", "hip_thrust")
    assert isinstance(card, ExerciseCard) and card.card.id == "hip_thrust"
    assert press("qa", "hip_thrust") is None  # an exercise is not an entry
    assert press("ex", myth.id) is None
    assert press("qa", "no_such_entry") is None
    assert press("qa") is None and press("qa", myth.id, "x") is None


def test_myths_and_exercise_by_name(svc: Services) -> None:
    assert [c.item_id for c in shown.myths(svc).choices] == [m.id for m in svc.content.myths()]
    assert isinstance(shown.exercise_named(svc, "  "), ExerciseUsage)
    found = shown.exercise_named(svc, "hip thrust")
    assert isinstance(found, ExerciseCard) and found.card.id == "hip_thrust"
    typo = shown.exercise_named(svc, "hip thurst")
    assert isinstance(typo, ExerciseCard) and typo.card.id == "hip_thrust"
    missing = shown.exercise_named(svc, "moonwalk")
    assert isinstance(missing, NoCard) and missing.name == "moonwalk"


def test_unknown_offers_a_few_topics_near_the_question(svc: Services) -> None:
    outcome = ask(svc, ME, "is a sauna after leg day good for the glute ham tie in")
    assert isinstance(outcome, Unknown)
    ids = [c.item_id for c in outcome.topics]
    assert 0 < len(ids) <= questions.NEARBY
    assert {"tie_in_what", "three_keys", "myth_tie_in_muscle"} & set(ids)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hi coach", Intent.GREETING),
        ("Good morning!", Intent.GREETING),
        ("thanks so much", Intent.THANKS),
        ("🙏🔥", Intent.EMOJI),
        ("yes", Intent.YES_NO),
        ("nope", Intent.YES_NO),
        ("please stop sending me workouts", Intent.PAUSE),
        ("delete all my data", Intent.DELETE),
        ("what's my workout today?", Intent.TODAY),
        ("help", Intent.HELP),
        ("my knee hurts when I do lunges", Intent.PAIN),
        ("see you tomorrow", Intent.BYE),
    ],
)
def test_conversation_is_routed_and_never_recorded(
    svc: Services, text: str, intent: Intent
) -> None:
    outcome = ask(svc, ME, text)
    assert outcome == Talk(intent, onboarded=False)
    assert recorded(svc) == []


def test_a_gap_is_named_recorded_and_offers_what_the_articles_say(svc: Services) -> None:
    outcome = ask(svc, ME, "do kettlebell swings build the glutes")
    assert isinstance(outcome, Unknown)
    assert outcome.gap is not None and outcome.gap.subject == "kettlebell swings"
    assert "build_glutes" in [c.item_id for c in outcome.topics]
    assert [r.text for r in recorded(svc)] == ["do kettlebell swings build the glutes"]


def test_an_answer_adds_the_facts_its_question_asks_for(svc: Services) -> None:
    card = ask(svc, ME, "How many sets of hip thrusts should I do?")
    assert isinstance(card, ExerciseCard) and card.card.id == "hip_thrust"
    assert [f.id for f in card.facts] == ["sets_tone", "reps_full_range"]
    assert {s.id for s in card.sources} == {"000", "001"}  # the facts' sources are named too
    plain = ask(svc, ME, "/exercise hip thrust".removeprefix("/exercise "))
    assert isinstance(plain, ExerciseCard) and plain.facts == ()


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("is it ok to train glutes two days in a row", "tone_routine"),
        ("what's a good weight to start with", "choose_weight"),
    ],
)
def test_an_unsure_question_asking_for_a_dose_gets_the_entry_giving_it(
    svc: Services, text: str, entry: str
) -> None:
    answer = ask(svc, ME, text)
    assert isinstance(answer, EntryAnswer) and answer.entry.id == entry
    assert recorded(svc) == []


def test_how_to_do_two_moves_gets_both(svc: Services) -> None:
    outcome = ask(svc, ME, "How do you do a proper squat and lunges?")
    assert isinstance(outcome, Comparison)
    assert [c.id for c in outcome.cards] == ["squat", "lunge"]


def test_a_comparison_gets_both_sides(svc: Services) -> None:
    outcome = ask(svc, ME, "RDL vs American deadlift vs stiff leg deadlift, what's the difference?")
    assert isinstance(outcome, Comparison)
    assert [c.id for c in outcome.cards] == ["american_deadlift", "stiff_leg_deadlift"]
    assert outcome.sources and recorded(svc) == []
    # the RDL, which has no card, beside the stiff-leg deadlift got the stiff-leg card alone
    for text in ("RDL vs stiff leg deadlift?", "is the romanian deadlift better than stiff leg"):
        outcome = ask(svc, ME, text)
        assert isinstance(outcome, Comparison), text
        assert [c.id for c in outcome.cards] == ["american_deadlift", "stiff_leg_deadlift"]


def test_an_unsure_question_naming_one_exercise_gets_its_card(svc: Services) -> None:
    text = "i hope to finish a set of 8 glute ham raises, then add weight - right way to progress?"
    card = ask(svc, ME, text)
    assert isinstance(card, ExerciseCard) and card.card.id == "glute_ham_raise"
    assert [f.id for f in card.facts] == ["reps_eccentric"]
    # ...but not when it reports how the body feels (a tight hamstring: the pain pointer,
    # on purpose since tight hamstrings are no longer only "unknown"), nor a variant no card
    # names.
    tight = ask(svc, ME, "my hamstring feels tight and sore after nordics, keep going?")
    assert tight == Talk(Intent.PAIN, onboarded=False)
    assert isinstance(ask(svc, ME, "is the reverse hyper good for the glute ham tie in"), Unknown)


def test_a_replacement_is_offered_when_asked_for(svc: Services) -> None:
    card = ask(svc, ME, "What can I do instead of back extensions? I don't have a Roman chair")
    assert isinstance(card, ExerciseCard) and card.instead
    assert all(x.id != "back_extension" for x in card.instead)


def test_asking_an_exercise_to_take_fat_off_one_place_is_the_spot_reduction_myth(
    svc: Services,
) -> None:
    outcome = ask(svc, ME, "Will hip abductions on the machine get rid of my saddlebags?")
    assert isinstance(outcome, EntryAnswer) and outcome.entry.id == questions.SPOT_REDUCTION
    assert [c.item_id for c in outcome.related] == ["seated_hip_abduction"]  # a tap away
    card = ask(svc, ME, "how do I do a hip thrust")  # no fat to lose: the card itself
    assert isinstance(card, ExerciseCard) and card.card.id == "hip_thrust"


def test_which_muscles_an_exercise_works_is_its_card(svc: Services) -> None:
    outcome = ask(svc, ME, "Lunges: glute or quad exercise?")
    assert isinstance(outcome, ExerciseCard) and outcome.card.id == "lunge"
    assert outcome.card.note and "glutes work hardest" in outcome.card.note  # article 001
    # whether a move works a muscle: its card, not an entry about the muscle
    outcome = ask(svc, ME, "does the deadlift hit the hamstrings")
    assert isinstance(outcome, ExerciseCard) and outcome.card.id == "deadlift"


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("How many sets and reps should I do for single leg squats?", "single_leg_squat"),
        (
            "ive been doing nordics but my hamstrings still look small, should i add more",
            "nordic_ham_curl",
        ),
    ],
)
def test_a_choice_between_the_one_exercise_named_and_a_topic_is_its_card(
    svc: Services, text: str, card: str
) -> None:
    # It offered "did you mean" between the card and Rep ranges (or a myth).
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, ExerciseCard) and outcome.card.id == card, outcome


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("how do i get a better tie in for my show", "three_keys"),  # what makes one look good
        ("how much cardio should i do for my show", "low_body_fat"),
        # a claim told, then asked about: it got the show-prep reply
        (
            "My coach says I need to get leaner before my show for my glutes to look good. "
            "Is that true?",
            "low_body_fat",
        ),
    ],
)
def test_a_covered_question_naming_a_show_is_answered(svc: Services, text: str, entry: str) -> None:
    """It got "Getting ready for a show isn't in the articles": naming the show hid a question
    they answer outright. Show prep itself still gets that reply."""
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, EntryAnswer) and outcome.entry.id == entry, outcome
    for prep in ("show is in 6 weeks now, anything I should change?",
                 "should I go heavy on squats before my show",
                 "My show is in 8 weeks, should I change anything?"):  # fmt: skip
        said = ask(svc, ME, prep)
        assert isinstance(said, Talk) and said.intent == Intent.SHOW, (prep, said)
