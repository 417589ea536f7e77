"""Form and technique details the cards don't give, as patterns over folded words: where the
heels, knees, back and feet go, gear, breathing, grip, tempo, warming up, and set techniques
(not sets to failure: article 001's load rule is about sets that end hard). Part of
`topics.TOPICS`, checked after the other subjects.
"""

from __future__ import annotations

import re

TECHNIQUE_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "form details like the heels, knees and back",
        re.compile(
            r"\bheels? (lift\w*|come up|comes up|rise|rising|off)\b"
            r"|\b(lift|lifts|lifting|lifted|raise|raising) (my |the |your )?heels\b"
            r"|\bheels? (down|flat|on|off) (the )?(ground|floor)\b"
            r"|\b(keep|keeping|stay|staying) (my |your |the )?heels (down|flat|on)\b"
            r"|\bweight (be |go |should be )?(on|in|through) (my |the |your )?(heels?|toes?|"
            r"forefoot|midfoot|balls of)\b|\b(torso|chest|back) (more |stay |staying )?upright\b"
            # (the stiff-leg deadlift's card says: back straight)
            r"|^(?!.*\b(stiff|straight) leg).*\b(back|spine|lumbar)\b.{0,25}"
            r"\b(rounds?|rounding|rounded|arches|arching)\b(?! (butt|bum|booty|glutes?|ass)\b)"
            r"|\b(round|rounding|rounded|arching) (my |the |your )?(lower )?back\b|\bbutt wink\b"
            r"|\bchin\b.{0,10}\b(tuck\w*|up|down)\b|\b(tuck|tucked|tucking) (my |the |your )?chin\b"
            r"|\b(bench|box) height\b|\b(how high|how tall|what height)\b.{0,20}\b(bench|box)\b"
            r"|\b(lean|leaning) (forward|back|backward)s? or\b|\bspott?(er|ers|ing)\b"
            r"|\bknees? (go |going |goes )?(past|over|in front of|beyond) (my |the |your )?toes\b"
            r"|\b(below|past|under|deeper than|lower than) parallel\b|\bass to (the )?grass\b"
            r"|\batg\b|\b(lock|locking|lock out|locking out) (my |your |the )?knees\b"
            r"|\b(slide|slides|sliding|slip|slips|slipping) (on|off|down|along) (the |my )?(bench|"
            r"pad|floor|mat)\b|\b(feet|foot|heels?) (keep |keeps )?(slide|slides|sliding|slip|"
            r"slips|slipping)\b"
            # where the eyes or head go ("where should I look when I squat")
            r"|\bwhere (should|do|to|must) (i |you |we )?(look|keep my (eyes|head))\b"
            # "leg curls: how to stop my hips lifting"
            r"|\bstop (my |the |your )?(hips?|butt|bum) (from )?(lift\w*|ris\w*|coming up|"
            r"popping up|shooting up)\b"
            r"|\b(head|neck|eye|gaze) position\b"
        ),
    ),
    (
        "gear like pads, belts and shoes",
        re.compile(
            r"\b(bar|barbell|hip thrust|squat) pads?\b|\btowels?\b|\bknee (sleeves?|wraps?)\b"
            r"|\bpads? (for|on|under) (the |my )?(bar|barbell)\b"
            r"|\b(wrap|wrapping) (my |your |the )?knees\b"
            r"|\b(lifting|weight|weightlifting) belts?\b|\b(lifting|squat|squatting) shoes\b"
            r"|\b(best|good|right|which|what|flat) (shoes?|sneakers|trainers|footwear|belt)\b"
            r"|\b(squat|lift|train)\w* (with|in) (an? )?belt\b"
            r"|\bbarefoot\b|\b(wear|wearing|with|without) (my |your )?(shoes|sneakers|socks)\b"
            # "squat in shoes", not "what would you do in my shoes"
            r"|(?<!\bdo )(?<!\bbe )(?<!\bwere )(?<!\bwas )(?<!yourself )\bin (my |your )?"
            r"(shoes|sneakers|socks)\b"
            r"|\b(band|ball) (length|size|sizes|thickness|colou?rs?)\b|\b(length|size) of (the )?"
            r"(resistance |stability |swiss |exercise )?(bands?|balls?)\b"
            r"|\bwhat size (\w+ )?(bands?|balls?|bench|box)\b"
            # how strong a band: "how heavy should the band be", "what band strength"
            r"|\bhow (heavy|strong|thick|tight|hard) (should |does |do |is |must )?"
            r"(the |my |a |your )?bands?\b|\bbands? (strength|resistance|tension|level|weight)\b"
            r"|\b(heavy|heavier|strong|stronger|light|lighter|thick|thicker) or (heavy|heavier|"
            r"strong|stronger|light|lighter|thin|thinner) bands?\b"
            r"|\bmake (\w+ ){1,3}(more comfortable|less painful|hurt less)\b"
            r"|\bwhat (should |to |do |can )?(i |you |we )?wear\b"
            r"|\b(gym )?(clothes|clothing|outfits?)\b"
            r"|\bbrands?\b|\b(which|what|where) (\w+ )?(to|should|do)( i)? buy\b"
            r"|\b(whats|best) (the )?(best )?(\w+ )?to buy\b"
            r"|\b(bar|barbell) (keeps |always )?(rolling|rolls|roll|slipping|slips|slides|"
            r"sliding)\b"
        ),
    ),
    ("breathing", re.compile(r"\b(breath|breathe|breathing|exhale|exhaling|inhale|inhaling)\b")),
    (
        "grips and straps",
        re.compile(
            r"\b(grip|grips|gripping|lifting straps|wrist straps|(use|using|wear|wearing) straps|"
            r"hook grip|mixed grip|chalk(?! (it|this|that|them) up))\b"
        ),
    ),
    (
        "lifting tempo",
        re.compile(
            r"\btempo\b|\bspeed of (the |each |my )?reps?\b"
            r"|\bhow (many seconds|long)\b.{0,30}\b(lowering|eccentric|negative)\b"
            r"|\b(\d+|one|two|three|four|five) (second|sec|s) "
            r"(negatives?|eccentrics?|lowering|pauses?)"
            r"|\bpause (at|in) the (top|bottom)\b|\bpaused (squats?|reps?|hip thrusts?)\b"
            r"|\bpause reps?\b|\bhow many (seconds|secs)\b(?!.*\brest)"
        ),
    ),
    (
        "knees caving in",
        re.compile(r"\bknees? (cave|caves|caving|buckl\w*|collaps\w*|go in|goes in|valgus)\b"),
    ),
    # Article 000 tells sprinters to warm up; warming up for anything else it never covers.
    ("warming up", re.compile(r"^(?!.*\bsprint).*\b(warm ?ups?|warming up)\b")),
    (
        "training techniques like drop sets",
        re.compile(
            r"\b(drop ?sets?|super ?sets?|giant sets?|rest pause|myo ?reps?|"
            r"pyramid sets?|cluster sets?)\b"
        ),
    ),
    (
        "where to put your feet",
        re.compile(
            r"\b(feet|foot|stance)\b.{0,12}\b(placement|position|positioning|high or low|low or "
            r"high|wide or narrow|narrow or wide|width)\b|\bwhere\b.{0,20}\b(put|place)\b.{0,10}"
            r"\b(feet|foot)\b|\bhow (wide|narrow|far apart)\b.{0,25}\b(feet|foot|stance)\b"
            r"|\btoes (point |points |pointed |pointing )?(out|in|forward|straight)\b"
            r"|\b(feet|foot|stance) (high|low|wide|narrow|higher|lower|wider|closer)\b"
            r"|\bhow far (out|apart|forward|away|back|in)\b.{0,25}\b(feet|foot)\b"
            r"|\bwhere should (my |your |the )?(feet|foot)\b"
        ),
    ),
)
