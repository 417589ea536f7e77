"""Everyday English words the speller must leave alone.

The speller corrects a word the content never uses towards the nearest content word, which
turned everyday words into training terms: "shoulder" into "should", "stuck" into "stick",
"laughter" into "lighter", "grains" into "gains", "tires" into "tired", "complete" into
"compete". These are the words of 4 letters or more, among about 18,000 frequent English
words, that it changed (found with a frequency word list used only to look; plausible typos
of training words, such as "trusts" for thrusts or "lungs" for lunges, are left out so that
they are still corrected).
"""

from __future__ import annotations

_WORDS = """
    accessed accesses acre addicted affected affects alter america americans americas apartments
    arise arises athlete attached avoids backbone backdrop backend backstage ballroom bananas
    beige bets blender blends bonds boogie booth bottoms branded brands breakdown breakout
    breaks bridges brigade brings bubbles buildings builds bullying bumper callback caller
    carved carver caused causes chains chairs changed changer changes chooses chose circles
    claiming classroom classy clause climbed compares compass competent complete completed
    completes completing complying computing congrats connected connector connectors constantly
    constants constraint consultant contents contested contests context contexts contract
    contracts convention conventions converted countdown counters counties county curved daycare
    daylight daytime deadline declined defines definite definitions degrees destined detailed
    details detained developers developmental developments develops differences divisions
    dominate dose downhill download downloads downtime eighth eighty emphasize emphasizes
    endpoint essentially everyday everytime exercised explains extend factories factory failures
    females fibers figured figures figurine filler finished finishes firms flood floors forget
    forgive forks forma format former forums forwarded forwards frequent functional goodwill
    grains hardback headings hearings hears heavyweight helpline highlight highway hillside
    hinges homework honey hostel hotels housed household houses hyperlink hypertension ideals
    importantly improved improves inclined increased increases inline interval involve involves
    jingle judged keypad keystone kills laughing laughter laying learner learners legend lien
    lighted lighthouse lighting lights lightweight litter lookout loser lounge loving machinery
    makeover makers males marker marketed masters mastery mattress meanings meantime meanwhile
    minister modes monastery monsters moreover motions moved movers movies named naturally
    naturals necessarily negatively noticed notices numbered numbers offline offset olympics
    outback outbreak outgoing outline outlook outlying outreach outright outstanding overland
    overlooking oversee paints palace pantie peoples performs phases phrase pistols placed
    places plants playback playhouse playlist playoff pointe prepare pressed pressures probe
    processes programme programs property purposes quiet raised ranged ranger rangers react
    realtime reduces reductions refers refusing relating restoring result resulted resulting
    rights rollover rounds routinely routines secretly separately separates separating separator
    shall shapes shared shifting shirts shortest shoulder showdown showroom showtimes sides
    sidewalk singled singles skates smallest softball spanning specially specials specialty
    specifics specified specifies splinter splits splitting spotlight spotting springer staged
    stages staining stamping standalone standings standpoint starts steep stepped sticks sticky
    stock straightforward strains strand strands strengthened strengths striking stripe stripper
    stripping strips stronger strongly stuck suitability takeover tech tensions thereafter
    thongs threw thrive ticker timed timeline timeout timers tires toner tones tracks tradition
    trailing trainee trainees trainers trains transitional transitions translation typed typing
    undergoing underline underlying understands underway viral waits weekday weighed weighs
    withstand womens worker workgroup workload workplace worms worthwhile worthy
"""
EVERYDAY_ENGLISH: frozenset[str] = frozenset(_WORDS.split())
