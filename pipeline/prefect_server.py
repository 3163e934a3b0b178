"""Which Prefect server a flow talks to: a configured one, the kept one, or a temporary child.

``use_server`` picks, in order: ``PREFECT_API_URL`` (a real server, as ``papers serve`` needs);
the server ``papers prefect-server start`` left running (its address in
``PREFECT_HOME/papers-server.json``, checked with one HTTP request before prefect is imported);
else Prefect's temporary server, started here as a child that dies with this process.

The temporary server:

With no ``PREFECT_API_URL``, Prefect starts a uvicorn server in a subprocess on first use (from
whichever thread first needs it, its events thread included) and stops it at exit. A ``kill -9``
of ``papers ingest`` skips that exit, and the server ran on. Here it is started from the main
thread, before any flow, with ``PR_SET_PDEATHSIG``: the kernel sends it SIGTERM when the thread
that started it ends, which for the main thread is when this process ends, however it ends.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from unittest import mock

from pipeline import prefect_env  # noqa: F401  (its settings, before prefect is imported)

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



def use_server() -> str:
    """Point this process at a server before prefect is imported; say which: configured, kept or temporary."""
    if os.environ.get("PREFECT_API_URL"):
        return "configured"
    url = kept_server_url()
    if url:
        os.environ["PREFECT_API_URL"] = url
        return "kept"
    start_ephemeral_server()
    return "temporary"


def prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")


def _state_file() -> Path:
    return prefect_home() / "papers-server.json"


def _healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def _kept_state() -> dict | None:
    try:
        return json.loads(_state_file().read_text())
    except (OSError, ValueError):
        return None


def kept_server_url() -> str | None:
    """The API address of the kept server if it answers, else None."""
    state = _kept_state()
    return state["url"] if state and _healthy(state["url"]) else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_kept_server(timeout: float = 120.0) -> str:
    """Start a Prefect server detached from this process (its own session, so it outlives it),
    record its pid and address in PREFECT_HOME, wait until it answers; return its API address."""
    url = kept_server_url()
    if url:
        return url
    prefect_home().mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    env.pop("PREFECT_API_URL", None)
    with open(prefect_home() / "papers-server.log", "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
        )
    _state_file().write_text(json.dumps({"pid": process.pid, "url": url}))
    deadline = time.monotonic() + timeout
    while not _healthy(url, 1.0):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_kept_server()
            raise RuntimeError(f"the Prefect server did not start (see {prefect_home() / 'papers-server.log'})")
        time.sleep(0.2)
    return url


def stop_kept_server(timeout: float = 20.0) -> bool:
    """Stop the kept server (SIGTERM, then SIGKILL) and forget it; False if none was recorded."""
    state = _kept_state()
    _state_file().unlink(missing_ok=True)
    if not state:
        return False
    pid = int(state["pid"])
    if not _is_server(pid):
        return True
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.1)
        if not _alive(pid):
            break
    return True


def _alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _is_server(pid: int) -> bool:
    """Whether ``pid`` is still a Prefect server (not a process that reused the number)."""
    try:
        return b"prefect.server.api.server:create_app" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
