"""Exercise cards end to end (issue 11): "Used for" is what the programs use, cues credited
to an article carry its number, the coach's own tips are marked as such, and /program cites
the articles of its exercises."""

import re

from bot.coach.profile import Goal
from bot.content import load_content
from tests.content.test_cards import used_for_from_the_yaml
from tests.e2e.flows import onboard


async def test_used_for_on_every_card_matches_the_programs(env):
    content = load_content()
    expected = used_for_from_the_yaml()
    chat = env.chat(6201)
    for card in content.exercises.values():
        text = (await chat.say(f"/exercise {card.name}"))[-1].text
        assert f"<b>{card.name}</b>" in text
        line = next((ln for ln in text.splitlines() if ln.startswith("Used for: ")), None)
        goals = [g for g in Goal if g.value in expected[card.id]]  # in the goals' order
        if not goals:
            assert line is None, card.id
            continue
        assert line is not None, card.id
        shown = [g.strip() for g in line.removeprefix("Used for: ").rstrip(".").split(";")]
        assert shown == [env.svc.render.label("goal_short", g.value) for g in goals], card.id


async def test_cues_show_their_article_and_the_coachs_own_tips_none(env):
    chat = env.chat(6202)
    sldl = (await chat.say("/exercise stiff-leg deadlift"))[-1].text
    assert "• Hinge forward from the waist, knees and back kept straight. [1]" in sldl
    assert "Coach's tip" not in sldl  # all three are article 001's
    assert "Sources: [1] Toning hamstrings and glutes; [2] Three muscle groups" in sldl
    skater = (await chat.say("/exercise skater lunge"))[-1].text
    assert "<b>How</b>" in skater
    assert "<i>Coach's tips (my own, not from the articles):</i>" in skater
    assert not re.search(r"\[\d\]\n", skater.split("Source")[0])  # no tip carries a number
    curl = (await chat.say("/exercise lying leg curl"))[-1].text
    assert "High reps with constant tension suit leg curls. [1]" in curl  # 000 is [1]
    assert "line your knees up with its pivot. [2]" in curl  # 001 is [2]


async def test_a_home_program_cites_the_article_of_its_moves(env):
    chat = env.chat(6203)
    await onboard(chat, goal="Compete in bikini", place="Home: bands or a ball")
    program = (await chat.say("/program"))[-1].text
    sources = program.split("<b>Where this comes from</b>")[1]
    assert "Four myths about the glute-ham tie-in" in sources
    assert "Three muscle groups for a toned butt" in sources  # skater lunges, supermans...
