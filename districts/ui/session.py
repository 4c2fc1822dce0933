"""Whether the browser session running this script is still there.

A slow piece of work started for a page (reading an upload in a child process) is worth
finishing only while someone waits for it: when the browser tab closes, Streamlit drops the
session from its active ones, and the work is stopped (tables/isolated.py asks every fraction of
a second).
"""

from __future__ import annotations

from collections.abc import Callable

from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx


def session_alive() -> Callable[[], bool]:
    """A question, safe to ask from any thread, "is this script's browser session still
    active?"; always yes outside a served app (AppTest, a plain script), where no browser can
    leave. Example: ``preview_upload(name, content, still_wanted=session_alive())``."""
    context = get_script_run_ctx(suppress_warning=True)
    if context is None or not Runtime.exists():
        return lambda: True
    runtime, session_id = Runtime.instance(), context.session_id
    # Runtime.is_active_session is documented thread-safe (streamlit/runtime/runtime.py).
    # Only a plain False means gone: AppTest's runtime is a stand-in whose answer is an object.
    return lambda: runtime.is_active_session(session_id) is not False
