"""Conversation in people's own words (what they send a workout coach bot that isn't a training
question) routed to its reply, and training questions worded like it left to the matcher."""

from __future__ import annotations

import pytest

from bot.coach.change_asked import asked_change
from bot.coach.smalltalk import Intent, understand


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # each of these was noted as an unknown question, or got an article or a card
        ("mute", Intent.PAUSE),
        ("I don't want these anymore", Intent.PAUSE),
        ("what am I doing today", Intent.TODAY),
        ("show me today", Intent.TODAY),
        ("anything today?", Intent.TODAY),
        ("legend", Intent.PRAISE),
        ("can we do it tomorrow", Intent.SKIP),
        ("what's next week", Intent.PLAN),
        ("today", Intent.TODAY),
        ("settings", Intent.SETTINGS),  # got the toning article
        ("what's my schedule", Intent.SCHEDULE),
        ("can you make it 3 days", Intent.SETTINGS),
        ("when's my next workout", Intent.SCHEDULE),
        ("how many sets today", Intent.TODAY),  # got the toning article
        ("I'm done for the week", Intent.DONE),
        ("send it at 7am instead", Intent.SETTINGS),
        ("I can only train weekends now", Intent.SETTINGS),
        ("drop friday", Intent.DAYS_OFF),  # got the toning article
        ("add saturday", Intent.DAYS_ADD),
        ("resend", Intent.TODAY),
        ("where's my workout", Intent.NO_PUSH),
        # chat spellings and drawn-out letters
        ("can u stop", Intent.PAUSE),
        ("no more msgs", Intent.PAUSE),
        ("I'm done with this bot", Intent.PAUSE),
        ("stop the bot", Intent.PAUSE),
        ("opt out", Intent.PAUSE),
        ("can you delete me", Intent.DELETE),
        ("i want my data gone", Intent.DELETE),
        ("wats the workout 2day", Intent.TODAY),
        ("todays wrkout?", Intent.TODAY),
        ("workout for today pls", Intent.TODAY),
        ("thank youuu", Intent.THANKS),
        ("I want to move my workouts to weekends", Intent.SETTINGS),
        ("can you remind me at 7pm", Intent.SETTINGS),
        ("turn off reminders", Intent.PAUSE),
        ("mute the notifications", Intent.PAUSE),
        ("stop the notifications for today", Intent.SKIP),
        ("what should I do now", Intent.CONFUSED),
        ("my records", Intent.PROGRESS),
        ("did I beat my record", Intent.PROGRESS),
        ("what's my PR on hip thrust", Intent.PROGRESS),  # got the Hip thrust card
        ("am I getting stronger", Intent.PROGRESS),
        ("how many workouts have I done", Intent.PROGRESS),
        ("what's my streak", Intent.PROGRESS),
        ("am I on track", Intent.PROGRESS),
        ("show me my program", Intent.PLAN),  # got "Building the hamstrings"
        ("what's in my program", Intent.PLAN),
        ("what exercises are in my plan", Intent.PLAN),
        ("how long is the program", Intent.PLAN),
        ("when does the program end", Intent.PLAN),
        ("what week am I on", Intent.PLAN),
        ("when is my next rest day", Intent.PLAN),  # got the toning article
        ("I don't like lunges, can I swap them", Intent.EDIT_PLAN),  # got the Lunge card
        ("I hate bulgarian split squats", Intent.EDIT_PLAN),
        ("rest day today?", Intent.TODAY),
        ("is today a rest day", Intent.TODAY),
        ("do I train today", Intent.TODAY),
        ("tommorow workout?", Intent.TODAY),
        ("whats the workout tomorrow", Intent.TODAY),
        ("can I skip friday", Intent.SKIP),
        ("I can't make it on thursday", Intent.SKIP),
        ("I'm busy today", Intent.SKIP),
        ("I'm going to miss tomorrow's workout", Intent.SKIP),
        ("skip this week", Intent.SKIP),
        ("I want to skip this week", Intent.SKIP),
        ("can I train on saturday instead of friday this week", Intent.SKIP),
        ("you suck", Intent.FEEDBACK),
        ("that's not what I meant", Intent.FEEDBACK),
        ("how's your day", Intent.GREETING),
        ("what's up", Intent.GREETING),
        ("gm", Intent.GREETING),
        ("not now", Intent.YES_NO),
        ("yes please", Intent.YES_NO),  # got "Three keys to the tie-in"
        ("ugh", Intent.YES_NO),
        ("hw does ths work", Intent.HELP),
        ("waht can u do", Intent.HELP),
        ("WHAT DO I DO TODAY", Intent.TODAY),
        ("where do I start", Intent.TODAY),
        ("what do I do first", Intent.TODAY),
        # about the bot, the person's data and log, and how they feel today: new replies
        ("can I talk to a human", Intent.HUMAN),
        ("is there a real person I can talk to", Intent.HUMAN),
        ("how do I contact support", Intent.HUMAN),
        ("I have a suggestion", Intent.HUMAN),
        ("can I give feedback", Intent.HUMAN),
        ("I want to report a bug", Intent.HUMAN),
        ("is this free", Intent.COST),
        ("how much does this cost", Intent.COST),
        ("do I have to pay", Intent.COST),
        ("where do the articles come from", Intent.SOURCES),
        ("who wrote the articles", Intent.SOURCES),
        ("what are your sources", Intent.SOURCES),
        ("what are the three articles", Intent.SOURCES),
        ("is this evidence based?", Intent.SOURCES),
        ("show me my data", Intent.DATA),
        ("what do you know about me", Intent.DATA),
        ("what data do you store", Intent.DATA),
        ("export my data", Intent.DATA),
        ("is my data safe", Intent.DATA),
        ("how do I log my sets", Intent.LOG_HOW),  # got the toning article
        ("how do I log", Intent.LOG_HOW),
        ("log my workout", Intent.LOG_HOW),
        ("I want to log a workout", Intent.LOG_HOW),
        ("I did my workout yesterday but forgot to log it", Intent.LOG_HOW),
        ("I made a mistake in my log", Intent.LOG_HOW),
        ("I logged the wrong weight", Intent.LOG_HOW),
        ("wrong weight, fix it", Intent.LOG_HOW),  # got "Picking your weight"
        ("delete my last log", Intent.LOG_HOW),  # /undo, not /delete's wipe
        ("I'll train later today", Intent.LATER),
        ("I'll do it tonight", Intent.LATER),
        ("gonna train tonight", Intent.LATER),
        ("I'll go to the gym after work", Intent.LATER),
        ("I'm not motivated", Intent.MOTIVATION),
        ("I feel lazy today", Intent.MOTIVATION),
        ("I don't feel like training", Intent.MOTIVATION),
        ("motivate me", Intent.MOTIVATION),
        ("I need motivation", Intent.MOTIVATION),
        ("I'm tired", Intent.MOTIVATION),  # got the toning article
        ("feeling unmotivated", Intent.MOTIVATION),
        ("not feeling it today", Intent.MOTIVATION),
        ("can't be bothered today", Intent.MOTIVATION),
        ("I love this bot", Intent.PRAISE),
        ("this bot is great", Intent.PRAISE),
        ("you're awesome", Intent.PRAISE),
        ("great bot", Intent.PRAISE),
        ("I don't have a barbell today", Intent.EQUIPMENT),
        ("the squat rack is taken", Intent.EQUIPMENT),  # got the Squat card
        ("the leg curl machine is broken", Intent.EQUIPMENT),
        ("gym is closed today", Intent.EQUIPMENT),
        ("I'm at home today, no gym", Intent.EQUIPMENT),  # got the home article
        ("what time will you send my workout", Intent.SCHEDULE),
        ("what time do my workouts come", Intent.SCHEDULE),
        ("what days do I train", Intent.SCHEDULE),
        ("can we do friday instead of thursday", Intent.SKIP),  # got the toning article
        ("I need to reschedule", Intent.SKIP),
        ("can I move today to tomorrow", Intent.SKIP),
        ("push my workout to tomorrow", Intent.SKIP),
        ("postpone", Intent.SKIP),
        ("can you send it earlier", Intent.SETTINGS),
        ("what are your features", Intent.HELP),
        ("what can I ask you", Intent.HELP),
        ("list of commands", Intent.HELP),
        ("menu", Intent.HELP),
        ("do you use AI", Intent.ABOUT),
        ("what's your name", Intent.ABOUT),
        ("do you have an app", Intent.PLATFORM),
        ("can I use this on my computer", Intent.PLATFORM),
        ("do you speak spanish", Intent.PLATFORM),
        ("I'm stressed", Intent.MOTIVATION),
        ("bad day", Intent.MOTIVATION),
        ("I give up", Intent.MOTIVATION),  # got "Three keys to the tie-in"
        ("I can't do this", Intent.MOTIVATION),
        ("I feel great today", Intent.UPBEAT),
        ("I'm pumped", Intent.UPBEAT),
        ("let's go", Intent.TODAY),
        ("I'm ready", Intent.TODAY),
        ("start workout", Intent.TODAY),
        ("how much did I squat last week", Intent.HISTORY),  # got the Squat card
        ("show my last workout", Intent.PROGRESS),
        ("what did I lift on monday", Intent.HISTORY),  # that day's session, not the chart
        ("weekly report", Intent.PROGRESS),
        ("how many sets did I do today", Intent.TODAYS_LOG),
        ("what's left today", Intent.TODAYS_LOG),
        ("what's next exercise", Intent.TODAYS_LOG),
        ("can I stop now", Intent.SHORT),
        ("I want to quit", Intent.PAUSE),
        ("this is too hard", Intent.ADJUST),  # got "Picking your weight"
        ("it was too hard, I couldn't finish", Intent.ADJUST),  # noted as unknown
        ("the weights were too heavy", Intent.ADJUST),
        ("couldn't finish my last set", Intent.ADJUST),
        ("today was easy", Intent.ADJUST),
        ("ugh that was hard", Intent.ADJUST),  # "I don't know that one yet" after the finish
        ("felt easy", Intent.ADJUST),
        ("phew, brutal", Intent.ADJUST),
        ("should I go up to 25 next time?", Intent.ADJUST),  # mid-workout: "I don't know"
        ("how did I do?", Intent.TODAYS_LOG),  # just after the finish: "I don't know"
        ("that set was tough", Intent.ADJUST),
        ("how heavy should I go today", Intent.TODAY),  # got the general load rule
        ("wat weight for squats next time", Intent.TODAY),  # a typo: got the Squat card
        ("what weight for hip thrusts today", Intent.TODAY),  # got the hip thrust card
        ("what weight should I use for squats next time", Intent.TODAY),
        ("why did my hip thrust weight go down", Intent.ADJUST),  # got the squat card
        ("why did you lower my squat weight", Intent.ADJUST),
        ("why did my weight go up", Intent.ADJUST),  # got "Picking your weight"
        ("why is my weight the same as last time?", Intent.ADJUST),  # noted as unknown
        ("why didn't my hip thrust weight go up", Intent.ADJUST),
        ("why is it still the same", Intent.ADJUST),
        ("why is my plan only 4 exercises", Intent.SIZE),  # noted as unknown
        ("what does session A mean", Intent.TERMS),  # noted as unknown
        ("just finished leg day", Intent.DONE),  # noted as unknown, a topic list
        ("back from vacation", Intent.RESUME),  # got "Away for a while? /pause"
        ("I have a cold", Intent.SKIP),  # noted as unknown
        ("I slept badly", Intent.SKIP),
        ("my gym is closed today", Intent.SKIP),
        ("I don't have time today", Intent.SKIP),
        ("I'm at a hotel this week", Intent.AWAY),
        ("did everything as planned", Intent.DONE),
        ("I did the whole workout", Intent.DONE),
        ("what is week 1", Intent.TERMS),
        ("what happens after week 8", Intent.TERMS),
        ("am I doing this right", Intent.FORM),
        ("can you check my form", Intent.FORM),
        ("can I send you a video", Intent.FORM),
        ("I lost 2kg", Intent.BODYWEIGHT),
        ("I weigh 60kg now", Intent.BODYWEIGHT),
        ("I gained weight", Intent.BODYWEIGHT),  # got "Rep ranges"
        ("hey coach, what's on the menu today", Intent.TODAY),
        ("sorry I've been lazy", Intent.MOTIVATION),
        ("can't train this week", Intent.SKIP),
        ("gym was packed today", Intent.EQUIPMENT),
        ("I only did half the workout", Intent.SHORT),
        ("when do I get my next workout", Intent.SCHEDULE),  # "don't say how long things take"
        ("why didn't you send my workout", Intent.NO_PUSH),
        ("I didn't get a message today", Intent.NO_PUSH),
        ("you didn't remind me", Intent.NO_PUSH),
        ("the reminder came at the wrong time", Intent.NO_PUSH),
        ("wrong time zone", Intent.NO_PUSH),
        ("are you there?", Intent.GREETING),
        ("anyone there", Intent.GREETING),
        ("interesting", Intent.YES_NO),
        ("good to know", Intent.YES_NO),
        ("makes sense", Intent.YES_NO),
        ("i see", Intent.YES_NO),  # got "Getting body fat down"
        ("I'll try that", Intent.YES_NO),
        ("noted", Intent.YES_NO),
        ("how do I use the buttons", Intent.BUTTONS),
        ("the buttons don't work", Intent.BUTTONS),
        ("nothing happens when I tap", Intent.BUTTONS),
        # each of these was noted as an unknown question (or got an article, or another reply)
        ("thanks so much, that helps", Intent.THANKS),
        ("thank you, very helpful", Intent.THANKS),
        ("thanks coach, that makes sense", Intent.THANKS),
        ("that was really useful, thanks", Intent.THANKS),
        ("many thanks", Intent.THANKS),
        ("thanks a bunch", Intent.THANKS),
        ("great advice, thanks", Intent.THANKS),  # got Picking your weight
        ("no thanks", Intent.YES_NO),  # turns an offer down: not "you're welcome"
        ("sure thing", Intent.YES_NO),
        ("absolutely", Intent.YES_NO),
        ("gotta go", Intent.BYE),
        ("ok gtg", Intent.BYE),
        ("night coach", Intent.BYE),  # got "Hi!"
        ("can you pause my plan", Intent.PAUSE),
        ("I want to take a break from the program", Intent.PAUSE),  # was edit the plan
        ("can you hear me", Intent.GREETING),
        ("test", Intent.GREETING),
        ("sorry, wrong chat", Intent.MISTAKE),
        ("oops, that wasn't for you", Intent.MISTAKE),
        ("lol ignore that", Intent.MISTAKE),
        ("sent that by mistake, sorry", Intent.MISTAKE),
        ("my back is killing me", Intent.PAIN),
        ("i'm going to stop for a while", Intent.PAUSE),
        ("hold my workouts", Intent.PAUSE),  # got the Hold card
        ("put my plan on hold", Intent.PAUSE),
        ("freeze my plan for two weeks", Intent.PAUSE),
        ("reset my data", Intent.DELETE),
        ("what's today", Intent.TODAY),
        ("ta", Intent.THANKS),
        ("you're a star, thanks", Intent.THANKS),
        ("alright then", Intent.YES_NO),
        ("how do I use this", Intent.HELP),
        ("what's my name", Intent.DATA),  # got A tie-in muscle?
        ("do you remember me?", Intent.DATA),
        ("tell me a joke", Intent.CHITCHAT),
        ("how's the weather", Intent.CHITCHAT),
        ("on it 💪", Intent.LATER),  # noted as an unknown question
        ("heading to the gym now", Intent.LATER),
        ("at the gym now", Intent.LATER),
        ("how many left?", Intent.TODAYS_LOG),  # mid-workout: noted as an unknown question
        ("how much more", Intent.TODAYS_LOG),
        ("am i done?", Intent.TODAYS_LOG),
        ("is that it for today?", Intent.TODAYS_LOG),
    ],
)
def test_conversation_in_peoples_own_words(text: str, intent: Intent) -> None:
    assert understand(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        # training questions worded like the conversation above
        "should i train glutes every day",
        "do i train hamstrings on the same day as glutes",
        "is a rest day important for glute growth",
        "how long should a glute workout take",
        "how many weeks until I see results",
        "what's my best option for glutes at home",
        "can I skip hip thrusts and just squat",
        "should I skip cardio on leg day",
        "can I train glutes on monday and thursday",
        "can I swap lunges for step ups",
        "I don't like squats, what can I do instead for glutes",
        "I hate lunges, what's a good alternative",
        "what is a personal record in lifting",
        "does the program work for beginners",
        "how long is a set supposed to last",
        "do I need a barbell for hip thrusts",
        "can I do hip thrusts without a barbell",
        "what do I do if the squat rack is taken",
        "can I train glutes without equipment",
        "is it ok to train when tired",
        "should I train when I'm not motivated",
        "why am I so tired after leg day",
        "why do I feel lazy after leg day",
        "does walking count as a rest day",
        "what should I do on rest days",
        "where do the glute muscles attach",
        "what are the best sources of protein",
        "how do I log progress for glutes",
        "how do I track glute growth",
        "what week should I add a fourth set",
        "when does the toning program add a fourth set",
        "what's up with the glute ham tie in",
        "what data backs hip thrusts",
        "is the hip thrust free weight or machine",
        "where does the glute ham tie in come from",
        "which articles talk about hip thrusts",
        "how do I log my weight for hip thrusts",
        "I'm too tired to do hip thrusts, what else",
        "should I train when I feel lazy",
        "I don't have a barbell, how do I do hip thrusts",
        "no equipment, can I still grow glutes",
        "is a bench needed for hip thrusts",
        "what time of day is best to train glutes",
        "which days should I train glutes",
        "what do you know about the glute ham tie in",
        "I love hip thrusts",
        "the hip thrust is the best",
        "talk to me about the tie in",
        "how many hours later should I train again",
        "how do I stay motivated to train glutes",
        "does motivation matter for glute growth",
        "who should do glute ham raises",
        "is the stepmill free of knee stress",
        "should I postpone leg day if my glutes are still sore",
        "how do I check my form on hip thrusts",
        "what's the best form cue for hip thrusts",
        "how much did the toning plan increase sets",
        "how many sets are left in week 4",
        "is the hip thrust too hard for beginners",
        "can I lose weight with glute training",
        "I gained weight, will hip thrusts tone my butt",
        "do I need an app to track my lifts",
        "what should I do if I feel great, train more?",
        "I'm ready to try nordics, how do I start",
        "let's say I only have bands, what then",
        "which exercise is next after the hip thrust in the program",
        "why didn't I get results from hip thrusts",
        "I didn't get sore after leg day, is that bad",
        "what time under tension for hip thrusts",
        "is it true that squats build glutes",
        "interesting, so should I do nordics too",
        "what's on the menu for glute growth, protein?",
        "is the gym better than home for glutes",
        "thanks! is it ok to do them every day?",
        "thanks, but how many sets should I do?",
        "is it a mistake to train glutes every day",
        "can i take a break from squats and just do hip thrusts",
        "can I train outside in cold weather",
        "at the gym now, what should I do first?",
        "going to the gym now, should I eat first?",
        "should I stop for a while if my glutes are sore",
        "how do I use bands for hip thrusts",
        "how long do I hold the bottom of a squat",
    ],
)
def test_training_questions_worded_like_conversation_stay_questions(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can you send the workouts at 6:30am instead? going before work now", Intent.SETTINGS),
        ("can I move my workouts to 7am? I switched to morning sessions", Intent.SETTINGS),
        # a question after the request: the coach answers the message
        ("can you change my goal to bikini? and how often should I train then", None),
        ("can you send the workouts at 6:30am instead? what should I eat before", None),
    ],
)
def test_a_request_with_its_reason_after_it(text: str, intent: Intent | None) -> None:
    assert asked_change(text) == intent


@pytest.mark.parametrize(
    "text",
    ["my knee still feels a bit off on lunges", "knee felt off today", "my back feels weird"],
)
def test_a_joint_that_feels_off_is_pain(text: str) -> None:
    """ "my knee still feels a bit off on lunges" got the Lunge card, how to do it."""
    assert understand(text) == Intent.PAIN
