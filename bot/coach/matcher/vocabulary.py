"""The matcher's vocabulary: synonyms, off-limits words, stopwords and common English words.

Plain tables, written as comma-separated text so they read like word lists.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.coach.matcher.everyday_english import EVERYDAY_ENGLISH

# Words too general to carry a match on their own ("is rowing a good workout").
GENERIC = (
    "workout", "exercise", "train", "best", "work", "time", "way", "look", "meaning", "role",
    "stop", "start", "keep", "difference", "pick", "one",
)  # fmt: skip


def _csv(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(rows: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {canon: _csv(variants) for canon, variants in rows.items()}


LOSE = "lose"  # the canonical term of every way to say losing, burning, slimming

# canonical term -> variants (surface words or phrases, comma-separated; the canonical
# term itself is implied). Variants are stemmed at build time.
SYNONYMS: dict[str, tuple[str, ...]] = _table(
    {
        "glute": (
            "glutes, gluteus, gluteal, butt, butts, booty, booties, bum, bums, ass, arse, behind, "
            "backside, bottom, buttock, buttocks, bootie, derriere, rear, rear end, butt cheek, "
            "butt cheeks, bum cheek, peach, gluteus maximus, gluteal maximus, glute maximus, "
            "glute max, cheeks, tush, tushy, rump, glutt, gluts, glut, buns, buns of steel, "
            "caboose, hiney, heiney, heinie, keister, badonkadonk, junk in the trunk, posterior"
        ),
        "lowerglute": (
            "underbutt, under butt, lower glute, lower glutes, lower butt, lower bum, bottom of "
            "the butt, bottom of my butt, bottom of the glutes, bottom of my bum, bottom of the "
            "bum, butt crease, glute crease, glute fold, under the butt, under my butt, under the "
            "glutes, gluteal fold, gluteal folds, banana roll, banana rolls, lower part of my "
            "butt, lower part of the butt, lower part of my bum, lower part of the bum, lower "
            "part of my glutes, lower part of the glutes, lower half of my butt, lower half of "
            "the butt, lower half of my glutes, lower half of the glutes"
        ),
        "hamstring": (
            "hamstrings, hammies, hammy, hams, ham, hammys, back of the thigh, back of the "
            "thighs, back of my thighs, back of the leg, back of the legs, back of my legs, "
            "posterior chain"
        ),
        "stepmill": (
            "step mill, stair master, stairmaster, stair climber, stairclimber, stepper, stair "
            "mill, stairmill, stair machine, stairs machine, stair stepper, stair climbing, "
            "climbing stairs, stairs, stair, step machine, step climbing, step climber, "
            "stepping machine"
        ),
        "tiein": (
            "tie in, tie ins, tie-in, tieins, glute ham tie in, tying in, line between butt and "
            "legs, line between my butt and legs, line between the butt and legs, line between "
            "glutes and hamstrings, line between the glutes and hamstrings, where the butt meets "
            "the legs, where my butt meets my legs"
        ),
        "jlo": (
            "j lo, jennifer lopez, lopez, kim kardashian, kardashian, kardashians, kim k, "
            "beyonce, nicki minaj"
        ),
        "leg": (
            "legs, lower body, leggs, thigh, thighs, quad, quads, quadricep, quadriceps, thunder "
            "thighs"
        ),
        "bikini": "bikinis, bikini division, bikini competitor",
        "compete": (
            "competing, competition, competitions, comp, comps, contest, show, shows, stage, "
            "prep, contest prep, show prep, competitor, competitors, physique, figure, "
            "bodybuilding, bodybuilder, bodybuilders, olympia"
        ),
        "fat": (
            "fats, body fat, bodyfat, fatty, flab, flabby, jiggle, jiggly, jiggles, wobbly, "
            "wobble, wobbles, wobbling, flubber, chubby, pudgy"
        ),
        "saddlebag": "saddlebags, saddle bag, saddle bags, outer thigh fat",
        "lean": "leaner, shredded, on a cut, cutting phase, defined, definition, shred, stage lean",
        "lose": (
            "losing, loss, lost, burn, burning, burns, shed, melt, get rid, slim, slimmer, "
            "slimming, trim, reduce, drop, strip, smaller, thinner, thin, shrink, shrinking, "
            "tinier, less big, not as big, not so big, less huge"
        ),
        "grow": (
            "growing, growth, build, building, bigger, big, gain, gains, hypertrophy, size, mass, "
            "bulk, bulky, bulking, huge, larger, increase size, massive, builder, builders, "
            "grower, growers, thick, thicker, develop, developed, developing, development, "
            "bring up, bring them up, bring it up, bring those up, bringing up"
        ),
        "tone": "toned, toning, tighten, firm, firmer, sculpt, tonify, tonifying, tonified, toner",
        "shape": (
            "shaped, shapely, shaping, curve, curves, contour, reshape, reshaping, curvy, curvier, "
            "curvaceous"
        ),
        "flat": (
            "flatter, flattest, flatten, flattened, flattening, pancake butt, pancake bum, "
            "flat as a pancake, pancake, shapeless"
        ),
        "round": (
            "rounder, rounded, perky, perkier, bubble, juicy, saggy, sagging, droopy, droop, "
            "heading south, going south, point south, points south"
        ),
        "meaning": "mean, means, meant, explain, explained, stand for",
        "pattern": (
            "patterns, movement pattern, movement patterns, family, families, type of movement, "
            "kind of movement, types of exercise"
        ),
        "function": "functions, role, purpose",
        "goodmorning": "good morning, good mornings, goodmornings",
        "key": (
            "keys, factor, factors, vital, essential, essentials, ingredient, ingredients, "
            "requirement, requirements, secret, secrets"
        ),
        "aesthetic": (
            "aesthetics, aesthetically, pleasing, ideal, attractive, good looking, best looking, "
            "better looking, looks best, look best, looks better, look better, looks good, look "
            "good, nice looking"
        ),
        "cardio": (
            "cardiovascular, aerobic, aerobics, running, jogging, jog, treadmill, "
            "cycling, bike, biking, spinning, spin class, elliptical, incline walking, "
            "walking pad, walking uphill, walk uphill, uphill walking, incline walk, hill walking, "
            "spin, spin classes, peloton"
        ),
        "sprint": "sprints, sprinting, sprinter, sprinters, dash",
        "rep": "reps, repetition, repetitions, rep range, rep ranges",
        "set": "sets, series",  # "series": sets, in Spanish and Italian English
        "rest": "resting, break, days off, day off, rest day, rest days",
        "weight": (
            "weights, load, loads, heavy, heavier, heaviest, dumbbell weight, poundage, kilo, "
            "kilos, kg, kgs, lbs, pounds"
        ),
        "light": "lighter, lightest, lighten, lower the weight, drop the weight",
        "easy": "easily, too easy, effortless, breeze",
        # article 001: muscles exhausted by the end, the last reps hard
        "tired": "exhausted, exhaust, fatigue, fatigued, failure, to failure, muscle failure",
        "2": "two, twice, 2x",
        "3": "three, thrice, 3x",
        "4": "four, fourth",
        "8": "eight",
        "12": "twelve",
        "20": "twenty",
        "30": "thirty",
        "band": (
            "bands, banded, resistance band, resistance bands, mini band, loop band, booty band, "
            "hip circle"
        ),
        "ball": "stability ball, swiss ball, exercise ball, physio ball, gym ball",
        "home": (
            "house, living room, apartment, no gym, without a gym, dont have a gym, without gym, "
            "no gym access, dont go to the gym, cant go to the gym, not a gym, hotel room, without "
            "the gym, without going to the gym, without entering the gym, outside the gym, skip "
            "the gym, yoga mat, exercise mat, workout mat, hotel, hotel gym, hotel gyms, hotels"
            # a mat is home kit, not yoga; a hotel gym has little more than a home
        ),
        "equipment": "gear, kit, machines, without weights",
        "bodyweight": "body weight, no equipment, calisthenics",
        "single": (
            "unilateral, one legged, single legged, one leg, 1 leg, one side, one sided, one "
            "at a time, each leg"
        ),
        "deadlift": "deadlifts, dead lift, dead lifts, dead-lift, dl, dls",
        "rdl": "rdls, romanian, romanian deadlift",
        "sldl": "stiff leg, stiff legged, straight leg, straight legged, stiff-leg, stiff",
        "thrust": "thrusts, thruster, thrusting, hipthrust, hipthrusts",
        "nordic": "nordics, nordic curl, nordic ham curl, nordic hamstring curl",
        "ghr": "ghrs, glute ham raise, glute ham raises, ghd, glute ham developer",
        "abduction": "abductor, abductors, abduct, hip abduction",
        "lowerback": (
            "lower back, low back, lumbar, spinal erector, spinal erectors, erector, erectors, "
            "erector spinae"
        ),
        "bicepsfemoris": "biceps femoris, bicep femoris",
        "adductor": "adductors, adductor magnus, adducter",
        "spotreduce": (
            "spot reduction, spot reduce, spot reducing, spot reduced, spot burn, spot fat loss, "
            "target fat, targeted fat loss, specific spot, one spot, one area, specific area, one "
            "place, just one area"
        ),
        "sittingbone": (
            "sitting bone, sitting bones, sit bone, sit bones, butt bone, butt bones, ischial "
            "tuberosity, ischial"
        ),
        "muscle": "muscles, muscular, musculature",
        "exercise": "exercises, move, moves, movement, movements, lift, lifts",
        "workout": (
            "workouts, routine, session, sessions, program, plan, leg day, leg days, glute day, "
            "glute days, booty day, lower body day"
        ),
        "train": "training, trained, work out, working out, hit, target",
        "often": (
            "frequency, frequently, times a week, per week, days a week, weekly, every day, daily, "
            "once a week, twice a week, thrice a week, "
            # which days: a schedule
            "monday, tuesday, wednesday, thursday, friday, saturday, sunday, mondays, tuesdays, "
            "wednesdays, thursdays, fridays, saturdays, sundays"
        ),
        "separation": "separate, split, crease, line, contrast",
        "smooth": "seamless, blend, blended, smoothly, transition",
        "pad": (
            "pads, padded, padding, butt lifting shorts, padded leggings, padded pants, "
            "padded jeans, butt lifting leggings, butt lifting jeans"
        ),
        "underwear": "shorts, panties, knickers, pants",
        "pop": "pops, popping, stand out, stands out, shelf, prominent",
        "eccentric": "eccentrics, negative, negatives, lowering, slow lowering",
        "weak": (
            "weaker, weakest, weakness, weaknesses, lagging, lags, lag, lagged, underdeveloped, "
            "under developed, undeveloped, weak point, weak spot, weak link"
        ),
    }
)

# Words and phrases that mean the coach has no curated answer, whatever else matches:
# medical questions, body parts, clothes, other sports, the bot itself. Other muscles,
# nutrition, timeframes and exercises no card names are recognised in scope.py instead,
# which names the gap in the reply.
VETO: tuple[str, ...] = _csv(
    # medical and injury care
    "pain, painful, hurt, hurts, hurting, ache, aches, aching, injured, sciatica, numb, "
    "numbness, tingling, doctor, physiotherapist, physical therapist, surgery, "
    "pregnant, pregnancy, postpartum, breastfeeding, giving birth, labour, labor, menstrual, "
    "menopause, swollen, swelling, tendonitis, tendinitis, bursitis, hernia, herniated, disc, "
    "scoliosis, arthritis, been sick, got sick, feeling sick, sick with, fever, "
    "medication, prolapse, diastasis, pelvic floor, tore, torn muscle, torn hamstring, "
    "torn ligament, torn acl, torn meniscus, is torn, was torn, sprain, sprained, broke my, "
    "pulled my, pulled a, pulled muscle, pulled hamstring, hamstring pull, strained my, "
    "strained a, "
    "broken, fracture, bruise, bruised, bad for my knees, bad for your knees, bad for my back, "
    "bad for your back, click, clicks, clicking, snapping, grinding, crack, cracks, cracking, "
    "dizzy, nausea, have cold, got cold, caught cold, flu, "
    "hungover, hangover, ice, icing, rehab, rehabilitation, physical therapy, replacement, "
    "sleep, sleeping, insomnia, my period, on my period, menstrual cycle, time of the month, "
    "ozempic, semaglutide, wegovy, steroids, sarms, "
    # stretching and posture: the articles say nothing about them
    "stretch, stretches, stretching, flexibility, mobility, foam roll, foam roller, posture, "
    "pelvic tilt, rounded shoulders, flat feet, tightness, tight hamstrings, tight hams, "
    "hamstrings tight, hamstrings are tight, hamstrings feel tight, hamstrings are so tight, "
    "hamstrings always tight, hamstrings so tight, tight hips, hamstring troubles, "
    "hamstring trouble, hamstring issues, hamstring problems, risk of a pull, "
    # looks the articles say nothing about
    "cellulite, dimples, dimple, dimply, dimpled, orange peel, stretch marks, loose skin, "
    "hip dips, asthma, diabetes, blood pressure, "
    "acne, pimples, pimple, breakouts, rash, ingrown hairs, "
    # recovery aids
    "sauna, saunas, ice bath, ice baths, cold plunge, hot tub, steam room, foam roller, "
    "foam rolling, "
    "heart rate, osteoporosis, hypermobility, endometriosis, pcos, heart health, heart disease, "
    "for your heart, for my heart, for the heart, "
    # body parts that aren't muscles the articles discuss (other muscles: see scope.py)
    "shin, shins, ankle weight, ankle weights, weak ankles, ankle mobility, wrist, wrists, elbow, "
    "groin, double chin, obliques, "
    # people the articles don't address ("after having children", "my kids keep me busy" are
    # still about oneself); idioms aside ("torn between", "sick of squats", "broke student")
    "for kids, can kids, should kids, kids do, kids train, kids lift, my child, "
    "can children, should children, for children, teen, teenager, teenagers, "
    "elderly, seniors, "
    # drink and drugs (food and supplements: see scope.py)
    "alcohol, caffeine, intermittent fasting, recipe, "
    # clothes ("should I buy padded shorts" has an answer)
    "leggings, shoes, sneakers, belt, wax, waxing, outfit, waist trainer, corset, "
    # moves the articles don't discuss (other sports: see scope.py)
    "pull up, pullup, push up, pushup, muscle up, plank, dips, bench press, "
    # stage posing
    "how to pose, how do i pose, posing tips, posing routine, "
    # the bot and the world
    "bot, price, cost, costs, subscription, premium, weather, your name, who are you, real "
    "person, human, robot, chatgpt, language, spanish, french, german"
)

STOPWORDS: frozenset[str] = _wordset(
    """
    a about above actually advice after again against all almost also am an and any anyone
    article articles
    anything anyway are aren arent as at bad basically be because been before being below better
    between bit both but by can cannot cant correct correctly could couldnt cue cues currently did
    didnt do does doesnt doing dont down during each either else even ever every everybody
    everyone example examples explain few fine fix for form from further get gets getting girl
    girls go going gonna good got gotta guy guys had hadnt has hasnt have havent having he hello
    help her here hers herself hey hi him himself his hiya honestly how however i id idea if ill
    im improve improving in into is isnt it its itself ive just kind kinda know lately legit let
    lets like likely literally little lol lot lots ma made make makes making many may maybe me
    mean might mine more most much must my myself need needs no nor not now of off ok okay on
    once only or other our ours ourselves out over own perform performing please pls plz
    possible pretty proper properly question questions quite rather really recommend
    recommendation right same say says seriously she should shouldnt so some someone something
    sort still stuff such super sure technique tell than thank thanks that thats the their
    theirs them themselves then there theres these they thing things think this those though
    through thx tip tips to too totally true u under until up upon us use using versus very via
    vs wanna want wants was wasnt way we well were werent what whats when where which while who
    whom whose why will with without wonder wondering wont worth would wouldnt ya yall yeah yes
    yet you youd your youre yours yourself
    quick random silly stupid dumb curious wondered ask asking asked hoping hope guess anybody
    effective ineffective useless pointless beneficial helpful waste wasted wasting
    necessary unnecessary essential required mandatory
    somebody folks new gym gyms advance ago currently recently tldr tl dr bro bros dude dudes
    sis fam mate mates
    """
)

# Everyday life told around a question ("I'm a mom of two", "I have a desk job", "lifting for
# a year"): unknown to the content, they weigh less than other unknown words (see Matcher).
EVERYDAY: frozenset[str] = _wordset(
    """
    mom mum mother moms mums dad father kids kid children child baby babies husband wife
    boyfriend girlfriend partner family son daughter sister brother friend friends desk job jobs
    office school college uni university student studying nurse teacher shift shifts year years
    old young age aged wedding holiday vacation summer winter spring autumn fall christmas
    beginner beginners newbie newbies novice novices stubborn
    told heard hear hears read reading saw seen claims claimed claim swear swears apparently
    supposedly said thoughts opinion opinions believe believes people lady trainer instructor
    video videos youtube instagram tiktok online internet
    done month months week weeks ago lately wrong seeing ad ads advert adverts advertisement
    morning mornings evening evenings season seasons hate hates hated worry worried worries
    insist insists insisted
    done month months week weeks ago lately wrong
    """
)

# Common English words never "corrected" into a domain word (talking -> walking...).
COMMON: frozenset[str] = (
    _wordset(
        """
    about above after again against always another anyone anything around baking because before
    being below between coach cooking could daily desk driving during every everyone first found
    friend friends great happy hours house large later little looking making maybe might minutes
    money month months mother never night nothing office often older other people place please
    point right school seconds should since sister sitting small someone something sorry sound
    still study taking talk talking thanks their there these thing things think thinking those
    three through tired today together trainer under until walked water weeks where which while
    white whole woman women world would years young younger trying overweight jiggling jiggly
    adduction adductions understand understood understanding
    tried spring springs state states foods swimming skimming football footballer compare
    comparing hearing boring chatting overtime undertake everywhere footwork weekend weekends
    breakfast thirsty downstairs upstairs underweight stopping pointers locking string strings
    walls stare gluten waking
    """
    )
    | EVERYDAY_ENGLISH
)


# Pain said of something else, or cleared (on folded words): "hip thrusts are a pain to set
# up", "my physio cleared me".
NOT_PAIN = re.compile(
    r"\b(is|are|its|was) (such |real )?pain\b(?! in (my|your|the) (?!butt\b|ass\b|neck\b))"
    r"|\bphysio\w* (student|students|degree|course|class)\b|\b(physio|doctor) cleared\b"
    r"|\bcleared (me )?(for|to)\b|\bcleared by (my |the |a )?(doctor|doc|physio\w*|surgeon|gp)\b"
    # an old injury told as healed: "I had knee surgery two years ago and I'm fully recovered"
    r"|\b(had|after|since) (an? |my )?(\w+ )?(surgery|injury|operation)\b(?=.{0,60}\b(fully "
    r"recovered|recovered fully|completely recovered|fully healed|all healed|cleared)\b)"
    # ... and a birth: "I'm 5 months postpartum and cleared by my doctor to exercise"
    r"|\b(postpartum|post partum|pregnancy|c ?section)\b(?=.{0,40}\bcleared\b)"
    r"|\b(fully|completely) (recovered|healed)\b"
    # a pregnancy told as past: "before I got pregnant I was doing hip thrusts"
    r"|\bbefore (i )?(got |was |became |getting |being )?(pregnant|my pregnancy|pregnancy)\b"
    r"|\b(after|since) (my |two |three |four |\d )?pregnancies\b"  # "after two pregnancies"
    r"|\b(im|am) not (hurt|injured|in pain)\b|\b(doesnt|does not|didnt|dont|never) hurt\b"
    r"|\bno pain\b|\bpain ?free\b|\bwithout (any )?pain\b"
    r"|\bworth (all )?the (pain|hurt)\b"
    r"|\b(without|no|instead of|rather than) (a |any )?(surgery|surgeries)\b"
    # a fear of getting hurt, no hurt: "I'm nervous about getting hurt. Where do I start?"
    r"|\b(afraid|scared|nervous|worried|fearful|anxious|terrified|paranoid|fear)( of| about)? "
    r"(getting |being )?(hurt|injured|injuring myself|hurting myself|an injury)\b"
    r"|\b(dont|do not) want to (get )?(hurt|injure) myself\b"
    # form asked for, to stay unhurt: "how to do good mornings without hurting my back"
    r"|\bwithout (hurting|injuring|straining|tweaking) (my|your|the)( lower)? (back|knees?|neck|"
    r"hips?|shoulders?|wrists?|spine)\b"
    # a doctor's advice reported ("my doctor suggested strength training"), no complaint
    r"|\b(doctor|doc|gp) (suggested|suggests|recommended|recommends|told me to|said i should|"
    r"wants me to|advised)\b"
)
_SPRINT = re.compile(r"\bsprint\w*\b")
# Staying unhurt asked of sprinting: article 000 says to ease in and warm up.
_UNHURT = re.compile(
    r"\b(not|never|avoid|without) (get(ting)? )?hurt\w*|\b(avoid|prevent)\w* injur"
)


# Sayings that name an off-limits thing they are not about: "what would you do in my shoes".
IDIOMS = re.compile(r"\b(do|be|were|was|yourself|put you) in (my|your|her|his) shoes\b")


def without_not_pain(folded: str) -> str:
    """Folded text without the phrases that name pain but report none (NOT_PAIN) or name
    what they are not about (IDIOMS), nor a sprinter asking how to stay unhurt."""
    text = IDIOMS.sub(" ", NOT_PAIN.sub(" ", folded))
    return _UNHURT.sub(" ", text) if _SPRINT.search(text) else text
