"""Imports never fail silently: empty or unreadable inputs are errors with what was expected and the
first line; counts are true; the command line's JSON contract; --date-order; --format; --formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from standfast.errors import InputError
from standfast.ingest.importer import EmptyInput, ImportStopped, NothingImported, import_path
from tests.ingest import samples
from tests.ingest.wa_layouts import LAYOUTS, chat


def test_empty_file_is_an_error_and_adds_nothing(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("empty")
    for content in (b"", b"\n\n  \r\n"):
        p = tmp_path / "_chat.txt"
        p.write_bytes(content)
        with pytest.raises(EmptyInput, match="empty"):
            import_path(vault, case.id, p, zone="UTC")
    assert vault.list_items(case.id) == []


def test_unknown_text_file_is_an_error_showing_its_first_line(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("unknown")
    p = tmp_path / "notes.txt"
    p.write_text("\n" + "Meeting notes from the school " * 10 + "\nsecond line\n")
    with pytest.raises(NothingImported) as err:
        import_path(vault, case.id, p, zone="UTC")
    text = str(err.value)
    assert "No messages could be read from notes.txt" in text and "line 2" in text
    assert "Meeting notes from the school" in text and "second line" not in text and "…" in text
    assert len(text) < 700 and vault.list_items(case.id) == []


def test_named_chat_in_an_unknown_layout_is_an_error_not_a_success(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("layout")
    p = tmp_path / "WhatsApp Chat with Kai.txt"
    p.write_text("Kai @ 9pm on the 13th: hello\nKai @ 9pm on the 13th: hi\n")
    with pytest.raises(NothingImported) as err:
        import_path(vault, case.id, p, zone="UTC")
    assert "WhatsApp message lines such as" in str(err.value) and "Kai @ 9pm" in str(err.value)
    assert err.value.report.messages == 0


def test_zip_with_one_unreadable_chat_still_imports_the_other_and_says_so(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("mixed")
    z = tmp_path / "export.zip"
    z.write_bytes(samples.make_zip({"a/_chat.txt": samples.WHATSAPP_SEXTORTION, "b/_chat.txt": "no chat here\n"}))
    with pytest.raises(NothingImported) as err:
        import_path(vault, case.id, z, zone="UTC")
    assert err.value.report.messages == 7 and "b/_chat.txt in export.zip" in str(err.value)


def test_counts_are_true_on_reimport(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("counts")
    p = tmp_path / "_chat.txt"
    p.write_bytes(samples.WHATSAPP_SEXTORTION.encode())
    first = import_path(vault, case.id, p, zone="UTC")
    again = import_path(vault, case.id, p, zone="UTC")
    assert (first.added, first.duplicates) == (7, 0) and (again.added, again.duplicates) == (7 - 7, 7)
    assert first.as_dict()["format"] == "whatsapp" and first.as_dict()["unreadable"] == []


def test_unreadable_lines_have_numbers(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("lines")
    p = tmp_path / "_chat.txt"
    p.write_bytes(b"preamble\n" + samples.WHATSAPP_SEXTORTION.encode().replace(b"hi? who", b"\xff\xfe who"))
    d = import_path(vault, case.id, p, zone="UTC").as_dict()
    assert d["added"] == 6
    assert [(u["line"], u["reason"]) for u in d["unreadable"]] == [
        (1, "text before the first message; skipped"), (4, "line is not valid UTF-8 text; skipped")]


def test_stopped_message_never_says_nothing_was_added() -> None:
    from standfast.ingest.importer import ImportReport, stopped_message

    report = ImportReport(case_id="c", messages=1408)
    text = stopped_message(report, InputError("The disk is full. Nothing was added; free some space and try again."))
    assert "1,408 new messages were stored" in text and "othing was added" not in text
    assert issubclass(ImportStopped, InputError)


def test_cli_json_contract_format_and_date_order(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    case_id = cli("case", "new", "--title", "cli").stdout.strip().splitlines()[-1]
    korean = tmp_path / "ko.txt"
    korean.write_text(chat(next(la for la in LAYOUTS if la.name == "android-ko")), encoding="utf-8")
    ambiguous = tmp_path / "amb.txt"
    ambiguous.write_text("01/02/24, 10:00 - A: one\n01/02/24, 11:00 - B: two\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = cli("import", case_id, str(korean), str(ambiguous), str(empty), "--json", "--tz", "UTC",
            "--date-order", "MDY")
    assert r.exit_code == 6, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["added"], x["duplicates"], x["unreadable"], x["format"]) for x in rows[:2]] == [
        (4, 0, [], "whatsapp"), (2, 0, [], "whatsapp")]
    assert rows[1]["sources"][0]["date_order"] == "MDY" and "messages" in rows[0]  # older fields kept
    assert rows[2]["added"] == 0 and "empty" in rows[2]["error"]
    timeline = json.loads(cli("timeline", case_id, "--json").stdout)
    assert sorted(t["time"] for t in timeline if t["sender"] in ("A", "B")) == [
        "2024-01-02T10:00:00Z", "2024-01-02T11:00:00Z"]
    r = cli("import", case_id, str(korean), "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["duplicates"] == 4
    r = cli("import", case_id, str(korean), "--format", "nope")
    assert r.exit_code == 2 and "whatsapp" in r.stderr
    r = cli("import", "--formats")
    assert r.exit_code == 0 and "whatsapp" in r.stdout and "email_mbox" in r.stdout


def test_cli_unknown_file_fails_with_nonzero_exit(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    case_id = cli("case", "new", "--title", "cli").stdout.strip().splitlines()[-1]
    p = tmp_path / "chat.txt"
    p.write_text("21:03 Kai> hello there\n")
    r = cli("import", case_id, str(p))
    assert r.exit_code == 6 and "No messages could be read" in r.stderr and "21:03 Kai> hello" in r.stderr
    assert "new messages" not in r.stdout and "Traceback" not in r.stderr


def _zip_with_bad_crc(member: str) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    photo = samples.FAKE_JPEG * 50
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("_chat.txt", samples.WHATSAPP_SEXTORTION)
        zf.writestr("IMG-20240314-WA0001.jpg", photo)
    data = bytearray(buf.getvalue())
    target = photo if member.endswith(".jpg") else samples.WHATSAPP_SEXTORTION.encode()
    data[data.find(target[:40]) + 20] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("member", ["_chat.txt", "IMG-20240314-WA0001.jpg"])
def test_bad_crc_member_is_named_and_the_rest_is_resumable(tmp_path: Path, vault, member: str) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("crc")
    z = tmp_path / "export.zip"
    z.write_bytes(_zip_with_bad_crc(member))
    with pytest.raises(ImportStopped) as err:
        import_path(vault, case.id, z, zone="UTC")
    assert f"{member} in export.zip" in str(err.value) and "CRC" in str(err.value)
    stored = err.value.report.messages
    assert stored == (0 if member == "_chat.txt" else 7)
    if stored:  # the damaged photo is a missing attachment; the messages are all there, once
        again = import_path(vault, case.id, z, zone="UTC")
        assert (again.messages, again.duplicates) == (0, 7)


@pytest.mark.parametrize("fmt", ["meta", "telegram", "discord_exporter", "discord_pkg", "snapchat"])
def test_json_nested_100000_deep_is_a_clear_error(tmp_path: Path, vault, fmt: str) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("deep")
    p = tmp_path / "deep.json"
    p.write_bytes(b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    with pytest.raises(InputError) as err:
        import_path(vault, case.id, p, zone="UTC", fmt=fmt)
    assert "nested far deeper" in str(err.value)


def test_cli_asks_the_date_order_in_a_terminal(tmp_path: Path, cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import PASSPHRASE

    assert cli("init").exit_code == 0
    case_id = cli("case", "new", "--title", "ask").stdout.strip().splitlines()[-1]
    amb = tmp_path / "amb.txt"
    amb.write_text("01/02/24, 10:00 - A: one\n01/02/24, 11:00 - B: two\n")
    leader, follower = pty.openpty()
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "STANDFAST_PASSPHRASE": PASSPHRASE, "COLUMNS": "200"}
    proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "import", case_id, str(amb), "--tz", "UTC"],
                            stdin=follower, stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while b"Which order" not in seen:
        chunk = os.read(leader, 1024)
        assert chunk, seen
        seen += chunk
    assert b"can be read two ways" in seen
    os.write(leader, b"MDY\n")
    out, _ = proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0 and b"2 new messages" in out
    timeline = json.loads(cli("timeline", case_id, "--json").stdout)
    assert [t["time"] for t in timeline] == ["2024-01-02T10:00:00Z", "2024-01-02T11:00:00Z"]


def test_ctrl_c_after_messages_were_stored_says_so(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from standfast.ingest import indicator_pass

    def stop(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: stop)
    case = vault.create_case("ctrl-c")
    p = tmp_path / "_chat.txt"
    p.write_bytes(samples.WHATSAPP_SEXTORTION.encode())
    with pytest.raises(ImportStopped) as err:
        import_path(vault, case.id, p, zone="UTC")
    assert err.value.interrupted and err.value.exit_code == 130
    assert "All 7 new messages are stored" in str(err.value) and "othing was" not in str(err.value)
    monkeypatch.undo()
    again = import_path(vault, case.id, p, zone="UTC")  # finishes the indicators, stores nothing twice
    assert (again.messages, again.duplicates) == (0, 7)


def test_empty_zip_and_empty_folder_are_errors(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("empty-zip")
    z = tmp_path / "export.zip"
    z.write_bytes(samples.make_zip({}))
    folder = tmp_path / "folder"
    folder.mkdir()
    for p in (z, folder):
        with pytest.raises(EmptyInput, match="holds no files"):
            import_path(vault, case.id, p, zone="UTC")
    assert vault.list_items(case.id) == []
