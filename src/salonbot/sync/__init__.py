"""The sync layer: local report files, base revisions, pure plans, merges, and the effects of
push, pull, sync and the index page."""
