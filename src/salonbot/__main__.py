"""`python -m salonbot`."""

import sys

from salonbot.cli import main

sys.exit(main())
