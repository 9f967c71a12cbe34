"""Trusted time: `standfast timestamp` against a real RFC 3161 service run on 127.0.0.1 by the test.

The service is built here with asn1crypto and cryptography (a self-signed time-stamping
certificate, TSTInfo, CMS SignedData), served by a small HTTP server thread. No test touches the
network beyond loopback.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import socket
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from standfast.vault.export import export_case, verify_export
from standfast.vault.models import CustodyEntry
from standfast.vault.signing import STATEMENT_NAME
from standfast.vault.timestamp import make_request, verify_reply
from standfast.vault.vault import Vault

NO_PROXY = {"no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost", "http_proxy": "",
            "HTTP_PROXY": "", "https_proxy": "", "HTTPS_PROXY": ""}


def _cert(key: ec.EllipticCurvePrivateKey, name: str, *, eku: bool = True) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Standfast test TSA")])
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
               .not_valid_after(now + timedelta(days=30)))
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(key, hashes.SHA256())


@dataclass
class LocalTSA:
    """A minimal, real RFC 3161 time-stamping authority."""

    name: str = "Loopback Time Authority"
    mode: str = "ok"  # ok | reject | wrong_key | garbage | other_digest | no_eku
    requests: list[bytes] = field(default_factory=list)
    serial: int = 1000

    def __post_init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cert = _cert(self.key, self.name)
        self.cert_no_eku = _cert(self.key, self.name, eku=False)
        self.stranger = ec.generate_private_key(ec.SECP256R1())

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def respond(self, body: bytes) -> bytes:
        self.requests.append(body)
        if self.mode == "garbage":
            return b"\x30\x03\x02\x01"  # truncated DER
        req = tsp.TimeStampReq.load(body)
        if self.mode == "reject":
            info = tsp.PKIStatusInfo({"status": "rejection", "status_string": ["bad request"]}).dump()
            return b"\x30" + bytes([len(info)]) + info  # asn1crypto cannot leave out the token itself
        self.serial += 1
        imprint = req["message_imprint"]
        if self.mode == "other_digest":
            imprint = tsp.MessageImprint({"hash_algorithm": {"algorithm": "sha256"},
                                          "hashed_message": hashlib.sha256(b"other").digest()})
        cert = self.cert_no_eku if self.mode == "no_eku" else self.cert
        asn_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        tst = tsp.TSTInfo({
            "version": 1, "policy": "1.3.6.1.4.1.99999.1", "message_imprint": imprint,
            "serial_number": self.serial, "gen_time": datetime.now(UTC).replace(microsecond=0),
            "nonce": req["nonce"].native,
            "tsa": asn1_x509.GeneralName(name="directory_name", value=asn_cert.subject),
        })
        tst_der = tst.dump()
        attrs = cms.CMSAttributes([
            cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
            cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(tst_der).digest()]}),
            cms.CMSAttribute({"type": "signing_certificate_v2", "values": [{"certs": [{
                "hash_algorithm": {"algorithm": "sha256"},
                "cert_hash": hashlib.sha256(asn_cert.dump()).digest()}]}]}),
        ])
        signer = self.stranger if self.mode == "wrong_key" else self.key
        signature = signer.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
        signer_info = cms.SignerInfo({
            "version": "v1",
            "sid": cms.SignerIdentifier(name="issuer_and_serial_number", value={
                "issuer": asn_cert.issuer, "serial_number": asn_cert.serial_number}),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
            "signature": signature,
        })
        signed = cms.SignedData({
            "version": "v3", "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "tst_info", "content": core.ParsableOctetString(tst_der)},
            "certificates": [asn_cert], "signer_infos": [signer_info],
        })
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
        return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()


@pytest.fixture
def tsa() -> Iterator[tuple[LocalTSA, str]]:
    authority = LocalTSA()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            reply = authority.respond(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield authority, f"http://127.0.0.1:{server.server_address[1]}/tsr"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def exported(vault: Vault, tmp_path: Path) -> tuple[Vault, str, Path]:
    case = vault.create_case("Time me", age_group="adult")
    (tmp_path / "note.txt").write_text("deadline friday")
    vault.add_path(case.id, tmp_path / "note.txt")
    out = tmp_path / "export.zip"
    export_case(vault, case.id, out)
    return vault, case.id, out


def _statement_digest(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return hashlib.sha256(zf.read(STATEMENT_NAME)).digest()


def test_request_is_rfc3161() -> None:
    der, nonce = make_request(b"\x11" * 32)
    req = tsp.TimeStampReq.load(der)
    assert req["message_imprint"]["hash_algorithm"]["algorithm"].native == "sha256"
    assert req["message_imprint"]["hashed_message"].native == b"\x11" * 32
    assert req["nonce"].native == nonce and req["cert_req"].native is True


def test_reply_checks(tsa: tuple[LocalTSA, str]) -> None:
    authority, _url = tsa
    digest = hashlib.sha256(b"statement").digest()
    der, nonce = make_request(digest)
    good = verify_reply(authority.respond(der), digest, nonce=nonce)
    assert good.status == "valid" and "Loopback Time Authority" in (good.tsa or "")
    assert good.time is not None and abs((datetime.now(UTC) - good.time).total_seconds()) < 60
    assert verify_reply(authority.respond(der), digest, nonce=nonce + 1).status == "invalid"
    assert verify_reply(authority.respond(der), hashlib.sha256(b"else").digest()).status == "invalid"
    for mode, words in (("wrong_key", "does not match"), ("reject", "refused"), ("garbage", "damaged"),
                        ("other_digest", "other data"), ("no_eku", "not one for time-stamping")):
        authority.mode = mode
        bad = verify_reply(authority.respond(der), digest)
        assert bad.status == "invalid" and words in bad.detail, (mode, bad.detail)
    authority.mode = "ok"
    reply = bytearray(authority.respond(der))
    reply[reply.find(digest) + 3] ^= 1  # the imprint inside the signed TSTInfo
    assert verify_reply(bytes(reply), digest).status == "invalid"


@given(st.binary(max_size=400))
def test_reply_parser_never_crashes(data: bytes) -> None:
    assert verify_reply(data, b"\x00" * 32).status == "invalid"


def test_timestamp_command_end_to_end(exported, tsa, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, out = exported
    authority, url = tsa
    vault.close()
    before = out.read_bytes()
    res = cli("timestamp", str(out), "--tsa", url, env=NO_PROXY)
    assert res.exit_code == 0, res.stderr
    assert "Loopback Time Authority" in res.stdout
    assert out.read_bytes() == before  # the signed export itself is never touched
    tsr = out.with_name("export.zip.tsr")
    assert tsr.is_file()
    sent = tsp.TimeStampReq.load(authority.requests[-1])
    assert sent["message_imprint"]["hashed_message"].native == _statement_digest(out)  # only the digest is sent
    check = cli("verify-export", str(out), "--json", passphrase=None)
    assert check.exit_code == 0, check.stdout + check.stderr
    stamp = json.loads(check.stdout)["timestamp"]
    assert stamp["status"] == "valid" and "Loopback Time Authority" in stamp["tsa"] and stamp["time"]
    log = [json.loads(line) for line in cli("log", "--json").stdout.splitlines()]
    entry = next(e for e in log if e["action"] == "export.timestamped")
    assert entry["case_id"] == case_id and entry["details"]["reply_sha256"] == hashlib.sha256(
        tsr.read_bytes()).hexdigest()
    again = cli("timestamp", str(out), "--tsa", url, env=NO_PROXY)
    assert again.exit_code == 2 and "exists already" in again.stderr
    if shutil.which("openssl"):  # a common tool agrees
        unpacked = tmp_path / "unpacked"
        with zipfile.ZipFile(out) as zf:
            zf.extractall(unpacked)
        (tmp_path / "tsa.pem").write_bytes(authority.pem())
        proc = subprocess.run(["openssl", "ts", "-verify", "-in", str(tsr), "-data",
                               str(unpacked / STATEMENT_NAME), "-CAfile", str(tmp_path / "tsa.pem")],
                              capture_output=True, text=True)
        assert "Verification: OK" in proc.stdout, proc.stdout + proc.stderr


def test_doctored_time_stamps_are_found(exported, tsa) -> None:  # type: ignore[no-untyped-def]
    vault, _case_id, out = exported
    authority, _url = tsa
    digest = _statement_digest(out)
    der, _nonce = make_request(digest)
    tsr = out.with_name("export.zip.tsr")
    tsr.write_bytes(authority.respond(der))
    assert verify_export(out).ok and verify_export(out).timestamp["status"] == "valid"  # type: ignore[index]
    for mode in ("wrong_key", "other_digest", "garbage"):
        authority.mode = mode
        tsr.write_bytes(authority.respond(der))
        check = verify_export(out)
        assert not check.ok and any(p.kind == "timestamp" for p in check.problems), mode
    authority.mode = "ok"
    other = out.with_name("other.zip")
    export_case(vault, _case_id, other)
    tsr.write_bytes(authority.respond(make_request(_statement_digest(other))[0]))  # a stamp of another export
    assert not verify_export(out).ok


def test_offline_says_so_and_loses_nothing(exported, cli) -> None:  # type: ignore[no-untyped-def]
    vault, _case_id, out = exported
    vault.close()
    log_before = cli("log", "--json").stdout
    before = out.read_bytes()
    res = cli("timestamp", str(out), "--tsa", f"http://127.0.0.1:{_closed_port()}/", env=NO_PROXY)
    assert res.exit_code == 8 and "offline" in res.stderr and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Sending") and lines[1].startswith("standfast: ")
    assert out.read_bytes() == before and not out.with_name("export.zip.tsr").exists()
    assert cli("log", "--json").stdout == log_before
    assert cli("verify-export", str(out), passphrase=None).exit_code == 0  # still fully usable


def test_a_refusing_service_keeps_nothing(exported, tsa, cli) -> None:  # type: ignore[no-untyped-def]
    vault, _case_id, out = exported
    authority, url = tsa
    vault.close()
    authority.mode = "reject"
    res = cli("timestamp", str(out), "--tsa", url, env=NO_PROXY)
    assert res.exit_code == 5 and "refused" in res.stderr and "Traceback" not in res.stderr
    assert not out.with_name("export.zip.tsr").exists()


def test_timestamp_entry_in_the_vault(exported, tsa, vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault, _case_id, out = exported
    _authority, url = tsa
    vault.close()
    assert cli("timestamp", str(out), "--tsa", url, env=NO_PROXY).exit_code == 0
    from tests.conftest import PASSPHRASE

    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        with reopened.read() as s:
            entry = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "export.timestamped")).one()
        import base64

        assert base64.b64decode(entry.details["reply"]) == out.with_name("export.zip.tsr").read_bytes()
    finally:
        reopened.close()


def test_encrypted_export_gets_its_time_stamp(vault: Vault, tsa, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("Sealed and timed", age_group="adult")
    (tmp_path / "note.txt").write_text("deadline friday")
    vault.add_path(case.id, tmp_path / "note.txt")
    out = tmp_path / "sealed.zip"
    export_case(vault, case.id, out, encrypt_passphrase="a passphrase sent by phone")
    vault.close()
    _authority, url = tsa
    env = {**NO_PROXY, "STANDFAST_EXPORT_PASSPHRASE": "a passphrase sent by phone"}
    res = cli("timestamp", str(out), "--tsa", url, env=env)
    assert res.exit_code == 0, res.stderr
    check = cli("verify-export", str(out), "--json", env=env, passphrase=None)
    assert check.exit_code == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["timestamp"]["status"] == "valid"
    no_pass = cli("timestamp", str(out), "--tsa", url, env=NO_PROXY)
    assert no_pass.exit_code == 2 and "exists already" in no_pass.stderr
