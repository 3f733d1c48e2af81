"""A wheel (`pip install .`, `pip install git+…`) carries everything the product reads at run time: the models,
the ontology, the page templates, the UI's static files and its translations — and kg.resources finds the installed
copies when there is no checkout beside the packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kg import resources

ROOT = Path(__file__).resolve().parents[1]
DATA = "sanad-0.1.0.data/data/share/sanad/"
SHIPPED = ("models", "ontology", "templates")  # installed under <prefix>/share/sanad/
IN_PACKAGES = ("api/static", "api/locales", "kg/places.tsv", "kg/countries.tsv")  # package data


def tracked(*paths: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", "--", *paths], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to list the tracked files")
    # built from a copy of the tracked files: a build in the checkout leaves build/ there, whose stale files a
    # later wheel could carry
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheel")
    for f in tracked("."):
        (src / f).parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / f).is_file():
            shutil.copy2(ROOT / f, src / f)
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out)], check=True, capture_output=True)
    (whl,) = out.glob("sanad-*.whl")
    with zipfile.ZipFile(whl) as z:
        return set(z.namelist())


def test_the_wheel_carries_every_data_file(wheel_names):
    expected = [DATA + f for f in tracked(*SHIPPED)] + tracked(*IN_PACKAGES)
    assert len(expected) > 40  # the model, stanza and ontology files, the templates, the vendored editor
    missing = [f for f in expected if f not in wheel_names]
    assert missing == []


def test_an_installed_copy_is_found_without_a_checkout(tmp_path, monkeypatch):
    prefix = tmp_path / "env"
    (prefix / "share" / "sanad" / "templates").mkdir(parents=True)
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path / "site-packages")
    monkeypatch.setattr(sys, "prefix", str(prefix))
    assert resources.data_dir("templates") == prefix / "share" / "sanad" / "templates"
    # found nowhere: the checkout's path, which the error that follows then names
    assert resources.data_dir("ontology") == tmp_path / "site-packages" / "ontology"


def test_a_checkout_uses_its_own_folders():
    for name in SHIPPED:
        assert resources.data_dir(name) == ROOT / name


def test_unknown_folder_is_refused():
    with pytest.raises(ValueError, match="unknown data folder"):
        resources.data_dir("seeds")
