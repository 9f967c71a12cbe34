"""A help page supposes a threat ("if someone demands money …") and cares for the reader ("if you are thinking about
hurting yourself, call a crisis line"): neither is a threat made to the reader. The same words said by a sender who
speaks as "I" stay a threat. The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

HELP_PAGES = [
    "Guía rápida para adolescentes\n\nSi alguien te pide una transferencia o nuevas imágenes para no enseñar las "
    "que ya tiene a tus amigos, eso tiene nombre: sextorsión. Es un delito y no es culpa tuya. Estos "
    "son los pasos que recomendamos:\n\n1. Deja de responder y no negocies. Pagar casi nunca termina con las "
    "amenazas; suele traer nuevas exigencias.\n2. Guarda las pruebas: haz capturas del perfil, de los mensajes y de "
    "los datos de pago que te hayan dado.\n3. Bloquea y denuncia la cuenta en la plataforma.\n4. Cuéntaselo a una "
    "persona adulta de confianza y denuncia en la policía.\n5. Si eres menor, existen herramientas para pedir que se "
    "retiren las imágenes de internet sin que nadie tenga que verlas.\n\nNo estás solo y hay salida.",
    "Pictures used against you: a page for students\n\nIf someone says they will post private photos of you unless "
    "you pay, you are the one who has been wronged, and none of it is your fault. These steps can help:\n\n1. "
    "Stop all contact. Don't reply, negotiate or argue.\n2. Don't pay. Paying rarely makes the threats stop, and "
    "many people who pay are asked for more.\n3. Keep the evidence: screenshots of the profile, the messages and any "
    "payment details.\n4. Report the account to the platform and to the police.\n5. Tell an adult you trust.\n\n"
    "If you are feeling overwhelmed or thinking about hurting yourself, please contact a crisis line now. Talking to "
    "someone helps, and you deserve support while this is dealt with.",
]
THREATS = [
    "Si no me mandas 300 euros hoy, difundo tus fotos a todos tus contactos.",
    "If anyone asks, you know nothing. Send 200 by tonight or I post your pics everywhere.",
    "pay me by friday or i will hurt you and your family",
]


@pytest.mark.parametrize("text", HELP_PAGES)
def test_a_help_page_that_supposes_a_threat_or_cares_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", THREATS)
def test_the_same_words_from_a_sender_stay_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"
