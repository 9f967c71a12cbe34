"""Write the `reports` message catalogs (en, es) from the Spanish table below.

Run: .venv/bin/python tests/reports/tools/catalogs.py   (English entries are identity; missing
Spanish entries fall back to English at run time.)
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ES = {
    "pre-filled report": "informe rellenado",
    "Where": "Dónde",
    "phone": "teléfono",
    "(From the Standfast directory; source: {source}; checked {date}. Check it is still current.)":
        "(Del directorio de Standfast; fuente: {source}; comprobado el {date}. Compruebe que sigue vigente.)",
    "Note: the plan did not pick this channel for this case. Check that it fits.":
        "Nota: el plan no eligió este canal para este caso. Compruebe que encaja.",
    "Standfast does not send anything. Copy each part into the form yourself, and check every detail before you "
    "send it. Fill in the parts in [brackets].":
        "Standfast no envía nada. Copie cada parte en el formulario usted mismo y revise cada dato antes de "
        "enviarlo. Complete las partes entre [corchetes].",
    "Case reference: {ref}": "Referencia del caso: {ref}",
    "Attachments to include (from the evidence package)": "Archivos para adjuntar (del paquete de pruebas)",
    "- none": "- ninguno",
    "fill in": "complete",
    "not known": "no se sabe",
    "the person I am helping": "la persona a la que ayudo",
    "me": "mí",
    "On {time}, the {app} account {account} contacted me.":
        "El {time}, la cuenta {account} de {app} se puso en contacto conmigo.",
    "On {time}, the {app} account {account} contacted the person I am helping.":
        "El {time}, la cuenta {account} de {app} se puso en contacto con la persona a la que ayudo.",
    "No payment was made.": "No se hizo ningún pago.",
    "The person targeted is under 18.": "La persona afectada es menor de 18 años.",
    "In an emergency, call your local emergency number now.":
        "En una emergencia, llame ahora a su número local de emergencias.",
    "Standfast does not send anything. Check the text, fill in the parts in [brackets], and send it yourself. "
    "Keep a copy.":
        "Standfast no envía nada. Revise el texto, complete las partes entre [corchetes] y envíelo usted mismo. "
        "Guarde una copia.",
    "Case report": "Informe del caso",
    "Page {n} of {total}": "Página {n} de {total}",
    "Generated": "Generado",
    "Confidential: evidence in a criminal matter": "Confidencial: pruebas de un asunto penal",
    "1. Summary": "1. Resumen",
    "5. Evidence index": "5. Índice de pruebas",
    "the case report (read this first)": "el informe del caso (léalo primero)",
    "all messages in time order": "todos los mensajes en orden de tiempo",
    # reports.actors.NEUTRAL_ACTOR: shown instead of a computer account such as "root"
    "the person who keeps this vault": "la persona que guarda esta bóveda",
}


def main() -> None:
    root = Path(__file__).resolve().parents[3] / "src" / "standfast" / "locale"
    for lang in ("en", "es"):
        cat = Catalog(locale=lang, domain="reports", project="standfast", version="0.1")
        for msgid, es in ES.items():
            cat.add(msgid, msgid if lang == "en" else es)
        out = root / lang / "LC_MESSAGES" / "reports.po"
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("wb") as fh:
            write_po(fh, cat, width=100, omit_header=False)


if __name__ == "__main__":
    main()
