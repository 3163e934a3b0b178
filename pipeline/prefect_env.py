"""Settings to make before ``prefect`` is first imported; importing this module makes them.

* No telemetry, and a start-up timeout for the temporary server that a busy machine can meet
  (the first flow in a fresh PREFECT_HOME migrates SQLite: 8-16 s here; the default is 20 s).
* ``rfc3987_syntax`` is hidden: when it is installed (the notebook extras bring it), jsonschema,
  which Prefect imports, builds ~40 lark grammars at import for the one format check ("iri") it
  provides: ``import prefect`` took 2.4-2.6 s of CPU with it, 1.2 s without. Neither Prefect nor
  this project checks that format.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
if "jsonschema" not in sys.modules:
    sys.modules.setdefault("rfc3987_syntax", None)
