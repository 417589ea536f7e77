"""Whiles away kept on the person's row (users.away_kit): several, each for its days, and
the one kept alone before several were is still read."""

from __future__ import annotations

import json
from datetime import date

from bot.coach.profile import Away, Place, Unit
from bot.store import users
from bot.store.models import User

HOTEL = Away(date(2026, 11, 23), date(2026, 11, 29), Place.BODYWEIGHT, 20.0, Unit.KG)
CAMPING = Away(date(2026, 11, 30), date(2026, 12, 6), Place.BODYWEIGHT, 0.0, Unit.KG)


def test_several_whiles_away_are_kept_in_order() -> None:
    user = User(id=1)
    users.set_aways(user, [CAMPING, HOTEL])
    assert users.aways_of(user) == (HOTEL, CAMPING)
    users.set_aways(user, [])
    assert user.away_kit is None and users.aways_of(user) == ()


def test_one_kept_alone_before_is_still_read() -> None:
    user = User(id=1)
    user.away_kit = json.dumps(
        {
            "first": "2026-11-23",
            "last": "2026-11-29",
            "place": "bodyweight",
            "most": 20.0,
            "unit": "kg",
        }
    )
    assert users.aways_of(user) == (HOTEL,)
    user.away_kit = "not json"
    assert users.aways_of(user) == ()
