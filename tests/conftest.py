"""Fixtures shared between test modules."""

# The system Chromium and a fresh page per test, for every real-browser test module.
from test_browser import browser, page  # noqa: F401
