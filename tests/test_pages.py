"""The base copies' store (sync/pages.py): each copy written in place, never through a link, read
back as its revision's text even while the pool still writes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from salonbot.report.yamlio import PendingFolders
from salonbot.sync.pages import PageStore
from salonbot.sync.state import Base
from salonbot.wiki.page import sha1_of

TEXT = "== Date and location ==\n2 March 2019, Rabat\n"


def _base(text: str, file: str = "ma.yaml") -> Base:
    return Base(12, "2019-03-04T10:00:00Z", sha1_of(text), file)


def test_a_copy_is_written_in_place_and_read_back_as_its_revision(tmp_path: Path) -> None:
    store = PageStore(tmp_path, "meta:meta")
    path = store.write("ma.yaml", "old text")
    inode = path.stat().st_ino
    assert store.write("ma.yaml", TEXT) == path
    assert path.stat().st_ino == inode  # the same file, rewritten: no temporary file renamed
    assert path.read_bytes() == TEXT.encode("utf-8")
    assert store.text(_base(TEXT)) == TEXT
    assert store.text(_base("another revision's text")) is None
    assert sorted(p.name for p in path.parent.iterdir()) == ["ma.wiki"]


def test_a_copy_cut_short_is_not_trusted(tmp_path: Path) -> None:
    # what a crash or a power cut in the middle of a write in place can leave
    store = PageStore(tmp_path, "meta:meta")
    path = store.write("ma.yaml", TEXT)
    path.write_bytes(TEXT.encode("utf-8")[:10])
    assert store.text(_base(TEXT)) is None
    assert store.missing({"T": _base(TEXT)}) == [_base(TEXT)]


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_copy_that_is_a_link_is_replaced_not_written_through(tmp_path: Path,
                                                                link: str) -> None:
    # a symbolic link, or a second name of another file: writing through it would change
    # that file (a script the bot's own cron job runs, say)
    store = PageStore(tmp_path, "meta:meta")
    outside = tmp_path / "run.sh"
    outside.write_text("#!/bin/sh\necho hello\n", encoding="utf-8")
    path = store.path("ma.yaml")
    path.parent.mkdir(parents=True)
    if link == "symbolic":
        path.symlink_to(outside)
    else:
        os.link(outside, path)
    store.write("ma.yaml", TEXT)
    assert outside.read_text(encoding="utf-8") == "#!/bin/sh\necho hello\n"
    assert not path.is_symlink() and path.stat().st_nlink == 1
    assert path.read_text(encoding="utf-8") == TEXT


def test_a_copy_never_keeps_an_execute_bit(tmp_path: Path) -> None:
    store = PageStore(tmp_path, "meta:meta")
    path = store.write("ma.yaml", "old text")
    path.chmod(0o755)
    store.write("ma.yaml", TEXT)
    assert path.stat().st_mode & 0o7777 == 0o644


def test_a_new_copy_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        path = PageStore(tmp_path, "meta:meta").write("ma.yaml", TEXT)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o640


def test_copies_written_in_the_background_read_back_at_once(tmp_path: Path) -> None:
    pending = PendingFolders()
    store = PageStore(tmp_path, "meta:meta", pending)
    texts = {f"r{number}.yaml": f"{TEXT}salon {number}\n" * 50 for number in range(40)}
    for file, text in texts.items():
        store.write(file, text)
    store.write("r0.yaml", "a newer revision\n")  # the newest text is the one that stays
    texts["r0.yaml"] = "a newer revision\n"
    for file, text in texts.items():  # each read waits for the writes still under way
        assert store.text(_base(text, file)) == text
    pending.sync()
    pending.close()
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(
        file.removesuffix(".yaml") + ".wiki" for file in texts)
