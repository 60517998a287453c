"""The sync layer: local report files, base revisions, pure plans, merges, and the effects of
push, pull and sync."""
