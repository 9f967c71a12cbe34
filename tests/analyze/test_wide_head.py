"""The wide head: shipped with its record, tied to the very bank it learned from, refused when edited, and asked by
triage only for the parts of a long message in a language the rules do not read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from standfast.analyze import triage
from standfast.analyze.learned import load_head, load_wide_head, score
from standfast.analyze.learned.model import RECORD_FILE, file_sha256, package_dir, read_record
from standfast.analyze.learned.neighbours import NEIGHBOURS_FILE, load_bank
from standfast.analyze.learned.wide import WIDE_HEAD_FILE, load_wide_head_from
from standfast.analyze.parts import parts
from standfast.analyze.triage import MODEL_MAX_WORDS, Verdict, analyze_text

# Written for this test: a long Czech message with a link (the rules do not read Czech), and a long Czech school letter
# with a link that shares its words of photos, parents and a date.
LONG_CZECH_THREAT = (
    "Ahoj Tomáši. Asi nevíš, kdo ti píše, ale na tom nezáleží. Minulý týden jsme spolu mluvili přes videohovor a já si "
    "celý hovor nahrál. Na tom videu jsi úplně nahý a je vidět tvůj obličej. Mám taky seznam všech tvých přátel z "
    "Instagramu, tvou mámu, tvého tátu i tvou třídní učitelku. Pokud mi do zítřka do 20:00 nepošleš 8000 korun, "
    "pošlu to video všem, které mám na seznamu, a dám ho na stránky pro dospělé s tvým jménem. Peníze pošli přes "
    "Revolut, odkaz najdeš tady: https://revolut.example/pay/kr8871. Nezkoušej mě blokovat, mám tvé číslo i tvůj "
    "e-mail a vytvořím si nový účet. Nikomu o tom neříkej, jinak to video pošlu hned. Hodiny běží a je jen na tobě, "
    "jestli se o tom dozví celá škola. Až zaplatíš, video smažu a už se nikdy neozvu. Čekám na odpověď.")
LONG_CZECH_SCHOOL_LETTER = (
    "Vážení rodiče, srdečně vás zveme na vánoční besídku naší třídy, která se koná ve čtvrtek 18. prosince od 16:00 "
    "v tělocvičně školy. Děti si připravily krátké divadlo, zpěv koled a malou výstavu svých výtvarných prací. "
    "Fotografie z besídky nahrajeme do sdíleného alba, přístup najdete na adrese https://skola-lipa.example/alba. "
    "Pokud si nepřejete, aby vaše dítě bylo na fotografiích, napište nám prosím do pátku na adresu "
    "tridni@skola-lipa.example. Prosíme také o příspěvek 100 korun na dárky a občerstvení, který můžete poslat na "
    "účet třídního fondu nebo přinést v obálce. Děti mohou přinést cukroví, ale ne ořechy kvůli alergiím. Po "
    "besídce bude krátká schůzka k lyžařskému kurzu v lednu, kde vysvětlíme, co mají děti s sebou a jak bude "
    "zajištěna doprava. Děkujeme za vaši pomoc během celého roku a přejeme klidné svátky. S pozdravem třídní "
    "učitelka Jana Novotná a celý tým školy.")


def test_the_shipped_wide_head_matches_its_record() -> None:
    entry = read_record()["wide_head"]
    assert entry["weights_file"] == WIDE_HEAD_FILE
    assert entry["weights_sha256"] == file_sha256(package_dir() / WIDE_HEAD_FILE)
    wide, head = load_wide_head(), load_head()
    assert wide is not None and head is not None
    assert wide.dim == head.dim and wide.labels == head.labels


def test_the_wide_head_learned_from_the_very_bank_that_is_shipped() -> None:
    """The bank holds only spent sets (its sources are checked beside the sets); the wide head names the bank's own
    SHA-256 and message count, so it learned from nothing else of the held-out sets."""
    record = read_record()
    entry = record["wide_head"]
    assert entry["bank_sha256"] == record["neighbours"]["file_sha256"]
    assert entry["bank_sha256"] == file_sha256(package_dir() / NEIGHBOURS_FILE)
    bank = load_bank()
    assert bank is not None and entry["bank_messages"] == len(bank.labels)


def _copy(tmp_path: Path) -> dict[str, object]:
    for name in (WIDE_HEAD_FILE, RECORD_FILE):
        shutil.copy(package_dir() / name, tmp_path / name)
    record: dict[str, object] = json.loads((tmp_path / RECORD_FILE).read_text(encoding="utf-8"))
    return record


def test_an_edited_wide_head_is_refused(tmp_path: Path) -> None:
    record = _copy(tmp_path)
    load_wide_head_from(tmp_path, record)
    data = json.loads((tmp_path / WIDE_HEAD_FILE).read_text(encoding="utf-8"))
    data["bias"][data["labels"].index("not_extortion")] += 50.0  # would clear every part
    (tmp_path / WIDE_HEAD_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match"):
        load_wide_head_from(tmp_path, record)


def test_a_record_without_a_wide_head_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    record = _copy(tmp_path)
    with pytest.raises(ValueError, match="lists no wide head"):
        load_wide_head_from(tmp_path, {k: v for k, v in record.items() if k != "wide_head"})
    (tmp_path / WIDE_HEAD_FILE).unlink()
    with pytest.raises(FileNotFoundError):
        load_wide_head_from(tmp_path, record)


def test_the_wide_head_gives_probabilities(model_ready: None) -> None:
    wide = load_wide_head()
    assert wide is not None
    for text in (LONG_CZECH_THREAT, LONG_CZECH_SCHOOL_LETTER, "", "ok"):
        opinion = score(text, wide)
        assert opinion is not None
        assert abs(sum(opinion.probabilities.values()) - 1.0) < 1e-6
        assert 0.0 <= opinion.extortion <= 1.0


def _reader(*, unread: bool) -> str:
    """Which head's own opinion of a part is the one triage takes for the Czech threat: "wide" or "shipped"."""
    wide, head = load_wide_head(), load_head()
    assert wide is not None and head is not None
    taken = triage._part_opinion(LONG_CZECH_THREAT, unread=unread)
    assert taken is not None
    found = {name: any(o is not None and np.isclose(o.extortion, taken.extortion)
                       for o in (score(part, h) for part in parts(LONG_CZECH_THREAT)))
             for name, h in (("wide", wide), ("shipped", head))}
    assert sum(found.values()) == 1, found  # (the two heads differ on this message's parts)
    return "wide" if found["wide"] else "shipped"


@pytest.mark.parametrize(("unread", "reader"), [(True, "wide"), (False, "shipped")])
def test_the_parts_of_an_unread_language_are_read_by_the_wide_head(unread: bool, reader: str,
                                                                   model_ready: None) -> None:
    assert _reader(unread=unread) == reader


def test_a_long_linked_threat_in_czech_is_not_called_safe(model_ready: None) -> None:
    a = analyze_text(LONG_CZECH_THREAT)
    assert a.language == "cs" and len(LONG_CZECH_THREAT.split()) > MODEL_MAX_WORDS
    assert a.model_score is not None
    assert a.verdict != Verdict.NOT_EXTORTION


def test_a_long_linked_school_letter_in_czech_stays_not_extortion(model_ready: None) -> None:
    a = analyze_text(LONG_CZECH_SCHOOL_LETTER)
    assert a.language == "cs" and len(LONG_CZECH_SCHOOL_LETTER.split()) > MODEL_MAX_WORDS
    assert a.verdict == Verdict.NOT_EXTORTION


def test_with_the_switch_off_the_shipped_head_reads_the_parts(monkeypatch: pytest.MonkeyPatch,
                                                              model_ready: None) -> None:
    monkeypatch.setattr(triage, "PARTS_WIDE", False)
    assert _reader(unread=True) == "shipped"


def test_the_wide_heads_part_flags_from_its_own_bar(monkeypatch: pytest.MonkeyPatch, model_ready: None) -> None:
    """The bar for a part the wide head read is MODEL_FLAG_PART_UNREAD: at 0 even the school letter would be flagged,
    at the shipped bar it is not; without the wide head the ordinary bars hold."""
    assert triage.MODEL_FLAG_PART_UNREAD < triage.MODEL_FLAG_PART
    assert analyze_text(LONG_CZECH_SCHOOL_LETTER).verdict == Verdict.NOT_EXTORTION
    monkeypatch.setattr(triage, "MODEL_FLAG_PART_UNREAD", 0.0)
    assert analyze_text(LONG_CZECH_SCHOOL_LETTER).verdict != Verdict.NOT_EXTORTION
    monkeypatch.setattr(triage, "PARTS_WIDE", False)
    assert analyze_text(LONG_CZECH_SCHOOL_LETTER).verdict == Verdict.NOT_EXTORTION
