"""Pain, injury and a move's risk said or asked, on text folded as for
bot/coach/smalltalk_patterns.py: the articles' routines are for healthy people only, so
these are pointed to a professional rather than advised on (bot/coach/smalltalk.py)."""

from __future__ import annotations

import re

# Pain and injury: the articles' routines are for healthy people only (article 000), so the
# coach points to a professional instead of advising. Checked on messages of any length.
PAIN = re.compile(
    r"\b(pain|painful|hurts?|hurting|ache|aches|aching|sore knees?|sciatica|numb|numbness|"
    r"tingl\w*|sprain\w*|tore|torn(?! between)|ruptured?|acl|pcl|mcl|meniscus|"
    r"(?<!without )(?<!no )(?<!instead of )(?<!rather than )(?<!than )(surgery|surgeries)|"
    r"ligaments?|tendonitis|tendinitis|tendinopathy|bursitis|herniated|hernia|disc|physio\w*|rehab\w*|"
    r"grind\w*|click\w*|swollen|swelling|bruis\w*|pregnan\w*|postpartum|caesarean|cesarean|"
    r"csection|diastasis|prolapse|pelvic floor|incontinen\w*|bladder|pee|peeing|wet myself|"
    r"scoliosis|arthritis|osteoporosis|fasciitis|"
    r"shin splints)\b"
    # unwell from training ("feeling sick after hip thrusts", "dizzy after squats")
    r"|\b(nausea|nauseous|nauseated|dizzy|dizziness|light ?headed|faint|fainted|fainting|"
    r"threw up|throw up|throwing up|vomit\w*|puk(e|ed|ing))\b"
    r"|\b(feel|feels|feeling|felt|get|gets|getting|got) (so |really |very )?sick (after|during|"
    r"when|while|from)\b"
    # a joint that pops or cracks ("my hip pops during leg curls")
    r"|\b(hips?|knees?|back|ankles?|joints?|shoulders?)\b.{0,20}\b(pops?|popping|popped|"
    r"snaps?|snapping|cracks?|cracking|clunk\w*)\b"
    r"|\b(had|after|since|post) (my |an? )?(emergency )?section\b"  # "a c-section": no "c"
    r"|\b(niggle|niggles|niggling|twinge|twinges|twinging|twinged)\b"
    r"|\bsi joints?\b|\btweaked (my |an? )?(back|knee|hip|hamstring|glute|si|neck|groin)\b"
    r"|\b(pulled|pull|tweaked|strained) (my |an? |some)?(hamstring|glute|groin|muscle|something|"
    r"thing)\b"
    # a joint that doesn't like a move ("my knees dont like them", "my back didn't like it")
    r"|\b(knees?|back|hips?|ankles?|shoulders?|wrists?|neck|joints?)( really| just| still)?"
    r" (don'?t|doesn'?t|didn'?t|do not|does not|did not|never) (like|love|agree with)\b"
    r"|\bbad (knee|knees|back|hip|hips|ankle|ankles)\b|\b(knee|back|hip) (problems?|issues?)\b"
    r"|\b(knees?|back|hips?|ankles?|hamstrings?|glutes?|butt|bum|legs?) (is|are) killing me\b"
    r"|\b(knees?|back|hips?|ankles?|shoulders?|neck)( still)? (feels?|felt|is|was)( a)?( bit"
    r"| little| kinda| kind of| really)? (off|weird|funny|wonky|unstable|wrong|not right)\b"
    # a joint sore, with more said ("my knee is a bit sore today, should I still do the lunges?")
    r"|\b(knees?|back|hips?|ankles?|shoulders?|neck|joints?|wrists?|elbows?)( still)? (is|are|"
    r"feels?|felt|was|were)( feeling)?( still| so| really| very| bit| little| kinda| quite|"
    r" pretty| super)* sore\b"
    # what a move does to the joints: their safety is not in the articles
    r"|\b(bad|safe|dangerous|risky|hard|harder|tough|easy|easier|gentle|gentler) (for|on) "
    r"(my |your |the )?(knees?|joints?|lower back|back(?! of)|spine|hips?|ankles?)\b"
    r"|\bpinch\w*|\b(why|what) (do|does|is|are) (my )?\w+ (keep |always )?cramp\w*"
    # a stiff back or hips, tight hamstrings or a tight back (not the stiff-leg deadlift, not
    # "keep your back tight")
    r"|\bstiffness\b|\b(back|hips?|knees?|neck|hamstrings?|hams|glutes?)( \w+){0,3} stiff\b"
    r"(?! ?leg)"
    r"|\bstiff (knees?|back|lower back|hips?|neck|joints?|ankles?)\b"
    r"(?! ?leg)|\b(hamstrings?|hams|hips?|hip flexors?|back|neck|knees?)( are| is| feel| feels|"
    r" felt| gets?| always| so| really| very| super)+ tight\b"
    # ... said with how much: "my lower back felt a bit tight" (not "keep your back a bit tight")
    r"|\b(hamstrings?|hams|hips?|hip flexors?|back|neck|knees?)( are| is| feel| feels| felt"
    r"| gets?| got)( a| bit| little| kinda| quite| pretty| so| really| very| super)+ tight\b"
)
# Strains and injuries are pain too, except when asked about sprinting: article 000 names the
# strain risk of sprints, so that question has an answer.
INJURY = re.compile(
    r"\b(strain(ed|s)?|injur\w*)\b|\blabrum\b"
    r"|\b(hamstring|hammy|glute|muscle|partial|groin|adductor|calf|labral) tears?\b"
    r"|\btear (in )?(my |a |the )?(hamstring|glute|muscle|acl|meniscus|labrum)\b"
)
# Whether a move is safe, asked without pain said ("are good mornings dangerous").
RISK = re.compile(
    r"\b(dangerous|unsafe|risky)\b"
    # "are deadlifts safe for beginners", "is it safe to squat every day" (not "a safe weight")
    r"|^(?!.*\b(data|info|information|details|account|messages|chats?)\b).*"  # "is my data safe"
    r"\b(is|are) (it |they |these |those |the |a |an |my )?(\w+ ){0,3}safe\b(?! weight)"
)
SPRINT = re.compile(r"\bsprint\w*\b")
