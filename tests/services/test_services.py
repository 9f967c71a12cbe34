"""The services on a real vault: the age field is the one the policy reads, wherever it is set; adding,
deleting and exporting follow the policy; errors are told apart by type."""

from __future__ import annotations

import inspect
import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from standfast import safeguarding
from standfast.errors import CaseClosed, ConfirmationNeeded, NotAvailable, NotFound, Refused, UsageError
from standfast.guide.interview import Answers
from standfast.reports.demo import demo_chat_zip
from standfast.services import cases, evidence, exports, imports
from standfast.vault.models import CustodyEntry


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


def _actions(vault, case_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    with vault.read() as s:
        return [e.action for e in s.scalars(select(CustodyEntry).where(CustodyEntry.case_id == case_id)
                                            .order_by(CustodyEntry.seq))]


def test_interview_age_sets_the_case_field(vault) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, title="t")
    assert case.age_group == "unknown"
    cases.save_interview(vault, case.id, Answers(age_group="minor", role="helper"))
    assert vault.get_case(case.id).age_group == "minor"
    assert safeguarding.CaseFacts.of(vault.get_case(case.id)).minor
    started = cases.start_case(vault, title="web", answers=Answers(age_group="adult", country="GB"))
    assert started.age_group == "adult" and started.country == "GB"


def test_age_set_later_hides_what_was_stored(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chat = tmp_path / "chat.zip"
    chat.write_bytes(demo_chat_zip(minor=False))
    case = cases.create_case(vault, title="later")
    imports.import_export(vault, case.id, chat, zone="UTC")
    photo = next(i for i in vault.list_items(case.id) if i.original_name == "1.jpg")
    assert photo.blob_id is not None  # stored while the age was unknown
    done = cases.update_case(vault, case.id, age="minor", country="us")
    assert done.case.age_group == "minor" and done.case.country == "US" and done.newly_guarded >= 1
    with pytest.raises(Refused):
        evidence.open_content(vault, done.case, photo, reveal=True)
    out = tmp_path / "e.zip"
    exports.export_case(vault, case.id, out, include_intimate=True)
    with zipfile.ZipFile(out) as zf:
        rows = {r["id"]: r for r in json.loads(zf.read("manifest.json"))["items"]}
    assert rows[photo.id]["file"] is None and "minor" in rows[photo.id]["excluded_reason"]
    assert "case.updated" in _actions(vault, case.id)


def test_add_intimate_in_a_minors_case_hashes_images_in_place(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "given"
    folder.mkdir()
    (folder / "photo.png").write_bytes(_png((10, 200, 30)))
    (folder / "words.txt").write_text("what he wrote")
    case = cases.create_case(vault, title="teen", age="minor")
    report = evidence.add_paths(vault, case.id, [folder], intimate=True)
    assert len(report.hashed_in_place) == 1 and len(report.added) == 1 and not report.problems
    items = {i.original_name: i for i in vault.list_items(case.id)}
    assert items["photo.png"].kind == "hash_only" and items["photo.png"].blob_id is None
    assert items["words.txt"].blob_id is not None and items["words.txt"].intimate
    # The same file through the stream path (a web upload) gives the same answer.
    other = cases.create_case(vault, title="teen 2", age="minor")
    added = evidence.add_stream(vault, other.id, io.BytesIO(_png((10, 200, 30))), name="photo.png", size=1,
                                intimate=True)
    assert added.hashed_in_place and added.item_id is not None
    assert vault.get_item(added.item_id).blob_id is None


def test_an_adults_intimate_image_is_stored_blurred_and_copied_only_when_chosen(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    img = tmp_path / "private.png"
    img.write_bytes(_png((200, 0, 0)))
    case = cases.create_case(vault, title="adult", age="adult")
    evidence.add_paths(vault, case.id, [img], intimate=True)
    item = vault.list_items(case.id)[0]
    assert item.blob_id is not None and item.intimate
    assert evidence.view_of(vault, case, item).view is safeguarding.View.BLURRED
    with pytest.raises(Refused):
        evidence.open_content(vault, case, item)
    with evidence.open_content(vault, case, item, reveal=True) as fh:
        assert fh.read() == img.read_bytes()
    assert evidence.blurred_preview(vault, case, item).startswith(b"\x89PNG")
    with pytest.raises(Refused):
        evidence.save_copy(vault, item.id, tmp_path / "copy.png", chosen=False)
    evidence.save_copy(vault, item.id, tmp_path / "copy.png")
    assert (tmp_path / "copy.png").read_bytes() == img.read_bytes()
    marked = evidence.mark_intimate(vault, item.id, False)
    assert not marked.hidden and evidence.view_of(vault, case, marked.item).view is safeguarding.View.FULL


def test_an_item_marked_intimate_is_not_read_and_an_unreadable_one_is_unclear(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from standfast.services import analysis

    img = tmp_path / "photo.png"
    img.write_bytes(_png((10, 200, 10)))
    case = cases.create_case(vault, title="adult", age="adult")
    evidence.add_paths(vault, case.id, [img], intimate=True)
    item = vault.list_items(case.id)[0]
    before = _actions(vault, case.id)
    with pytest.raises(Refused, match="marked intimate"):
        analysis.analyze_item(vault, item.id)
    assert _actions(vault, case.id) == before  # nothing read, nothing recorded
    evidence.mark_intimate(vault, item.id, False)
    # A plain green square has no words: that is "unclear", never a reassuring "not extortion".
    assert str(analysis.analyze_item(vault, item.id).verdict) == "unclear"


def test_delete_withdraws_or_purges_with_confirmation(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, title="d")
    note = evidence.add_note(vault, case.id, "a note")
    gone = evidence.delete_item(vault, case.id, note.id)
    assert gone.status == "withdrawn"
    with pytest.raises(ConfirmationNeeded):
        evidence.delete_item(vault, case.id, note.id, purge_bytes=True)
    purged = evidence.delete_item(vault, case.id, note.id, purge_bytes=True, confirmed=True, reason="mistake")
    assert purged.status == "purged" and purged.blob_id is None
    assert _actions(vault, case.id)[-2:] == ["item.withdrawn", "item.purged"]
    other = cases.create_case(vault, title="other")
    with pytest.raises(NotFound):
        evidence.delete_item(vault, other.id, note.id)


def test_errors_are_typed(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        cases.get_case(vault, "ffffffff")
    case = cases.create_case(vault, title="c")
    cases.set_status(vault, case.id, "closed")
    with pytest.raises(CaseClosed):
        evidence.add_note(vault, case.id, "late")
    with pytest.raises(UsageError):
        cases.update_case(vault, case.id)
    with pytest.raises(UsageError):
        cases.update_case(vault, case.id, age="teen")
    assert issubclass(NotFound, UsageError) and issubclass(CaseClosed, UsageError)


def test_encrypted_export_is_wired_through_or_clearly_not_available(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, title="enc")
    evidence.add_note(vault, case.id, "n")
    out = tmp_path / "enc.zip"
    if "encrypt_passphrase" in inspect.signature(vault.export_case).parameters:
        exports.export_case(vault, case.id, out, encrypt_passphrase="a long passphrase here")
        assert out.exists()
    else:
        with pytest.raises(NotAvailable, match="not available"):
            exports.export_case(vault, case.id, out, encrypt_passphrase="a long passphrase here")
        assert not out.exists()


def test_cli_interview_age_and_case_set_write_the_case_field(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    case = cli("case", "new", "--title", "from the interview").stdout.strip().splitlines()[-1]
    r = cli("interview", case, "--age", "minor", "--role", "helper", "--json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(cli("case", "show", case, "--json").stdout)["age_group"] == "minor"
    r = cli("case", "set", case, "--age", "adult", "--country", "gb", "--title", "renamed")
    assert r.exit_code == 0, r.stderr
    shown = json.loads(cli("case", "show", case, "--json").stdout)
    assert (shown["age_group"], shown["country"], shown["title"]) == ("adult", "GB", "renamed")
    bad = cli("case", "set", case, "--age", "teen")
    assert bad.exit_code == 2 and "minor, adult, unknown" in bad.stderr


def test_import_of_plain_files_in_a_minors_case_keeps_images_by_hash(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A zip or folder with no chat inside (the importer's fallback) follows the same rule as a chat export."""
    z = tmp_path / "phone-photos.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("DCIM/IMG_0001.png", _png((1, 2, 3)))
        zf.writestr("notes/what-happened.txt", "he asked for pictures")
    minor = cases.create_case(vault, title="m", age="minor")
    report = imports.import_export(vault, minor.id, z)
    items = {i.original_name: i for i in vault.list_items(minor.id)}
    assert report.hash_only == 1 and "phone-photos.zip" not in items  # never stored whole
    assert items["IMG_0001.png"].blob_id is None and items["what-happened.txt"].blob_id is not None
    adult = cases.create_case(vault, title="a", age="adult")
    imports.import_export(vault, adult.id, z)
    assert {i.original_name for i in vault.list_items(adult.id)} >= {"phone-photos.zip", "IMG_0001.png"}
