"""How tests/vault/data/v1-vault was made: run with Standfast at schema 1 (commit d87bd44).

    STANDFAST_TEST_FAST_KDF=1 PYTHONPATH=<checkout of d87bd44>/src python make_v1_vault.py OUT
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from standfast.ingest.importer import import_path
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"
CHAT = (
    "13/03/24, 21:03 - Planted Sender Qx: hey, saw you on insta\n"
    "13/03/24, 21:05 - Sam: who is this\n"
    "14/03/24, 00:40 - Planted Sender Qx: Pay 500 USD within 24 hours\n"
)


def main(out: Path) -> None:
    work = out.parent / (out.name + "-inputs")
    work.mkdir(parents=True)
    v, _ = Vault.create(out, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="fixture")
    case = v.create_case("Planted Title Zephyr", country="GB", age_group="minor", platforms=["instagram"])
    img = Image.new("RGB", (16, 16), (1, 2, 3))
    exif = Image.Exif()
    exif[0x010F] = "PlantedCamZ"
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    (work / "planted-file-name-Quokka.jpg").write_bytes(buf.getvalue())
    v.add_file(case.id, work / "planted-file-name-Quokka.jpg")
    (work / "second.txt").write_text("second")
    second = v.add_file(case.id, work / "second.txt").item
    v.withdraw(second.id, "Planted reason Wombat")
    v.add_url(case.id, "https://planted.example/Numbat")
    v.add_note(case.id, "note text", title="Planted note title")
    (work / "WhatsApp Chat with Planted.txt").write_text(CHAT)
    import_path(v, case.id, work / "WhatsApp Chat with Planted.txt", zone="UTC")
    v.close()
    for p in sorted(work.iterdir()):
        p.unlink()
    work.rmdir()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
