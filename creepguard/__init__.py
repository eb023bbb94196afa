"""CreepGuard: measure continuous sitting and prompt posture breaks before creep sets in."""

__version__ = "0.1.0"
