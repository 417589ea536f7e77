"""Phrases about the bot itself, the person's data and their log rather than training: who
to talk to, cost, sources, privacy, how to log, where the bot runs, form checks, body weight,
a workout message missing and buttons (bot/coach/smalltalk.py), on text folded by
matcher.words (single letters dropped: no "i"; smalltalk.understand also tries each with
"i" kept, for alternatives that need it)."""

from __future__ import annotations

import re

# A person asked for, or a message for one: the bot can put no one through, nor pass it on.
HUMAN = re.compile(
    r"\b(talk|speak|chat) (to|with) (a |an |the |your )?(real )?(human|person|people|someone|"
    r"somebody|agent|admin|developer|support|staff|owner|team|creator|real coach|live coach)\b"
    r"|\bis there (real |actual |live )?(person|human|someone|anyone)\b"
    r"|\bcontact (the )?(support|admin|developer|owner|"
    r"team|creator|you|someone|people)\b|\bcustomer (service|support)\b"
    r"|^(have|got) (an |some )?(suggestion|idea|feature request|complaint|bug)s?( for you)?$"
    r"|\b(can|could|may|how do|where (do|can)|how can) (give|leave|send|submit|report|make) "
    r"(you )?(some |an )?(feedback|suggestions?|bug|issue|problem|complaint)$"
    r"|^(feedback|suggestion|bug report|report bug|feature request)$"
    r"|\breport (an )?(bug|issue|problem)s?\b"
)

# Paying: the bot has no payment, subscription or paid tier.
COST = re.compile(
    r"^(is|are) (this|it|the bot|this bot|you|the app|glute coach) (really )?(free|paid)"
    r"( to use)?$|^how much (does|do|is) (this|it|the bot|this bot|you|the app)( cost)?"
    r"( to use)?$|\b(have|need) to pay\b|^(is there|do you have) (a |any )?(subscription|fee|"
    r"premium|paid (version|plan|tier))$|^(price|pricing|cost|costs)$|^what does (it|this) cost$"
    r"|\b(cost|costs) (money|anything)\b"
)

# Where the advice comes from: the three articles, named on every answer and in /program.
SOURCES = re.compile(
    r"\b(where|who) (do|does|did) (the |your |these |this |all )?(articles?|info|information|"
    r"advice|answers?|content|knowledge|facts|tips|sources?)( you use)? (come from|from|get)\b"
    r"|\bwho (wrote|writes|made) (the |your |these |those )?(articles?|content|answers?|advice)\b"
    r"|\bwhat (are|is) (your|the) (sources?|references?)\b"
    r"|^(which|what) (three |3 )?articles( do you (use|coach from|know|have)| are (they|these|you"
    r" using))?$|^(your sources|your references)$"
    r"|\bwhere do you get (your )?(info|information|answers|advice|facts|knowledge)( from)?$"
    r"|\b(is|are) (this|it|your advice|you|your answers)( advice)? (evidence|science|research)"
    r" based$"
    r"|^(what|which) (sources?|articles?|references?|studies) (do|did) (you|u) (use|have|coach "
    r"from|follow|rely on)$"
    r"|^(what|which) (are )?(the )?(three |3 )?articles( you use)?$"
)

# The person's data: /privacy, /export (erasing it is DELETE).
DATA = re.compile(
    r"\bwhat (data|info|information) (do|did) you (store|keep|have|collect|save)\b"
    r"|\bwhat do you (know|store|keep|have|save) (about|on) me\b|\bwho can see my (data|info|"
    r"information|logs?)\b|^(whats|what is) my name$|^(do|did) (you|u) (remember|know) me$"
    r"|\bgdpr\b|\b(deletion|erasure) request\b|\bwho can see my (data|info|"
    r"information|logs?)\b|\b(is|are) my (data|info|information|logs?) (safe|private|secure|"
    r"shared|sold)\b|^(privacy|privacy policy|my data|data)$"
    r"|\b(export|download|backup|back up|save|get|send me|show me|see) (all )?(of )?my (data|info"
    r"|information)\b|\b(export|download|backup|back up) (my |the |all )?(log|logs|workouts|"
    r"history|training log|sets|csv)\b"
)

# How to log, or fix a log: Start logging, typing sets, /log, /undo; a day late works too.
LOG_HOW = re.compile(
    r"\bhow (do|can|should|to) (i )?(log|record|enter|save|track) (my |a |the )?(sets?|reps|"
    r"workouts?|weights?|sessions?|exercises?|lifts?)$|^how (do|can|to) (log|record)( it)?$"
    r"|^(log|record) (my |the |todays |yesterdays )?(workout|session|sets)( please)?$"
    r"|^(want|need|like) to (log|record) (my |a |the )?(workout|session|sets|yesterdays workout)$"
    r"|\bforgot to (log|record|enter)\b|\b(mistake|typo|error) in my (log|sets?|entry)\b"
    r"|\b(fix|edit|change|correct|undo) (my |the )?(last |latest )?(log|entry|set|sets|logged "
    r"sets?)$|^wrong (weight|reps|load|entry|number|exercise)( logged)?( fix it)?$"
    r"|\b(delete|remove|undo|erase) (my |the )?(last|latest|previous|wrong) (log|entry|set|sets)\b"
    r"|^how (do|can|to) (i )?undo( it| that| a set| an entry| my last entry)?$"
    r"|\bcan (log|record) (yesterdays|a past|an old|last weeks) (workout|session)\b"
    r"|\blogged (the )?wrong\b|\bwrong (weight|reps|load|entry|number|exercise) logged\b"
    # which button, asked by someone unsure ("What do I press now?": not the leg press)
    r"|^(so |ok |okay |and )?(what|which( button| one)?) (do|should|shall|must) (press|tap|click"
    r"|push|hit)( now| next| then)?$"
)

# Asking what the bot can do, in words /help answers.
# A message meant for someone else, or taken back: "sorry, wrong chat", "ignore that"
MISTAKE = re.compile(
    r"^(oops |sorry |whoops |oh |lol |haha |my bad |ah )*(wrong (chat|person|convo|"
    r"conversation|window|bot)|(please |pls )?ignore (that|this|me|the last( one| message)?)"
    r"|(that|this) (wasnt|was not|isnt|is not) (for|meant for) (you|u)"
    r"|(sent|send) (that |this |it )?(by mistake|by accident|accidentally)"
    r"|(didnt|did not) mean to (send|write|type) (that|this)( here)?)"
    r"( sorry| lol| haha| my bad)*$"
)

# Chat the articles have nothing to do with: "tell me a joke", "how's the weather"
CHITCHAT = re.compile(
    r"^(can you |could you |please )?(tell|know) (me )?(any |some )?(jokes?|funny)( please)?$"
    r"|^(jokes?|joke please)$|^(hows|how is|whats|what is) (the )?weather( like)?( today| there)?$"
    r"|^(sing|tell) (me )?(song|story)$"
)

HELP_PHRASE = re.compile(
    r"^(the |show )?(menu|commands|command list|list of commands|all commands|features|options)$"
    r"|^what (are|r) (your|the) (features|commands|options)$|^what can (i )?ask( you)?$"
    r"|^what (else )?can (you|u) (do|help with)$|^how (do|can|should) (i )?use (this|you|it)"
    r"( bot| app| thing)?$"
    # asked after who set it up: "my daughter set this up for me how does it work"
    r"|\b(set|setup|set it|set this) (up )?(for|on) (me|my phone)\b.*\bhow (does|do) (this|it|you)"
    r" work$"
)

# Where the bot runs and in what language: Telegram, in English.
PLATFORM = re.compile(
    r"^(do you have|is there) (an |a )?(app|website|web ?site|web version|desktop version|ios app"
    r"|android app|iphone app)$|\bcan (use|access|open) (this|you|it|the bot) on (my )?(computer"
    r"|laptop|pc|desktop|mac|ipad|tablet|phone|iphone|android)\b"
    r"|^(do|can) (you|u) (speak|understand|talk|reply in|answer in|write in) (spanish|french|german"
    r"|italian|portuguese|russian|arabic|chinese|hindi|dutch|polish|turkish|japanese|korean|other "
    r"languages|another language)$"
)

# What is logged or left today: /log.
TODAYS_LOG = re.compile(
    r"^how many (sets|exercises|reps) (did do|have done|left|are left|to go|remaining)( today)?$"
    r"|^(whats|what is) (left|remaining)( today| to do)?$|^(whats|what is) (the )?next exercise$"
    r"|^how many exercises (left|to go|remaining)$|^(what have done|what did do) (so far )?today$"
    r"|^how did (we )?do( today| this time| so far)?$"  # "how did I do?", just after the finish
    r"|^how (many|much) (more|left|to go)( today| now)?$|^(am i|are we) done( yet)?$"
    r"|^(is that|was that) (it|all)( for today)?$|^anything else( today| to do)?$"
)

# Form checks, videos and photos: the bot sees neither; the cards say how.
FORM = re.compile(
    r"\b(check|rate|look at|review|watch|judge) (my )?(form|technique|video|photo|pic|picture|"
    r"squat|hip thrust|deadlift)( please)?$|^(is|was) my (form|technique) (ok|okay|good|right|"
    r"correct|fine|bad)$|^am (doing )?(this|it) (right|correctly|ok|wrong)$|^am doing (this|it) "
    r"(right|correctly|ok|wrong)$|\b(send|show) (you )?(a |my )?(video|photo|pic|picture|clip)"
    r"\b|^(here is|heres|this is) (a |my )?(video|photo|pic|picture)\b"
)

# Body weight reported: not tracked, the lifts are.
BODYWEIGHT = re.compile(
    r"^(lost|gained|put on|dropped) (\d+ ?(kg|kgs|kilos|lbs?|pounds)|weight|some weight|few "
    r"(kg|kilos|pounds))( this week| this month| already)?$|^(weigh|am) \d+ ?(kg|kgs|kilos|lbs?|"
    r"pounds)( now| today)?$|^my (body ?weight|weight) is (now )?\d+"
)
# A workout message missing, late or at the wrong time: days, time and zone in /settings.
NO_PUSH = re.compile(
    r"\b(why )?(didnt|did not|havent|have not|never) (you )?(send|get|receive|remind|message|text)"
    r" (me )?(my |the |any )?(workout|message|reminder|notification|push)?s?"
    r"( today| this week)?$"
    r"|^(wheres|where is) (my |the |todays )?(workout|reminder|message)( today)?$"
    r"|\b(you )?(didnt|did not|forgot to) (remind|message|text) me\b"
    r"|^(the )?(reminder|message|workout|notification) (came|arrived|was sent) (at the wrong time|"
    r"too (early|late)|late|early)$|^(the )?time (is|was) wrong$|^wrong time ?zone$"
    # at another hour than before: "why did it come at 8 today it used to come at 9"
    r"|\b(it|workouts?|messages?|reminders?|notifications?|push|pushes)( is| are| was| were| did"
    r"| does)? (came|come|comes|coming|arrived|arrive|arrives|arriving) (at \d+|an hour|one hour"
    r"|hour|early|earlier|late|later|too early|too late)\b"
    # the clocks changing asked about: "clocks go back sunday, will my workout still come at
    # half six?" (it comes by the clock of the zone kept: said with it)
    r"|\bclocks? (go|goes|going|went|change|changes|changing|changed|spring|springs|fall|falls"
    r"|move|moves|moving)\b.*\b(workouts?|reminders?|messages?|pushes|time|come|arrive|send)\b"
    r"|\b(workouts?|reminders?|messages?|time|it)\b.*\b(daylight saving|summer time|winter time"
    r"|clocks? (go|goes|going|change|changes|changing|spring|fall))\b"
)
# Buttons: how they work, or one that did nothing.
BUTTONS = re.compile(
    r"^how (do|to) (use|press|tap) (the )?buttons?$|\bbuttons? (dont|do not|doesnt|does not|isnt"
    r"|is not|arent|are not|not) (work|working|respond|responding|do anything)\b"
    r"|^nothing happens when (tap|press|click)( the button| it| them)?$"
)

# How a workout's lines read ("3 × 8–12 @ 20 kg": "x" and "@" are dropped by matcher.words).
NOTATION = re.compile(
    r"^(what|wat|wht|whats|wats) (does |do |is |are )?(the |this |that )?(\d+ ){1,4}"
    r"(kg |kgs |lb |lbs )?(mean|means|stand for|stands for)$"
    r"|^(what|wat|whats|wats) (do |does |are )?(the |these |those |all the )?numbers"
    r"( mean| stand for)?( in (my |the |this )?(workout|plan|program|message))?$"
    r"|^how (do|should|can) (i )?read (my |the |this )?(workout|plan|program)( message)?$"
    # a line's rest: "what does rest 1 min mean", "what does rest 90 s mean"
    r"|^(what|whats) (does |do |is )?(the )?rest (\d+ )?(min|mins|minutes?|s|sec|secs|seconds)?"
    r"( \d+( sec| secs| seconds)?)? ?(mean|means|stand for)$"
)
