"""Everything the person sees: tray, stretch card, windows, notifications (PySide6 only here).

Rule: the UI talks to the rest of the app only through :class:`~creepguard.ui.port.Controller`
(actions) and the view models in ``port`` (what to show). It never touches the engine,
the store or the sensing backends directly, so every widget tests with a fake controller.
"""
