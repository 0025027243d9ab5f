"""The README's promises: the quick-start test command is what CI runs, and
every CLI command is documented."""

import re
from pathlib import Path

from bimtek_desk.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "bimtek-desk demo --open" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def _commands(parser, prefix: str = "bimtek-desk") -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                out.append(f"{prefix} {name}")
                out += _commands(sub, f"{prefix} {name}")
    return out


def test_every_command_is_documented() -> None:
    leaves = [c for c in _commands(build_parser()) if c.count(" ") >= 1]
    documented = [c for c in leaves if f"`{c}" in README]
    groups = {"bimtek-desk event", "bimtek-desk roster"}
    assert set(leaves) - set(documented) <= groups


def test_every_package_ships_in_the_wheel() -> None:
    """pyproject lists packages explicitly; a package missing there works in the
    editable checkout but is absent from an installed wheel."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bimtek_desk").rglob("__init__.py")}
    assert found - listed == set()
    assert listed - found == {"bimtek_desk.resources"}


def test_the_architecture_page_draws_the_enforced_layers() -> None:
    """docs/architecture.md's layer block names, in order, exactly the layers of the
    import-linter contract that .ci/run checks (a layer moved in one place only fails)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    (layers,) = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    wanted = [[m.strip().removeprefix("bimtek_desk.") for m in layer.split(":")] for layer in layers]
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = page.split("<!-- layers:", 1)[1].split("```", 2)[1]
    drawn: list[list[str]] = []
    for line in block.strip("\n").splitlines():
        names = line[:43].replace(":", " ").split()
        if line.startswith("   ") and drawn:  # a continuation of the layer above
            drawn[-1] += names
        elif names:
            drawn.append(names)
    assert drawn == wanted
