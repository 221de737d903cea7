"""The published wheel: license, metadata, extras, and what it installs."""

from __future__ import annotations

import zipfile
from email.message import Message
from email.parser import Parser

from tests.wheel import InstalledWheel


def metadata(installed: InstalledWheel) -> Message:
    with zipfile.ZipFile(installed.wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(archive.read(name).decode("utf-8"))


def test_the_wheel_ships_the_mit_license(installed_wheel: InstalledWheel) -> None:
    with zipfile.ZipFile(installed_wheel.wheel) as archive:
        licenses = [n for n in archive.namelist() if n.endswith("/licenses/LICENSE")]
        assert licenses
        assert archive.read(licenses[0]).decode().startswith("MIT License")
    assert metadata(installed_wheel)["License-Expression"] == "MIT"


def test_only_runtime_and_testing_dependencies_are_published(
    installed_wheel: InstalledWheel,
) -> None:
    meta = metadata(installed_wheel)
    assert meta.get_all("Provides-Extra") == [
        "fast",
        "otel",
        "redis",
        "testing",
    ]  # no pinned development tools
    requires = meta.get_all("Requires-Dist") or []
    runtime = sorted(r.split(">")[0] for r in requires if "extra ==" not in r)
    testing = sorted(r.split(">")[0] for r in requires if "extra == 'testing'" in r)
    assert runtime == ["attrs", "httpx"]
    assert testing == ["pyyaml", "vcrpy"]
    fast = [r.split(">")[0] for r in requires if "extra == 'fast'" in r]
    assert fast == ["httpx2"]  # the faster HTTP stack, used when installed
    assert not [r for r in requires if "==" in r.split(";")[0]]


def test_project_urls_and_classifiers(installed_wheel: InstalledWheel) -> None:
    meta = metadata(installed_wheel)
    assert meta.get_all("Project-URL")
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Framework :: Pytest" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]  # the expression says it


def test_the_wheel_installs_both_packages_and_the_data_they_need(
    installed_wheel: InstalledWheel,
) -> None:
    site = installed_wheel.site
    assert (site / "openrouter" / "py.typed").is_file()
    assert (site / "openrouter" / "testing" / "routes.json").is_file()
    assert (site / "openrouter" / "_schemas.json").is_file()  # the request checks' tables
    assert (site / "openrouter_api" / "py.typed").is_file()
