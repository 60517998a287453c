"""The import rules of docs/architecture.md, read off the package's source with `ast`: each layer
imports only the layers below it (the file format in report/ never imports the analytics that
read it), only wiki/ imports pywikibot, commands share only commands/common.py, no module imports
another's private names, and there are no import circles."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "salonbot"

#: What the modules of each part of the package may import from salonbot (besides their own
#: part). A part is a module at the top of the package or a layer folder.
ALLOWED = {
    "errors": set(),
    "console": set(),
    "signals": {"errors"},  # SIGTERM as Ctrl-C, and stops held while a temporary file is made
    "report": {"errors", "signals"},  # the file format: model, template, YAML, parse, render, splice
    "analytics": {"errors", "report"},  # what is read from reports: areas, figures, the overview
    "config": {"errors", "report"},
    "wiki": {"errors", "report", "config"},
    "sync": {"errors", "console", "config", "report", "analytics", "wiki"},
    "sandbox": {"errors"},
    "export": {"errors", "signals", "config", "report", "analytics", "wiki", "sync"},
    "commands": {"errors", "console", "config", "report", "analytics", "wiki", "sync", "sandbox",
                 "export", "salonbot"},
    "cli": {"errors", "signals", "commands", "wiki", "salonbot"},
    "__main__": {"cli"},
    "salonbot": {"errors", "report"},  # the package's public API (its __init__)
}


@dataclass(frozen=True)
class Import:
    """One import statement's target, as written in `module` at `line`."""

    module: str  # the importing module, e.g. salonbot.sync.run
    target: str  # the imported module, e.g. salonbot.report.render, or pywikibot.exceptions
    names: tuple[str, ...]  # the names taken from it (`from target import names`)
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(module: str) -> list[Import]:
    """Every import in the module, at any depth (lazy and TYPE_CHECKING imports count); `from
    package import submodule` counts as an import of the submodule."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, (), node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1],
                                 *([base] if base else [])])
            names = tuple(alias.name for alias in node.names)
            submodules = [name for name in names if f"{base}.{name}" in MODULES]
            found += [Import(module, f"{base}.{name}", (), node.lineno) for name in submodules]
            rest = tuple(name for name in names if name not in submodules)
            if rest or not submodules:
                found.append(Import(module, base, rest, node.lineno))
    return found


def part(module: str) -> str:
    """`report` for salonbot.report.render, `cli` for salonbot.cli, `salonbot` for the package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def salonbot_imports() -> list[Import]:
    return [found for module in MODULES for found in imports_of(module)
            if found.target == "salonbot" or found.target.startswith("salonbot.")]


def test_the_package_is_read() -> None:
    assert {"salonbot.cli", "salonbot.report.render", "salonbot.wiki.site",
            "salonbot.sync.run", "salonbot.commands.common",
            "salonbot.analytics.readings"} <= set(MODULES)
    assert any(found.target == "pywikibot" for found in imports_of("salonbot.wiki.site"))
    assert ALLOWED.keys() >= {part(module) for module in MODULES}


def crosses_layers(found: Import) -> bool:
    """Whether an import of salonbot goes to a part its module may not import."""
    if not (found.target == "salonbot" or found.target.startswith("salonbot.")):
        return False
    return part(found.target) != part(found.module) and \
        part(found.target) not in ALLOWED[part(found.module)]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_layer_imports_only_the_layers_below(module: str) -> None:
    wrong = [f"line {found.line}: {found.target}" for found in imports_of(module)
             if crosses_layers(found)]
    assert not wrong, f"{module} ({part(module)}) may import only {sorted(ALLOWED[part(module)])}"


def test_only_the_wiki_layer_imports_pywikibot() -> None:
    wrong = [f"{found.module}:{found.line}" for module in MODULES for found in imports_of(module)
             if found.target.split(".")[0] == "pywikibot" and part(module) != "wiki"]
    assert wrong == []


def test_commands_share_only_the_common_module() -> None:
    wrong = [f"{found.module}:{found.line} imports {found.target}" for found in salonbot_imports()
             if part(found.module) == "commands" and part(found.target) == "commands"
             and found.target not in ("salonbot.commands", "salonbot.commands.common")]
    assert wrong == []


def test_no_module_imports_another_modules_private_names() -> None:
    wrong = [f"{found.module}:{found.line} imports {name} from {found.target}"
             for found in salonbot_imports() for name in found.names
             if name.startswith("_") and not name.startswith("__")]
    assert wrong == []


def test_there_are_no_import_circles() -> None:
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for found in salonbot_imports():
        if found.target in MODULES and found.target != found.module:
            graph[found.module].add(found.target)
    circles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            circles.append(path[path.index(module):] + [module])
            return
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert circles == [], " ; ".join(" -> ".join(circle) for circle in circles)


def _calls(module: str) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)]


def _names(node: ast.expr) -> str:
    """`sys.stdout.write` for that attribute chain, '' for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and (base := _names(node.value)):
        return f"{base}.{node.attr}"
    return ""


def test_the_sync_layer_returns_results_and_prints_nothing() -> None:
    """The library returns outcomes and the commands print them: no print() and no write to
    standard output or error in sync/ (diffs and questions go to the stream a command gives)."""
    wrong = [f"{module}:{call.lineno}" for module in MODULES if part(module) == "sync"
             for call in _calls(module)
             if _names(call.func) in ("print", "sys.stdout.write", "sys.stderr.write")]
    assert wrong == []


def test_git_is_run_by_one_module() -> None:
    """Every git command goes through sync/gitcommit.py's `git()`."""
    runners = {"subprocess.run", "subprocess.Popen", "subprocess.call", "subprocess.check_call",
               "subprocess.check_output"}
    found = [f"{module}:{call.lineno}" for module in MODULES for call in _calls(module)
             if _names(call.func) in runners and call.args
             and isinstance(call.args[0], ast.List) and call.args[0].elts
             and isinstance(call.args[0].elts[0], ast.Constant)
             and call.args[0].elts[0].value == "git"]
    assert [place.split(":")[0] for place in found] == ["salonbot.sync.gitcommit"], found


def test_the_rules_catch_wrong_imports() -> None:
    """The reader sees a `from package import module`, and the rules flag imports upwards."""
    assert any(item.target == "salonbot.commands.report" for item in imports_of("salonbot.cli"))
    upward = [Import("salonbot.report.render", "salonbot.wiki.site", ("Wiki",), 1),
              Import("salonbot.wiki.site", "salonbot.sync.plan", ("Outcome",), 1),
              Import("salonbot.sync.run", "salonbot.commands.common", ("connect",), 1),
              Import("salonbot.config", "salonbot.wiki.page", ("WikiPage",), 1),
              Import("salonbot.report.parse", "salonbot.analytics.areas", ("area_of",), 1)]
    assert all(crosses_layers(found) for found in upward)
    downward = [Import("salonbot.sync.run", "salonbot.wiki.page", ("WikiPage",), 1),
                Import("salonbot.commands.index", "salonbot.analytics.overview", ("FORMATS",), 1),
                Import("salonbot.analytics.readings", "salonbot.report.render", ("node_content",),
                       1),
                Import("salonbot.report.render", "salonbot.report.model", ("Report",), 1)]
    assert not any(crosses_layers(found) for found in downward)
