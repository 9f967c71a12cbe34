"""A package never names a computer account ("root") as the person who made it: the chosen name, or a
neutral phrase. Checked from outside: the README and the PDF's text, as a reader of the package sees them."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from standfast.reports.actors import NEUTRAL_ACTOR, shown_actor, shown_actors


def test_system_accounts_become_the_neutral_phrase_and_names_stay() -> None:
    assert shown_actor("root") == NEUTRAL_ACTOR and shown_actor(" ROOT ") == NEUTRAL_ACTOR
    assert shown_actor(None) == NEUTRAL_ACTOR and shown_actor("") == NEUTRAL_ACTOR
    assert shown_actor("Maya") == "Maya" and shown_actor("rootbeer") == "rootbeer"
    assert shown_actors(["root", "unknown", "Maya"]) == ["Maya", NEUTRAL_ACTOR]
    assert shown_actor("root", "usted") == "usted"
    from standfast.reports.i18n import get_translator

    assert get_translator("es")(NEUTRAL_ACTOR) == "la persona que guarda esta bóveda"


def _package_text(tmp_path: Path, actor: str) -> tuple[str, str]:
    from standfast.reports.demo import build_demo_case
    from standfast.reports.package import build_package
    from standfast.vault.keys import KdfParams
    from standfast.vault.vault import Vault

    vault, _recovery = Vault.create(tmp_path / actor / "vault", "correct horse battery staple",
                                    kdf=KdfParams.fast_for_tests(), actor=actor)
    try:
        case_id = build_demo_case(vault, minor=False)
        out = tmp_path / actor / "package.zip"
        build_package(vault, case_id, out)
    finally:
        vault.close()
    with zipfile.ZipFile(out) as zf:
        readme = zf.read("README.txt").decode("utf-8")
        pdf = tmp_path / actor / "report.pdf"
        pdf.write_bytes(zf.read("case-report.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return readme, text


@pytest.mark.slow
def test_a_package_made_as_root_never_names_root(tmp_path: Path) -> None:
    readme, pdf = _package_text(tmp_path, "root")
    assert f"by {NEUTRAL_ACTOR}" in readme
    assert not re.search(r"\broot\b", readme)
    recorded = next(line for line in pdf.splitlines() if "Recorded by" in line)
    assert "root" not in recorded and "the person who keeps" in recorded
    assert not re.search(r"\broot\b", pdf)


@pytest.mark.slow
def test_a_chosen_name_is_shown_as_it_is(tmp_path: Path) -> None:
    readme, pdf = _package_text(tmp_path, "Maya")
    assert "by Maya" in readme
    assert "Maya" in next(line for line in pdf.splitlines() if "Recorded by" in line)
