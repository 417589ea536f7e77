"""The question matcher: accuracy on a held-out split, off-topic rejection, normalisation,
typos, synonyms and hostile input. Latency is measured in bench/bench_matcher.py, not here."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.knowledge import Content
from bot.coach.matcher import (
    MAX_WORD,
    SYNONYMS,
    Matcher,
    MatcherConfig,
    MatchResult,
    edit_distance,
    fold,
    stem,
    words,
)
from bot.coach.smalltalk import understand
from bot.content import load_content

DATA = Path(__file__).resolve().parent.parent / "data"


def _yaml(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def matcher(content: Content) -> Matcher:
    return Matcher(content)


def _answered(matcher: Matcher, q: str, want: str) -> bool:
    """Only an outright answer naming the right item counts; a did-you-mean does not."""
    r = matcher.match(q)
    return r.kind == "answer" and r.best is not None and r.best.entry_id == want


# ------------------------------------------------------------------ the labelled splits
def test_splits_are_big_enough_and_labelled(content: Content) -> None:
    test, train = _yaml("phrasings_test.yaml"), _yaml("phrasings_train.yaml")
    ids = set(content.entries) | set(content.exercises)
    assert len(test) >= 120
    assert len(test) + len(train["questions"]) >= 200
    assert {it["id"] for it in test} <= ids
    assert {it["id"] for it in train["questions"]} <= ids
    assert len(_yaml("offtopic.yaml")) >= 40


def test_held_out_split_is_not_in_the_content(content: Content) -> None:
    norm = lambda s: " ".join(words(s))  # noqa: E731
    seen = {norm(p) for e in content.entries.values() for p in e.phrasings}
    seen |= {norm(p) for x in content.exercises.values() for p in x.phrasings}
    leaked = [it["q"] for it in _yaml("phrasings_test.yaml") if norm(it["q"]) in seen]
    assert leaked == []


def test_held_out_accuracy(matcher: Matcher) -> None:
    test = _yaml("phrasings_test.yaml")
    misses = [(it["q"], it["id"]) for it in test if not _answered(matcher, it["q"], it["id"])]
    accuracy = 1 - len(misses) / len(test)
    assert accuracy >= 0.90, misses


def test_offtopic_rejection(matcher: Matcher) -> None:
    offtopic = _yaml("offtopic.yaml")
    accepted = [q for q in offtopic if matcher.match(q).kind != "unknown"]
    assert 1 - len(accepted) / len(offtopic) >= 0.90, accepted


def test_dev_split(matcher: Matcher) -> None:
    train = _yaml("phrasings_train.yaml")
    misses = [it["q"] for it in train["questions"] if not _answered(matcher, it["q"], it["id"])]
    assert 1 - len(misses) / len(train["questions"]) >= 0.90, misses
    accepted = [q for q in train["offtopic"] if matcher.match(q).kind != "unknown"]
    assert 1 - len(accepted) / len(train["offtopic"]) >= 0.90, accepted


def test_every_content_phrasing_finds_its_own_item(content: Content, matcher: Matcher) -> None:
    pairs = [(e.id, p) for e in content.entries.values() for p in (e.title, *e.phrasings)]
    pairs += [(x.id, p) for x in content.exercises.values() for p in (*x.names, *x.phrasings)]
    wrong = []
    for item, text in pairs:
        ranked = matcher.rank(text)
        if text.lower() == "good morning":  # alone, that is a greeting (see test below)
            continue
        if not ranked or ranked[0].entry_id != item:
            wrong.append((text, item, ranked[:2]))
    assert wrong == []


def test_no_two_items_share_a_phrasing_after_analysis(content: Content, matcher: Matcher) -> None:
    owner: dict[frozenset[str], str] = {}
    clashes = []
    for item, texts in [(e.id, e.phrasings) for e in content.entries.values()] + [
        (x.id, (*x.names, *x.phrasings)) for x in content.exercises.values()
    ]:
        for text in texts:
            key = frozenset(matcher.analyzer.terms(text)[0])
            if owner.setdefault(key, item) != item:
                clashes.append((text, item, owner[key]))
    assert clashes == []


# ------------------------------------------------------------------ what people ask
@pytest.mark.parametrize(
    ("question", "item", "kind"),
    [
        ("does the stairmaster burn butt fat?", "myth_cardio_spot_reduction", "entry"),
        ("Does the STEPPER burn bum fat??", "myth_cardio_spot_reduction", "entry"),
        ("is there a glute ham tie in muscle", "myth_tie_in_muscle", "entry"),
        ("how do I grow my glutes but not my thighs", "glutes_not_thighs", "entry"),
        ("how do I do a hip thrust", "hip_thrust", "exercise"),
        ("hip thurst form pls", "hip_thrust", "exercise"),
        ("will sprints fix my tie-in 🏃‍♀️", "myth_sprinting", "entry"),
        ("how many sets to tone my booty", "tone_routine", "entry"),
        ("how can I get a butt like J.Lo's", "build_glutes", "entry"),  # got the tie-in look
        (
            "which muscles make up the spot where my bum turns into my hamstrings",
            "tie_in_what",
            "entry",
        ),  # the tie-in, said in words
        ("is jlo a good example of great hamstrings lol", "myth_smooth_transition", "entry"),
        ("how do i sprint without getting hurt", "myth_sprinting", "entry"),
        # walking as cardio, not the walking-lunge card
        ("is walking good for your butt", "myth_cardio_spot_reduction", "entry"),
        ("do walking lunges hit the glutes", "walking_lunge", "exercise"),
        ("are monster walks any good", "monster_walk", "exercise"),
        # the fear of bulking up: the tie-in article on legs that grow more than wanted
        ("can you shed some light on this myth about bulking?", "glutes_not_thighs", "entry"),
        ("can one change how one's butt looks naturally?", "build_glutes", "entry"),
        ("how much cardio should i do for my show", "low_body_fat", "entry"),
        ("how do I fix my saggy butt", "build_glutes", "entry"),  # "saggy": unknown before
        ("my bum is droopy, what do I do", "build_glutes", "entry"),
        ("how do I get a well developed gluteal maximus", "build_glutes", "entry"),  # sprinting
        # a title's question before its teaser: the teaser's words diluted it to unknown
        (
            "Training your hamstrings at home: the mistakes people make on leg day and how to "
            "fix them",
            "home_training",
            "entry",
        ),
        # a lifter asking how often (found by h-personas10): got "I don't know"
        ("is 4 days too much", "tone_routine", "entry"),
        # "tonify", as Spanish and Italian speakers say it: got Nordics vs leg curls
        ("how many repetition i must do for tonify the legs", "tone_routine", "entry"),
        # everyday words for the same things: "jiggly", "curvy", "beginners", "effective"
        ("my butt is jiggly", "myth_cardio_spot_reduction", "entry"),
        ("how to get a curvy butt", "three_muscle_groups", "entry"),
        ("what is an effective glute routine for beginners", "tone_routine", "entry"),
        # a question, then a second one of its own: the second's words diluted it to unknown
        (
            "What do the judges look for? Do you have a list of things I should be working towards"
            " in the gym every week?",
            "tie_in_what",
            "entry",
        ),
        (
            "quick question: What do the judges look for? Do you have a list of things I should"
            " be working towards in the gym every week?",
            "tie_in_what",
            "entry",
        ),
    ],
)
def test_typical_questions(matcher: Matcher, question: str, item: str, kind: str) -> None:
    r = matcher.match(question)
    assert r.kind == "answer", r
    assert r.best is not None and (r.best.entry_id, r.best.kind) == (item, kind)
    assert 0 < r.best.score <= 1


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("how many reps should I do for hip thrusts?", "hip_thrust"),
        ("how many reps of banded hip thrusts", "band_hip_thrust"),
        ("single leg hip thrust reps", "single_leg_hip_thrust"),
        ("how many reps for lunges", "lunge"),
        ("are bulgarians actually good for glutes or mostly quads", "bulgarian_split_squat"),
    ],
)
def test_a_variant_is_the_answer_only_when_named(
    matcher: Matcher, question: str, card: str
) -> None:
    """'Hip thrusts' is the barbell card even where the banded card's phrasings share the
    question's other words; 'banded' picks the banded one."""
    best = matcher.rank(question)[0]
    assert (best.entry_id, best.kind) == (card, "exercise"), matcher.rank(question)[:3]


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "?!",
        "🍑🍑🍑",
        "hello",
        "good morning coach!",
        "asdf qwer zxcv",
        "42",
        "what is 3 x 4",
        "stop",  # was the spot-reduction myth ("should I stop doing cardio")
        "stop now",
    ],
)
def test_nothing_to_match_is_unknown(matcher: Matcher, question: str) -> None:
    assert matcher.match(question) == MatchResult("unknown")


@pytest.mark.parametrize(
    "question",
    [
        "my knee hurts when I do lunges",  # medical: never guess
        "best biceps exercise",  # another muscle
        "how much protein for glute growth",  # nutrition
        "is this bot free",  # the bot itself
        "my hamstrings feel tight every morning, what helps",  # flexibility
    ],
)
def test_off_limits_words_veto(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).kind == "unknown"


@pytest.mark.parametrize(
    "question",
    [
        "I'm torn between squats and hip thrusts, which is better for glutes?",
        "I'm sick of squats, what else builds the glutes?",
        "I'm broke and can't afford a gym, how do I train glutes at home?",
        "My kids keep me busy, how often do I need to train glutes?",
        "I train in a cold garage with just dumbbells, what should I do for hamstrings?",
        "The benches are always taken so hip thrusts are a pain. Do barbell glute bridges work?",
        "Are Nordic curls worth the pain?",  # got the pain reply
    ],
)
def test_idioms_are_not_off_limits(matcher: Matcher, question: str) -> None:
    # "torn between", "sick of", "broke", "my kids", "a cold garage" are not injuries,
    # illness or questions about children.
    assert understand(question) is None
    assert matcher.match(question).kind == "answer"


def test_a_yoga_mat_is_home_kit_not_yoga(matcher: Matcher) -> None:
    assert matcher.match("is yoga good for the glutes").kind == "unknown"
    r = matcher.match("i only have a band and a yoga mat at home, what can i do for my glutes")
    assert r.kind == "answer" and r.best is not None and r.best.entry_id == "home_training"


def test_did_you_mean_lists_close_choices(content: Content) -> None:
    strict = Matcher(content, MatcherConfig(answer_at=1.01))  # nothing is sure enough
    r = strict.match("how often should I hip thrust")
    assert r.kind == "did_you_mean"
    assert r.best is not None and r.alternatives[0] == r.best
    assert 1 <= len(r.alternatives) <= 3
    scores = [c.score for c in r.alternatives]
    assert scores == sorted(scores, reverse=True)
    assert all(c.score >= strict.config.suggest_at for c in r.alternatives)


def test_close_card_runner_up_turns_answer_into_choice(content: Content, matcher: Matcher) -> None:
    q = "good morning and nordic curl"
    ranked = matcher.rank(q)
    assert [c.kind for c in ranked[:2]] == ["exercise", "exercise"]
    wide = Matcher(content, MatcherConfig(margin=ranked[0].score - ranked[1].score + 0.01))
    r = wide.match(q)
    assert r.kind == "did_you_mean"
    assert [c.entry_id for c in r.alternatives[:2]] == [c.entry_id for c in ranked[:2]]


def test_close_entry_runner_up_is_told_beside_the_answer(
    content: Content, matcher: Matcher
) -> None:
    q = "glute ham tie in"
    ranked = matcher.rank(q)
    assert [c.kind for c in ranked[:2]] == ["entry", "entry"]
    gap = ranked[0].score - ranked[1].score
    near = Matcher(content, MatcherConfig(margin=gap + 0.01, also_within=gap + 0.01)).match(q)
    assert near.kind == "answer" and near.best == ranked[0]  # no choice between two entries
    assert near.runner_up == ranked[1]
    far = Matcher(content, MatcherConfig(also_within=gap / 2)).match(q)
    assert far.kind == "answer" and far.runner_up is None


def test_topics_are_short_titles(content: Content, matcher: Matcher) -> None:
    topics = matcher.topics()
    assert topics == [e.title for e in content.entries.values()]
    assert all(0 < len(t) <= 30 for t in topics)


# ------------------------------------------------------------------ normalisation
def test_fold_strips_accents_case_punctuation_and_emoji() -> None:
    assert words("Glúteos!!! 💪 BÜTT—booty?") == ["gluteos", "butt", "booty"]
    assert fold("ＨＩＰ ｔｈｒｕｓｔ") == "hip thrust"  # full-width letters
    assert words("3x20 reps, 8-12") == ["3", "20", "reps", "8", "12"]
    assert fold("glutes 3x a week ok?") == "glutes 3 times a week ok?"  # a frequency
    assert fold("3x a 10") == "3x a 10"
    assert words("don't") == ["dont"]


def test_stemming_is_consistent() -> None:
    assert stem("glutes") == stem("glute")
    assert stem("squatting") == stem("squats") == stem("squat")
    assert stem("toning") == stem("toned") == stem("tone")
    assert stem("injuries") == "injury"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("butt", "glute"),
        ("booty", "glute"),
        ("bum", "glute"),
        ("ass", "glute"),
        ("behind", "glute"),
        ("glutes", "glute"),
        ("hammies", "hamstring"),
        ("hams", "hamstring"),
        ("back of my thighs", "hamstring"),
        ("stair master", "stepmill"),
        ("stairmaster", "stepmill"),
        ("stepper", "stepmill"),
        ("stair climber", "stepmill"),
        ("step mill", "stepmill"),
        ("glute-ham tie-in", "tiein"),
        ("resistance bands", "band"),
        ("three", "3"),
        ("buns of steel", "glute"),
        ("flatter", "flat"),
    ],
)
def test_synonyms(matcher: Matcher, text: str, term: str) -> None:
    assert term in matcher.analyzer.terms(text)[0]


def test_synonym_groups_do_not_collide() -> None:
    owner: dict[tuple[str, ...], str] = {}
    for canon, variants in SYNONYMS.items():
        for v in (canon, *variants):
            key = tuple(stem(w) for w in words(v))
            assert owner.setdefault(key, canon) == canon, (v, canon, owner[key])


@pytest.mark.parametrize(
    ("typo", "fixed"),
    [
        ("hamstirng", "hamstring"),  # swapped letters
        ("glutse", "glute"),
        ("stairmastr", "stepmill"),  # dropped letter
        ("sprnting", "sprint"),
        ("thurst", "thrust"),
        ("bulgarain", "bulgarian"),
        ("hipthrusts", "thrust"),  # run together
        ("glutr", "glute"),  # neighbouring key
        ("saddle bags", "saddlebag"),  # two words for one thing
        ("abducshun", "abduction"),  # typed by ear
        ("extenshuns", "extension"),
        ("btut", "glute"),  # a swap in a four-letter word
        ("does walking tone your btut", "glute"),
    ],
)
def test_typos_are_corrected(matcher: Matcher, typo: str, fixed: str) -> None:
    assert fixed in matcher.analyzer.terms(typo)[0]


@pytest.mark.parametrize(
    "word",
    [
        *("bread", "learn", "reset", "talking", "splints", "upper", "inside", "online", "trying"),
        *("counter", "shopping", "prices", "mothers", "similar", "support"),  # sound alike
        *("lost", "form", "from", "bulk"),  # a swap away from another word ("lots", "from")
    ],
)
def test_real_words_are_not_bent_into_domain_words(matcher: Matcher, word: str) -> None:
    assert matcher.analyzer.corrected(word) == [word]


def test_edit_distance() -> None:
    assert edit_distance("squat", "squat") == 0
    assert edit_distance("sqaut", "squat") == 1  # swap
    assert edit_distance("glutr", "glute") == 1  # r is next to e
    assert edit_distance("bread", "break") == 2  # d and k are far apart
    assert edit_distance("a" * 30, "b" * 30, limit=2) == 3


# ------------------------------------------------------------------ hostile input
def test_huge_message_is_capped(matcher: Matcher) -> None:
    long = "does the stairmaster burn butt fat? " + "blah " * 800
    assert len(long) >= 4000
    r = matcher.match(long)
    assert r.kind in ("answer", "did_you_mean", "unknown")
    assert len(matcher.analyzer.terms("glute " * 5000)[0]) <= 48
    matcher.match("x" * 100_000)
    matcher.match("hamstirng " * 2000)  # typo work is budgeted per message


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02",
        "\ud800 lone surrogate",
        "Z̸̡̛̟a̶l̷g̵o̴ glutes",
        "\u202eglutes rtl override",
        "ягодицы",  # not Latin: nothing to match
        "臀部 训练",
        "\n\t\r",
        "🍑" * 4000,
    ],
)
def test_odd_unicode(matcher: Matcher, text: str) -> None:
    r = matcher.match(text)
    assert r.kind in ("answer", "did_you_mean", "unknown")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_result(matcher: Matcher, text: str) -> None:
    r = matcher.match(text)
    assert r.kind in ("answer", "did_you_mean", "unknown")
    assert (r.best is None) == (r.kind == "unknown")
    assert len(r.alternatives) <= 3
    assert all(0 < c.score <= 1 for c in (*r.alternatives, *([r.best] if r.best else [])))


def test_long_runs_of_letters_are_dropped_not_corrected(matcher: Matcher) -> None:
    # Typo correction of one 4,000-letter token used to cost seconds; such runs are dropped.
    assert words("glutes " + "x" * (MAX_WORD + 1)) == ["glutes"]
    assert len(words("y" * MAX_WORD)) == 1
    assert matcher.match("glutes" * 683).kind == "unknown"
    assert matcher.match("does the stairmaster burn butt fat " + "z" * 4000).kind == "answer"
    speller = matcher.analyzer.speller
    assert speller.correct("q" * 25) == ("q" * 25,)  # beyond any word's reach: left alone


def test_a_long_post_is_answered_from_its_question_sentence(matcher: Matcher) -> None:
    post = (
        "I started lifting in spring and I go four times a week with my sister. We mostly do "
        "machines and some cardio after. My work keeps me sitting most of the day. Anyway, "
        "is spot reduction of fat on the glutes real?"
    )
    r = matcher.match(post)
    assert r.kind == "answer" and r.best is not None
    assert r.best.entry_id == "myth_cardio_spot_reduction"


def test_losing_fat_in_one_place_only_means_spot_reduction(matcher: Matcher) -> None:
    assert _answered(matcher, "can i get rid of fat only on my bum", "myth_cardio_spot_reduction")
    # Fat or weight lost from a named place is the same wish, said without "only".
    for asked in ("how do I slim down the weight on my hips?", "want to reduce my thigh fat"):
        assert _answered(matcher, asked, "myth_cardio_spot_reduction"), asked
    for whole in ("how do I lose weight", "i want to lose weight but keep my butt"):
        assert not _answered(matcher, whole, "myth_cardio_spot_reduction"), whole


def test_one_alone_is_not_single_leg(matcher: Matcher) -> None:
    r = matcher.match("how many sets of hip thrusts should one do")
    assert r.best is not None and r.best.entry_id != "single_leg_hip_thrust"


def test_a_runner_up_the_answer_shows_does_not_make_it_a_choice(
    content: Content, matcher: Matcher
) -> None:
    # "Building the glutes" names the hip thrust card; the two come within a margin of 0.03
    # (the rule under test is the exemption, whatever the shipped margin; 0.02 was enough
    # until a phrasing added to Building the glutes moved their scores 0.001 apart).
    wide = Matcher(content, replace(matcher.config, margin=0.03, named_bonus=0.0))
    ranked = wide.rank("squat or hip thrust")
    assert {c.entry_id for c in ranked[:2]} == {"build_glutes", "hip_thrust"}
    assert ranked[0].score - ranked[1].score < wide.config.margin
    assert wide.match("squat or hip thrust").kind == "answer"
    assert content.entries["build_glutes"].exercises[0] == "hip_thrust"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is a hamstring?", "myth_tie_in_muscle"),
        ("what are the hamstrings exactly", "myth_tie_in_muscle"),
        ("What's inside the buttocks?", "three_muscle_groups"),
        ("what muscles make up the butt", "three_muscle_groups"),
        ("Do you know what the gluteal fold is?", "tie_in_what"),
        ("quick question: do you know what the gluteal fold is?", "tie_in_what"),  # an opener
        ("what is hip extension", "hip_extension_knee_flexion"),
        # asks more than what a thing is, or isn't a definition question: the matcher decides
        ("what is the best exercise for glutes", None),
        ("what is a good hamstring workout", None),
        ("what about hamstrings", None),
        ("is the hamstring a muscle", None),
        ("what is a squat", None),  # no entry defines it: its card answers
        ("whats good for the backs of my legs", None),  # got the hamstrings' definition
    ],
)
def test_definition_questions_get_the_entry_defining_the_thing(
    matcher: Matcher, text: str, expected: str | None
) -> None:
    assert matcher.defined(text) == expected


def test_a_card_named_as_missing_gets_no_lead(content: Content, matcher: Matcher) -> None:
    no_lead = Matcher(content, replace(matcher.config, named_bonus=0.0))

    def score(m: Matcher, q: str) -> float:
        return next(c.score for c in m.rank(q) if c.entry_id == "glute_ham_raise")

    asked = "what does the glute-ham raise work"
    assert score(matcher, asked) == pytest.approx(
        score(no_lead, asked) + matcher.config.named_bonus, abs=1e-3
    )
    missing = "How do I train my posterior chain if I don't have a glute-ham raise?"
    assert score(matcher, missing) == score(no_lead, missing)


def test_times_a_week_written_3x_is_a_frequency(matcher: Matcher) -> None:
    # "3x" read as "three" got "Three muscles of the butt"
    assert _answered(matcher, "glutes 3x a week ok?", "tone_routine")


def test_short_is_no_pair_of_shorts(matcher: Matcher) -> None:
    # "rest is too short" got "Padded shorts instead?"
    assert _answered(matcher, "rest is too short", "tone_routine")
    assert _answered(matcher, "are padded shorts worth it", "myth_padding")


def test_a_load_typed_is_a_weight(matcher: Matcher) -> None:
    # "is 20kg too heavy?" was "I don't know": "20" and "kg" are no words of the articles
    assert _answered(matcher, "is 20kg too heavy?", "choose_weight")
    assert _answered(matcher, "is 40 LBS too light for squats", "choose_weight")


def test_a_time_alone_asked_about_is_the_rest(matcher: Matcher) -> None:
    # "is 1 min enough?" between sets was "I don't know": a time alone is the rest
    for q in ("is 1 min enough?", "is 90 sec ok?", "2 minutes too long?"):
        assert _answered(matcher, q, "tone_routine"), q
        assert matcher.match(q).best == matcher.match("is this rest enough").best, q
    assert not _answered(matcher, "is 20 min of cardio enough?", "tone_routine")


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("quick question: When should I increase the amount of weight I lift?", "choose_weight"),
        ("I'm new to the gym. What is the glute-ham tie-in?", "tie_in_what"),
        ("I'm new to the gym. Is bikini really won or lost from the rear?", "bikini_priority"),
        ("What Is Tie-In? thank you so much in advance", "tie_in_what"),
        ("I have a desk job. Is bikini really won or lost from the rear?", "bikini_priority"),
    ],
)
def test_openers_and_background_do_not_hide_the_question(
    matcher: Matcher, question: str, item: str
) -> None:
    # Words that only set the scene ("quick question", "I'm new to the gym", "thanks in
    # advance") are not the subject: unknown to the content, they weighed the most and sank
    # questions it answers to "I don't know".
    result = matcher.match(question)
    assert result.kind == "answer" and result.best is not None
    assert result.best.entry_id == item


def test_a_swap_into_a_stopword_is_corrected_too(matcher: Matcher) -> None:
    # Left as it was, "questoin" weighed as a word the content doesn't know.
    fixed = matcher.analyzer.corrected("my questoin: tehn what")
    assert fixed == ["my", "question", "tehn", "what"]  # four letters: content words only


@pytest.mark.parametrize(
    "told",
    [
        "I'm 32 and have been lifting for a year.",
        "I've been training for about 6 months now.",
        "After 2 years of lifting,",
        "Been working out a couple of years,",
    ],
)
def test_how_long_one_has_trained_is_background(matcher: Matcher, told: str) -> None:
    # "lifting" and "training" are the articles' words: told as background they pulled
    # questions towards lifting in general.
    asked = [
        "the glute ham tie in is a muscle right",
        "best way to tone the back of my legs",
        "why supermans for the butt",
        "is the stepmill good for burning butt fat?",
    ]
    for q in asked:
        alone, told_too = matcher.match(q), matcher.match(f"{told} {q}")
        assert alone.best is not None and told_too.best is not None
        assert (told_too.kind, told_too.best.entry_id) == (alone.kind, alone.best.entry_id), q


def test_a_post_typed_without_stops_is_answered_from_its_asking_part(matcher: Matcher) -> None:
    # One run-on sentence: its parts were never scored on their own, and the whole post's
    # many words sank it to "I don't know". Only the asking part counts: a told part ("I
    # only get to the gym twice a week") scored as the question would be the toning plan.
    post = (
        "I have two kids and work long shifts so I only get to the gym twice a week and I "
        "mostly do the treadmill and some machines but my bum is still flat I want it rounder "
        "and higher what exercises actually build the glutes"
    )
    result = matcher.match(post)
    assert result.kind == "answer" and result.best is not None
    assert result.best.entry_id == "build_glutes"


def test_a_pulled_hamstring_is_an_injury(matcher: Matcher) -> None:
    assert matcher.match("I pulled my hamstring last week, when can I sprint again?").kind == (
        "unknown"
    )


def test_an_unstopped_post_is_split_where_its_question_starts() -> None:
    from bot.coach.matcher.sentences import sentences

    told = "I go three times a week with my friend but my legs look the same"
    asked = "what is the best way to burn the fat on my inner thighs"
    # with capitals: a capital after a lowercase word starts a sentence
    assert sentences(f"{asked.capitalize()} {told}") == [asked.capitalize()]
    # all lowercase: "i" and question words start one; "what" is not cut from "is the..."
    assert sentences(f"{asked} {told.lower()}") == [asked]
    # punctuated: as before
    assert sentences(f"{told}. {asked}?") == [told, f" {asked}"]
