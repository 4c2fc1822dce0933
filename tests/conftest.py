"""Fixtures shared between test modules."""

import os

from hypothesis import settings

# The system Chromium and a fresh page per test, for every real-browser test module.
from test_browser import browser, page  # noqa: F401

# Property tests draw the same examples on every run (a fixed seed per test), so a run on a
# fresh clone passes or fails for the code, not for the draw; HYPOTHESIS_PROFILE=explore draws
# new examples each run, to look for cases worth an example test of their own.
settings.register_profile("reproducible", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reproducible"))
