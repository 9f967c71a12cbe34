"""Arrows go one way: interfaces (CLI, web) -> services -> concerns -> vault.

The command line (``cli.py``, ``clikit.py``, ``*/*commands.py``, ``cli/``) and the web app (``web/``) never
write the custody log and never change evidence, cases or exports themselves: they call
``standfast.services``. The docs name every service and every safeguarding decision, so they
cannot drift from the code.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from standfast import safeguarding, services

SRC = Path(__file__).resolve().parents[1] / "src" / "standfast"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"

# Custody writes, and the vault methods that change evidence or cases (each writes custody too).
CUSTODY_WRITES = {"log", "log_view", "transaction", "bulk_insert"}
EVIDENCE_CHANGES = {"add_path", "add_file", "add_stream", "add_note", "add_url", "add_hash_only", "add_symlink",
                    "mark_intimate", "withdraw", "restore", "purge", "export_case", "create_case", "update_case",
                    "close_case", "save_answers", "hash_in_place", "hash_upload_in_place", "hash_case_items",
                    "import_path", "analyze_item", "scan_folder", "build_package"}


def interface_modules() -> list[Path]:
    mods = [SRC / "cli.py", SRC / "clikit.py", *sorted(SRC.glob("*/*commands.py")), *sorted(SRC.glob("cli/*.py")),
            *sorted((SRC / "web").rglob("*.py"))]
    return sorted({m for m in mods if m.is_file()})


def _service_alias_names(tree: ast.AST) -> set[str]:
    """Names bound to services modules in this file (``from standfast.services import evidence as ev``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("standfast.services"):
            names.update(a.asname or a.name for a in node.names)
    return names


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    via_services = _service_alias_names(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if owner in via_services or (isinstance(func, ast.Name) and name in via_services):
            continue  # a service call: that is the point
        if isinstance(func, ast.Attribute) and name in CUSTODY_WRITES and owner not in ("logging", "logger", "math"):
            found.append(f"{path.relative_to(SRC)}:{node.lineno} writes custody ({name})")
        elif isinstance(func, ast.Attribute) and name == "append" and "custody" in ast.unparse(func.value):
            found.append(f"{path.relative_to(SRC)}:{node.lineno} appends to the custody log")
        elif name in EVIDENCE_CHANGES:
            found.append(f"{path.relative_to(SRC)}:{node.lineno} calls {name} below the services")
        elif any(k.arg == "log_view" for k in node.keywords):
            found.append(f"{path.relative_to(SRC)}:{node.lineno} logs a view itself")
    return found


def test_interfaces_never_write_custody_or_change_evidence_themselves() -> None:
    problems = [v for m in interface_modules() for v in violations(m)]
    assert problems == []


def test_the_check_finds_a_direct_custody_write(tmp_path: Path) -> None:
    bad = SRC / "web" / "routes" / "_probe_layers.py"
    try:
        bad.write_text("def f(vault, s):\n    with vault.transaction() as s:\n        vault.log(s, 'x')\n"
                       "    vault.add_note('c', 't')\n", encoding="utf-8")
        found = violations(bad)
    finally:
        bad.unlink()
    assert len(found) == 3


def _public_functions(module: object) -> list[str]:
    return [n for n, f in inspect.getmembers(module, inspect.isfunction)
            if not n.startswith("_") and f.__module__ == module.__name__]  # type: ignore[attr-defined]


@pytest.mark.parametrize("area", services.__all__)
def test_every_service_is_documented(area: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    module = getattr(services, area)
    missing = [f"{area}.{n}" for n in _public_functions(module) if f"{area}.{n}(" not in text]
    assert missing == [], "add them to docs/architecture.md (Services and safeguarding)"


def test_every_policy_decision_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [n for n in _public_functions(safeguarding) if f"safeguarding.{n}(" not in text]
    assert missing == []
