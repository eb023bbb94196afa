"""``python -m creepguard``: ``status`` answers from a running tracker without the full
command line (``creepguard.quick``); everything else goes to ``creepguard.cli``."""

import sys

from creepguard.quick import main

sys.exit(main())
