"""The pipeline version stamp: the package version and a hash of every registered module's VERSION.
Pure, so that both ``extractors.registry`` and ``pipeline.registered`` (which reads the record of
versions instead of importing the extractors) compute it the same way."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    try:
        return version("committee-papers")
    except PackageNotFoundError:
        return "0+unknown"


def stamp(versions: dict[str, str]) -> str:
    """'<package version>+<hash of the modules' versions>'."""
    rules = ",".join(f"{name}={ver}" for name, ver in sorted(versions.items()))
    return f"{package_version()}+{hashlib.sha256(rules.encode()).hexdigest()[:8]}"
