"""The word sets and phrase patterns conversation is recognised by (bot/coach/smalltalk.py),
on text folded by matcher.words: lower case, no punctuation, "don't" as "dont", single letters
dropped, and again with "i" kept (smalltalk.talk_words): a pattern holds on either."""

from __future__ import annotations

import re

# A day of the week, folded ("thursday"; "thursdays" with an s? after it).
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = DAY


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


GREETINGS = _set(
    "hi hello hey hiya heya yo howdy sup hola morning evening afternoon night greetings gm gn "
    "wassup whatsup"
)
GREETING_FILLER = _set(
    "good coach there everyone all again how are you doing whats up its me new here team guys "
    "im am girls day going today hows it mate buddy dude man bro so much lot really "
    "dear darling hun hon honey sweetie sweetheart"
)
THANKS = _set(
    "thanks thank thx ty tysm cheers appreciate appreciated grateful thnks thnx tnx thanx "
    "thankyou thanku tyvm ta"
)
# What thanks come wrapped in: "thanks so much, that helps", "great advice, thank you"
THANKS_FILLER = _set(
    "that this it was is helps helped helpful useful clear makes sense advice info information "
    "answer tips tip many bunch million ton tons heaps again for the star legend gem best"
)
ACK = _set(
    "yes yeah yep yup ya sure ok okay k kk alright right fine no nope nah not really maybe "
    "great cool nice awesome perfect good got it lol haha wow oh ah hmm sounds understood "
    "love so much you coach very all will do a lot great thats keep my profile "
    "never mind nevermind forget it actually anyway anyways fair enough please pls plz now "
    "ugh meh hmmm hm okie okey yess kinda youre then "
    # taking back what one just said ("wait no", "actually i changed my mind", "oops")
    "wait changed mind nvm oops whoops bad thing absolutely definitely certainly totally"
)
NO = _set("no nope nah")
BYE = _set("bye byebye goodbye cya ciao later ttyl farewell")
BYE_PHRASE = re.compile(
    r"^(ok |okay )?(see (you|ya|u)|talk (soon|later|tomorrow)|catch you"
    r"|(gotta|got to|have to|need to|must) (go|run|dash)|gtg|g2g|off to bed)\b"
)
# a farewell that would read as a greeting ("good night coach", "have a nice day")
GOOD_NIGHT = re.compile(
    r"^(ok |okay |thanks |thank you |thx )?(good ?night|night night|nighty night|nite|gn|night|"
    r"have (an? )?(good|nice|great|lovely) (day|night|evening|weekend|one))"
    r"( coach| all| everyone)?$"
)
BYE_FILLER = _set(
    "see you ya u talk soon later tomorrow then for now catch ok okay next time week "
    "gotta got have need must go run dash gtg g2g off to bed"
)
# typed in a hurry too: "waht can u do", "hw does ths work"
HELP_ONLY = _set(
    "help menu commands command start what can you do how does this work bot me u waht wat hw "
    "ths dis wht cn"
)

# Phrases on the folded text (see matcher.words): the command each one belongs to.
PAUSE = re.compile(
    r"\b(stop|quit|pause|no more|enough)\b.*"
    r"\b(send|sending|workouts?|messages?|reminders?|notifications?|texts?|pushes|spam|"
    r"messaging|texting|bothering)\b"
    r"|\b(dont|do not) (send|message|text|remind)|\bunsubscribe\b|\bleave me alone\b"
    r"|^(please )?stop( it| now| please)?$"
    r"|\b(dont|do not) want (any )?(more )?(reminders?|workouts?|messages?|notifications?)\b"
    r"|^((can|could|will|would) (we|i|you) (please )?|please )?pause (my |the |all )?(plan|"
    r"workouts?|training|reminders?|messages?|program|programme|it)\b"
    r"|^((can|could) (we|i|you) |(i )?(want|need|would like|d like) to |lets |let s )?"
    r"(pause|take break|taking break)( from (the |my |your )?\w+)?( for \w+( \w+)?)?"
    r"( please)?$"
    # "no workouts until monday", "pause till the 20th": a pause with its end (schedule.pause_end)
    r"|^(please )?(no|pause|stop)( more)?( workouts?| messages?| reminders?| training)?"
    r" (until|till|til)\b"
    r"|^(please )?no( more)? exercises? (until|till|til)\b"
    # "turn off reminders", "mute the notifications"
    r"|^(hold|freeze) (my |the |all )?(plan|workouts?|training|program|programme|account)\b"
    r"|\b(put|putting) (my |the |all )?(plan|workouts?|training|program|programme|account) on "
    r"hold\b|^(im |i am |ill |i will |gonna |going to |want to |need to |have to )*(stop|pause)"
    r"( training| working out| the workouts| everything)? for (while|bit|some time|now)$"
    r"|\b(turn off|switch off|disable|mute|silence) (the |my |all |your |workout )?"
    r"(reminders?|notifications?|messages?|workouts?|pushes|alerts?)\b"
    r"|^(want to |going to |gonna )?quit( this| the bot| training| the program)?$|\bopt ?out\b"
    r"|^(can|could|will|would) you (please )?stop( it| now| please| the bot| this)?$"
    r"|\bhow (do|can|could|would) (i|we) (pause|stop)( it| this| the bot| them| everything)?$"
    r"|^(please )?stop (the bot|this bot|this|everything|all of it)( please)?$"
    r"|\b(done with|sick of|tired of) (this|the|you|your) (bot|app|messages)\b"
    r"|^(please )?(mute|silence)( it| this| the bot| you| yourself)?( please)?$"
    r"|\b(dont|do not) want (these|them|this|your messages|any of this) (anymore|any more)\b"
)
# Back again, or asking for the messages back: /resume. Checked before time away ("I'm back
# from holiday" is no pause).
RESUME = re.compile(
    r"^(please )?(resume|unpause|restart)( my| the)?( workouts?| messages| reminders| plan| "
    r"training| it)?( please)?$"
    r"|^(hi |hey |right |right then |so )?(im|am) back( now| again| from \w+( \w+)?)?$"
    # "hello i am back, my son is better now", "hi im back after a week off": why, after it
    r"|^(hi |hey |hello |hola |ok |okay )?(im|am) back( now| again)?( after (a |the |one |two "
    r"|\d+ )?\w+( off| away)?)?( (my|our|the) \w+( \w+)? (is|was|are|were|s|got) (better|fine"
    r"|ok|okay|well|good|healthy|recovered)( now| again)?)?$"
    # "right, back now", "back at it": back said without "I'm" (it was the back extension card)
    r"|^((hi|hey|right|right then|ok|okay|so|alright) )?(im |am |and )?back (now|again|at it"
    r"|in the game|on it|in action)( then| mate| folks)?$"
    # home from a trip, not home workouts
    r"|^(hi |hey )?(im |am )?(finally |just )?(got |made it )?back home( now| again| at last"
    r"| from \w+( \w+)?)?$"
    # ready for the workouts again after time off
    r"|^((ok|okay|alright|right|so) )?(im |am )?ready (to (go|start|train|begin|get back) )?again"
    r"( now)?$"
    r"|\b(start|send|turn on) (my |the )?(workouts?|messages|reminders) (again|back on)\b"
    # "can you start sending them again please", "turn the messages back on"
    r"|\b(start|starting|begin) (sending|texting|messaging) (me )?(my |the )?(them|workouts?"
    r"|messages|reminders|exercises)?( to me)? ?(again|back)\b"
    r"|\bturn (them|it|my workouts?|the workouts?|the messages|my messages|the reminders) back on\b"
)
# Asking for a workout or a plan: the program is built from the setup answers.
PLAN = re.compile(
    r"\b(make|give|build|create|write|design|send|get) me (a |my |the )?(new )?"
    # (a harder one asked is how the plan adapts: smalltalk_workout.ADJUST)
    r"((?!harder |easier |tougher |more |less )\w+ )?(program|plan|routine|workout|training plan"
    r"|schedule)\b"
    r"|^(i )?(want|need) (my )?(new )?(\w+ )?(day )?(workout|program|plan|routine)$"
    r"|\b(this|next) weeks? (plan|schedule|workouts?|program)\b|^(whats|what is) (on )?(for )?"
    r"(this|next) week$"
    r"|\b(plan|schedule|workouts?) for (this|the|next) week\b"
    r"|\b(when|what time) is my (next )?(workout|session|training)\b"
    # the program itself: /program; how the week falls: /week
    r"|\b(show|see|view|check) (me )?(my |the )?(whole |full )?(program|plan|routine)$"
    r"|\bwhats? (is )?in my (program|plan|routine)\b|\bwhat (exercises|moves) (are|do have|"
    r"will do) (in|on) (my|the) (program|plan|routine)\b"
    r"|\bhow (long|many weeks) (is|does) (my |the )?(program|plan)( last| take| run)?$"
    r"|\bwhen does (my |the )?(program|plan) (end|finish|stop)\b|^what week (am on|is it)$"
    r"|^(what|how) (does|will|do) (week|weeks) (\d+|one|two|three|four|five|six)( and \d+)? "
    r"(look|looks|be|change|differ)( like)?$"
    r"|\bwhen (is|are) my (next )?(rest days?|days? off)\b"
)
# The program's own words, its sessions and weeks: how they run.
TERMS = re.compile(
    r"^(what|whats) (does |do |is |are )?(a |the )?sessions?( a| b| c| d)?( mean| means)?$"
    r"|^(whats|what is|what are) (the )?(difference between )?sessions?( vs| versus| and| or)?"
    r"( sessions?)?$"  # "what's session B vs session A" (its letters dropped)
    r"|^(what|whats) (does |do |is )?(a |the )?(week|wk) (\d+|one|two|three|four)( mean| means)?$"
    r"|^what (happens|comes|do i do|next) (after|when) (week|wk) \d+( ends| is over| finishes)?$"
    r"|^what happens (when|after) (the |my )?(program|plan) (ends|is over|finishes)$"
    # sessions taking turns: "why does my workout change every session"
    r"|^why (does|do|is|are) (my |the )?(workouts?|sessions?|exercises|plan)( keep| keeps)? "
    r"(change|changes|changing|different|vary|varying)( every| each| from)?( session| time| day"
    r"| workout| week| one to the next)?$"
)
# Changing the plan's exercises: swap while logging, log an extra by name.
EDIT_PLAN = re.compile(
    r"\b(remove|drop|delete|take|get rid of|replace|change) (the )?\w+( \w+)?( out)? (from|of|in)"
    r" (my |the )?(plan|program|workouts?|routine)\b"
    r"|\b(can|could|may) (i |we |you )?(add|remove|drop|change|replace|swap) (an?|another|more|"
    r"some|the|my|an extra) (exercises?|moves?)\b"
    r"|\b(add|put) \w+( \w+)? (to|in|into) (my |the )?(plan|program|workouts?|routine)\b"
    # an exercise disliked: Swap while logging
    r"|^(dont like|do not like|hate|dislike|cant stand) (doing )?(the )?\w+( \w+)?( \w+)?"
    r"( can (swap|change|replace|skip) (them|it|that|those))?$"
    r"|^(can|could) (swap|change|replace) (them|it|that|this|this one|this exercise)$"
    r"|^(can|could) (have|get|do) (different|another) (exercise|move)( instead)?$"
    r"|^(swap|switch|change|replace) \w+( \w+)? (for|with) (something|anything) (else|different)$"
    # a move missing: "why is there no squat in my plan"
    r"|\bwhy (is there no|isnt there|are there no|arent there|dont i have|do i not have) (\w+ )"
    r"{1,3}(in|on) (my |the )?(plan|program|workouts?|routine)\b"
)
RESTART = re.compile(
    r"^(reset|start over|start again|restart setup|redo (the |my )?setup)( everything| all| "
    r"please)?$|\bstart (all )?over\b"
)
# Back after time off, said in the past: "sorry I missed last week", "I was sick", "haven't
# trained in two weeks". Welcomed back like "I'm back" (a question about it goes to the matcher).
BEEN_AWAY = re.compile(
    r"\b(missed|skipped) (last|the last|a|the|my|some|a few|a couple of|couple of|\w+) "
    r"(weeks?|workouts|sessions|days|couple of weeks|few weeks|few days)\b"
    r"|\b(missed|skipped) last week\b"
    r"|^(sorry |sry |soz |srry )?(was|ive been|have been|been|had been) (sick|ill|unwell|away"
    r"|travell?ing|on (holiday|vacation|a trip)|busy|off)( for \w+( \w+)?| last week| this week"
    r"| lately)?$"
    r"|\b(havent|have not|didnt|did not) (trained|train|worked out|work out|been training|lifted"
    r"|been to (the )?gym)( in| for| since)?\b"
    r"|\b(fell off the wagon|been a while|long time no see)\b"
    # "im back! was away for 10 days, sorry": back, the time away behind (was an offer to pause)
    r"|^(hi |hey |ok |okay |so |yay )?(im |am )?back( now| again)? (i )?"
    r"(was|been|ve been|have been) (away|gone|travell?ing|sick|ill|off)\b"
    # "feeling better, back at it tuesday": over being sick, training again
    r"|^(im |am )?(feeling|feel) (much |a lot |a bit |way )?(better|good again|fine again)( now)?"
    r"( (so |and )?(back (at it|on it|to it|to training|to the workouts?)|ready to (train|go))"
    r"( (on |from )?\w+)?)?$"
    r"|^(just )?(got )?back from (my |the |a |our )?(vacation|holiday|holidays|trip|travels?"
    r"|honeymoon|work trip)$"
)
# Lost: "???", "what?", "I don't get it": said what to do next, never matched as a question.
CONFUSED = re.compile(
    r"^(what|wut|wat|huh|eh|pardon|sorry what|come again|what now|now what|what next"
    r"|what do (i )?do"
    r"( now| next)?|what should do( now| next)?|what am supposed to do( now)?"
    r"|what does that mean|dont (get|understand)"
    r"( it| that| this)?|do not (get|understand)( it| that| this)?|confused|so confused"
    r"|im (lost|confused)|am (lost|confused)|lost"
    r"|what do (i )?(type|write|send|put|say|enter)( now| next| here)?"
    r"|(i )?(dont|do not) know what to (do|type|write|send)( now| next| here)?"
    # "is this right?" with nothing named: how they are doing it, as asked where they are
    r"|is (this|that|it) (right|correct|ok|okay|good)( like this| so)?|am doing (this|it) right"
    r"|did do (this|it) right|is this how (it works|do it|i do it))$"
)
# A follow-up that leans on the last answer ("ok but why?"): each message is read on its own.
FOLLOW_UP = re.compile(
    r"^(ok |okay |but |so |and |hmm |wait |really )*(why|why not|why is that|how|how so|how come"
    r"|really|are you sure|says who|what do you mean|explain|explain (that|it|more)|tell me more"
    r"|more|go on|like what|such as|for example|example|source|sources|and then"
    # a choice between the things of the message before: "which is better?"
    r"|which( one)?( is| s| would be)? (better|best)( then| for me)?|which one|which( one)? should"
    r"( do| pick| choose)?|which( one)? do (you )?(recommend|suggest))$"
)
# Short on time today: the workout as far as time allows, then "that's all".
SHORT = re.compile(
    r"\b(only|just) (have|got|has) ((\d+|ten|fifteen|twenty|thirty|forty) (minutes?|mins?)"
    r"|\d+ ?min|(half )?(an )?hour)\b(?! (a |per |each |every )?(day|week|session))"
    r"|\bmake (it|this|todays workout|the workout|my workout|today) (shorter|quicker|short|quick)"
    r"|\b(shorter|quicker|quick|short) (workout|session|version|one) (today|tonight|now)\b"
    r"|\b(short|pressed|tight) (on|for) time\b|\bin (a )?(rush|hurry)\b"
    r"|^(can|could) (stop|finish|end|leave) (now|early|here)$"
    r"|^(only )?did (only )?(half|part|some) (of )?(the |my |todays )?(workout|session|exercises)"
    r"( today)?$"
)
# Time away: "I'm on vacation next week" asks for a pause, unless it asks a question too.
# A pause said after why, in a message longer than most: "going to my sisters for 2 weeks so
# no exercises until i get back".
# A pause said after why, in a message longer than most: "going to my sisters for 2 weeks so
# no exercises until i get back".
PAUSE_TOLD = re.compile(
    r"\b(so|and) no (more )?(workouts?|exercises?|messages?|reminders?|training) (until|till"
    r"|til)\b"
)
AWAY = re.compile(
    r"\b(vacation|holiday|holidays|travell?ing|away|trip|honeymoon|hotel)\b"
    # a stay somewhere, with how long: "going to my sisters for 2 weeks"
    r"|\b(going|off|heading|staying|visiting) (to |at |with )?(my |our )\w+( \w+)? for "
    r"(a |the |\d+ |two |three |a couple of |a few |couple of )?(weeks?|days|months?)\b"
)
ASKS = re.compile(r"\b(how|what|which|can|could|should|does|do|is|are|will|why|when)\b")
CANCEL = re.compile(r"^(cancel|cancel (it|that|everything|all|subscription|my subscription))$")
# About the bot itself: answered with what it does.
ABOUT = re.compile(
    r"\b(who|what) are (you|u)\b|\bare (you|u) (a |an )?(bot|robot|human|real|person|ai|machine"
    r"|chatgpt|gpt|chat ?bot)"
    r"\b|\bwhat is this( bot)?$|\bwho made (you|this)\b"
    r"|\bis (this|it) (real|human|actual) (coach|person|human)\b"
    r"|^(do|did) (you|u) use (ai|chatgpt|gpt|an ai)$|^(whats|what is) (your|ur) name$"
    r"|^how old are (you|u)$|^where are (you|u) from$"
    r"|^what (does|do|can) (this|the) bot do$|^what do (you|u) do$"
)
# "what's up", "how's your day", "are you there?": a greeting without a greeting word.
GREETING_PHRASE = re.compile(
    r"^(are )?(you|u) (there|here|awake|alive)$|^(anyone|anybody|someone) (there|here|home)$|"
    r"^(can|do) (you|u) (hear|read|see) me$|^(test|testing)( \d+| test| testing)*$|"
    r"^(hey |hi |so )?(whats up|whats new|whats good|hows (your|ur|the) (day|week|evening|morning)"
    r"( going)?|how was (your|ur) (day|week|weekend))( coach)?$"
)
HOW_ARE_YOU = _set("how are you u r doing hows it going things your ur day week been")
DELETE = re.compile(
    r"\breset (my |all )?(data|info|information|details)\b|"
    r"\b(delete|erase|remove|wipe|forget|clear)\b.*"
    r"\b(data|account|everything|history|info|information|logs?|profile|details)\b"
    r"|\bforget (about )?me\b|^(can|could|will) (you )?(please )?(delete|erase|remove) me\b"
    r"|\b(want|need) my (data|info|account|details) (gone|deleted|removed|erased)\b"
)
# A time asked for the workouts, said in a longer message: "from now i go to the gym after
# work, please send me the workout at 19:00".
SEND_AT = re.compile(
    r"^(?!.*\b(why|how come|when did)\b).*\b(send|get|give) (me )?(it|them|the workouts?"
    r"|my workouts?|the training|the push"
    r"|the message|the reminder) (at|around|for) (\d|noon|midday)"
)
# Changing an answer given at setup belongs to /settings.
SETTINGS = re.compile(
    r"\b(change|switch|update|edit|set|reset|modify)\b.*\b(goal|goals|training days|days|"
    r"workout time|reminder time|time|schedule|units?|time ?zone|experience|level)\b"
    # another time of day, asked as a habit: "can i do the exercises in the evening instead"
    r"|^((can|could|may) (i|we|you) |id like to |i want to |i would like to |lets )(do|have|get"
    r"|train|move|send|switch|change)( me)? (my |the |all )?(exercises|workouts?|training"
    r"|sessions?|them|it|messages) (to |in the |at )?(evenings?|mornings?|afternoons?|night"
    r"|nights)( instead| from now on| now)?$"
    # a new count of days with the days: "can we do 4 days now, mon tue thu fri"
    r"|^((can|could) (we|i|you) |lets |i want to |id like to )?(do|train|go|switch to|move to"
    r"|change to) (\d|two|three|four|five|six) days( a week)?( now| instead| from now on)?"
    rf"( {DAY}s?| (mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)| and){{2,7}}$"
    # (not a dose asked: "how heavy should I go to tone")
    r"|^(?!.*\bhow (heavy|much|many|often|long|far|hard)\b).*\b(switch|move|change|go)\b.*\bto "
    r"(home|the gym|gym|bodyweight|kg|kgs|lbs?|pounds|kilos|bikini|competing|compete|toning|"
    r"tone)( workouts?| training)?"
    # the kit said with the place: "can you switch me to home with bands and dumbbells?"
    r"( with (some |my |a pair of |a set of )?(resistance )?(bands?|dumbbells?|a ball|weights)"
    r"(,? (and|&) (some |my |a )?(bands?|dumbbells?|a ball))*)?( now| instead)?$"
    r"|\b(train|work ?out) (on|at) (a )?different (days?|time)\b"
    r"|^(id like to|(want|would like|prefer) to) (train|work ?out|lift) (\d|one|two|three|four|"
    r"five|six) (days|times)( per)?( week)?( now| instead| from now on)?$"
    r"|^(?!.*\b(why|how come|when did)\b).*\b(send|get|move) (me )?(my |the )?(workouts?|messages"
    r"|reminders) (at|earlier|later)\b"  # ("why did i get the workout at 7 am?" asks why)
    r"|\b(remind|message|ping|text) me (\d+ (minutes|mins|hours?) |an hour |half an hour )?"
    r"(earlier|later)\b"
    r"|\b(moved|moving|relocated|relocating) to\b|\b(different|new|another) time ?zone\b"
    # a time for the reminder, or the week moved
    r"|\b(remind|message|text|ping) me (at|around|by) (\d|noon|midday)"
    r"|\b(move|switch|change) (all )?(my |the )?(workouts?|training|sessions?|training days) "
    rf"to (the )?(weekends?|weekdays|{_DAY}s?|\d)\b"  # "…my workouts to 7am"
    rf"|\b(train|work ?out|lift) on (the )?(weekends?|weekdays|{_DAY}s?) (instead|from now on)\b"
    r"|\b(send|get) (it|them) (earlier|later)\b"
    # the days said whole, two or more ("I want to train on tuesdays and fridays")
    r"|^(i )?(want|would like|id like|prefer|need|like|would rather|id rather) to (train|work ?out"
    rf"|lift|go to the gym)( on)? ({_DAY}s?,? )+(and |& )?{_DAY}s?( instead| now| from now on)?$"
    r"|^(settings|my settings)$|^(can you )?make it (\d|one|two|three|four|five|six) days"
    r"|^((can|could|would|will) you |please |pls )*(send|move) (it|them|my workouts?"
    r"|the workouts?) (to|at) \d"
    r"|^(?!.*\b(why|how come|when did)\b).*\b(send|get) (me )?(it|them|the workouts?|my workouts?"
    r"|the push|the message|the reminder) (at|around|for) (\d|noon|midday)"  # "can u send it at 5"
    # "ok back to 6:15 pm from tuesday": the time before, again
    r"|^((ok|okay|so|and|now|then|please) )*((can we|lets|let us) )?((go|switch|change|move|put)"
    r"( it| them| my workouts?| the workouts?)? )?back to (\d{1,2}([:. ]\d\d)?( ?(am|pm)\b)?"
    r"|noon|midday)"
    # the time tapped by mistake, put right: "I meant 10 am, not noon"
    r"|\bi meant (at )?(\d{1,2}([:.]\d\d)? ?(am|pm)\b|\d{1,2}[:.]\d\d\b|noon\b|midday\b)"
    r"|\b(can|will) only (train|work ?out|lift|go to the gym) (on )?(the )?(weekends?|weekdays"
    rf"|{_DAY}s?)\b"
)
# Leaving a setting as it is, while one is being changed.
NEVER_MIND = re.compile(
    r"^(no |oh |ok |okay )?(cancel|never ?mind|forget it|keep it|leave it|no change|nothing|"
    r"dont change (it|anything)|back|stop|no|nope)( thanks| thank you| please)?$"
)
# "... for today": a day skipped, not the messages paused.
FOR_TODAY = re.compile(r"\b(for |just )?(today|tonight)$")
FEEDBACK = re.compile(
    r"^(that|thats|this|it|its|you|youre)( is| was| are)? ?(didnt|did not|doesnt|does not|dont)?"
    r" ?(help|answer|make sense|wrong|useless|not helpful|unhelpful|not what asked|"
    r"not my question)\b|^(wrong|useless|not helpful|unhelpful) ?(answer)?$"
    r"|^(that|thats|this|it|its)( answer)? (isnt|wasnt|is not|was not) (helpful|useful|right|"
    r"correct|what (i )?asked|my question)\b"
    # not what was meant, or rude
    r"|^(that|thats|this|it|its)( is| was)? not what (meant|asked|wanted|mean|want)\b"
    r"|^(you|u|this|this bot|the bot|it) (suck|sucks|are useless|is useless|are (so )?"
    r"(bad|stupid|dumb|terrible)|is (so )?(bad|stupid|dumb|terrible))$"
    r"|^(stupid|dumb|useless|terrible|bad) (bot|app)$"
)

# Keen to train, later the same day: the workout stays on /today.
LATER = re.compile(
    r"^(ok |okay |sure )?(ill|will|im going to|going to|gonna|am going to|plan to) (do it|train|"
    r"work ?out|lift|go|hit the gym|go to the gym|do (my|the|todays) (workout|session)"
    r"|(do|finish) (the rest|the others|whats left))"
    r"( later| tonight| this (evening|afternoon)| in (an |few |\w+ )?hours?| after work| later on)"
    r"( today)?$|^(later|tonight|after work) (today )?(ill|will) (do it|train)$"
    # asked: "can i do my workout this evening instead"
    r"|^(can|could|may) (i|we) (do|train|work ?out)( it| them| my workout| the workout"
    r"| todays workout| the exercises| my exercises| todays exercises)? (later|tonight"
    r"|this (evening|afternoon)|after work)( instead| today)?$"
)
# The rest of today's workout put off till tomorrow: "i will do the rest tomorrow".
LATER_DAY = re.compile(
    r"^(ok |okay |so |and )?(ill|will|im going to|going to|gonna|am going to|can|could|shall)"
    r" (do|finish|complete|try)( off)? (the rest|the others|the other ones|whats left|what is left"
    r"|the remaining ones|the last ones|the last few)( of (it|them|the workout|the exercises|my"
    r" workout))? (tomorrow|tmrw|tmr)( morning| then)?$"
)
# Low on drive today (a question about it goes to the matcher).
MOTIVATION = re.compile(
    r"\b(not|no|zero|lost( my)?|lack of|lacking|need( some)?|losing( my)?) motivat\w*"
    r"|\b(unmotivated|demotivated)\b|\bmotivate me\b|\bcant be bothered\b"
    r"|\b(feel|feeling|im|am|so|really)( very)? (lazy|tired|unmotivated|demotivated|meh|blah)\b"
    r"|^(im |feeling |feel )?(so |really |very |super )?(tired|lazy|exhausted)( today| tonight)?$"
    r"|\bdont (feel like|want to|wanna) (training|train|working out|work out|going|go to the gym"
    r"|lift|lifting|do it|exercise|exercising)( today| tonight)?$"
    r"|^not feeling it( today| tonight)?$"
    r"|^(im|feeling|feel|so) (so |really |very |a bit )?(bored|sad|stressed|down|low|"
    r"overwhelmed)( today| tonight)?$|^(bad|rough|long|hard|tough) day( today)?$"
    r"|^(sorry )?(ive been|been|was|have been) (so |really )?(lazy|unmotivated)"
    r"( lately| this week)?$"
)
# Praise for the bot, thanked for first or not ("ok thanks ur the best").
_PRAISE_LEAD = (
    r"^(?:(?:ok|okay|aw+|omg|oh) )?(?:(?:thanks|thank you|thank u|thx|ty|tysm)(?: so much)?"
    r"(?: dear| darling| hun| honey| sweetie| love)? )?"
)
PRAISE = re.compile(
    r"^(love|like|enjoy|really like|really love) (this|you|the bot|this bot|this app|it here)"
    r"( so much| a lot)?$|^(this|the|this bot|the bot|this app) (bot |app )?is (great|amazing|"
    r"awesome|cool|brilliant|helpful|the best|so helpful|really helpful|very helpful|fantastic"
    r"|excellent|so good|really good|nice)$|^(you are|youre|ur|you) (great|amazing|awesome"
    r"|the best|brilliant|so helpful|helpful|very helpful|really helpful|so kind|very kind"
    r"|a great help|a big help|such a help|a star|a legend|cool|the goat)$|^(great|awesome|amazing|"
    r"best|love this|cool) (bot|coach|app)( ever)?$|^(absolute |total |a )?legend$".replace(
        "^", _PRAISE_LEAD
    )
)
# Equipment missing today: Swap while logging, or log what was done instead.
EQUIPMENT = re.compile(
    r"^(dont|do not|didnt) have (a |my |any |the )?(barbell|bench|bar|weights|dumbbells?|"
    r"equipment|gym|machine|leg curl machine|rack|squat rack|bands?)( today| tonight| with me| "
    r"here| this week)$"
    r"|^(dont|do not) have (a |an |any )?(barbell|bench|bar|rack|squat rack|leg curl machine"
    r"|hip thrust machine)( at home| at (my|the) gym)?$"
    r"|^(my |the )?gym (doesnt|does not|dont|has no) (have )?(a |an |any )?(barbell|bench|bar|"
    r"(hip thrust |leg curl |glute ham |ghr )?machines?|ghr|rack|squat rack|bands?|dumbbells?)$"
    r"|^(the |my )?(squat |leg curl |hip thrust )?(rack|bench|machine|barbell|bar|"
    r"equipment) (is|are) (taken|busy|occupied|"
    r"broken|in use)( today)?$|^(gym is|gyms) (closed|shut)( today)?$"
    r"|^(im |am )?(at home|home|travell?ing|in a hotel) today( no (gym|equipment|weights))?$"
    r"|^no (gym|equipment|weights|barbell|bench) today$"
    r"|^(the )?gym (was|is) (packed|busy|full|crowded|rammed)( today| tonight)?$"
)
# When the workouts come: /week for the days, /settings for the time.
SCHEDULE = re.compile(
    r"\b(what time|when) (will|do|does|are) (you|the bot|my workouts?|the workouts?|workouts?|"
    r"reminders?|it|they|the messages?|my messages?|my exercises|the exercises) (send|message"
    r"|text|remind|come|arrive|get sent|be sent|sent)\b"
    r"|\bwhat time (is|are) my (workouts?|reminders?|messages?)( sent)?$"
    r"|\b(which|what) days (do|am) (train|training)$|\bwhat are my training days\b"
    r"|^(whats |what is |show me )?(my )?(schedule|training days)$"
    r"|^(whens|when is) (my |the )?next (workout|session|training)$"
    r"|\bwhen (do|will) (get|see|receive) (my |the )?next (workout|session)\b"
    r"|\b(what time|when) (will|does|is) (tomorrows|todays|the next|my next|next) (workout|session"
    r"|reminder)s? (come|arrive|get sent|be sent|sent|coming|arriving)\b"
)

# Giving up, said plainly ("can't do this" holds "do", which reads as a question elsewhere).
GIVING_UP = re.compile(r"^(give up|giving up|cant do this|cant do this anymore)$")
# Feeling good today: the workout.
UPBEAT = re.compile(
    r"^(im|feeling|feel) (so |really |very )?(great|good|amazing|awesome|pumped|motivated|strong|"
    r"fantastic|proud( of myself)?|excited|ready to go|on fire)( today| tonight)?$"
    r"|^(good|great|amazing) day( today)?$|^(proud of myself|feeling it today)$"
)
# Heard, and nothing asked: "makes sense", "good to know", "I'll try that".
ACK_PHRASE = re.compile(
    r"^(ok |okay |hmm |ah |oh )?(interesting|good to know|makes sense|that makes sense|see|noted"
    r"|will try( that| it)?|ill try( that| it)?|try that|fair|true|exactly|indeed|of course"
    r"|no problem|np|all good)( thanks| thank you| coach)?$"
)
