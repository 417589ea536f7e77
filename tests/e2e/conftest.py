import pytest

from tests.e2e.harness import bot_env


@pytest.fixture
async def env(tmp_path):
    async with bot_env(tmp_path) as e:
        yield e
