"""``python -m creepguard``."""

import sys

from creepguard.cli import main

sys.exit(main())
