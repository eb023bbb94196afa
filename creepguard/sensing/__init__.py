"""Activity sensing: how long since the last input, screen lock, idle inhibitors, suspend.

Rule: backends implement :class:`~creepguard.sensing.base.ActivitySource`; platform
modules are imported lazily by the factory so every module imports on every OS. Sensing
never imports ``creepguard.ui`` or ``creepguard.storage``; it hands samples to the engine
through the app and knows nothing of sits or prompts.
"""
