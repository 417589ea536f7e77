"""misspelt_in: a move of the day named a slip away."""

from bot.coach.misspelt import misspelt_in

HELD = {
    "hip_thrust": ("Hip thrust", "hip thrusts"),
    "single_leg_hip_thrust": ("Single-leg hip thrust",),
    "monster_walk": ("Monster walk",),
    "squat": ("Squat",),
}


def test_a_slip_in_a_name_of_the_days_moves():
    assert misspelt_in("hip trust", HELD) == "hip_thrust"
    assert misspelt_in("i make the hip trusts with", HELD) == "hip_thrust"
    assert misspelt_in("single leg hip trust", HELD) == "single_leg_hip_thrust"
    assert misspelt_in("monstr walk", HELD) == "monster_walk"


def test_no_guess_beyond_a_slip_or_among_equals():
    assert misspelt_in("trust", HELD) is None
    assert misspelt_in("squid", HELD) is None  # two letters off
    twins = {"a": ("Leg curl",), "b": ("Leg curls",)}
    assert misspelt_in("leg cur", {**twins, "b": ("Leg cure",)}) is None
