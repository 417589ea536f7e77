"""What the articles don't cover is declined with the gap named, and what they cover isn't."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.coach.matcher import GapKind, Matcher
from bot.coach.matcher.scope import anchored
from bot.coach.smalltalk import Intent, understand
from bot.content import load_content

DATA = Path(__file__).resolve().parent.parent / "data"


def _yaml(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_content())


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("do kettlebell swings build the glutes", GapKind.EXERCISE, "kettlebell swings"),
        # what to buy (it got Building the glutes, or Training at home)
        ("what's the best glute band brand", GapKind.TOPIC, "gear like pads, belts and shoes"),
        ("which bands should I buy", GapKind.TOPIC, "gear like pads, belts and shoes"),
        ("are donkey kicks any good for a rounder butt", GapKind.EXERCISE, "donkey kicks"),
        ("burpees for the glutes?", GapKind.EXERCISE, "burpees"),
        ("are wall sits good for glutes?", GapKind.EXERCISE, "wall sits"),
        ("bird dogs for the glutes", GapKind.EXERCISE, "bird dogs"),
        ("are hip circles good for glutes?", GapKind.EXERCISE, "hip circles"),
        ("do squat pulses tone the butt", GapKind.EXERCISE, "squat pulses"),
        ("are wall squats good for glutes?", GapKind.EXERCISE, "wall squats"),
        ("do jumping jacks tone glutes", GapKind.EXERCISE, "jumping jacks"),  # got toning
        # the RDL is named only to describe the American deadlift (got its card)
        ("how to do an RDL", GapKind.EXERCISE, "the Romanian deadlift itself"),
        ("are single leg RDLs good for glutes", GapKind.EXERCISE, "single-leg Romanian deadlifts"),
        ("farmers walks for glutes", GapKind.EXERCISE, "farmers walks"),  # got cardio
        ("crab walks for the booty", GapKind.EXERCISE, "crab walks"),
        ("are mountain climbers good for your butt", GapKind.EXERCISE, "mountain climbers"),
        ("how long should i hold a superman", GapKind.TIMEFRAME, None),
        ("how many months before my glutes grow", GapKind.TIMEFRAME, None),
        ("does the hip thrust hit the gluteus medius", GapKind.MUSCLE, "gluteus medius"),
        ("why won't my biceps grow", GapKind.MUSCLE, "biceps"),
        ("best exercise for the IT band", GapKind.MUSCLE, "it band"),  # got home training
        ("how to strengthen my psoas", GapKind.MUSCLE, "psoas"),
        ("What are Judges looking for in a Wellness Competitor?", GapKind.TOPIC, None),
        ("how much protein for glute growth", GapKind.NUTRITION, "protein"),
        ("should i train glutes fasted", GapKind.NUTRITION, "fasted"),
        # a bulk and a deficit are diets (they got "Building the glutes")
        ("should I bulk to grow my glutes", GapKind.NUTRITION, None),
        ("can I grow my glutes in a deficit", GapKind.NUTRITION, None),
        ("after how many weeks do glutes grow", GapKind.TIMEFRAME, None),
        ("does it take long to build a butt", GapKind.TIMEFRAME, None),
        ("my left glute is bigger than the right, why", GapKind.TOPIC, None),
        ("one hamstring is weaker than the other", GapKind.TOPIC, None),
        ("i can't feel my glutes working in hip thrusts", GapKind.TOPIC, None),
        ("best glute activation drills before squats", GapKind.TOPIC, None),
        # said without "activation" (they got the squat card and "Building the glutes")
        ("how do I wake up my glutes before squats", GapKind.TOPIC, "feeling a muscle work"),
        ("my glutes don't fire when I squat", GapKind.TOPIC, "feeling a muscle work"),
        ("how to engage glutes during hip thrusts", GapKind.TOPIC, "feeling a muscle work"),
        ("will sitting on my butt all day make it flat", GapKind.TOPIC, "sitting all day"),
        ("will squats give me a bigger butt in a month", GapKind.TIMEFRAME, None),
        ("how to get a bubble butt in 30 days", GapKind.TIMEFRAME, None),
        ("should my feet be wide or narrow on the leg press", GapKind.TOPIC, None),
        ("what is the reverse hyper good for", GapKind.EXERCISE, "reverse hyper"),
        # variations of named moves that the articles never discuss
        ("are sumo deadlifts good for glutes", GapKind.EXERCISE, "sumo deadlifts"),
        ("goblet squat or walking lunges?", GapKind.EXERCISE, "goblet squat"),
        ("is the trap bar deadlift easier on the back", GapKind.EXERCISE, "trap bar deadlift"),
        ("smith machine squats for the butt", GapKind.EXERCISE, "smith machine squats"),
        ("hip thrust machine vs barbell", GapKind.EXERCISE, "hip thrust machine"),
        ("are side lunges good for the outer glutes", GapKind.EXERCISE, "side lunges"),
        ("pulse squats for a rounder butt?", GapKind.EXERCISE, "pulse squats"),
        # form details the cards don't give, set techniques, the time of day
        ("how should I breathe during deadlifts", GapKind.TOPIC, "breathing"),
        ("what grip for deadlifts", GapKind.TOPIC, "grips and straps"),
        ("what tempo should I use for squats", GapKind.TOPIC, "lifting tempo"),
        ("how do I stop my knees caving in on squats", GapKind.TOPIC, "knees caving in"),
        ("should I warm up before hip thrusts", GapKind.TOPIC, "warming up"),
        ("are drop sets good for glutes", GapKind.TOPIC, "training techniques like drop sets"),
        ("glutes in the morning or evening?", GapKind.TOPIC, "the time of day to train"),
        ("is it bad if my heels lift when i squat", GapKind.TOPIC, None),
        ("should my knees go past my toes in a lunge", GapKind.TOPIC, None),
        ("my back rounds when i deadlift heavy, what now", GapKind.TOPIC, None),
        ("i can't keep my heels on the ground when i squat", GapKind.TOPIC, None),
        ("how do you count reps on walking lunges", GapKind.TOPIC, "counting reps"),
        ("is it normal to feel hip thrusts in my lower back", GapKind.TOPIC, None),
        ("how do i target my upper glutes", GapKind.TOPIC, "training one part of the glutes"),
        ("cardio before or after weights?", GapKind.TOPIC, "the order of exercises"),
        ("can i do glute bridges before deadlifts", GapKind.TOPIC, "the order of exercises"),
        ("should i do cardio after legs", GapKind.TOPIC, "the order of exercises"),
        ("what order should i do my leg exercises in", GapKind.TOPIC, "the order of exercises"),
        ("should i do squats or hip thrusts first", GapKind.TOPIC, "the order of exercises"),
        ("how do i know if my glutes are weak", GapKind.TOPIC, "telling whether a muscle is weak"),
        ("can i test my hamstring strength", GapKind.TOPIC, "telling whether a muscle is weak"),
        (
            "will my glutes shrink if i stop training for a month",
            GapKind.TOPIC,
            "what a break from training does",
        ),
        ("do you lose your glutes if you take a break", GapKind.TOPIC, None),
        ("my glutes never get sore is that bad", GapKind.TOPIC, "muscle soreness"),
        ("why is the leg extension so hard", GapKind.TOPIC, "why a move feels hard"),
        ("why do lunges make me so tired", GapKind.TOPIC, "why a move feels hard"),
        ("who invented the hip thrust", GapKind.TOPIC, "records and history"),
        ("can squats make you taller", GapKind.TOPIC, "height"),
        ("should i lock my knees on the leg press", GapKind.TOPIC, None),
        ("should i pause at the bottom of a squat", GapKind.TOPIC, "lifting tempo"),
        ("how do i stop the bar rolling on hip thrusts", GapKind.TOPIC, None),
        ("how much can the average woman hip thrust", GapKind.TOPIC, "strength standards"),
        ("what's a good hip thrust for a 50kg woman", GapKind.TOPIC, "strength standards"),
        ("do hip thrusts make your hips wider", GapKind.TOPIC, "body proportions"),
        ("are squats harder on your cns than hip thrusts", GapKind.TOPIC, "the nervous system"),
        ("can the glute ham raise machine be used for situps", GapKind.EXERCISE, "situps"),
        ("why do i lose my balance on bulgarian split squats", GapKind.TOPIC, "balance"),
        ("i feel embarrassed doing hip thrusts at the gym", GapKind.TOPIC, None),
        ("how do i stop sliding on the bench during hip thrusts", GapKind.TOPIC, None),
        ("what's the best band to buy for hip thrusts", GapKind.TOPIC, None),
        ("why is my butt getting smaller even though i train it", GapKind.TOPIC, None),
        ("why do my glutes twitch after training", GapKind.TOPIC, "muscles twitching"),
        ("are step ups better than lunges?", GapKind.EXERCISE, "step ups"),
        ("does jump rope make your bum bigger?", GapKind.TOPIC, "jump rope"),
        ("does sitting make your butt bigger?", GapKind.TOPIC, "sitting all day"),
        ("do squats tone your stomach?", GapKind.MUSCLE, "stomach"),
        ("why do my hamstrings get so sore?", GapKind.TOPIC, "muscle soreness"),
        ("should you squeeze your glutes when walking?", GapKind.TOPIC, "feeling a muscle work"),
        ("how do i measure my glute growth?", GapKind.TOPIC, "tracking progress"),
        ("how tall should my bench be for hip thrusts?", GapKind.TOPIC, None),
        (
            "is it harder for women to build glutes?",
            GapKind.TOPIC,
            "differences between women and men",
        ),
        ("why are women so good at hip thrusts", GapKind.TOPIC, None),
        ("what color bikini looks best on stage?", GapKind.TOPIC, "posing and the stage"),
        ("how dark should my tan be for bikini", GapKind.TOPIC, "posing and the stage"),
        ("does the tie in look different on tall people", GapKind.TOPIC, "height"),
        ("do hip thrusts help with period cramps", GapKind.TOPIC, None),
        ("is it ok to train glutes when sick", GapKind.TOPIC, "training while ill"),
        ("is it weird to do hip thrusts at the gym", GapKind.TOPIC, None),
        ("best app for tracking glute workouts", GapKind.TOPIC, None),  # got Building glutes
        ("best youtube channel for glute workouts", GapKind.TOPIC, None),
        ("is it possible to have too much glute training", GapKind.TOPIC, "overtraining"),
        ("why do i carry all my weight in my hips", GapKind.TOPIC, None),
        ("why do black women have bigger butts", GapKind.TOPIC, "genetics"),
        ("will glute training help my running", GapKind.TOPIC, None),
        ("how flexible should my hamstrings be", GapKind.TOPIC, "stretching and flexibility"),
        ("can stretching make my butt rounder", GapKind.TOPIC, "stretching and flexibility"),
        (
            "do i stop training heavy a week before the show",
            GapKind.TOPIC,
            "easing off before a show",
        ),
        ("what do i change in peak week", GapKind.TOPIC, "easing off before a show"),
        ("which muscles does the stepmill work", GapKind.TOPIC, "the muscles cardio works"),
        ("does cycling target what muscles", GapKind.TOPIC, "the muscles cardio works"),
        ("should my toes point out when i squat", GapKind.TOPIC, "where to put your feet"),
        ("how wide should my stance be on squats", GapKind.TOPIC, "where to put your feet"),
        ("how many months out should i start prep", GapKind.TIMEFRAME, None),
        ("its been 6 weeks and my butt is still flat", GapKind.TIMEFRAME, None),
        ("are fenugreek pills good for butt growth", GapKind.NUTRITION, "pills"),
        ("how do i tone my inner thighs", GapKind.MUSCLE, "inner thighs"),
        ("3 second negatives on squats for glutes?", GapKind.TOPIC, "lifting tempo"),
        ("push pull legs or upper lower for glutes", GapKind.TOPIC, None),
        ("how often should i deload my glute training", GapKind.TOPIC, None),
        ("should my chin be tucked on hip thrusts", GapKind.TOPIC, None),
        ("what bench height for hip thrusts", GapKind.TOPIC, None),
        ("leg press feet high and wide for glutes?", GapKind.TOPIC, None),
        ("i feel stiff leg deadlifts in my lower back", GapKind.TOPIC, None),
        ("heels elevated squats for glutes?", GapKind.EXERCISE, "elevated squats"),
        ("are vibration plates good for toning the butt", GapKind.TOPIC, "vibration plates"),
        ("do ems machines build glutes", GapKind.TOPIC, "ems"),
        ("is it ok to squat on an empty stomach", GapKind.NUTRITION, "empty stomach"),
        ("do i need a spotter for hip thrusts", GapKind.TOPIC, None),
        ("do hip thrusts work with a long torso", GapKind.TOPIC, "body proportions"),
        # age, sitting, waist size, food choices, equipment no article uses
        ("is it too late to start building glutes at 50", GapKind.TOPIC, None),
        ("can women over 40 still grow their glutes", GapKind.TOPIC, None),
        ("i have a desk job, is my butt getting flat", GapKind.TOPIC, "sitting all day"),
        ("will squats make my waist thicker", GapKind.TOPIC, "waist size"),
        ("can i grow my glutes on a vegan diet", GapKind.NUTRITION, "vegan"),
        ("hip thrusts on the smith machine?", GapKind.EXERCISE, "the Smith machine"),
        ("can i do romanian deadlifts with kettlebells", GapKind.EXERCISE, "kettlebells"),
        # a card named, but asked about what no article says of it
        ("how much should i be able to squat after a year", GapKind.TOPIC, "strength standards"),
        ("does hip thrusting make you run faster", GapKind.TOPIC, None),
        ("are hip thrusts good for sprinters speed", GapKind.TOPIC, None),
        ("how to wrap knees for squats", GapKind.TOPIC, None),
        ("does massage help glutes grow", GapKind.TOPIC, "massage"),
        ("best gym in manchester with good glute machines", GapKind.TOPIC, "choosing a gym"),
        ("hip thrust bar pad or a folded towel, does it matter", GapKind.TOPIC, None),
        ("how far out should my feet be on hip thrusts", GapKind.TOPIC, "where to put your feet"),
        ("is stronglifts good for building a bigger bum", GapKind.TOPIC, None),
        ("what ab exercises get a flat stomach while growing my booty", GapKind.MUSCLE, None),
        ("is HIIT better than steady state cardio for losing fat", GapKind.TOPIC, None),
        (
            "my hamstrings shake like crazy during nordics, normal?",
            GapKind.TOPIC,
            "muscles shaking during a set",
        ),
        ("do i need protein shakes to grow glutes", GapKind.NUTRITION, None),
        (
            "should squats or hip thrusts come first in my workout?",
            GapKind.TOPIC,
            "the order of exercises",
        ),
        ("track my glutes growing, tape measure or photos?", GapKind.TOPIC, "tracking progress"),
        ("what length of resistance band should i buy for monster walks", GapKind.TOPIC, None),
        ("where should my feet be on a hip thrust?", GapKind.TOPIC, "where to put your feet"),
        ("how many seconds should the lowering of a nordic take?", GapKind.TOPIC, "lifting tempo"),
        ("how heavy should my hip thrust be compared to my squat?", GapKind.TOPIC, None),
        ("Marathon in May. Will the long runs make me lose my butt?", GapKind.TOPIC, "long runs"),
        ("is it ok to train when sore", GapKind.TOPIC, "training while sore"),
        ("my glutes are still sore from monday, should I train today?", GapKind.TOPIC, None),
        ("can you lift with DOMS?", GapKind.TOPIC, "training while sore"),
        ("is a flat butt genetic or can anyone grow one?", GapKind.TOPIC, "genetics"),
        ("My mum has a flat bum too. Does it run in the family?", GapKind.TOPIC, None),
        ("is 8 weeks enough to see a rounder butt from squats?", GapKind.TIMEFRAME, None),
        ("cardio: before, during or after my glute workout?", GapKind.TOPIC, None),
        ("how do i hit the back pose to show my glutes?", GapKind.TOPIC, "posing and the stage"),
        ("how do I show my glutes off best on stage?", GapKind.TOPIC, "posing and the stage"),
        ("can i build glutes after 50", GapKind.TOPIC, "how age changes things"),
        ("Can I develop muscles after 40?", GapKind.TOPIC, "how age changes things"),
        ("which federation is best for a first bikini show?", GapKind.TOPIC, None),
        ("what brand of hip thrust bench should I buy?", GapKind.TOPIC, None),
        ("is it normal for one glute to be bigger", GapKind.TOPIC, None),
        ("should i bulk or cut to grow my butt", GapKind.NUTRITION, "bulk or cut"),
        # were answered: spot reduction, the Squat card, "Smooth transition", "Getting lean"
        ("do your glutes shrink with age", GapKind.TOPIC, "how age changes things"),
        ("is a BBL better than doing squats", GapKind.TOPIC, "cosmetic surgery"),
        ("what workout does Kim Kardashian do for her butt", GapKind.TOPIC, None),
        ("should I squat below parallel", GapKind.TOPIC, None),
        ("why aren't my glutes sore after leg day", GapKind.TOPIC, "muscle soreness"),
        ("why am I so sore after hip thrusts?", GapKind.TOPIC, "muscle soreness"),
        # whether soreness is all right: it got "A special tie-in exercise?" or the card
        ("is it ok that im sore 🥲", GapKind.TOPIC, "muscle soreness"),
        ("is it normal to be sore after hip thrusts", GapKind.TOPIC, "muscle soreness"),
        ("should I be sore after a workout?", GapKind.TOPIC, "muscle soreness"),
        ("how do I stop my quads taking over in squats", GapKind.TOPIC, None),
        # each got an article or a card as if it said something about it
        ("is it ok to squat barefoot", GapKind.TOPIC, "gear like pads, belts and shoes"),
        (
            "does birth control affect muscle growth in the glutes",
            GapKind.TOPIC,
            "hormones and the menstrual cycle",
        ),
        (
            "can hormones stop my butt from growing",
            GapKind.TOPIC,
            "hormones and the menstrual cycle",
        ),
        ("should I train glutes on my period", GapKind.TOPIC, "hormones and the menstrual cycle"),
        ("where should i look when i squat", GapKind.TOPIC, None),
        # the Stepmill's fat-burning myth: a muscle that burns is no fat burnt
        ("is it normal my quads burn on split squats", GapKind.TOPIC, "feeling a muscle work"),
        ("my legs burn so much during lunges", GapKind.TOPIC, "feeling a muscle work"),
        # the squat card: a side told with a word before "bigger", or "than my right"
        (
            "my left glute is noticeably bigger than my right",
            GapKind.TOPIC,
            "one side differing from the other",
        ),
        # the hip thrust card
        (
            "I had a BBL last year. Can I do hip thrusts without ruining the fat transfer?",
            GapKind.TOPIC,
            "cosmetic surgery",
        ),
        (
            "why does one of my glutes fire more than the other",
            GapKind.TOPIC,
            "one side differing from the other",
        ),
        # the leg curl, Nordic and bridge cards
        ("do hamstring curls cause cramps", GapKind.TOPIC, "cramps"),
        ("does cardio kill gains", GapKind.TOPIC, "whether cardio holds back muscle growth"),
        # Building the glutes; the Nordic card
        ("What Is the Best Time to Do Glute Workouts?", GapKind.TOPIC, "the time of day to train"),
        ("should i train in the morning", GapKind.TOPIC, "the time of day to train"),
        # the bridge and lying leg curl cards, Building the glutes: variants the articles skip
        ("are kas glute bridges good for glutes", GapKind.EXERCISE, "kas glute bridges"),
        ("are sliding leg curls good for glutes", GapKind.EXERCISE, "sliding leg curls"),
        ("are hip airplanes good for glutes", GapKind.EXERCISE, "hip airplanes"),
        # Training at home: a machine no article names
        (
            "is the cable machine good for glutes",
            GapKind.TOPIC,
            "machines like the cable stack or the glute drive",
        ),
        # Glutes, not bigger legs; the standing leg curl card
        ("how do i keep my glutes when bulking", GapKind.NUTRITION, "when bulking"),
        ("do thick thighs run in families", GapKind.TOPIC, "genetics"),
        ("how do i get a small waist and big butt", GapKind.TOPIC, "waist size"),
        ("will a standing desk help my glutes", GapKind.TOPIC, "standing desk"),
        # Building the glutes; the squat card
        ("how did kim kardashian get her butt", GapKind.TOPIC, "a celebrity's own workout"),
        ("what's the best glute program on youtube", GapKind.TOPIC, None),
        ("how much should a beginner squat", GapKind.TOPIC, "strength standards"),
        # a gadget: got "I don't know" with nothing named
        ("do ankle weights help tone your butt", GapKind.TOPIC, "ankle weights"),
        # the padding myth; Bikini: glutes first
        ("what should i wear to the gym", GapKind.TOPIC, "gear like pads, belts and shoes"),
        ("how many weeks of prep for a bikini show", GapKind.TIMEFRAME, None),
        ("is 10 days enough to see a difference", GapKind.TIMEFRAME, None),
        # Building the glutes; Training at home
        ("how to grow hips", GapKind.TOPIC, "body proportions"),
        ("how to get an hourglass figure", GapKind.TOPIC, "body proportions"),
        ("does deadlifting make your waist thick", GapKind.TOPIC, "waist size"),
        ("will squats give me a thicker waist", GapKind.TOPIC, "waist size"),
        ("what age do glutes stop growing", GapKind.TOPIC, "how age changes things"),
        ("is cardio ok on rest days?", GapKind.TOPIC, "what to do on rest days"),
        ("should i run on my rest days", GapKind.TOPIC, "what to do on rest days"),
        ("how old is too old to start hip thrusts", GapKind.TOPIC, "how age changes things"),
        (
            "why am i gaining weight after starting glute workouts",
            GapKind.TOPIC,
            "the scale going up",
        ),
        # the leg curl and hip thrust cards
        (
            "Leg curls: how to stop my hips lifting",
            GapKind.TOPIC,
            "form details like the heels, knees and back",
        ),
        (
            "How to make hip thrusts more comfortable",
            GapKind.TOPIC,
            "gear like pads, belts and shoes",
        ),
        ("Are Nordic Curls Good for Runners?", GapKind.TOPIC, "speed and jumping in other sports"),
        ("why do i cramp doing glute bridges", GapKind.TOPIC, "cramps"),
        ("my butt cramps up during bridges, why?", GapKind.TOPIC, "cramps"),
        # the hip thrust card; the glutes and hamstrings on one day are the toning plan
        (
            "Is it bad to do hip thrusts and deadlifts on the same day?",
            GapKind.TOPIC,
            "which moves to pair on one day",
        ),
        # building the hamstrings
        (
            "Is it true that you can't build muscle after 50?",
            GapKind.TOPIC,
            "how age changes things",
        ),
        # the hip thrust card
        (
            "How do I stop my feet sliding when doing hip thrusts on a smooth floor?",
            GapKind.TOPIC,
            "form details like the heels, knees and back",
        ),
        # the squat and lunge cards
        (
            "how do I keep my heels down when I squat?",
            GapKind.TOPIC,
            "form details like the heels, knees and back",
        ),
        (
            "do lunges make you faster at running?",
            GapKind.TOPIC,
            "speed and jumping in other sports",
        ),
        (
            "do I need a pad for the barbell on hip thrusts?",
            GapKind.TOPIC,
            "gear like pads, belts and shoes",
        ),
        (
            "how heavy should the band be for monster walks?",
            GapKind.TOPIC,
            "gear like pads, belts and shoes",
        ),
        ("are these exercises ok for older women", GapKind.TOPIC, "how age changes things"),
        (
            "should i train glutes more often as the show gets closer",
            GapKind.TOPIC,
            "changing training as a show nears",
        ),
        ("I row 5 days a week, will that give me a bigger butt?", GapKind.TOPIC, "rowing"),
        ("what's the best shoe for squats", GapKind.TOPIC, "gear like pads, belts and shoes"),
        ("should I squat with a belt", GapKind.TOPIC, "gear like pads, belts and shoes"),
        (
            "you should never let your knees go past your toes when squatting. Is that true?",
            GapKind.TOPIC,
            "form details like the heels, knees and back",
        ),
        (
            "could a sprinter get faster if he did hip thrusts?",
            GapKind.TOPIC,
            "speed and jumping in other sports",
        ),
        (
            "what is the point in training knee flexion for sports?",
            GapKind.TOPIC,
            "speed and jumping in other sports",
        ),
    ],
)
def test_gaps_are_named(matcher: Matcher, text: str, kind: GapKind, subject: str | None) -> None:
    r = matcher.match(text)
    assert r.kind == "unknown" and r.gap is not None and r.gap.kind == kind
    if subject:
        assert r.gap.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "I can barely lower myself on nordics. Am I doing them wrong or is that normal at first?",
        "how often should i do leg curls",
        "are glute ham raises better than nordic curls",
        "how long should i rest between glute sessions",
        "does the biceps femoris belong to the hamstrings",
        "should i buy padded shorts instead of training",
        "i have a flat butt after two children, what should i do",
        "can sprinting help me lose my waist and gain a butt",
        "how do i get rid of flabby arms and a saggy butt",  # fat in one place: spot reduction
        "how do i train my posterior chain without a reverse hyper",
        "what is a glute extension aka hyperextension",
        "i feel my hamstrings working in the stiff leg deadlift, is that right",
        "how heavy should my dumbbell lunges be",  # a load, not a variation
        "barbell hip thrust or banded hip thrust",
        "is the leg curl machine worth it",
        "how deep should a bulgarian split squat go",
        "lateral band walks or monster walks",  # a sumo walk's other name
        "is the stair climber good for glutes",  # a machine, no mountain climber
        "is walking good for your butt",  # a walk is cardio
        "is the american deadlift like a romanian deadlift",  # the articles compare them
        "I do RDLs twice a week. How do I grow my hamstrings?",  # the RDL told, not asked
        "stiff leg deadlift vs romanian deadlift",  # the cards compare them
        "how should i warm up before sprinting",  # article 000: warm up thoroughly
        "good morning or deadlift for hamstrings",  # the exercise, not the time of day
        "should i take my sets to failure",  # article 001: sets that end hard
        "i'm 6'3\" and squats feel awkward, what builds glutes",  # a height, not an age
        "after 40 minutes of stepmill my butt is still flat",  # minutes, not an age
        "i'm a 58 year old woman, which exercises build the glutes",  # age told, not asked
        "my back is fine, i just want a round butt",
        "i have a show in 14 weeks, should i do more stepmill for my glutes",  # a date
        # a body part that places a move is not a muscle asked about
        "lying face down lifting your arms and legs off the floor, good for the bum?",
        "kneel, ankles held, lower your chest slowly to the floor: how many reps?",
        "lie with your shoulders on a bench and push a bar up with your hips: best for glutes?",
        "padded knickers instead of squats, will ppl notice?",  # ppl: people, not a split
        # a pump described is no exercise ("huge pump" was read as one the articles skip)
        "long or short steps on lunges? i get a huge pump in my quads",
        "which exercises leave the lower glutes sore",  # article 000 names them
        # genetics and the stage told as background are not the question
        "We have similar genetics. Sets of 5 or sets of 30 for the butt, which is right?",
        "what makes the glute-ham tie-in look good on stage?",
        "Judges look at my back pose. What makes the tie-in look good?",
        "does the stairmaster bulk up your legs",  # bulky, not a bulking diet
        "will squats bulk my legs",
        "For the lunges, did you take a long step or short?",  # a long step, no timeframe
        # told as background, not asked
        "I'm 52 and going through menopause, which exercises firm the butt?",
        "I don't want a BBL. Which exercises grow the glutes?",
        "How to Get a Bigger Butt Naturally Without Surgery",  # got the pain reply
        "Does Swimming Reduce Buttocks?",  # a sport asked to slim one place: spot reduction
        "how can I get a butt like J.Lo's",
        "should I squeeze my glutes at the top of the hip thrust",  # not "activation"
        "how deep should I squat",  # the card: thighs parallel
        # an order told, not asked; a show is no exercise
        "I do hip thrusts after squats, how heavy should I go?",
        "should I go heavy on squats before my show",
        "how much cardio do i need before my show",  # article 002: body fat low
        "what exercises show off the glutes",  # not showing them off on stage
        "What size dumbbells should I buy?",  # the load rule, not gear
        "will hip thrusts make my glutes burn fat",  # fat burnt: the Stepmill's myth
        "is it better to do hip thrusts or squats for my first time",  # first time, no order
        "how do i know if my weight is right",  # the load rule, no muscle tested
        "I want to tone my backside. What would you do in my shoes?",  # an idiom, no gear
        "why are my glutes so hard to grow",  # hard to grow: building them
        "why are hip thrusts so good for glutes",
        "how much weight should i hip thrust",
        "my bum is getting flatter, what should i do",  # no cause asked
        "lying on my stomach for leg curls, how many reps",  # a position, no muscle
        "I want to shrink my stomach, but I don't want to lose any of my butt.",  # fat: the myth
        "should i squeeze my glutes at the top of the hip thrust",
        "is it better for women to do hip thrusts or squats",  # the comparison is answered
        "are hip thrusts good for women",
        "short sets or long sets for glutes",  # no height
        "I saw on instagram that hip thrusts are the best, is that true?",  # told, not asked
        "45 degree hyperextension for glutes",  # the back extension, at its angle
        # being short told is background: the card says how deep
        "I'm short, how deep should I squat",
        "As a short woman, which exercises are best for glutes?",
        "nordics against the lat pulldown, are they good for hamstrings?",  # a machine
        "does running help my glutes",  # the Stepmill's myth, not a sport helped
        "how do i lose the fat i carry on my hips",  # spot reduction
        "where should I feel a stretch on stiff leg deadlifts",  # a card's cue, no stretching
        # adapting to a routine, not a break from it
        "should I change my routine to avoid muscle memory? how often?",
        "can i train glutes and hamstrings on the same day",  # one toning session trains both
        "how do you progress into glute ham raises if you cramp up after a few reps",
        "I train in the morning, how many sets should I do",  # told, not asked
        "how to get a bigger butt without gaining weight",
        "should i wear padded shorts",  # the padding myth
        "i want my legs to bulk up less",  # legs that bulk, no diet
        "is jlo's butt the ideal or do judges want something else",  # the smooth-transition myth
        "are barbell glute bridges good for glutes",  # a card, not a variant
        "are lying leg curls good for glutes",
        # eating told as fine is no food asked about
        "How do I grow my glutes? I've tried squats for months. I'm 25, I eat well and I go to "
        "the gym four times a week.",
        "my diet is on point but my butt is flat, what exercises should I do",
        "exercises for older women with a flat butt",  # an age told, not asked about
        "is it ok to train glutes on rest days",  # the toning plan's rest days answer it
    ],
)
def test_covered_questions_have_no_gap(matcher: Matcher, text: str) -> None:
    assert matcher.scope.gap(text) is None


def test_labelled_phrasings_never_hit_a_gap(matcher: Matcher) -> None:
    items = _yaml("phrasings_test.yaml") + _yaml("phrasings_train.yaml")["questions"]
    assert [it["q"] for it in items if matcher.scope.gap(it["q"])] == []


def test_near_misses_are_declined(matcher: Matcher) -> None:
    near = _yaml("nearmiss.yaml")
    answered = [q for q in near if understand(q) is None and matcher.match(q).kind != "unknown"]
    assert 1 - len(answered) / len(near) >= 0.90, answered


def test_pain_is_not_advice(matcher: Matcher) -> None:
    assert understand("my knees grind on the leg curl machine") == Intent.PAIN
    assert understand("can sprinting cause a hamstring strain") is None  # article 000 answers
    assert understand("can sprinting tear a hamstring?") is None
    assert understand("I have a hamstring tear, what exercises can I do") == Intent.PAIN
    assert understand("partial tear in my glute, can I squat?") == Intent.PAIN
    assert understand("got a niggle in my hammy after sprints, rest or train?") == Intent.PAIN
    assert understand("my hamstring still twinges when I bend over") == Intent.PAIN
    assert understand("how to do good mornings without hurting my back") is None  # form asked
    assert understand("my back hurts when I do good mornings") == Intent.PAIN
    assert understand("best glute exercise with bad knees?") == Intent.PAIN
    assert understand("How to Get a Bigger Butt Naturally Without Surgery") is None
    assert understand("I had knee surgery last year, can I squat") == Intent.PAIN
    assert understand("is the stiff legged deadlift good for hamstrings") is None
    assert understand("keep your back tight on deadlifts") is None
    assert understand("is walking lunges bad for plantar fasciitis") == Intent.PAIN
    assert understand("my hip pops during leg curls") == Intent.PAIN
    # unwell from training: the pain reply (a professional), not a skip or an article
    assert understand("feeling sick after hip thrusts is that normal") == Intent.PAIN
    assert understand("I feel dizzy after squats") == Intent.PAIN
    assert understand("im sick today") == Intent.SKIP  # ill: today's workout skipped
    assert understand("how long should my rest period be between sets") is None


def test_skin_is_not_fat_loss(matcher: Matcher) -> None:
    # got "Stepmill burns glute fat?": acne is no fat to lose in one place
    assert matcher.match("How to Get Rid of Butt Acne").kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "does horse riding tone your butt",
        "is hiking good for glutes",
        "is dancing a glute workout",
        "is the rowing machine good for glutes?",
        "is walking with weights good for glutes",  # got the Stepmill's myth
        "my hamstring is still tight after my run. Ever have hamstring troubles?",
        "don't nordic curls increase the risk of a pull?",
    ],
)
def test_other_sports_are_not_answered(matcher: Matcher, text: str) -> None:
    # None of the articles discusses these sports; the glute words alone mustn't answer.
    assert matcher.match(text).kind == "unknown"


def test_a_sport_told_as_background_is_not_the_question(matcher: Matcher) -> None:
    post = (
        "I do Pilates on Wednesdays and used to dance ballet. My thighs are already muscular. "
        "Which exercises build the glutes without bigger legs?"
    )
    assert matcher.scope.gap(post) is None
    asked = "I love my Pilates classes. Will Pilates alone give me a rounder butt?"
    gap = matcher.scope.gap(asked)
    assert gap is not None and gap.subject == "pilates"
    assert matcher.scope.gap("does spinning make my butt bigger") is None  # cycling: article 000
    assert matcher.scope.gap("does stair climbing thin the thighs") is None


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        (
            "How many reps should I do on hip thrusts, and how much protein do I need?",
            "How many reps should I do on hip thrusts",
        ),
        (
            "Are deadlifts good for the tie-in? Also what should I eat before training?",
            "Are deadlifts good for the tie-in?",
        ),
        (
            "how often should i train glutes and should i take creatine",
            "how often should i train glutes",
        ),
        # every question has a gap, or none does
        ("How much protein, and how long until my glutes grow?", None),
        ("How do I do a hip thrust, and how many reps?", None),
        # a gap only in what is told, not asked
        ("I only feel it in my quads. Is it wrong? What gets my glutes going?", None),
        # a follow-up leaning on the question before: no question of its own
        ("Can I build muscle on the keto diet? Will I lose lean muscle mass?", None),
        # "or" offers another answer to the same question
        ("Is a flat butt genetic, or can anyone grow one?", None),
        # ... or asks a second question, one the articles skip ("chalk it up" is no chalk)
        (
            "Is there a way to thin thick legs or do I just chalk it up to bad genes?",
            "Is there a way to thin thick legs",
        ),
        # a clause opening with "when" tells; it doesn't ask
        ("When I squat I eat first. How many reps?", None),
    ],
)
def test_two_part_questions_keep_the_covered_part(
    matcher: Matcher, text: str, covered: str | None
) -> None:
    assert matcher.scope.covered_part(text) == covered


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("what do sumo squtas work", "sumo squats"),
        ("can I do glute bridges befroe deadlifts?", "the order of exercises"),
    ],
)
def test_a_gap_typed_with_a_slip_is_still_a_gap(matcher: Matcher, typed: str, subject: str) -> None:
    # The slip hid the gap and the card of the move answered ("sumo squtas": the Squat card).
    result = matcher.match(typed)
    assert result.kind == "unknown" and result.gap is not None
    assert result.gap.subject == subject


def test_the_tie_in_with_its_hyphen_names_what_is_asked() -> None:
    # the folded text keeps the hyphen: "tie-in" named no subject, so a question about it
    # counted as leaning on the sentence before
    assert anchored("how do I improve my tie-in?")
    assert anchored("what are tie-ins")
    assert not anchored("how do I improve it?")


@pytest.mark.parametrize(
    "text",
    [
        "will kettlebell swings burn my butt fat?",
        "A trainer said to do side leg raises to lose fat from my hips and thighs. Was she wrong?",
    ],
)
def test_fat_off_one_place_by_a_move_no_card_names_gets_the_myth(
    matcher: Matcher, text: str
) -> None:
    # no exercise burns fat from one place: the spot-reduction myth answers any move
    result = matcher.match(text)
    assert result.best is not None and result.best.entry_id == "myth_cardio_spot_reduction"


@pytest.mark.parametrize(
    "text",
    [
        "Every time I do squats I only feel it in my quads and my thighs are getting bigger, "
        "not my butt. How do I fix this?",
        "I only feel lunges in my quads, is that why my legs got bigger?",
        "I feel squats only in my thighs and they're getting bulky",
    ],
)
def test_a_move_felt_in_thighs_that_grow_is_the_bigger_legs_worry(
    matcher: Matcher, text: str
) -> None:
    # declined as "feeling a muscle work": the worry is the legs growing, which the articles
    # answer ("Glutes, not bigger legs"); a move felt in the thighs alone stays a gap
    result = matcher.match(text)
    assert result.kind == "answer" and result.best is not None
    assert result.best.entry_id == "glutes_not_thighs"
    felt_alone = matcher.match("I only feel squats in my quads, how do I feel them in my glutes?")
    assert felt_alone.gap is not None and felt_alone.gap.subject == "feeling a muscle work"
