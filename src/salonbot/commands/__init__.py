"""The command-line glue, one module per group of subcommands sharing common.py; `salonbot.cli`
builds the parser from them."""
