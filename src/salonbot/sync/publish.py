"""Push report files to the wiki and pull wiki pages into report files.

Each run reads what it needs in batches, decides per page with the pure functions of plan.py, then
applies the decisions one page at a time; one page's failure never stops the rest. A base revision
is recorded only after the wiki was seen to hold exactly the file's text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from salonbot.config import Settings
from salonbot.console import Progress, confirm, summary_table, unified_diff, use_colour
from salonbot.errors import SalonbotError, WikiError
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.scaffold import file_name_for
from salonbot.report.yamlio import dump_report
from salonbot.sync.local import FileCache, Local, read_locals
from salonbot.sync.plan import Action, Decision, WikiPage, plan_pull, plan_push, sha1_of, title_refusal
from salonbot.sync.state import Base, State
from salonbot.sync.syncplan import conflict_file_name
from salonbot.wiki.site import Refused, Wiki

PUSH_RESULTS = ("created", "updated", "unchanged", "refused", "failed")
PULL_RESULTS = ("pulled", "unchanged", "refused", "failed")


@dataclass
class Outcome:
    """The result of one page in a run."""

    title: str
    file: str
    result: str
    message: str = ""
    revid: int | None = None


def _print_outcomes(outcomes: list[Outcome], order: tuple[str, ...], wiki: Wiki | None,
                    out: TextIO, dry_run: bool = False) -> None:
    for outcome in outcomes:
        line = f"{outcome.result:<9} {outcome.title or outcome.file}"
        if outcome.message:
            line += f"\n          {outcome.message}"
        elif wiki is not None and outcome.result in ("created", "updated", "unchanged", "pulled"):
            line += f"\n          {wiki.article_url(outcome.title)}"
        out.write(line + "\n")
    out.write(("\ndry run: nothing was written\n" if dry_run else "\n")
              + summary_table((o.result for o in outcomes), order))


def push(wiki: Wiki, settings: Settings, directory: Path, paths: list[Path], *, summary: str,
         dry_run: bool, yes: bool, out: TextIO = sys.stdout) -> list[Outcome]:
    """Push the reports in `paths` (a reports folder's files) and print what happened."""
    state = State.load(directory, wiki.site_key)
    outcomes: list[Outcome] = []
    candidates: list[Local] = []
    seen: dict[str, Path] = {}
    file_cache = FileCache.load(directory)
    for local in read_locals(paths, file_cache, want=state.changed):
        if local.problem:
            outcomes.append(Outcome("", local.path.name, "refused", local.problem))
        elif refusal := title_refusal(local.title, settings.allowed_prefix):
            outcomes.append(Outcome(local.title, local.path.name, "refused",
                                    f"{local.path}: title: {refusal}"))
        elif (local.path.parent / conflict_file_name(local.path.name)).exists():
            outcomes.append(Outcome(local.title, local.path.name, "refused",
                                    f"{local.path}: unresolved sync conflict "
                                    f"({conflict_file_name(local.path.name)}); resolve it first"))
        elif local.title in seen:
            outcomes.append(Outcome(local.title, local.path.name, "refused",
                                    f"{local.path}: the same title as {seen[local.title]}"))
        else:
            seen[local.title] = local.path
            candidates.append(local)

    titles = [local.title for local in candidates]
    if len(titles) > wiki.batch_size:
        # One sweep of the prefix reads 5000 pages a request (bots), by title only 500: every
        # candidate is under the allowed prefix, so the sweep sees each one that exists.
        swept = wiki.pages_under(settings.allowed_prefix)
        pages = {title: swept.get(title, WikiPage(title, exists=False)) for title in titles}
    else:
        pages = wiki.pages(titles) if titles else {}
    decisions = [
        plan_push(local.title, local.path.name, local.sha1,
                  pages.get(local.title, WikiPage(local.title, exists=False)),
                  state.get(local.title))
        for local in candidates
    ]
    # Only the reports to save are loaded again for their text (the rest were compared by sha1).
    by_title = {local.title: local for local in candidates}
    for decision in decisions:
        if decision.action in (Action.CREATE, Action.UPDATE):
            try:
                decision.text = by_title[decision.title].text()
            except SalonbotError as error:
                decision.action, decision.reason = Action.REFUSED, str(error)
    # Text is read to show diffs, and to check {{bots}} on pages that have such a template.
    updates = [d.title for d in decisions if d.action is Action.UPDATE
               and (dry_run or not yes or (d.wiki is not None and d.wiki.bots_templates))]
    current = wiki.contents(updates) if updates else {}
    colour = use_colour(out)
    progress = Progress(len(decisions))
    saved: list[Decision] = []
    for decision in decisions:
        if decision.action is Action.REFUSED:
            outcomes.append(Outcome(decision.title, decision.file, "refused", decision.reason))
        elif decision.action is Action.UNCHANGED:
            record_base_if_new(state, decision.title, decision.file, decision.wiki)
            outcomes.append(Outcome(decision.title, decision.file, "unchanged"))
        elif decision.action is Action.UPDATE and not current.get(
                decision.title, WikiPage(decision.title, True)).bots_allowed:
            outcomes.append(Outcome(decision.title, decision.file, "refused",
                                    "the page asks bots not to edit it ({{nobots}}/{{bots}})"))
        else:
            old = current.get(decision.title, WikiPage(decision.title, False)).text or ""
            if dry_run or not yes:
                out.write(unified_diff(old, decision.text or "", decision.title, colour) or
                          f"(no difference in text for {decision.title})\n")
            if dry_run:  # counted as what a real push would do, as sync's dry run does
                result = "created" if decision.action is Action.CREATE else "updated"
                outcomes.append(Outcome(decision.title, decision.file, result,
                                        "dry run: nothing written"))
                continue
            if not yes and not confirm(f"Save {decision.title}?"):
                outcomes.append(Outcome(decision.title, decision.file, "refused", "not confirmed"))
                continue
            outcome = save_decision(wiki, decision, summary)
            progress.step(decision.title, outcome.result)
            outcomes.append(outcome)
            if outcome.result in ("created", "updated"):
                saved.append(decision)
    verify_saved(wiki, state, saved, outcomes)
    state.flush()
    if not dry_run:
        file_cache.save()
    _print_outcomes(outcomes, PUSH_RESULTS, wiki, out, dry_run)
    return outcomes


def record_base_if_new(state: State, title: str, file: str, page: WikiPage | None) -> None:
    if page is None or not page.exists:
        return
    base = state.get(title)
    if base is None or base.revid != page.revid or base.file != file:
        state.record(title, Base(page.revid, page.timestamp, page.sha1, file))


def save_decision(wiki: Wiki, decision: Decision, summary: str) -> Outcome:
    create = decision.action is Action.CREATE
    try:
        result = wiki.save(decision.title, decision.text or "", summary, create=create,
                           base=decision.wiki)
    except Refused as error:
        if create and error.code == "articleexists" and _holds(wiki, decision):
            # Our own create: saved, its answer lost, and pywikibot's retry met our page.
            return Outcome(decision.title, decision.file, "created")
        return Outcome(decision.title, decision.file, "refused", str(error))
    except WikiError as error:
        return Outcome(decision.title, decision.file, "failed", str(error))
    if result.nochange:
        return Outcome(decision.title, decision.file, "unchanged")
    return Outcome(decision.title, decision.file, "created" if create else "updated",
                   revid=result.revid)


def _holds(wiki: Wiki, decision: Decision) -> bool:
    """Whether the wiki's latest revision of the page is exactly the decision's text."""
    try:
        page = wiki.pages([decision.title]).get(decision.title)
    except WikiError:
        return False
    return page is not None and page.exists and page.sha1 == sha1_of(decision.text or "")


def verify_saved(wiki: Wiki, state: State, saved: list[Decision], outcomes: list[Outcome]) -> None:
    """Read back what the wiki stored (one batched read) and record bases only for exact matches:
    MediaWiki may merge an edit made meanwhile into ours without saying so."""
    if not saved:
        return
    stored = wiki.pages([decision.title for decision in saved])
    by_title = {outcome.title: outcome for outcome in outcomes}
    for decision in saved:
        page = stored.get(decision.title)
        outcome = by_title[decision.title]
        if page and page.exists and page.sha1 == sha1_of(decision.text or ""):
            state.record(decision.title, Base(page.revid, page.timestamp, page.sha1, decision.file))
        else:
            outcome.result = "failed"
            outcome.message = ("saved, but the wiki now holds other text (an edit made meanwhile "
                               "was merged in); run `salonbot sync`")


def _local_file_for(title: str, state: State, locals_by_title: dict[str, Local],
                    directory: Path, prefix: str, taken: set[str]) -> Path:
    """The file for a pulled page: its report file, the file of its base, or a new name that
    is neither on disk nor in `taken` (the report files' names and those given in this run)."""
    if title in locals_by_title:
        return locals_by_title[title].path
    base = state.get(title)
    if base is not None:
        return directory / base.file
    name = file_name_for(title, prefix)
    path, number = directory / name, 2
    while path.exists() or path.name in taken:
        path = directory / f"{name.removesuffix('.yaml')}-{number}.yaml"
        number += 1
    return path


def pull(wiki: Wiki, settings: Settings, directory: Path, titles: list[str], prefix: str | None,
         *, force: bool, out: TextIO = sys.stdout) -> list[Outcome]:
    """Pull the named pages, or every page under `prefix`, into report files in `directory`."""
    state = State.load(directory, wiki.site_key)
    directory.mkdir(parents=True, exist_ok=True)
    file_cache = FileCache.load(directory)
    local_files = read_locals(sorted(directory.glob("*.yaml")), file_cache)
    locals_by_title = {local.title: local for local in local_files if local.title}
    if titles:
        pages = wiki.pages([wiki.normalize(title) for title in titles])
    else:
        pages = wiki.pages_under(prefix or settings.allowed_prefix)
    outcomes: list[Outcome] = []
    decisions: list[Decision] = []
    taken = {local.path.name for local in locals_by_title.values()}  # and those given here
    broken_files = {local.path: local for local in local_files if local.problem}
    for title, page in sorted(pages.items()):
        if title != page.title:
            continue  # the same page under the name it was asked by
        path = _local_file_for(title, state, locals_by_title, directory, settings.allowed_prefix,
                               taken)
        taken.add(path.name)
        local = locals_by_title.get(title)
        broken = broken_files.get(path)
        if broken and not force:
            outcomes.append(Outcome(title, path.name, "refused",
                                    f"{path} is not a valid report file; fix it or pull with "
                                    f"--force to replace it:\n{broken.problem}"))
            continue
        decisions.append(plan_pull(title, path.name, local.sha1 if local else None, page,
                                   state.get(title), force))
    wanted = [d.title for d in decisions if d.action is Action.DOWNLOAD]
    contents = wiki.contents(wanted) if wanted else {}
    progress = Progress(len(wanted))
    for decision in decisions:
        if decision.action is Action.REFUSED:
            outcomes.append(Outcome(decision.title, decision.file, "refused", decision.reason))
            continue
        if decision.action is Action.SKIP:
            record_base_if_new(state, decision.title, decision.file, decision.wiki)
            outcomes.append(Outcome(decision.title, decision.file, "unchanged"))
            continue
        outcome = write_pulled(contents.get(decision.title), decision, directory, state,
                               settings, file_cache)
        progress.step(decision.title, outcome.result)
        outcomes.append(outcome)
    state.flush()
    file_cache.save()
    _print_outcomes(outcomes, PULL_RESULTS, wiki, out)
    return outcomes


def lossless_yaml(text: str, title: str, settings: Settings) -> str | None:
    """The report file of a page text, or None if it would not render back to exactly that
    text (nothing is written then: no page is ever reformatted)."""
    report = parse_page(text, title, settings.template)
    return dump_report(report) if render_report(report) == text else None


def write_pulled(page: WikiPage | None, decision: Decision, directory: Path, state: State,
                 settings: Settings, file_cache: FileCache) -> Outcome:
    if page is None or not page.exists or page.text is None:
        return Outcome(decision.title, decision.file, "failed", "the page vanished while pulling")
    yaml_text = lossless_yaml(page.text, decision.title, settings)
    if yaml_text is None or sha1_of(page.text) != page.sha1:
        return Outcome(decision.title, decision.file, "failed",
                       "salonbot cannot keep this page's text exactly; nothing written "
                       "(please report this page)")
    file_cache.write_report(directory / decision.file, yaml_text, decision.title, page.sha1)
    state.record(decision.title, Base(page.revid, page.timestamp, page.sha1, decision.file))
    return Outcome(decision.title, decision.file, "pulled", revid=page.revid)
