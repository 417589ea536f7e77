"""The reports feature's own small table: per-person state for charts and deletion.

Kept apart from the core tables so the feature adds nothing to them; one row per person,
removed with the person (ON DELETE CASCADE, and explicitly by the erase path).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models import Base
from bot.store.types import UTCDateTime


class ReportState(Base):
    __tablename__ = "report_state"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    # When the last /progress chart was made: one chart per person per cooldown.
    last_chart_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A /delete in progress: the nonce its buttons carry, what was picked ("log" | "all",
    # null until picked) and when the offer runs out. A confirm press must match all three.
    delete_nonce: Mapped[str | None] = mapped_column(String(16))
    delete_kind: Mapped[str | None] = mapped_column(String(4))
    delete_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
