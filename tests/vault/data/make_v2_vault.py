"""How tests/vault/data/v2-vault was made: run with Standfast at schema 2 (commit 604934e).

    STANDFAST_TEST_FAST_KDF=1 PYTHONPATH=<checkout of 604934e>/src python make_v2_vault.py OUT

Schema 2 sealed the vault's own tables; analysis results, image hashes, scan matches, suspect
marks, source file names and the names in block indexes were still in clear.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from standfast.ingest import timeline
from standfast.ingest.importer import import_path
from standfast.takedown.scan import scan_folder
from standfast.takedown.store import hash_case_items
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"
CHAT = (
    "13/03/24, 21:03 - Planted Sender Qx: hey, saw you on insta\n"
    "13/03/24, 21:05 - Sam: who is this\n"
    "13/03/24, 21:07 - Planted Sender Qx: Your password is: Tr0ub4dor&3 . I know it.\n"
    "14/03/24, 00:40 - Planted Sender Qx: I recorded you. Pay 4375 EUR to "
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq within 24 hours\n"
)


def _image() -> bytes:
    img = Image.new("RGB", (64, 64), (30, 140, 90))
    for x in range(0, 64, 5):
        for y in range(64):
            img.putpixel((x, y), (220, 200, 40))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def main(out: Path) -> None:
    work = out.parent / (out.name + "-inputs")
    (work / "PlantedScanFolderKiwi").mkdir(parents=True)
    v, _ = Vault.create(out, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="fixture")
    case = v.create_case("Planted Title Yarrow", country="GB", age_group="adult", platforms=["whatsapp"])
    (work / "photo.png").write_bytes(_image())
    v.add_file(case.id, work / "photo.png")
    (work / "PlantedScanFolderKiwi" / "copy.png").write_bytes(_image())
    (work / "WhatsApp Chat with PlantedFileLark.txt").write_text(CHAT)
    import_path(v, case.id, work / "WhatsApp Chat with PlantedFileLark.txt", zone="UTC")
    timeline.mark_suspect(v, case.id, "Planted Sender Qx")
    hash_case_items(v, case.id)
    scan_folder(v, case.id, work / "PlantedScanFolderKiwi", add_matches=True)
    v.close()
    for p in sorted(work.rglob("*"), reverse=True):
        p.rmdir() if p.is_dir() else p.unlink()
    work.rmdir()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
