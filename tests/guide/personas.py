"""The people the plan is tested for: their answers and what the plan must (and must not) show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Persona:
    name: str
    answers: dict[str, Any]
    must: tuple[str, ...] = ()  # directory entry ids the plan must show
    must_not: tuple[str, ...] = ()  # ids it must never show
    lang: str = "en"
    notes: list[str] = field(default_factory=list)


PERSONAS: tuple[Persona, ...] = (
    Persona(
        "us_teen_boy_instagram_paid",
        {"safe_now": True, "role": "self", "age_group": "minor", "country": "US", "started": "chat",
         "platforms": ["instagram"], "demands": ["money"], "paid": True, "sent_images": True,
         "images_shared": "not_sure", "deadline": "2 hours"},
        must=("us-ncmec-cybertipline", "us-fbi-tips", "int-take-it-down", "plat-instagram", "us-988"),
        must_not=("int-stopncii", "us-ccri-helpline"),
    ),
    Persona(
        "gb_adult_bulk_scam_email",
        {"safe_now": True, "role": "self", "age_group": "adult", "country": "GB", "region": "ENG",
         "started": "email", "platforms": ["email"], "demands": ["crypto"], "paid": False, "sent_images": False,
         "images_shared": "no", "deadline": "48 hours"},
        must=("gb-police-101-999", "gb-report-fraud", "gb-samaritans"),
        must_not=("gb-ceop", "gb-report-remove", "gb-childline", "int-take-it-down", "int-stopncii",
                  "gb-sct-police-scotland"),
    ),
    Persona(
        "au_parent_helping_teen_snapchat",
        {"safe_now": True, "role": "helper", "age_group": "minor", "country": "AU", "started": "chat",
         "platforms": ["snapchat"], "demands": ["more_images", "money"], "sent_images": True},
        must=("au-accce", "au-esafety", "int-take-it-down", "plat-snapchat", "au-kids-helpline", "au-lifeline"),
        must_not=("int-stopncii", "au-reportcyber"),
    ),
    Persona(
        "de_adult_dating_app",
        {"safe_now": True, "role": "self", "age_group": "adult", "country": "DE", "started": "dating_app",
         "platforms": ["tinder", "whatsapp"], "demands": ["money"], "sent_images": True,
         "images_shared": "no"},
        must=("de-police", "int-stopncii", "plat-tinder", "plat-whatsapp", "de-telefonseelsorge"),
        must_not=("int-take-it-down", "de-nummer-gegen-kummer"),
    ),
    Persona(
        "gb_scotland_teen_girl_snapchat",
        {"safe_now": True, "role": "self", "age_group": "minor", "country": "GB", "region": "Scotland",
         "started": "chat", "platforms": ["snapchat"], "demands": ["more_images"], "sent_images": True},
        must=("gb-sct-police-scotland", "gb-ceop", "gb-report-remove", "int-take-it-down", "gb-childline"),
        must_not=("gb-police-101-999", "gb-revenge-porn-helpline", "int-stopncii", "gb-report-fraud",
                  "gb-nspcc-helpline"),
    ),
    Persona(
        "ca_adult_hacked_discord",
        {"safe_now": True, "role": "self", "age_group": "adult", "country": "CA", "started": "hacked",
         "platforms": ["discord", "google"], "demands": ["money"], "paid": True, "sent_images": False},
        must=("ca-local-police", "ca-cafc", "plat-discord", "ca-988"),
        must_not=("ca-cybertip", "ca-needhelpnow", "ca-kids-help-phone", "int-take-it-down"),
    ),
    Persona(
        "us_adult_images_from_childhood",
        {"safe_now": True, "role": "self", "age_group": "adult", "country": "US", "started": "chat",
         "platforms": ["reddit"], "sent_images": True, "images_shared": "yes", "taken_under_18": True},
        must=("int-take-it-down", "us-ncmec-cybertipline", "us-fbi-tips", "plat-reddit"),
        must_not=("int-stopncii",),
    ),
    Persona(
        "mx_friend_helping_adult_whatsapp",
        {"safe_now": True, "role": "helper", "age_group": "adult", "country": "MX", "started": "chat",
         "platforms": ["whatsapp", "facebook"], "demands": ["money"], "sent_images": True},
        must=("mx-emergency-denuncia", "mx-policia-cibernetica", "int-stopncii", "plat-whatsapp",
              "plat-facebook", "mx-linea-de-la-vida"),
        must_not=("int-take-it-down",),
    ),
    Persona(
        "nz_teen_not_safe",
        {"safe_now": False, "role": "self", "age_group": "minor", "country": "NZ"},
        must=("nz-1737",),
        must_not=("int-stopncii", "int-take-it-down", "nz-netsafe"),
    ),
    Persona(
        "in_teen_instagram",
        {"safe_now": True, "role": "self", "age_group": "minor", "country": "IN", "started": "chat",
         "platforms": ["instagram"], "demands": ["money"], "sent_images": True},
        must=("in-ncrp", "in-childline-1098", "int-take-it-down", "in-tele-manas"),
        must_not=("int-stopncii",),
    ),
    Persona(
        "es_parent_helping_teen_tiktok_spanish",
        {"safe_now": True, "role": "helper", "age_group": "minor", "country": "ES", "started": "chat",
         "platforms": ["tiktok"], "demands": ["more_images"], "sent_images": True},
        must=("es-police", "int-take-it-down", "es-anar", "plat-tiktok", "es-024"),
        must_not=("int-stopncii",),
        lang="es",
    ),
    Persona(
        "unknown_everything_skipped",
        {},
        must=(),
        must_not=(),
    ),
)
