"""Where the project's data folders are: models/, ontology/, templates/.

In a checkout (or an editable install) they sit beside kg/. A wheel (`pip install .`, `pip install
git+…`) cannot put folders beside a package, so pyproject.toml installs them as data files under
`<prefix>/share/sanad/` (the prefix of the environment, or the user base for `pip install --user`).
This module is the one place that knows both homes.
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
FOLDERS = ("models", "ontology", "templates")


def _installed_homes() -> list[Path]:
    prefixes = [sys.prefix, sys.base_prefix, getattr(site, "USER_BASE", None) or ""]
    return [Path(p) / "share" / "sanad" for p in dict.fromkeys(prefixes) if p]


def data_dir(name: str) -> Path:
    """The folder `name` (one of FOLDERS): the checkout's where it has one, else the installed copy.
    A folder found nowhere gives the checkout's path, so the error that follows names where it was looked for."""
    if name not in FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; one of {', '.join(FOLDERS)}")
    here = CHECKOUT / name
    if here.is_dir():
        return here
    for home in _installed_homes():
        if (home / name).is_dir():
            return home / name
    return here
