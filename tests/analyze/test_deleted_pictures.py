"""Pictures the writer says they already deleted are not a claim to hold them; a deletion denied, a copy kept or a
deletion offered for a price stays a threat."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.normalize import normalize
from standfast.analyze.speech import _DELETED_DONE, read_speech
from standfast.analyze.triage import analyze_text
from standfast.analyze.verdicts import Verdict

# Breakups and apologies in the seven languages the rules read, worded apart from any held-out row.
DELETED = [
    "we should stop seeing each other. i've already deleted all the pics we took, you don't need to worry. take care",
    "Lo siento por todo. He borrado todas tus fotos y nuestros vídeos, no tienes que preocuparte por nada.",
    "Mejor lo dejamos aquí. Ya eliminé las fotos que me mandaste. Que te vaya bien.",
    "C'est fini, je pense. J'ai tout effacé, tes photos et nos vidéos. Tu peux dormir tranquille.",
    "Es tut mir leid. Ich habe deine Bilder alle gelöscht, du brauchst dir keine Gedanken zu machen.",
    "Het is beter zo. Ik heb al je foto's gewist, je hoeft nergens bang voor te zijn. Het ga je goed.",
    "Mi dispiace per come è finita. Ho già cancellato le tue foto, puoi stare tranquilla.",
    "Acabou mesmo. Já apaguei as tuas fotos e os vídeos, fica tranquila. Se cuida.",
    # the speaker left unsaid, as chat drops it
    "ich glaub es ist besser so. hab unsere fotos gelöscht, mach mit deinen was du willst. alles gute",
    "het is klaar. heb al onze foto's verwijderd, doe met de jouwe wat je wilt. succes",
    "we're done. deleted all our pics, do whatever u want with yours. take care",
]

# The same words around a claim that stands: the deletion denied, a copy kept, a deletion for a price.
STILL_HELD = [
    "Ich habe deine Fotos nicht gelöscht, du musst dir Sorgen machen.",
    "i deleted the chat but i still have your pics",
    "je n'ai pas supprimé tes photos, je les ai toutes",
    "I deleted your nudes from my phone. pay me 200 or I post the copies",
    "pay 200 by tonight and i delete your pics",
    "ik heb je foto's verwijderd maar ik heb nog een kopie van je video",
    "He borrado el chat pero todavía tengo tus fotos. Paga o las ve tu familia.",
    "hab die bilder gelöscht? nein. zahl 200 bis morgen oder alle sehen sie",
    "hab unsere bilder nicht gelöscht, und deine eltern kriegen sie morgen wenn du nicht zahlst",
    "deleted? nah i still have ur pics. pay or everyone sees them",
]


@pytest.mark.parametrize("text", DELETED)
def test_pictures_told_as_deleted_are_not_a_claim(text: str) -> None:
    analysis = analyze_text(text, use_model=False)
    assert analysis.verdict == Verdict.NOT_EXTORTION, [s.id for s in analysis.signals]


@pytest.mark.parametrize("text", STILL_HELD)
def test_a_claim_beside_a_deletion_is_never_reassured(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION
    assert analyze_text(text).verdict != Verdict.NOT_EXTORTION


def test_the_deletion_is_read_in_the_speakers_past_only() -> None:
    for text in ("i have deleted them", "ya borré las fotos", "j'ai supprimé nos photos", "ich hab sie gelöscht",
                 "ik heb ze verwijderd", "le ho cancellate", "eu apaguei as fotos"):
        assert _DELETED_DONE.search(normalize(text).text), text
    for text in ("i will delete them", "i have not deleted them", "no borré nada", "que borre las fotos",
                 "je vais supprimer", "ich habe sie nicht gelöscht", "ik heb ze niet verwijderd",
                 "i deleted nothing"):
        assert not _DELETED_DONE.search(normalize(text).text), text


def test_a_deleted_claim_counts_no_possession() -> None:
    text = normalize("Je voulais te dire que j'ai supprimé toutes nos photos.").text
    speech = read_speech(text, text, ("fr",))
    assert speech.possession == speech.possession_loose == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["ich", "habe", "hab", "nicht", "geloscht", "fotos", "ik", "heb", "verwijderd",
                                 "i", "deleted", "ve", "ya", "borre", "'", " ", "x"]), max_size=4000))
def test_the_reader_is_linear_on_any_mix(words: list[str]) -> None:
    text = " ".join(words)
    start = time.perf_counter()
    _DELETED_DONE.search(text)
    assert time.perf_counter() - start < 0.5


def test_the_readmes_examples_hold() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    flat = " ".join(readme.split())
    deleted, time_up = "Ik heb onze foto's verwijderd", "Deadline passed. Starting with your brother."
    assert f'("{deleted}") claims to hold none' in flat and f'"{time_up}" is a threat' in flat
    assert analyze_text(deleted + ", je hoeft je geen zorgen te maken.", use_model=False).verdict == \
        Verdict.NOT_EXTORTION
    assert analyze_text(time_up, use_model=False).verdict != Verdict.NOT_EXTORTION
