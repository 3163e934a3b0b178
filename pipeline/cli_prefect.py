"""``papers prefect-server start|stop|status``: a Prefect server kept running for later commands.

Without ``PREFECT_API_URL``, every flow (``papers ingest`` of more than a few documents, its
background recorder, ``--runner prefect``, ``papers fetch``) would start Prefect's temporary
server, ~16 s. A kept server is started once here, detached, and found by each later command
through ``PREFECT_HOME/papers-server.json`` (pipeline/prefect_server.py); nothing starts one
behind the user's back, so nothing is left running that the user did not ask for.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from pipeline.cli_base import _fail, app, console, print_json


@app.command("prefect-server")
def prefect_server(
    action: Annotated[str, typer.Argument(help="start, stop or status.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print whether a kept server runs, and its address, as JSON.")] = False,
) -> None:
    """Start, stop or show a local Prefect server that later ingests and fetches use (exit 1 on
    status when none runs)."""
    from pipeline.prefect_server import kept_server_url, start_kept_server, stop_kept_server

    if action not in ("start", "stop", "status"):
        _fail(f"unknown action {action!r}: use start, stop or status", 2)
    url = None
    if action == "start":
        if os.environ.get("PREFECT_API_URL"):
            _fail("PREFECT_API_URL is set: commands use that server", 2)
        try:
            url = start_kept_server()
        except RuntimeError as error:
            _fail(str(error))
        message = f"Prefect server running at {url} (stop it with `papers prefect-server stop`)"
    elif action == "stop":
        message = "stopped the Prefect server" if stop_kept_server() else "no kept Prefect server"
    else:
        url = kept_server_url()
        message = url or "no kept Prefect server running"
    if as_json:
        print_json({"running": url is not None, "url": url})
    else:
        console.print(message, highlight=False)
    if action == "status" and url is None:
        raise typer.Exit(1)
