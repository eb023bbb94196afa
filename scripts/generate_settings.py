"""Write creepguard/settings_values.py from the one declaration of the settings.

python scripts/generate_settings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from creepguard.settings import values_module_source  # noqa: E402 - after the path setup

target = ROOT / "creepguard" / "settings_values.py"
target.write_text(values_module_source(), encoding="utf-8")
print(f"wrote {target.relative_to(ROOT)}")
