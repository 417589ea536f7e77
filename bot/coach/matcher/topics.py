"""What the articles never discuss, as patterns over folded words: timeframes, food, muscles
besides the glutes and hamstrings, and named topics (one side bigger, feeling a muscle work,
form details the cards don't give...). `scope` names the gap a question falls in.
"""

from __future__ import annotations

import re

from bot.coach.matcher.technique_topics import TECHNIQUE_TOPICS

TIMEFRAME = re.compile(
    r"\bhow (long|soon|quickly|fast)\b(?!.*\brest)"
    r"|\bhow many (days|weeks|months|years)\b.*\b(until|till|before|to see|results?|take)\b"
    r"|\bwhen (will|do|can|should) (see|notice|get)\b"
    r"|\bhow many (days|weeks|months|years) (out|before|ahead)\b|\bwhen will (my|it|they)\b"
    r"|\bhow (many|much) (days|weeks|months|time) (of|for) (prep|preparation|dieting|cutting|"
    r"a cut)\b"
    r"|\b(its|it has) been \d+ (weeks|months)\b"
    r"|\b(is|are) (\d+|a few|two|three|four|five|six|eight|ten|twelve) (weeks|months)"
    r"( long)? enough\b|\benough time\b|\bafter how (many|long)\b"
    r"|\b(days?|weeks?|months?) (\w+ )?enough to see\b"
    r"|\b(take|takes|taking) (too |so |very |that )?(long|a while|forever|ages)( to| for|$)"
    # a result wanted by a date: "a bubble butt in 30 days", "bigger glutes in a month"
    r"|\b(get|grow|build|bigger|rounder|lift|lifted|tone|toned|firmer|results?)\b.{0,40}\b(in|within)"
    r" (just |only |under |less than )?((\d+|one|two|three|four|six|eight|ten|twelve) )?(days?"
    r"|weeks?|months?)$"  # ("a" is no word here: "in a month" reads "in month")
)
NUTRITION = re.compile(
    r"\b(protein|whey|creatine|keto|ketogenic|calories?|caloric|macros?|carbs?|"
    r"carbohydrates?|supplements?|vitamins?|collagen|pre ?workout|eat|eating|ate|foods?|"
    r"meals?|snacks?|fasted|fasting|nutrition|bcaas?|shakes?|vegan|vegetarian|plant based|"
    r"hydrat\w*|water intake|drink (more )?water|empty stomach|pills?|tablets?|capsules?|herbal|"
    r"bulk (or|and) cut|(calorie|caloric) surplus)\b"
    # a bulk as a diet ("should I bulk", "a lean bulk"), not legs that bulk up
    r"|\b(should|need to|have to|going to|gonna|im|am|to) bulk\b(?! up| or| and)"  # (no "i")
    r"|\b(lean|dirty|clean) bulk(ing)?\b|\bbulking (phase|season|diet)\b"
    r"|\b(when|while|during|on) (a |my )?bulk(ing)?\b"
    r"|\b(cut|cutting|bulk|bulking) (or|and|vs|versus) (cut|cutting|bulk|bulking)\b"
    r"|\b(in|calorie|caloric) (deficit|surplus)\b"
)
# Muscles the articles don't discuss. The glutes' smaller muscles come first: "gluteus medius"
# holds "gluteus", which alone would mean the gluteus maximus.
# Muscles that shake are no protein shake.
TREMBLING = re.compile(
    r"\b(legs?|glutes?|hamstrings?|hams|muscles?|body|knees?|thighs?|butt|arms?|it|they) "
    r"(start |starts |keep |keeps |always )?(shake|shakes|shaking|shook)\b"
)
# Eating told as fine ("I eat well", "my diet is on point") is background, no food asked about.
EATING_WELL = re.compile(
    r"\b(eat|eating|ate) (pretty |really |very |quite )?(well|healthy|healthily|clean|right|"
    r"good|a balanced diet|balanced)\b"
    r"|\bmy (diet|eating|nutrition) (is|has been|was) (pretty |really |very )?(good|fine|"
    r"on point|clean|dialed in|dialled in|in check|great|solid|healthy|decent)\b"
)
# Body parts that place a move ("shoulders on a bench", "lifting your arms and legs", "lower
# your chest to the floor", "dumbbells at my shoulders") are not a muscle asked about.
POSITION = re.compile(
    r"\b(on|at|to|with|across|under|behind|against|over|off|onto|by|from) (my |the |your |both )?"
    r"(shoulders?|chest|arms?|upper back|neck|stomach|belly|tummy)\b"
    r"|\b(lift|lifts|lifting|raise|raises|raising|lower|lowers|lowering|extend|extending|hold|"
    r"holding|cross|crossing) (your |my |the |both )?(arms?|chest|shoulders?)\b"
    r"|\barms? (and|or) legs\b"
)
MUSCLE = re.compile(
    r"\b(glute(us)? (medius|minimus|med|min)|medius|minimus|hip flexors?|piriformis|tfl|"
    r"it band|itb|iliotibial( band)?|psoas|iliopsoas|vastus( medialis| lateralis)?|vmo|"
    r"biceps(?! femoris)|bicep(?! femoris)|triceps?|chest|pecs?|shoulders?|delts?|arms?|"
    r"lats?(?! pull ?downs?| machine)|traps|neck|calf|calves|forearms?|abs|abdominals?|obliques|"
    r"core|upper back|six pack|inner thighs?|ab (exercises?|workouts?|moves?|training)|"
    r"flat (stomach|belly|tummy)|belly|tummy|(?<!empty )stomach|love handles|muffin top)\b"
)


# Fat on arms or belly is a question about losing fat in one place, which the articles answer
# (it can't be chosen), not about training another muscle.
FAT = re.compile(
    r"\b(fat|fats|flab|flabby|jiggl\w*|shrink\w*|slim|slimmer|slimming|smaller|reduce|reducing)\b"
)


def around(joined: str, m: re.Match[str], reach: int = 12) -> str:
    """The muscle's words with a word or two either side ("flabby arms", "arm fat")."""
    return joined[max(m.start() - reach, 0) : m.end() + reach]


_REAR = r"(butt|bum|glutes?|booty|ass|arse|backside|rear|rear end|bottom|behind)"
_STOPPING = r"(stop|quit|pause|miss|(take|have) (a )?(break|time off))"
_SHRINKING = r"(shrink|shrinks|lose|losing|go away|disappear|deflate|get smaller|go flat)"

# Subjects the articles never discuss, named in the reply: uneven sides, feeling a muscle
# work ("activation"), the time of day...; form details the cards don't give are in
# technique_topics.py.
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "one side differing from the other",
        re.compile(
            r"\b(one|left|right) (glute|side|cheek|leg|hamstring|hip)s? (is |feels |looks |to be )?"
            r"(\w+ )?(bigger|smaller|stronger|weaker|higher|lower|larger|flatter|tighter)\b"
            r"|\b(left|right) (glute|side|cheek|leg|hamstring|hip)s?\b.{0,40}\b(than|over) "
            r"(my |the )?(left|right|other)( one)?\b"
            r"|\b(uneven|lopsided|asymmetr\w*|imbalance[sd]?)\b"
            r"|\bone (of my |of your |of the )?(glutes?|sides?|cheeks?|legs?|hamstrings?|hips?)\b"
            r".{0,40}\b(than|over) the other\b"
        ),
    ),
    (
        "feeling a muscle work",
        re.compile(
            # a muscle that burns during a set ("my quads burn on split squats"), not fat burnt
            r"\b(quads?|legs?|thighs?|glutes?|butt|bum|hamstrings?|hams|calves|back|muscles?)"
            r"( (really|so|always|just|kinda|totally|are|is))* (burn|burns|burning|on fire)\b"
            r"(?! (fat|calories|more|off|away))"
            # glutes that don't "fire", "switch on" or "wake up"
            r"|\b(glutes?|butt|bum|booty|hamstrings?|hams) (dont|do not|doesnt|arent|wont|never|"
            r"not) (\w+ )?(fire|firing|engage|engaging|kick in|switch on|turn on|work|working)\b"
            r"|\b(wake|waking) (up )?(my |your |the )?(glutes?|butt|bum|booty|hamstrings?)\b"
            r"|\b(switch|switching|turn|turning) on (my |your |the )?(glutes?|butt|bum|booty)\b"
            r"|\b(engage|engaging) (my |your |the )?(glutes?|butt|bum|booty) (during|when|while)\b"
            r"|\bglute amnesia\b|\bdead butt\b|\b(feel|felt|feeling) (nothing|anything)\b"
            # glutes squeezed through the day: "should you squeeze your glutes when walking"
            r"|\b(squeez\w*|clench\w*) (my |your |the )?(glutes?|butt|bum|cheeks)\b.{0,20}"
            r"\b(walk\w*|stand\w*|sit\w*|all day|at work|at my desk)"
            r"|\b(activation|activate|activating|mind muscle|(only |cant |can not |dont |never )"
            r"feel (it|them|my)\b"
            r"|feel(ing|s)? (it|them|this|that|\w+|\w+ \w+|\w+ \w+ \w+) (only |mostly |more )?in "
            r"(my|the) "
            r"(quads?|legs?|thighs?|lower back|back|knees?|hips?|calves))"
            r"|\b(quads?|legs?|thighs?|lower back|back|hamstrings?|hams) (take|takes|taking|took) "
            r"over\b"
        ),
    ),
    (
        "how age changes things",
        # Asked about, not just mentioned: "I'm 69, which exercises firm the butt?" is answered.
        re.compile(
            r"\b(too old|at my age|too late (for me )?to (start|begin|build|grow|get)"
            r"|(does|will|can) (my )?age\b|\bstill\b.{0,40}\b(at|over|after|past) [3-8]\d\b"
            r"|\b(over|after|past) [3-8]\d\b.{0,30}\bstill\b"
            # whether it can be done at an age: "can I build glutes after 50"
            r"|\b(can|could|cant|cannot|possible to) (i |you |we |women |men |one )?(still )?"
            r"(build|grow|gain|develop|get|tone)\b.{0,30}\b(after|over|past|at|in (my|your|their)) "
            r"[3-8]\d\b"
            r"|\b(im|am) 1[2-7]\b(?! (reps?|kg|kgs|lbs?))"
            # "are these exercises ok for older women", "are hip thrusts ok for seniors"
            r"|\b(ok|okay|safe|fine|alright|suitable|appropriate|too hard) for "
            r"(older|elderly|senior|seniors|mature|middle aged)\b"
            r"|\b1[2-7] (years? old|yo)\b"
            r"|\b(what|which) age\b|\bhow old\b.{0,30}\b(too|start|stop|still)\b)"
        ),
    ),
    (
        "body proportions",
        re.compile(
            r"\b(long|short) (torso|femurs?|limbs|arms)\b|\bfemur length\b"
            r"|\b(wider|broader|narrower) hips\b|\bhips? (get |look |become )?(wider|broader|"
            r"narrower)\b|\b(grow|get|build|bigger|wide) (my |your |her )?hips\b"
            r"|\bhourglass\b|\bthigh gap\b"
        ),
    ),
    (
        "the scale going up",  # how to grow the glutes without gaining weight is answered
        re.compile(
            r"\bwhy (am|do|have|did|is|are) (i |my |you )?(\w+ )?(gaining|gained|gain|putting on|"
            r"put on|going up)\b.{0,15}\b(weight|pounds|lbs|kilos|kgs?|scale)\b"
            r"|\bwhy (is|does) (my |the )?(weight|scale) (going up|go up|increas\w*|rising)\b"
        ),
    ),
    (
        "waist size",
        re.compile(
            r"\bwaist(line)? (get |look |become )?(bigger|smaller|wide|wider|thick|thicker|"
            r"narrower|blocky|size)\b"
            r"|\b(bigger|smaller|wider|thicker|slimmer|narrower|tiny|tinier|small|slim|thin|"
            r"narrow|snatched|thick|blocky) waist\b"
        ),
    ),
    (
        # the toning plan's two rest days say nothing of what to do on them
        "what to do on rest days",
        re.compile(
            r"\b(cardio|run|running|jog|jogging|walk|walking|cycle|cycling|bike|biking|spin|swim|"
            r"swimming|hiit|yoga|stretch|stretching|abs|core|upper body|arms)\b.{0,20}"
            r"\bon (my |the |your |our )?(rest|off|recovery) days?\b"
            r"|\b(active recovery|rest day (workout|activity|activities|cardio))\b"
            r"|\bwhat (should|can|do) (i |you )?do on (my |the |your )?(rest|off) days?\b"
        ),
    ),
    (
        "the order of exercises",
        re.compile(
            r"\b(before|after|during) or (before|after|during)\b|\bbefore during or after\b"
            r"|\b(which|what) (exercise|move|one)s? (should i do |to do |goes )?first\b"
            r"|\bor\b.{0,40}\b(come|comes|go|goes) first\b"
            # "should I do squats or hip thrusts first"
            r"|\b(do|doing|start with|starting with|train|training)\b[\w ]{1,40}\bor\b[\w ]{1,40}"
            r"(?<!\bat )\bfirst\b(?! (time|week|month|day|session|workout|show|competition))"
            r"|\bfirst in (my|the|a) (workout|session)\b"
            r"|\b(what|which|in what|in which|best) order\b|\border (of|for) (my |the |your )?"
            r"(exercises|moves|lifts|workout)\b"
            # "can I do hip thrusts before squats?"
            r"|\b(can|should|could|do) (i |you |we )?(do|put|perform|start with|go) [\w ]{1,30}"
            r"\b(before|after) (my |the |doing )?(squat|deadlift|hip thrust|thrust|lunge|leg "
            r"curl|rdl|leg press|bridge|nordic|cardio|legs|glute|hamstring)"
        ),
    ),
    (
        "telling whether a muscle is weak",
        re.compile(
            r"\b(know|tell|test|check|see|find out) (if|whether) (my |your |the )?(glutes?|butt|"
            r"bum|hamstrings?|hams|posterior chain)( are| is)? (too |really |very )?(weak|weaker|"
            r"strong|stronger|(my |a |the )?weak (point|link|spot))\b"
            r"|\b(test|testing|check|checking) (for )?(my |your )?(glute|hamstring|butt) "
            r"(strength|weakness)\b"
        ),
    ),
    (
        "what a break from training does",
        # "will my glutes shrink if I stop training for a month", "do you lose it on a break"
        re.compile(
            rf"\b(if|when|after) (i |you |we )?{_STOPPING}\b.{{0,40}}\b{_SHRINKING}\b"
            rf"|\b{_SHRINKING}\b.{{0,40}}\b(if|when|after) (i |you |we )?{_STOPPING}\b"
            r"(?! (sprinting|running|cardio|doing cardio|the stairmaster))|\bdetrain\w*\b"
        ),
    ),
    (
        "why a move feels hard",  # "why is leg extension so hard", "lunges make me so tired"
        re.compile(
            r"\bwhy (is|are|do|does) (?!it\b|this\b|that\b)(the |my |a |an )?(\w+ ){1,3}"
            r"(feel |feels )?(so |really |that |this |such an? )?(hard|difficult|tough|tiring|"
            r"exhausting|awkward|uncomfortable|heavy)\b(?! to (grow|build|get|lose|tone|gain))"
            r"|\b(make|makes|leave|leaves) me (feel )?(so |really |very )?(tired|exhausted|out of "
            r"breath|wiped out|shaky)\b"
        ),
    ),
    (
        "why the glutes shrink",  # "why is my butt getting smaller even though i train it"
        re.compile(
            rf"\bwhy (is|are|has|have|does|do|did) (my |your |the |her )?{_REAR}( \w+){{0,3}} "
            r"(getting |got |gotten |become |becoming |go |going |look |looking )?(smaller|flatter|"
            r"shrink\w*|disappear\w*)\b"
        ),
    ),
    (
        "overtraining",
        re.compile(r"\bovertrain\w*|\btoo much (\w+ )?training\b|\btrain(ing)? too much\b"),
    ),
    (
        "where the body stores fat",  # asked why: how to lose it there is the Stepmill's myth
        re.compile(
            r"\bwhy (do|does|is|are) .{0,30}\b(carry|carries|store|stores|storing|hold|holds|keep|"
            r"keeps|put|puts) (on )?(my |all my |most of my |the |your |her )?(weight|fat)\b"
        ),
    ),
    (
        "training while ill",
        re.compile(
            r"\b(train|training|work ?out|working out|lift|lifting|exercise|exercising|glutes?)\b"
            r".{0,25}\b(when|while|if|with) (im |i am |youre |you are |i have |i got |you have )?"
            r"(sick|ill|unwell|a cold|the flu|flu|a fever|covid)\b"
        ),
    ),
    (
        "records and history",
        re.compile(
            r"\b(world records?|record for|who invented|invented the|history of|origins? of)\b"
        ),
    ),
    (
        "height",
        re.compile(
            r"\b(taller|grow tall|stunt\w* (your |my |their )?growth|increase (my |your )?height)\b"
        ),
    ),
    (
        "differences between women and men",
        re.compile(
            r"\b(harder|easier|different|faster|slower) for (women|men|girls|guys|females|males|"
            r"ladies)( than (women|men|girls|guys|females|males))? to\b"
            r"|\bwhy (are|do) (women|men|girls|guys|females|males) (so |naturally )?(\w+ )?(better"
            r"|stronger|weaker|good)\b"
        ),
    ),
    (
        "counting reps",
        re.compile(r"\bcount (my |your |the |each )?reps?\b|\bcounts? as (one|1|a) rep\b"),
    ),
    (
        "strength standards",
        re.compile(
            r"\bshould (you )?be able to (squat|deadlift|lift|hip thrust|thrust|press|bench)\b"
            r"|\bstrength standards?\b|\bhow strong should\b"
            r"|\bcompared (to|with) (my |your )?(squat|deadlift|hip thrust|bench)\b"
            # "how much can the average woman hip thrust", "a good squat for a 50kg woman"
            r"|\bhow much (can|should|does|do) (the |an? )?(average|normal|typical)\b"
            r"|\bhow much (should|can) (an? )?(beginner|woman|man|girl|guy|female|male)s? (squat|"
            r"deadlift|hip thrust|thrust|lift|leg press)\b"
            r"|\b(average|normal|typical|good|decent) (\w+ )?(squat|deadlift|hip thrust|thrust|"
            r"leg press)( weight| number)? for (an? |my )?(\d+|wom[ae]n|m[ae]n|girls?|guys?|"
            r"females?|males?|beginners?|someone|people|person|lady|ladies)\b"
        ),
    ),
    (
        "speed and jumping in other sports",
        re.compile(
            r"\b(run|sprint|swim|cycle|ride) faster\b|\bjump higher\b|\bvertical( jump)?\b"
            r"|\b(make|makes|making) (me|you|us) (faster|quicker|a better runner)\b"
            r"|\bfaster (at|when) (running|sprinting|sprints?|races?)\b"
            # "Usain Bolt could get faster if he did hip thrusts" (not faster results)
            r"|\b(get|gets|getting|got|become|becomes) (faster|quicker)\b(?! (results?|progress"
            r"|gains?|growth|change))|\bfor (sports?|athletics|athletic performance)\b"
            r"|\b(running|sprint|sprinting|sprinters?|runners?) speed\b|\bspeed (for|in|when) "
            r"(running|sprinting|sprints?|races?|racing)\b"
            # "will glute training help my running" (not "does running help my glutes")
            r"|\b(help|helps|improve|improves|boost|boosts) (my |your |with |me with )?(running|"
            r"sprinting|cycling|swimming|sports?|game|performance|athleticism|races?)\b"
            r"|\b(good|bad|useful|best|great) for (runners|cyclists|athletes|footballers|soccer "
            r"players|swimmers|skiers|dancers|climbers|golfers)\b"
        ),
    ),
    (
        "tracking progress",
        re.compile(
            r"\b(tape measure|measuring tape|progress (photos|pictures|pics)|track(ing)? "
            r"(my |your )?progress)\b|\b(measure|measuring) (my |your )?(glutes?|butt|bum|booty|"
            r"hips)( growth| size| progress| gains)?\b"
        ),
    ),
    (
        "HIIT against steady cardio",
        re.compile(r"\bhiit\b.{0,40}\b(steady|liss)\b|\b(steady state|liss)\b.{0,40}\bhiit\b"),
    ),
    ("muscles shaking during a set", TREMBLING),
    (
        "muscles twitching",
        re.compile(r"\b(twitch\w*|spasm\w*|quiver\w*|jump(s|ing)? on (its|their) own)\b"),
    ),
    (
        "balance",
        re.compile(
            r"\b(lose|losing|lost|keep|keeping|improve|improving|with|no|my) (my |your )?balance\b"
            r"|\b(fall|falling|tip|tipping|topple|toppling) over\b"
        ),
    ),
    ("the nervous system", re.compile(r"\b(cns|central nervous system|nervous system)\b")),
    (
        "the muscles cardio works",  # the Stepmill's answer is about fat, not muscles
        re.compile(
            r"\b(what|which) muscles? (does|do|is|are) (the |a |an )?(stair ?masters?|step ?mills?|"
            r"stair ?climbers?|steppers?|stairs|treadmills?|ellipticals?|bikes?|spin\w*|rowing|"
            r"rowers?|running|walking|cycling|swimming|incline walk\w*)\b"
            r"|\b(stair ?master|step ?mill|stair ?climber|stepper|treadmill|elliptical|cycling|"
            r"running|walking|spin\w*) (work|works|target|targets|hit|hits|use|uses) (what|which)"
            r" muscles?\b"
        ),
    ),
    (
        "easing off before a show",  # how much cardio and fat before a show is answered
        re.compile(
            r"\b(peak week|peaking|taper\w*|stop\w* (lifting|training)( heavy)?|cut\w* back|"
            r"ease off|easing off|back off|go lighter|lift lighter|train lighter)\b"
            r".{0,40}\b(before|leading up to|out from|prior to|until)\b.{0,25}"
            r"\b(show|shows|competition|comp|contest|stage)\b|\bpeak week\b"
        ),
    ),
    (
        "changing training as a show nears",
        re.compile(
            r"\b(show|competition|comp|contest) (gets|get|getting|comes|coming|draws) (closer|"
            r"nearer|near)\b"
            r"|\b(change|changing|adjust|adjusting|switch|alter|more often|less often|train more|"
            r"train less)\b.{0,40}\b(weeks?|days?|months?) (before|leading up to|out from|prior to)"
            r" (my |the |a )?(show|competition|comp|contest)\b"
        ),
    ),
    (
        "training while sore",
        re.compile(
            r"\b(train|training|work ?out|working out|lift|lifting|exercise|exercising|go to "
            r"the gym)\b.{0,10}\b(when|while|if|through|with)\b.{0,20}\b(sore|soreness|doms|"
            r"achy|aching)\b"
            r"|\b(sore|doms|aching)\b.{0,30}\b(ok|okay|safe|fine|bad) to (train|work ?out|lift|"
            r"exercise)\b"
            r"|\b(sore|doms)\b.{0,30}\b(should|can) (you )?(still )?(train|work ?out|lift|"
            r"exercise|skip|rest)\b"
        ),
    ),
    (
        "the time of day to train",
        re.compile(
            r"(?<!good )\bmorning or (evening|night|afternoon)\b|\b(evening|night) or morning\b"
            r"|\btime of (the )?day\b"
            r"|\bbest time (of (the )?day )?to (train|work ?out|workout|lift|exercise|do)\b"
            # asked, not told ("I train in the morning, how many sets?")
            r"|\b(should|better to|best to|bad to|ok to|okay to) (train|work out|lift|exercise) "
            r"(in the )?(morning|evening|at night)\b"
        ),
    ),
    *TECHNIQUE_TOPICS,  # checked last
)


# Asked after an exercise the articles skip is named: "side lunges for the outer glutes" is
# declined for the side lunge, the more useful thing to say.
REGION = re.compile(
    r"\b(upper|outer|side|top) (glutes?|butt|bum|booty)\b"
    r"|\b(side|top|upper part) of (the |my |your )?(butt|glutes?|bum|booty)\b"
)
