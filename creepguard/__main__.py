"""``python -m creepguard``: ``status`` answers from a running tracker without the full
command line (``creepguard.startup.quick``); everything else goes to ``creepguard.cli``."""

import sys

from creepguard.startup.quick import main

sys.exit(main())
