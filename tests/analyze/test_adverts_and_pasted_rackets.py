"""Business look-alikes and business threats: a vendor's advert or an insurer's letter about ransomware and attacks is
no threat, whatever the learned model thinks of it; a drill that stages a note is none even when the rules found
nothing; an account won back is a story told after; while a racket's note pasted under "is this a scam?", a secret
made an authority's business, a shop to be burned and a third-person condition of meeting or answering are read as
threats. The wordings are this file's own."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import ADVERT_READ, STAGED_READ, STORY_READ, analyze_text

ADVERTS = [
    "Could a ransomware attack close your practice for a week? VaultKeep backs up every file hourly and restores it "
    "in minutes. Start your 30-day free trial, no credit card required.",
    "DDoS floods knock small webshops offline for hours. With Bulwark Edge your checkout keeps working. Book a demo "
    "with our team this week.",
    "¿Y si mañana un ataque de ransomware bloquea la contabilidad de su despacho? NubeFirme guarda copias cifradas "
    "cada hora. Primer mes gratis para nuevos clientes.",
    "Cyberattaques : trois TPE sur dix paient une rançon. Webinaire gratuit mardi 11h : comment sauvegarder vos "
    "données. Places limitées, inscrivez-vous dès maintenant.",
    "Ihr Onlineshop ist Ziel von DDoS-Angriffen? SchutzWall filtert Angriffe automatisch. Jetzt kostenlos testen, "
    "ohne Kreditkarte, monatlich kündbar.",
    "Un attacco ransomware può fermare il tuo studio per giorni. Con CassaforteCloud i file sono al sicuro: 3 mesi "
    "gratis per chi attiva entro il 15.",
    "Hackers versleutelen steeds vaker bestanden van kleine bedrijven. Met BackupBaas herstelt u alles binnen een "
    "uur. Gratis proefperiode van 14 dagen.",
    "¿Y si un ataque de ransomware parara tu tienda online todo un fin de semana? Con CopiaNube lo recuperas en "
    "minutos. Prueba gratis 14 días.",
    "Novidades de dezembro: a proteção contra ataques DDoS agora vem incluída em todos os planos, sem custo extra.",
]
INSURERS = [
    "Reminder: your business cyber policy renews on 1 March. Cover includes ransomware response and data breach "
    "costs. If the premium is not paid by the renewal date, cover lapses and later claims are not paid.",
    "A sua apólice de seguro empresarial vence no dia 12. A cobertura inclui ataques informáticos e sequestro de "
    "dados. Renove o seu seguro no portal para continuar protegido.",
    "Uw bedrijfsverzekering loopt af op 30 juni. De dekking omvat cyberaanvallen, gijzelsoftware en "
    "bedrijfsschade. Verleng uw polis op tijd.",
]
# A registrar's notice that a web address is due for renewal.
REGISTRARS = [
    "Reminder: the domain lindqvist-joinery.com expires in 5 days and auto-renew is turned off. Renew before the 9th "
    "or the website and mailboxes on it stop working.",
    "Gentile cliente, il dominio della sua attività scade venerdì. Per rinnovare il dominio serve un pagamento di "
    "18 euro entro giovedì, altrimenti sito e posta non funzioneranno.",
    "Ihre Domain baeckerei-vogt.de läuft am 30. ab. Die Verlängerungsgebühr von 14 € ist noch offen; ohne Zahlung "
    "werden Website und E-Mail abgeschaltet.",
]
# A ransom note that proves it can unlock files "for free" stays a ransom note.
RANSOM_WITH_A_FREE_PROOF = [
    "TODOS SUS ARCHIVOS ESTÁN CIFRADOS. Le desciframos tres archivos de prueba gratis para que vea que es real. "
    "Pague 6 BTC en 72 horas o publicaremos los datos de sus clientes.",
]


@pytest.mark.parametrize("text", ADVERTS + INSURERS)
def test_an_advert_or_an_insurer_about_attacks_is_not_extortion(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", ADVERTS + INSURERS)
def test_the_model_does_not_overrule_an_advert(text: str) -> None:
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == ADVERT_READ


@pytest.mark.parametrize("text", REGISTRARS)
def test_a_registrars_renewal_notice_is_not_extortion(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_a_domain_taken_after_it_expired_is_still_held() -> None:
    # (its expiry told in the past, and a price to give it back)
    text = ("Bonjour, votre nom de domaine fromagerie-brun.fr a expiré le mois dernier et nous l'avons enregistré. "
            "Pour 2 500 € nous vous le rendons; sinon vos clients tomberont sur une autre boutique.")
    assert _rules(text) != "not_extortion"


def test_a_domain_held_for_a_price_is_no_registrars_notice() -> None:
    # (found in review: "redemption period" was read as a registrar's word, and this note was cleared as one)
    text = ("We hold your domain now. The redemption period is over. Pay 2,000 dollars by Friday and you get it back, "
            "otherwise your customers land on our page.")
    norm = normalize(text).text
    assert not loose_signs(norm, text, len(text.split())).advert_notice
    assert _rules(text) == "other_extortion"


def test_a_tax_offices_own_reminder_is_not_a_secret_told_to_it() -> None:
    text = ("Belastingdienst. Aanmaning. U heeft de aanslag over maart nog niet betaald. Betaal het bedrag van € 880 "
            "binnen 14 dagen. Betaalt u niet op tijd, dan volgt een dwangbevel met extra kosten.")
    assert analyze_text(text, use_model=False).verdict != "other_extortion"


def test_a_secret_for_the_tax_office_is_still_read() -> None:
    text = "Sé lo de las facturas falsas de tu taller. 4000 euros antes del lunes o Hacienda recibe todo."
    assert _rules(text) == "other_extortion"


@pytest.mark.parametrize("text", RANSOM_WITH_A_FREE_PROOF)
def test_a_ransom_note_with_a_free_proof_is_no_advert(text: str) -> None:
    norm = normalize(text).text
    assert not loose_signs(norm, text, len(text.split())).advert_notice
    assert _rules(text) != "not_extortion"


def test_a_ddos_threat_that_sells_its_protection_stays_extortion() -> None:
    text = ("We took your booking site down for ten minutes this morning. Our protection costs 2 BTC a month. "
            "Pay by Friday or it goes down for the whole holiday weekend.")
    assert _rules(text) == "other_extortion"


def test_a_drill_the_rules_found_nothing_in_is_settled_as_one() -> None:
    # (a tabletop inject whose note no rule reads as a threat; the learned model would call it the real thing)
    text = ("Tabletop session, step 4: the service desk finds a text file on the file server saying the records were "
            "taken and asking for 30 BTC by Thursday. Decide who informs the board. No outside calls during the "
            "session.")
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == STAGED_READ


ACCOUNTS_WON_BACK = [
    "Last spring someone took over my bakery's Instagram and asked 250 euros to return it. I never paid, went "
    "through the video check with Meta and got the account back. Turn on two-step login, everyone.",
    "L'anno scorso mi hanno preso la pagina Facebook del bar e chiedevano 100 euro. Non ho pagato, ho mandato i "
    "documenti e l'ho recuperata in tre giorni.",
    "Vorige zomer werd het account van onze kapsalon overgenomen en vroegen ze 300 euro. Niks betaald, via de "
    "helpdesk hebben we het account teruggekregen.",
]


@pytest.mark.parametrize("text", ACCOUNTS_WON_BACK)
def test_an_account_won_back_is_a_story_told_after(text: str) -> None:
    assert _rules(text) == "not_extortion"
    assert analyze_text(text, use_model=False).explanation[0].text == STORY_READ


def test_an_account_held_now_is_still_read_as_held() -> None:
    text = "i have your shop's instagram now. 400 on paypal by tonight if you want it back, or I delete the page."
    assert _rules(text) != "not_extortion"


PASTED_RACKETS = [
    # a domain held, pasted under the question whether it is a scam
    'Is this a scam? Our web address lapsed and a stranger bought it. Now I get: "Pay 2,500 dollars and '
    'hartwellplumbing.com comes back to you. Otherwise your customers keep landing on our page." What now?',
    'Is dit nep? Iemand heeft onze domeinnaam gekocht en stuurt: "Voor 1800 euro krijgt u fietsenmakerbos.nl '
    'terug. Anders sturen we uw klanten door naar een ander." Wat moet ik doen?',
]


@pytest.mark.parametrize("text", PASTED_RACKETS)
def test_a_pasted_racket_under_is_this_a_scam_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


def test_a_pasted_tax_phishing_with_a_deadline_stays_unflagged_by_the_racket() -> None:
    # (a tax office named in the pasted text is the sender of ordinary phishing, not a secret told to it)
    text = ('É golpe? Chegou isto: "Prezado contribuinte, há uma pendência junto à Receita. Regularize em 48 horas '
            'pelo link para evitar multa." Nunca recebi nada assim.')
    assert analyze_text(text, use_model=False).signals[-1].id != "harm_for_money"


THREATS = [
    # a secret made an authority's business
    "you went to the landlord about me, fine. now drop it and send £1500 or your visa situation becomes the home "
    "office's business",
    # a shop to be burned, told by the one it happens to
    "Unos tipos me piden 2000 pesos cada viernes y dicen que si no pago me queman el taller. ¿Qué hago?",
    # an accident promised to a trader's goods, the place taken without the fee
    "right, market rules: 30 a week to me in cash. no fee, no pitch, and your van could get scratched. see you friday",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_secret_for_an_authority_or_a_shop_burned_is_other_extortion(text: str) -> None:
    assert _rules(text) == "other_extortion"


# Someone close is threatened with pictures unless they meet or answer: told in the third person, by a helper.
THIRD_PERSON_MEETINGS = [
    "Mijn zus krijgt berichten van een oud-vriend. Hij zegt dat hij naaktfoto's van haar heeft en die naar haar "
    "collega's stuurt als ze niet met hem afspreekt. Hoe helpen we haar?",
    "Meine Mitbewohnerin bekommt Nachrichten von ihrem Ex. Er hat Nacktvideos von ihr und will sie ihrer Familie "
    "schicken, wenn sie sich nicht mit ihm trifft. Was können wir tun?",
    "Mi hermana recibe mensajes de su ex. Tiene fotos íntimas de ella y dice que las manda a su trabajo si ella no "
    "le responde hoy. ¿Cómo la ayudo?",
]


# A harm to someone's family told by a helper, with the condition in between: never "no signs".
def test_a_harm_to_the_family_told_with_its_condition_is_flagged() -> None:
    text = ("a mi tío le prestaron plata unos del barrio y ahora le dijeron que si esta semana no paga le pasa algo a "
            "sus hijos. ¿Qué hacemos?")
    assert _rules(text) != "not_extortion"


# A picture faked by AI, named in one Dutch word, held over a child by someone a grandparent tells of.
def test_a_fake_nude_named_in_one_dutch_word_is_a_picture() -> None:
    text = ("Ik ben de opa van een meisje van 12. Een onbekende zegt dat hij een nepnaaktfoto van haar heeft en die "
            "naar haar klas stuurt als ze niet betaalt. Het gaat nog door.")
    assert _rules(text) == "targeted"


@pytest.mark.parametrize("text", THIRD_PERSON_MEETINGS)
def test_pictures_held_over_someone_close_to_make_them_meet_or_answer_are_targeted(text: str) -> None:
    assert _rules(text) == "targeted"
