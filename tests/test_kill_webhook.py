"""The webhook half of test_kill_updates.py's random kills, in a file of its own so that
the two long runs (polling and webhook, 1.5-2 minutes each) can go to different test
workers (`make test` hands out whole files)."""

from __future__ import annotations

from pathlib import Path

from tests.test_kill_updates import check, kill_run, kill_seed, rigged


async def test_webhook_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    seed = kill_seed()
    async with rigged("webhook", tmp_path) as rig:
        report, details = await kill_run(rig, seed)
    check(report, details, seed)
    assert rig.pusher is not None
    # The webhook never refused an update (403, 400): only a dead bot left one unanswered.
    assert set(rig.pusher.statuses) <= {200, 500, None}, rig.pusher.statuses
    assert "Traceback" not in rig.bot.output(), rig.bot.tail()
