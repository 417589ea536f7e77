"""Questions that tell something besides what they ask: background the content doesn't know,
another muscle or a topic only told, and a bare question leaning on the told sentence that
names its subject."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.coach.matcher import GapKind
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.training import questions
from bot.training.outcomes import EntryAnswer, ExerciseCard, Unknown
from bot.training.people import Caller, person
from tests.training import services_for

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
ME = Caller(801, 801)


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    with services_for(database_url(db_url), ManualClock(NOW)) as services:
        yield services


def ask(svc: Services, who: Caller, text: str) -> questions.Outcome:
    with svc.db.session() as s:
        return questions.ask(svc, s, person(s, who, NOW), text)


@pytest.mark.parametrize(
    "told", ["I'm a mom of two.", "I have a desk job.", "I'm 32 and have been lifting for a year."]
)
def test_background_the_content_does_not_know_gets_the_question_alone_s_answer(
    svc: Services, told: str
) -> None:
    # A sentence about oneself, before the question, sank "what is inside the buttocks?" to
    # "I don't know" (or turned "what is a hamstring?" into Building the hamstrings).
    for question, item in [
        ("What is inside the buttocks?", "three_muscle_groups"),
        ("What is a hamstring?", "myth_tie_in_muscle"),
    ]:
        alone, dressed = ask(svc, ME, question), ask(svc, ME, f"{told} {question}")
        assert isinstance(alone, EntryAnswer) and alone.entry.id == item
        assert isinstance(dressed, EntryAnswer) and dressed.entry.id == item, told


def test_background_off_limits_is_not_dropped(svc: Services) -> None:
    outcome = ask(svc, ME, "I'm pregnant. Can I do hip thrusts?")
    assert not isinstance(outcome, (EntryAnswer, ExerciseCard))


@pytest.mark.parametrize(
    ("told", "question", "item"),
    [
        ("My arms and shoulders look fine already.", "How do I do a hip thrust?", "hip_thrust"),
        ("My calves are big from running.", "What does the Nordic curl work?", "nordic_ham_curl"),
        ("My abs are my best feature.", "How do I grow my glutes?", "build_glutes"),
        ("Any pointers for a saggy butt?", "I liked your posts on toning arms.", "build_glutes"),
    ],
)
def test_another_muscle_only_told_is_background(
    svc: Services, told: str, question: str, item: str
) -> None:
    # Arms, calves or abs in what is told declined the whole message as "the articles don't
    # cover the arms", though the question asked is covered.
    outcome = ask(svc, ME, f"{told} {question}")  # (or the question first)
    assert isinstance(outcome, (EntryAnswer, ExerciseCard)), told
    got = outcome.entry.id if isinstance(outcome, EntryAnswer) else outcome.card.id
    assert got == item


@pytest.mark.parametrize(
    "text",
    [
        "My arms are flabby. How do I tone them?",
        "I want bigger arms. Will hip thrusts help with that?",
        "My chest is flat. Is it the same as my glutes?",
        "I'm vegan. Do I need to change my diet to grow my glutes?",
        "I do a lot of Pilates. Is the reformer enough to grow my butt?",
    ],
)
def test_what_is_told_stays_in_the_question_when_the_question_leans_on_it(
    svc: Services, text: str
) -> None:
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, Unknown), text


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "I'm 24, lifting 6 months but mostly upper body. I want to grow my glutes now. "
            "Where do I start?",
            "build_glutes",
        ),
        ("Mostly arms and chest so far. I want stronger hamstrings. Any tips?", "build_hamstrings"),
        # what comes after "but" is the trouble: "legs ... stronger" sank it to "I don't know"
        (
            "I'm 29, 8 months in the gym. I mostly do squats and lunges on leg day and run twice"
            " a week. My legs have definitely gotten stronger but my butt still looks exactly the"
            " same, if anything a bit flatter. What am I doing wrong?",
            "build_glutes",
        ),
        # "bottom" named no subject, so the told sentence wasn't borrowed: "I don't know"
        (
            "I'm 45 and never lifted before. I want to firm up my bottom. Where do I even start?",
            "tone_routine",
        ),
        # "told" and "thoughts" weighed as much as the Stepmill: "I don't know"
        (
            'So I\'ve been told by a trainer that the stairmaster will "shape" my butt. Honestly'
            " sounds like BS but idk. Thoughts?",
            "myth_cardio_spot_reduction",
        ),
        # other muscles told, fat asked ("the jiggle" named no subject): "I don't know"
        (
            "There's soft doughy skin all over my belly and inner thighs now. I do the elliptical"
            " every day. Any tips for getting rid of the jiggle?",
            "low_body_fat",
        ),
    ],
)
def test_a_bare_question_is_about_the_told_sentence_naming_its_subject(
    svc: Services, text: str, item: str
) -> None:
    # "Where do I start?" names nothing, and the upper body told first sank it to "I don't know".
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, EntryAnswer) and outcome.entry.id == item, text


def test_a_bare_question_with_a_gap_in_its_subject_still_declines(svc: Services) -> None:
    text = "Mostly upper body so far. I want to lose weight fast with keto. Any tips?"
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, Unknown)


def test_a_topic_only_told_is_left_out_of_a_question_about_one_exercise(svc: Services) -> None:
    text = "How do I make hyperextensions hit my glutes more? I feel them mostly in my lower back."
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, ExerciseCard) and outcome.card.id == "back_extension"
    assert outcome.not_covered is not None and outcome.not_covered.kind == GapKind.TOPIC
    vague = "Warming up takes me ages now that I'm older. Is there a better way to train legs?"
    assert isinstance(ask(svc, ME, vague), Unknown)


def test_a_time_told_is_background_to_the_question(svc: Services) -> None:
    """ "It's been 6 weeks" told before the question was read as a question about how long
    things take, and the whole post got "I don't know that one yet"."""
    outcome = ask(
        svc,
        ME,
        "I do 45 minutes on the stairmaster every day because everyone says it's the best for "
        "your bum. It's been 6 weeks and I've lost a bit of weight overall, but my butt still has "
        "fat on it. Is the stairmaster actually burning fat from my glutes or not?",
    )
    assert isinstance(outcome, EntryAnswer), outcome
    assert outcome.entry.id == "myth_cardio_spot_reduction"
    asked = ask(svc, ME, "It's been 6 weeks of squats. How long until I see results?")
    assert isinstance(asked, Unknown) and asked.gap is not None, asked  # asked: still a gap


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "I sit at a desk all day. My butt is flat and shapeless. How do I fix that?",
            "build_glutes",
        ),
        (
            "I squat twice a week. My thighs keep getting bigger but my glutes don't. How do I "
            "stop that?",
            "glutes_not_thighs",
        ),
    ],
)
def test_a_question_leaning_on_what_was_told_is_read_with_it(
    svc: Services, text: str, entry: str
) -> None:
    """ "How do I fix that?" names nothing: it leans on the sentence before it. The first got
    "I don't know that one yet"; the second, answered before too, keeps the told sentence's
    subject once it is borrowed."""
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, EntryAnswer) and outcome.entry.id == entry, outcome


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "I love the leg press and hack squat but my quads are getting huge. How do I get "
            "my butt to grow instead of my legs?",
            "glutes_not_thighs",
        ),
        ("I do kettlebell swings every day. How do I get a rounder butt?", "build_glutes"),
    ],
)
def test_an_exercise_told_before_a_how_question_is_left_out_and_said_so(
    svc: Services, text: str, item: str
) -> None:
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, EntryAnswer) and outcome.entry.id == item, outcome
    assert outcome.not_covered is not None and outcome.not_covered.kind == GapKind.EXERCISE


@pytest.mark.parametrize(
    "text",
    [
        "I started kettlebell swings. Will my butt get bigger?",
        "I've been doing kettlebell swings. Are they good for my glutes?",
    ],
)
def test_a_question_about_the_exercise_told_stays_declined(svc: Services, text: str) -> None:
    outcome = ask(svc, ME, text)
    assert isinstance(outcome, Unknown) and outcome.gap is not None, outcome
