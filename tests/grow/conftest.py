"""A coach with no knowledge base, dated ``coaching.TODAY``, keeping its sessions in a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest
from coaching import TODAY, NoKB

from assistant.grow import GrowCoach


@pytest.fixture
def coach(tmp_path: Path) -> GrowCoach:
    return GrowCoach(NoKB(), tmp_path / "sessions", today=TODAY)
