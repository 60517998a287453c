"""The command-line glue of the subcommands, one module per group; `salonbot.cli` builds the parser."""
