"""Conversation recognised before matching, and training questions left to the matcher."""

from __future__ import annotations

import pytest

from bot.coach.smalltalk import (
    MAX_WORDS,
    Intent,
    bare_setting,
    never_mind,
    setting_named,
    understand,
    without_greeting,
)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how are you doing?", Intent.GREETING),
        ("who are you", Intent.ABOUT),
        ("are you a real person?", Intent.ABOUT),
        ("are you chatgpt", Intent.ABOUT),
        ("I'm on vacation next week", Intent.AWAY),
        ("travelling for two weeks from monday", Intent.AWAY),
        ("cancel", Intent.PAUSE),
        ("hey there", Intent.GREETING),
        ("good evening coach", Intent.GREETING),
        ("thx!!", Intent.THANKS),
        ("ok thanks, got it", Intent.THANKS),
        ("💪💪💪", Intent.EMOJI),
        ("yeah", Intent.YES_NO),
        ("no thanks", Intent.YES_NO),  # an offer turned down: "Got it", not "You're welcome"
        ("no more workout reminders please", Intent.PAUSE),
        ("unsubscribe", Intent.PAUSE),
        ("dont send me workouts anymore", Intent.PAUSE),
        ("please erase my account", Intent.DELETE),
        ("forget me", Intent.DELETE),
        ("what should i do today", Intent.TODAY),
        ("what's on for today?", Intent.TODAY),
        ("can I do thursday's workout today?", Intent.TODAY),
        ("doing tomorrow's session tonight", Intent.TODAY),
        ("what's next?", Intent.TODAY),
        ("next workout please", Intent.TODAY),
        ("can I do it today instead", Intent.TODAY),
        ("could I train today?", Intent.TODAY),
        ("ok thanks. what should I do on thursday?", Intent.TODAY),
        ("what's on tuesday?", Intent.TODAY),
        ("can I move thursday to friday", Intent.SKIP),
        ("actually never mind", Intent.YES_NO),
        ("ok but why?", Intent.FOLLOW_UP),
        ("how so?", Intent.FOLLOW_UP),
        ("source?", Intent.FOLLOW_UP),
        ("forget it", Intent.YES_NO),
        # taking back what one just said (after "Erase everything" it was "I don't know that
        # one yet... I've noted it": kept just after asking to be forgotten)
        ("wait no", Intent.YES_NO),
        ("actually i changed my mind", Intent.YES_NO),
        ("oops", Intent.YES_NO),
        ("nvm", Intent.YES_NO),
        ("what did I do last week", Intent.HISTORY),
        ("I want to train 4 days now", Intent.SETTINGS),
        ("i'd like to work out three times a week from now on", Intent.SETTINGS),
        ("what can you do", Intent.HELP),
        ("I train at home now", Intent.SETTINGS),  # a change said as news
        ("no equipment anymore", Intent.SETTINGS),
        ("I want to do bikini instead", Intent.SETTINGS),
        ("can we go back to gym training", Intent.SETTINGS),
        # a load asked, though it ends "go to tone": it got "That's what I have already: Goal"
        ("how heavy should i go to tone", None),
        ("can I train at home", None),  # a question: its article
        ("help", Intent.HELP),
        ("help me", Intent.HELP),
        ("how does this work", Intent.HELP),
        ("what is this bot", Intent.ABOUT),
        ("good night", Intent.BYE),  # a farewell: it was greeted "Hi!" (changed on purpose)
        ("whats a good morning", None),  # the exercise asked about, no greeting
        ("whats up good morning", Intent.GREETING),
        ("can I change my goal to bikini", Intent.SETTINGS),
        ("change my training days", Intent.SETTINGS),
        ("I want to switch to home workouts", Intent.SETTINGS),
        ("switch to lbs", Intent.SETTINGS),
        ("skip today", Intent.SKIP),
        ("skip", Intent.SKIP),
        ("I'm sick today", Intent.SKIP),
        # the person's own rest days: got the toning routine's "two rest days" (personas9)
        ("what does my week look like in terms of rest days?", Intent.WEEK),
        ("which days are my rest days", Intent.WEEK),
        ("how many rest days should i have", None),  # the articles' rule, asked
        # about the person's own plan: got a card, the toning routine or "I don't know"
        ("why is there no squat in my plan", Intent.EDIT_PLAN),
        ("why does my workout change every session", Intent.TERMS),
        ("what does rest 1 min 30 s mean", Intent.NOTATION),
        ("why are there only 4 exercises", Intent.SIZE),
        ("what should i do on my rest days", None),
        ("can't train today", Intent.SKIP),
        ("I missed yesterday's workout", Intent.MISSED),  # was SKIP: today's buttons
        ("I did it!", Intent.DONE),
        ("finished my workout", Intent.DONE),
        ("that's all for today", Intent.DONE),
        ("make it harder", Intent.ADJUST),  # these were unknown questions, noted for the coach
        ("too hard, make it easier", Intent.ADJUST),
        ("the workout is too easy", Intent.ADJUST),
        # got Picking your weight (the toning load rule), said to a bikini competitor
        ("feeling wrecked, can we go lighter this week", Intent.ADJUST),
        ("can i do a lighter week", Intent.ADJUST),
        # a question naming its subject after the time said: it got only "Short on time?"
        ("I only have 20 minutes at lunch. What's the most important glute exercise?", None),
        ("I only have half an hour, can i just do hip thrusts?", Intent.SHORT),
        ("should i go lighter if i cant reach 8 reps", None),  # the load rule, asked
        ("can I add an exercise", Intent.EDIT_PLAN),
        ("remove squats from my plan", Intent.EDIT_PLAN),  # got the Squat card
        ("not today", Intent.SKIP),
        ("remind me later", Intent.SKIP),
        ("how heavy was my last squat", Intent.HISTORY),  # got the Squat card
        ("what's my best hip thrust", Intent.PROGRESS),
        ("I'm done for the day", Intent.DONE),
        ("done for today", Intent.DONE),
        ("that didn't help", Intent.FEEDBACK),
        ("that's not what I asked", Intent.FEEDBACK),
        ("hi i'm new here", Intent.GREETING),
        ("I'm back from holiday", Intent.RESUME),
        ("resume my workouts", Intent.RESUME),
        ("can you make me a program", Intent.PLAN),
        ("i want a leg day workout", Intent.PLAN),
        ("what's the plan for this week", Intent.WEEK),  # the week itself, as /week shows it
        ("when is my next workout", Intent.SCHEDULE),  # when it arrives, not the program
        ("how am i doing", Intent.PROGRESS),
        ("show me my progress", Intent.PROGRESS),
        ("reset everything", Intent.RESTART),
        ("can i train tomorrow instead", Intent.SKIP),
        ("I am sick today", Intent.SKIP),
        ("cheers mate", Intent.THANKS),
        ("why do my hamstrings cramp every time i do leg curls", Intent.PAIN),
        ("sharp pinch in my hip at the bottom of squats", Intent.PAIN),
        ("there is pain in my knee when i lunge", Intent.PAIN),
        ("are good mornings dangerous", Intent.SAFETY),  # got the card, as if it said
        ("do i feel a stretch in my hamstrings on stiff leg deadlifts", None),  # was pain
        ("is it risky to go heavy on hip thrusts", Intent.SAFETY),
        ("are sprints dangerous for my hamstrings", None),  # article 000 answers it
        ("Are Deadlifts Safe for Beginners?", Intent.SAFETY),  # got the deadlift card
        # how a move felt, said outside logging (h-personas10): got the RDL's "not covered"
        ("rdls felt heavy", Intent.ADJUST),
        ("the deadlifts were tough today", Intent.ADJUST),
        ("squats 3x10 felt heavy", None),  # sets: a log, not a remark
        ("why do i pee a little when i squat", Intent.PAIN),  # got the squat card
        ("is it safe to squat every day", Intent.SAFETY),
        ("what is a safe weight to start hip thrusts with", None),  # the load rule
        ("stop", Intent.PAUSE),
        ("i don't want reminders anymore", Intent.PAUSE),
        ("pause my plan for 2 weeks", Intent.PAUSE),
        ("pause for 2 weeks", Intent.PAUSE),
        ("take a break for a week", Intent.PAUSE),
        ("can you send workouts at 7am instead", Intent.SETTINGS),
        ("send my workouts earlier please", Intent.SETTINGS),
        ("I moved to New York", Intent.SETTINGS),
        ("I'm in a different time zone now", Intent.SETTINGS),
        ("what's my workout", Intent.TODAY),
        ("workout?", Intent.TODAY),
        ("done!", Intent.DONE),
        ("this isn't helpful", Intent.FEEDBACK),
        ("bye", Intent.BYE),
        ("ok, see you tomorrow", Intent.BYE),
        ("good night coach", Intent.BYE),
        ("have a nice day", Intent.BYE),
        ("good morning", Intent.GREETING),
        ("i tore my hamstring last week, can i train", Intent.PAIN),
        ("tweaked my SI joint, can i still do hip thrusts", Intent.PAIN),
        ("I pulled something in my glute doing deadlifts", Intent.PAIN),  # got the card
        ("my lower back has been really stiff in the mornings", Intent.PAIN),  # got squats
        ("my hamstrings are always so tight", Intent.PAIN),
        ("my lower back feels tight after deadlifts", Intent.PAIN),  # got the Deadlift card
        ("my back is tight", Intent.PAIN),
        ("had a c-section 3 months ago, when can i start hip thrusts", Intent.PAIN),
        ("pulled my hamstring, can i still squat", Intent.PAIN),
        ("what's my next workout", Intent.TODAY),  # /today shows the next on a rest day
        ("what does week 4 look like", Intent.PLAN),
        ("are leg extensions bad for knees?", Intent.PAIN),  # joint safety: not in the articles
        ("are lunges hard on the knees", Intent.PAIN),
        ("is the hip thrust easier on the back than squats?", Intent.PAIN),
        ("i want to tweak my routine", None),
        ("what is next in the program for the tie-in?", None),  # a question about training
        ("can i do squats today instead of lunges", None),
        ("what should I eat on thursday?", None),
        # staying unhurt is asked of sprinting: article 000 answers it
        ("ok i still wanna sprint, how do i not get hurt", None),
        ("i'm not hurt, walk me through straight-leg deadlifts", None),
        ("my knee doesn't hurt but it clicks on lunges", Intent.PAIN),
        ("my lower back aches after deadlifts " + "and more " * 20, Intent.PAIN),  # any length
    ],
)
def test_conversation_is_recognised(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "I'm on a trip, can I train glutes in my hotel room?",  # a question, not a pause
        "how do i train glutes while away from the gym",
        "is the tie in a tendon or a muscle",
        "whats the number one exercise for glutes",
        "can you please help me build my glutes, nothing works",
        "good mornings for hamstrings",
        "good morning or rdl for hamstrings",
        "can you remove squats for me",
        "i dont know which workouts to do for my glutes",
        "should i stop doing cardio",
        "can sprinting strain a hamstring",  # article 000 names the risk
        "my glutes cramp up during nordics, how do i progress",  # cramp is not pain here
        "what if I missed a workout, should I do it tomorrow?",
        "should i skip leg day",
        "can i swap hip thrusts for squats",
        "how do i change the hip thrust to make it harder",
        "i did 3 sets of hip thrusts",  # a log, not a report that it's done
        "",
        "   ",
        "pause squats for glutes?",
        "I'm back after 2 months off, how should I restart my glute training",
        "what program is best for glutes",
        "is this plan good for glutes",
        "give me a good hamstring exercise",
        "hip thrusts are a pain to set up, are barbell glute bridges as good",
        "i'm a physio student, what exactly is the glute-ham tie-in",
        "my physio cleared me for the gym, which exercises firm the bottom",
        "how do you progress people into glute-ham raises if they cramp up after a few reps",
        "stop doing squats?",
        "what's my workout for the hamstrings",
        "should I take a break between sets?",
        "how long should I pause at the top of a hip thrust",
        "how heavy should my squat be",
        "what is the best hip thrust variation",
        "my best exercise for glutes",
        "how do i make hip thrusts harder",
        "is the hip thrust too easy for glutes",
        # a fear of getting hurt is no pain said
        "I'm nervous about getting hurt. Where should I start and how heavy should I go?",
        "scared of getting injured, how heavy should my squat be",
        # a birth told, cleared by a doctor
        "I'm 5 months postpartum and cleared by my doctor to exercise. How do I get my butt back?",
    ],
)
def test_training_questions_are_not_small_talk(text: str) -> None:
    assert understand(text) is None


def test_a_long_post_is_a_question_even_if_it_says_thanks() -> None:
    post = "thanks " + "how often should i train glutes for growth " * 2
    assert len(post.split()) > MAX_WORDS
    assert understand(post) is None


@pytest.mark.parametrize("text", ["cancel", "never mind", "Nevermind!", "keep it", "no thanks"])
def test_never_mind_leaves_a_setting_as_it_is(text: str) -> None:
    assert never_mind(text)


@pytest.mark.parametrize("text", ["7am", "mon thu", "no idea what time", "cancel my workouts"])
def test_an_answer_or_a_request_is_no_never_mind(text: str) -> None:
    assert not never_mind(text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("change my training days to tue and fri", "days"),
        ("can you send workouts at 7am instead", "time"),
        ("I moved to New York", "zone"),
        ("change my time zone", "zone"),
        ("switch to pounds", "unit"),
        ("I want to change my goal", "goal"),
        ("switch to home workouts", "place"),
        ("change my time and days", None),  # two answers: /settings lists them
        ("change something", None),
    ],
)
def test_the_one_setting_a_change_names(text: str, step: str | None) -> None:
    assert setting_named(text) == step


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Lost: was a thumbs-up ("???") or "I don't know that one yet" ("what?")
        ("???", Intent.CONFUSED),
        ("?!", Intent.CONFUSED),
        ("what?", Intent.CONFUSED),
        ("huh", Intent.CONFUSED),
        ("I don't get it", Intent.CONFUSED),
        ("what do I do now", Intent.CONFUSED),
        ("I'm confused", Intent.CONFUSED),
        # Back after time off, said in the past: was "I don't know that one yet"
        ("sorry I missed last week", Intent.RESUME),
        ("I was sick", Intent.RESUME),
        ("I've been away", Intent.RESUME),
        ("I missed a few workouts", Intent.RESUME),
        ("haven't trained in 2 weeks", Intent.RESUME),
        ("sorry, been busy", Intent.RESUME),
        # unchanged beside them
        ("I'm sick today", Intent.SKIP),
        ("I'm travelling this week", Intent.AWAY),
        ("I missed my workout yesterday", Intent.MISSED),  # was SKIP
        ("sorry", None),
        ("sorry?", Intent.CONFUSED),  # got "I don't know that one yet" mid-logging
        ("what sources do you use", Intent.SOURCES),  # got "I don't know that one yet"
        ("is this advice science based", Intent.SOURCES),
        ("sorry what", Intent.CONFUSED),
        ("😂", Intent.EMOJI),
    ],
)
def test_lost_or_back_after_time_off(text: str, intent: Intent | None) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "i was sick, should i do lighter weights?",
        "is it ok that i missed a week",
        "I haven't trained legs in years, where do i start",
        "what does the tie-in do",
    ],
)
def test_questions_about_time_off_or_lost_words_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I only have 20 minutes", Intent.SHORT),  # was "I don't know that one yet"
        ("make it shorter today", Intent.SHORT),
        ("only got 30 mins today", Intent.SHORT),
        ("short on time today", Intent.SHORT),
        ("I only have 2 days a week", None),
        ("I only have an hour a day, how should I split it?", None),
        ("only have 30 minutes per session", None),
        ("is a 20 minute workout enough for glutes", None),
    ],
)
def test_short_on_time_today(text: str, intent: Intent | None) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("the time", "time"),  # typed for a /settings button: was "I don't know that one yet"
        ("units", "unit"),
        ("pounds", "unit"),
        ("my days", "days"),
        ("time zone", "zone"),
        ("goal", "goal"),
        ("swtich to pounds", "unit"),  # a slip in the verb: the unit says it all
        ("use kilos instead", "unit"),
        ("what time", None),
        ("squat 60 pounds", None),
        ("days off", None),
        ("squat", None),
    ],
)
def test_a_setting_named_alone(text: str, step: str | None) -> None:
    assert bare_setting(text) == step


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Good morning! What's the glute ham tie in?", "What's the glute ham tie in?"),
        ("good morning coach, how many sets", "how many sets"),
        ("hello there! is the stepmill good", "is the stepmill good"),
        ("morning what is the tie in", "what is the tie in"),
        ("good mornings for hamstrings?", "good mornings for hamstrings?"),  # the exercise
        ("Good morning exercise: how to do it", "Good morning exercise: how to do it"),
        ("hi", "hi"),  # nothing follows: a greeting, answered as one
    ],
)
def test_a_greeting_opening_a_question_is_not_part_of_it(text: str, rest: str) -> None:
    assert without_greeting(text) == rest


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hey coach, can I skip today", Intent.SKIP),
        ("can I skip today thanks", Intent.SKIP),
        ("ok so I am done", Intent.DONE),
        ("my legs are sore pls", Intent.SORE),
        ("hey coach, why is my workout so short", Intent.SIZE),
        ("um I forgot my workout 😬", Intent.MISSED),
        ("hey coach, how many sets for hip thrusts?", None),  # still a training question
    ],
)
def test_an_opener_or_a_closer_does_not_hide_what_is_said(text: str, intent: Intent | None) -> None:
    # Re-asked with "hey coach," before or "thanks" after, 236 and 240 of the 393 phrases these
    # tests pin were no longer understood, and went to the matcher as unknown questions.
    assert understand(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what does the bot do", Intent.ABOUT),
        ("I dont have a bench", Intent.BENCH),
        ("my gym doesnt have a hip thrust machine", Intent.EQUIPMENT),
        ("I dont have weights", None),  # the home article answers that
        ("how do I undo", Intent.LOG_HOW),
        ("can you remind me 30 minutes earlier", Intent.SETTINGS),
        ("how long is the workout", Intent.SIZE),  # it was the timeframe gap
        ("I want to do an extra workout", Intent.SIZE),
        ("how long should i rest", None),  # the toning article's minute
    ],
)
def test_questions_about_the_bot_and_the_plan(text: str, intent: Intent | None) -> None:
    # Each of these got "I don't know that one yet" and was kept as an unanswered question.
    assert understand(text) == intent
