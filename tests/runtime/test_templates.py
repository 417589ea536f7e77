"""Templates are checked at start: a broken one names its file."""

import shutil

import pytest

from bot.runtime.render import CONTENT_DIR, Renderer, RenderError


def test_every_template_compiles():
    Renderer().check()


def test_a_broken_template_names_its_file(tmp_path):
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    (tmp_path / "content" / "templates" / "help.html.j2").write_text("{% for x in %}")
    with pytest.raises(RenderError, match=r"help\.html\.j2"):
        Renderer(tmp_path / "content").check()


def test_user_text_is_escaped():
    text = Renderer().text("unknown_command", command="<b>/x&y</b>")
    assert "&lt;b&gt;/x&amp;y&lt;/b&gt;" in text


def test_missing_context_fails_loudly():
    with pytest.raises(Exception, match="command"):
        Renderer().text("unknown_command")
