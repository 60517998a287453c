"""What a person wrote in a report file survives salonbot rewriting it (report/yamlmerge.py):
comments, blank lines and end-of-line comments are kept on the wiki's content; a comment whose
line the wiki's change rewrote or removed is kept and reported; the content is always the
wiki's."""

from __future__ import annotations

from pathlib import Path

import salonbot
from salonbot.report.yamlmerge import merge_file_text
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import read_locals
from salonbot.sync.state import Base
from salonbot.wiki.page import sha1_of

BASE = "title: T\nparticipants:\n- Anass\n- Brahim\nbudget: 100 USD\n"
MINE = ("# TODO: ask Anna for the list\ntitle: T\nparticipants:\n- Anass  # the organiser\n\n"
        "- Brahim\nbudget: 100 USD\n")


def test_comments_and_blank_lines_stay_where_the_person_put_them() -> None:
    new = "title: T\nparticipants:\n- Anass\n- Brahim\n- Chaima\nbudget: 120 USD\n"
    merged = merge_file_text(MINE, BASE, new)
    assert merged.text == ("# TODO: ask Anna for the list\ntitle: T\nparticipants:\n"
                           "- Anass  # the organiser\n\n- Brahim\n- Chaima\nbudget: 120 USD\n")
    assert merged.moved == []


def test_a_comment_on_a_line_the_wiki_rewrote_follows_it_and_is_reported() -> None:
    new = "title: T\nparticipants:\n- Anas\n- Brahim\nbudget: 100 USD\n"
    merged = merge_file_text(MINE, BASE, new)
    assert "- Anas  # the organiser\n" in merged.text
    assert merged.moved == ["# the organiser"]


def test_a_comment_on_a_line_the_wiki_removed_is_kept_and_reported() -> None:
    new = "title: T\nparticipants:\n- Brahim\nbudget: 100 USD\n"
    merged = merge_file_text(MINE, BASE, new)
    assert merged.text == ("# TODO: ask Anna for the list\ntitle: T\nparticipants:\n"
                           "# the organiser\n\n- Brahim\nbudget: 100 USD\n")
    assert merged.moved == ["# the organiser"]


def test_the_content_is_the_wikis_even_where_the_file_changed_it() -> None:
    # a forced pull replaces what the file says; a sync merged the file's edits already
    mine = BASE.replace("100 USD", "90 USD  # check the receipts")
    merged = merge_file_text(mine, BASE, BASE)
    assert merged.text == BASE.replace("100 USD", "100 USD  # check the receipts")


def test_a_file_that_is_the_base_or_empty_is_simply_replaced() -> None:
    new = BASE.replace("Brahim", "Brahim B.")
    assert merge_file_text(BASE, BASE, new).text == new
    assert merge_file_text("", BASE, new).text == new


def test_the_reports_folder_keeps_a_files_comments_when_it_writes_the_wikis_page(
        tmp_path: Path) -> None:
    # What a pull or a sync does: the file was pulled from `page`; the wiki now has `edited`.
    title = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/" \
            "Reports/Notes UG"
    page = "== Participant List ==\n* Anass\n* Brahim\n\n== Statement on your budget ==\n100 USD"
    edited = page.replace("* Brahim", "* Brahim\n* Chaima")
    path = tmp_path / "notes.yaml"
    path.write_text(f"title: {title}\n# TODO: ask Anna for the list\nparticipants:\n- Anass\n"
                    "- Brahim  # came late\nbudget: 100 USD\n", encoding="utf-8")
    folder = ReportFolder(tmp_path, "sandbox:sandbox", "strategy-salon")
    folder.record(title, Base(1, "2019-03-02T10:00:00Z", sha1_of(page), "notes.yaml"), page)
    folder.note_read(read_locals([path]))
    pulled = salonbot.dump_report(salonbot.parse(edited, title))
    folder.write_report("notes.yaml", pulled, title, edited, edited)
    assert path.read_text(encoding="utf-8") == (
        f"title: {title}\n# TODO: ask Anna for the list\nparticipants:\n- Anass\n"
        "- Brahim  # came late\n- Chaima\nbudget: 100 USD\n")
