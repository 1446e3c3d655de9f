"""The package's layout is the pipeline's: each subpackage imports only the layers before it (what its
``__init__`` says), and nothing the engine runs imports the store. Read from the source with ``ast``, so
an import inside a function counts as much as one at the top of a module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from viewpoints.fingerprint import PACKAGE

# What each part of the package may import from the rest of it (besides itself).
MAY_IMPORT = {
    "text": {"lexicon", "schema"},
    "speakers": {"lexicon", "schema", "text"},
    "stance": {"lexicon", "schema", "text", "sentiment"},
    "sentiment": set(),
}
# The one step back up: suggest_targets reads the voices the whole pipeline finds, inside the function.
ALLOWED_BACK = {("stance/targets.py", "pipeline")}
# The engine: everything but bringing articles in and keeping them, measuring, and the command line.
NOT_ENGINE = {"corpus", "evaluation", "cli"}
TOP_LEVEL = {
    "__init__", "schema", "lexicon", "pipeline", "sentiment", "compare", "terms", "evidence", "corrections",
    "fingerprint", "cli",
}
SUBPACKAGES = ("text", "speakers", "stance", "corpus", "evaluation")


def _is_module(parts: list[str]) -> bool:
    path = PACKAGE.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported_parts(source: str, package: list[str]) -> set[str]:
    """The first part under ``viewpoints`` of every module the ``source`` of a module in ``package``
    (``["viewpoints", "text"]``) imports: "lexicon", "text", ..."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[list[str]] = []
        if isinstance(node, ast.Import):
            targets = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = base + (node.module.split(".") if node.module else [])
            targets = [module + [a.name] if _is_module(module + [a.name]) else module for a in node.names]
        for parts in targets:
            if parts[0] == "viewpoints" and len(parts) > 1:
                found.add(parts[1])
    return found


def imports_of(path: Path) -> set[str]:
    return imported_parts(path.read_text(encoding="utf-8"), ["viewpoints", *path.relative_to(PACKAGE).parent.parts])


def part_of(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return first.removesuffix(".py")


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(MAY_IMPORT))
def test_each_layer_imports_only_the_layers_before_it(layer):
    wrong = {}
    for path in MODULES:
        if part_of(path) != layer:
            continue
        name = path.relative_to(PACKAGE).as_posix()
        extra = imports_of(path) - MAY_IMPORT[layer] - {layer, "__version__"}
        extra -= {back for module, back in ALLOWED_BACK if module == name}
        if extra:
            wrong[name] = sorted(extra)
    assert not wrong, f"{layer} may import only {sorted(MAY_IMPORT[layer])}: {wrong}"


def test_nothing_the_engine_runs_imports_the_store_or_the_evaluation():
    wrong = {
        path.relative_to(PACKAGE).as_posix(): sorted(imports_of(path) & NOT_ENGINE)
        for path in MODULES
        if part_of(path) not in NOT_ENGINE and imports_of(path) & NOT_ENGINE
    }
    assert not wrong, f"the engine must not know these: {wrong}"


def test_the_top_level_holds_only_what_every_layer_shares():
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top - TOP_LEVEL == set(), f"put these in a subpackage ({', '.join(SUBPACKAGES)}): {sorted(top - TOP_LEVEL)}"
    assert {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()} == set(SUBPACKAGES)


@pytest.mark.parametrize("subpackage", ["text", "speakers", "stance", "corpus"])
def test_each_subpackage_says_in_three_lines_what_it_does_and_imports_nothing(subpackage):
    tree = ast.parse((PACKAGE / subpackage / "__init__.py").read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring and len(docstring.splitlines()) == 3
    assert len(tree.body) == 1, "keep the __init__ light: `import viewpoints` must not load every layer"


def test_the_reading_sees_every_kind_of_import():
    """What the checks above rest on: relative, absolute, package and lazy imports are all read."""
    source = (
        "from .. import lexicon\n"
        "from ..speakers.registry import Registry\n"
        "from . import sentences\n"
        "import viewpoints.schema\n"
        "def later():\n"
        "    from viewpoints.corpus import store\n"
    )
    assert imported_parts(source, ["viewpoints", "text"]) == {"lexicon", "speakers", "text", "schema", "corpus"}
