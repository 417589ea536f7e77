"""The profile said back when the setup ends or a setting changes: its answers, what the
plan does with them (with dumbbells: the moves that hold one, never past the heaviest
said), and when the next workout comes."""

from __future__ import annotations

from bot.coach import schedule
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import clock_notes
from bot.training.people import local_today, next_push_text, profile_of
from bot.training.setup_views import Summary
from bot.training.targets import held_moves, most_held


def summary_of(svc: Services, user: User, *, updated: bool) -> Summary:
    profile = profile_of(user)
    assert profile is not None
    goal = svc.content.goals[profile.goal]
    today = local_today(profile, svc.clock.now())
    return Summary(
        profile=profile,
        updated=updated,
        fixed_offset=schedule.zone_is_fixed_offset(profile.tz),
        program_why=svc.programs.program_for(profile.goal, profile.place).why_for(profile.home_gym),
        next_push=next_push_text(user),
        paused=user.paused,
        too_close=goal.too_close(profile.days) if goal.rest_kept_by(profile.days) else None,
        days_why=goal.days_why,
        gap=clock_notes.gap_ahead(user, svc.clock.now()),
        held=held_moves(svc, profile, today),
        up_to=most_held(profile, today) if profile.away_on(today) is None else None,
    )
