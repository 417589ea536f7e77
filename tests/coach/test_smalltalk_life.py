"""The person's own training said in plain words (sore muscles, a period, a workout missed,
new equipment, the workout's size, days without training) routed to its reply, and "I"
read where a pattern needs it."""

from __future__ import annotations

import pytest

from bot.coach.matcher import words
from bot.coach.smalltalk import Intent, setting_named, talk_words, understand
from bot.coach.smalltalk_life import days_named, days_swapped


def test_talk_words_keep_i_and_the_matchers_words_do_not() -> None:
    assert talk_words("I'm sure I did it, a 3x10") == ["im", "sure", "i", "did", "it", "3", "10"]
    assert words("I'm sure I did it, a 3x10") == ["im", "sure", "did", "it", "3", "10"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # alternatives that need "I": never matched while the tokenizer dropped it
        ("I am done", Intent.DONE),
        ("I am done for today", Intent.DONE),
        ("I am finished", Intent.DONE),
        ("the last time I did hip thrusts", Intent.HISTORY),
        # and those written without it still match
        ("im done", Intent.DONE),
        ("i did it", Intent.DONE),
        ("am I doing this right", Intent.FORM),
        ("can I skip today", Intent.SKIP),
    ],
)
def test_patterns_read_i_where_they_need_it(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # sore muscles got "I don't know that one yet" with the tie-in articles, and were noted
        ("my legs are sore", Intent.SORE),
        ("my glutes are so sore today", Intent.SORE),
        ("I'm really sore from yesterday", Intent.SORE),
        ("I am so sore after leg day", Intent.SORE),
        ("ugh my hamstrings are still sore", Intent.SORE),
        ("so sore today", Intent.SORE),
        # a sore joint sounds like pain: a professional
        ("my knees are sore", Intent.PAIN),
        ("my lower back is really sore today", Intent.PAIN),
        # the articles don't cover training around a period
        ("I'm on my period", Intent.PERIOD),
        ("on my period, should I train?", Intent.PERIOD),
        ("I just started my period today", Intent.PERIOD),
        ("can I do hip thrusts during my period", Intent.PERIOD),
    ],
)
def test_sore_and_period_said_plainly(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        # questions the matcher declines with its gap named, or answers
        "should I train when I'm sore?",
        "is it ok to work out while sore",
        "why am I not sore after hip thrusts",
        "I didn't get sore after leg day, is that bad",
        "should I postpone leg day if my glutes are still sore",
        "how long should my rest period be between sets",
        "what rest period for hip thrusts",
    ],
)
def test_questions_about_soreness_and_rest_periods_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # got "I don't know that one yet", or the toning article ("I missed Monday")
        ("I forgot my workout", Intent.MISSED),
        ("forgot to do my workout yesterday", Intent.MISSED),
        ("I missed Monday", Intent.MISSED),
        ("oops I skipped thursday's workout", Intent.MISSED),
        ("I forgot to work out yesterday", Intent.MISSED),
        ("didn't do my workout today", Intent.MISSED),
        # a reason before it, or whether it can still be done, after it (personas)
        ("sorry, overslept. missed today", Intent.MISSED),
        ("oops I missed yesterday, can I still do it today?", Intent.MISSED),
        ("ugh I slept in and missed my workout", Intent.MISSED),
        # unchanged beside them
        ("sorry I missed last week", Intent.RESUME),
        ("I'm going to miss tomorrow's workout", Intent.SKIP),
        ("forgot to log my workout", Intent.LOG_HOW),
        # asked before it happens: what the plan does, which the bot knows (was a question)
        ("what happens if I miss a day", Intent.MISSED),
        ("what do i do if i miss a day", Intent.MISSED),
    ],
)
def test_a_workout_missed_is_told_what_happens_next(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "what if I missed a workout, should I do it tomorrow?",
        "is it bad to skip leg day",
    ],
)
def test_questions_about_missing_a_workout_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # got "I don't know that one yet", the home article, or the place changed unasked
        ("I bought dumbbells", Intent.GEAR),
        ("I got a set of dumbbells for home", Intent.GEAR),
        ("I have resistance bands now", Intent.GEAR),
        ("just bought a stability ball", Intent.GEAR),
        ("I bought resistance bands", Intent.GEAR),
        ("I got myself some adjustable dumbbells", Intent.GEAR),
        # a place said as news is still a change
        ("I train at home now with bands", Intent.SETTINGS),
        ("I got a gym membership", Intent.SETTINGS),
        ("don't have a barbell today", Intent.EQUIPMENT),
    ],
)
def test_new_equipment_offers_the_place_question(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "I have dumbbells, what can I do for glutes",
        "what can I do with dumbbells at home",
        "I only have bands, can I grow my glutes",
        "do I need dumbbells for lunges",
    ],
)
def test_questions_naming_equipment_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "short" got the padded-shorts article; "longer" was noted as unknown
        ("why is my workout so short", Intent.SIZE),
        ("why so few sets in week 1?", Intent.SIZE),
        ("why only 2 sets", Intent.SIZE),
        ("why such little volume in the first weeks", Intent.SIZE),
        ("can I have a longer workout", Intent.SIZE),
        ("my workouts are way too short", Intent.SIZE),
        ("I want longer sessions", Intent.SIZE),
        ("can I do more sets", Intent.SIZE),
        ("how many exercises per workout", Intent.SIZE),
        ("how many exercises should i do per session?", Intent.SIZE),
        # harder: the loads adapt to what is logged
        ("my workout is too easy", Intent.ADJUST),
        ("this feels too easy", Intent.ADJUST),
        ("can I have a harder workout", Intent.ADJUST),
        ("make it harder", Intent.ADJUST),
        # unchanged beside them
        ("make it shorter today", Intent.SHORT),
        ("can I add more exercises", Intent.EDIT_PLAN),
    ],
)
def test_the_workouts_size_is_explained(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "how long should a glute workout take",
        "are padded shorts worth it",
        "is a short workout enough for glutes",
        "should I do more sets for bigger glutes",
        "how many sets should a beginner do",
    ],
)
def test_questions_about_workout_length_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # "/pause" of everything, or the toning article
        ("don't remind me on sundays", (6,)),
        ("stop the reminders on weekends", (5, 6)),
        ("no workouts on friday", (4,)),
        ("no more training on saturdays and sundays", (5, 6)),
        ("I don't want to train on mondays anymore", (0,)),
        ("I can't work out on fridays", (4,)),
        ("please don't send me workouts on the weekend", (5, 6)),
        ("remove thursday from my training days", (3,)),
    ],
)
def test_days_without_training_name_those_days(text: str, days: tuple[int, ...]) -> None:
    assert understand(text) == Intent.DAYS_OFF
    assert days_named(" ".join(talk_words(text))) == days


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # unchanged beside them
        ("stop sending me workouts", Intent.PAUSE),
        ("don't remind me", Intent.PAUSE),
        ("can I skip friday", Intent.SKIP),
        ("I can't make it on thursday", Intent.SKIP),
        ("I want to move my workouts to weekends", Intent.SETTINGS),
        ("stop the notifications for today", Intent.SKIP),
        # a friday that is one day, not every friday: today's Skip and Move, not the days
        ("I can't train on friday", None),
    ],
)
def test_pausing_and_one_day_off_stay_as_they_were(text: str, intent: Intent | None) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "should I train on weekends",
        "is it ok to not train on sundays",
        "can I train glutes on monday and thursday",
        "which days should I train glutes",
    ],
)
def test_questions_about_training_days_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "given_up", "taken"),
    [
        ("tuesday instead of thursday", (3,), (1,)),
        ("let's do Wednesday instead of Thursday from now on", (3,), (2,)),
        ("switch thursday to tuesday", (3,), (1,)),
        ("move my thursday workouts to saturday please", (3,), (5,)),
        ("I'd rather train on saturdays not sundays", (6,), (5,)),
    ],
)
def test_one_day_for_another(text: str, given_up: tuple[int, ...], taken: tuple[int, ...]) -> None:
    assert understand(text) == Intent.DAYS_SWAP
    assert days_swapped(" ".join(talk_words(text))) == (given_up, taken)


@pytest.mark.parametrize(
    "text",
    [
        "instead of squats can I do lunges",
        "should I train tuesday instead of thursday?",
        "can we do wednesday instead of thursday",  # asked: this week's Move (SKIP)
    ],
)
def test_not_a_day_for_another(text: str) -> None:
    assert understand(text) != Intent.DAYS_SWAP


@pytest.mark.parametrize(
    "text",
    ["I want to train on tuesdays and fridays", "I'd like to train monday, wednesday and friday"],
)
def test_the_days_said_whole_are_a_change_of_days(text: str) -> None:
    assert understand(text) == Intent.SETTINGS and setting_named(text) == "days"
