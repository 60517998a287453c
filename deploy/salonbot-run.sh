#!/bin/sh
# One scheduled salonbot run in a clone of the reports repository; cron.txt, the systemd service
# and Toolforge's jobs.yaml all run this script.
#
#   salonbot-run.sh [WORKSPACE]          (default: the current folder)
#
# WORKSPACE is a git clone of the reports repository (salonbot.toml, reports/ with the state file
# .salonbot-state.json) that belongs to the bot alone: never edit files in it by hand. The clone
# must be able to push (an SSH deploy key or a token with write access) and must know who commits
# (git config user.name / user.email). pywikibot's configuration is found through PYWIKIBOT_DIR.
# SALONBOT is the salonbot command (default: salonbot on PATH); SALONBOT_SYNC_OPTIONS adds options
# to sync (for example "--max-edits 50").
#
# What it does:
#   1. git pull --ff-only: the coordinators' commits (their report edits, their state file);
#   2. salonbot sync --yes --commit: sync with the wiki, commit exactly the files the run wrote;
#   3. git push.
# When a coordinator pushed between 1 and 3, the push is rejected; the run's commit is then put on
# top of theirs (git pull --rebase) and pushed again. If it cannot be (a coordinator changed a file
# this run also wrote), it is dropped (git reset --hard to the remote's branch): everything a run
# commits is either on the wiki (what it pulled and merged) or made again by the next run (its
# conflict files), so the next run redoes its work from the coordinators' files. An earlier run
# whose push failed is handled the same way at step 1.
#
# Exit code: salonbot sync's (0 done, 1 some report refused or failed, 3 a conflict, 4 halted by
# the stop page, 5 another run holds the lock, 6 the wiki could not be reached), or 7 when git
# could not pull or push (this run's commit, if any, stays in the clone and goes out with the
# next run's push).

set -u
cd "${1:-.}" || exit 7
salonbot=${SALONBOT:-salonbot}

say() { echo "salonbot-run: $*" >&2; }

# Bring in the remote's commits; this clone's own commits (made by salonbot) go on top of them,
# or are dropped if they touch a file a coordinator changed too.
catch_up() {
    git pull --ff-only --quiet 2>/dev/null && return 0
    git pull --rebase --quiet >&2 && return 0
    if git rev-parse --quiet --verify REBASE_HEAD >/dev/null; then
        git rebase --abort
        git reset --hard --quiet '@{upstream}' || return 1
        say "this clone's commit conflicted with a coordinator's; it was dropped, and the" \
            "next run redoes its work"
        return 0
    fi
    return 1  # not a conflict: the remote cannot be reached, or refuses
}

if ! catch_up; then
    say "git could not bring in the remote's commits; nothing was synced"
    exit 7
fi

# shellcheck disable=SC2086  # SALONBOT and SALONBOT_SYNC_OPTIONS are split into words on purpose
$salonbot sync --yes --commit ${SALONBOT_SYNC_OPTIONS:-}
code=$?

if ! git push --quiet 2>/dev/null; then
    # Rejected: a coordinator pushed while this run was syncing. Put this run's commit on top.
    if ! catch_up || ! git push --quiet; then
        say "git push failed; this run's commit stays here and goes out with the next run"
        exit 7
    fi
fi
exit "$code"
