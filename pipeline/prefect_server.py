"""Prefect's temporary server as a child that dies with this process.

With no ``PREFECT_API_URL``, Prefect starts a uvicorn server in a subprocess on first use (from
whichever thread first needs it, its events thread included) and stops it at exit. A ``kill -9``
of ``papers ingest`` skips that exit, and the server ran on. Here it is started from the main
thread, before any flow, with ``PR_SET_PDEATHSIG``: the kernel sends it SIGTERM when the thread
that started it ends, which for the main thread is when this process ends, however it ends.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import threading
from unittest import mock

PR_SET_PDEATHSIG = 1


def _dying_with_parent():
    """A ``preexec_fn`` (it runs in the child between fork and exec, where nothing may be loaded)."""
    prctl = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong]
    term = int(signal.SIGTERM)

    def set_death_signal() -> None:
        prctl(PR_SET_PDEATHSIG, term)

    return set_death_signal


def start_ephemeral_server() -> None:
    """Start the server Prefect would start on first use, bound to this process's life.

    Nothing is done when a server is configured (``PREFECT_API_URL``), when one is already
    running in this process (a test harness), off Linux, or off the main thread."""
    from prefect.server.api import server as prefect_server
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value() or not hasattr(os, "fork") or threading.current_thread() is not threading.main_thread():
        return
    instance = prefect_server.SubprocessASGIServer()
    if instance.running:
        return
    popen, preexec = subprocess.Popen, _dying_with_parent()

    def popen_dying_with_parent(*args, **kwargs):
        kwargs.setdefault("preexec_fn", preexec)
        return popen(*args, **kwargs)

    with mock.patch.object(prefect_server.subprocess, "Popen", popen_dying_with_parent):
        instance.start()
