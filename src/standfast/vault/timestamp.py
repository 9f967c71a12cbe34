"""Trusted time for an export: an RFC 3161 time-stamp of its signed statement.

A time-stamping authority (TSA) signs "I saw this SHA-256 at this time". Standfast asks for one
only when the person runs ``standfast timestamp``: that is the only network call, and it sends
nothing but the SHA-256 of ``signature/statement.json`` and a random nonce. The reply is kept
next to the export (``<export>.tsr``, checkable with ``openssl ts -verify``) and in the case's
custody log.

ASN.1 is read and written with asn1crypto; the token's CMS signature is checked with
cryptography against the certificate inside the token. Whether that TSA is one to trust is the
reader's call, so its name and certificate fingerprint are always reported.
"""

from __future__ import annotations

import hashlib
import http.client
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

from standfast.errors import StandfastError

# DigiCert's public RFC 3161 service (free, no account); any other can be given with --tsa.
DEFAULT_TSA_URL = "http://timestamp.digicert.com"
MAX_REPLY_BYTES = 1 << 20
TIMEOUT_SECONDS = 30
_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {"sha256": hashes.SHA256, "sha384": hashes.SHA384,
                                                   "sha512": hashes.SHA512, "sha1": hashes.SHA1}
_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError)


class TimestampUnavailable(StandfastError):
    """The time-stamping service could not be reached or gave no usable answer. Nothing changed."""

    exit_code = 8


@dataclass
class TimestampCheck:
    status: str  # valid | invalid
    detail: str = ""
    tsa: str | None = None
    time: datetime | None = None
    certificate_sha256: str | None = None
    serial: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "detail": self.detail, "tsa": self.tsa,
                "time": self.time.isoformat() if self.time else None,
                "certificate_sha256": self.certificate_sha256}


def make_request(digest: bytes, *, nonce: int | None = None) -> tuple[bytes, int]:
    """DER of a TimeStampReq for a SHA-256 digest, asking for the TSA certificate; and its nonce."""
    nonce = nonce if nonce is not None else secrets.randbits(63)
    req = tsp.TimeStampReq({
        "version": 1,
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce, "cert_req": True,
    })
    return req.dump(), nonce


def send_request(url: str, request: bytes, *, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """POST the request to the TSA; a plain-worded TimestampUnavailable when that cannot be done."""
    if not url.startswith(("http://", "https://")):
        raise TimestampUnavailable(f"{url!r} is not a web address of a time-stamping service.", exit_code=2)
    req = urllib.request.Request(url, data=request, method="POST",
                                 headers={"Content-Type": "application/timestamp-query",
                                          "Accept": "application/timestamp-reply"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data: bytes = resp.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise TimestampUnavailable(f"The time-stamping service answered with an error ({exc.code}). Nothing was "
                                   "changed; try again later or choose another service with --tsa.") from None
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, OSError):
        raise TimestampUnavailable("Could not reach the time-stamping service: this computer seems to be offline, "
                                   "or the service is down. Nothing was changed; your export is as it was. Run "
                                   "`standfast timestamp` again when you are online.") from None
    if len(data) > MAX_REPLY_BYTES:
        raise TimestampUnavailable("The time-stamping service sent far too much data; it was not kept.")
    return data


def verify_reply(data: bytes, digest: bytes, *, nonce: int | None = None) -> TimestampCheck:
    """Check a TimeStampResp (or a bare token) for ``digest``. Never raises on hostile input."""
    try:
        return _verify(data, digest, nonce)
    except _PARSE_ERRORS:
        return TimestampCheck("invalid", "the time-stamp reply is damaged or is not an RFC 3161 reply")


class _Parts(core.SequenceOf):  # type: ignore[misc]
    """TimeStampResp read part by part: asn1crypto's own class requires the token, which a refusal lacks."""

    _child_spec = core.Any


def _token_of(data: bytes) -> cms.ContentInfo:
    parts = _Parts.load(data, strict=True)
    if len(parts) not in (1, 2):
        raise ValueError("not a TimeStampResp")
    info = tsp.PKIStatusInfo.load(parts[0].dump(), strict=True)
    status = info["status"].native
    if status not in ("granted", "granted_with_mods"):
        text = info["status_string"].native if info["status_string"] else None
        raise _Refused(f"the time-stamping service refused the request ({status}"
                       + (f": {'; '.join(text)}" if text else "") + ")")
    if len(parts) != 2:
        raise ValueError("no token")
    token = cms.ContentInfo.load(parts[1].dump(), strict=True)
    if token["content_type"].native != "signed_data":
        raise ValueError("no token")
    return token


class _Refused(ValueError):
    pass


def _verify(data: bytes, digest: bytes, nonce: int | None) -> TimestampCheck:
    try:
        token = _token_of(data)
    except _Refused as exc:
        return TimestampCheck("invalid", str(exc))
    signed: cms.SignedData = token["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        return TimestampCheck("invalid", "the reply does not hold a time-stamp")
    tst_der = encap["content"].contents
    tst = tsp.TSTInfo.load(tst_der, strict=True)
    gen_time: datetime = tst["gen_time"].native
    imprint = tst["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].native != "sha256" or imprint["hashed_message"].native != digest:
        return TimestampCheck("invalid", "the time-stamp is for other data than this export's signed statement",
                              time=gen_time)
    if nonce is not None and tst["nonce"].native != nonce:
        return TimestampCheck("invalid", "the reply does not answer this request (the nonce differs)")
    infos = signed["signer_infos"]
    if len(infos) != 1:
        return TimestampCheck("invalid", "the time-stamp token has no single signer")
    signer = infos[0]
    cert = _signer_certificate(signed, signer)
    if cert is None:
        return TimestampCheck("invalid", "the reply carries no certificate of the service that signed it",
                              time=gen_time)
    crt = x509.load_der_x509_certificate(cert.dump())
    name = _tsa_name(tst, cert)
    cert_sha = hashlib.sha256(cert.dump()).hexdigest()
    base = {"tsa": name, "time": gen_time, "certificate_sha256": cert_sha, "serial": tst["serial_number"].native}
    problem = _signature_problem(signer, tst_der, crt)
    if problem:
        return TimestampCheck("invalid", problem, **base)
    if not _meant_for_timestamps(crt):
        return TimestampCheck("invalid", "the signing certificate is not one for time-stamping", **base)
    if not (crt.not_valid_before_utc <= gen_time <= crt.not_valid_after_utc):
        return TimestampCheck("invalid", "the time lies outside the validity of the service's certificate", **base)
    return TimestampCheck("valid", f"{name} saw this export's signed statement at {gen_time.isoformat()}", **base)


def _signer_certificate(signed: cms.SignedData, signer: cms.SignerInfo) -> asn1_x509.Certificate | None:
    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert: asn1_x509.Certificate = choice.chosen
        if sid.name == "issuer_and_serial_number":
            if (cert.issuer == sid.chosen["issuer"]
                    and cert.serial_number == sid.chosen["serial_number"].native):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _signature_problem(signer: cms.SignerInfo, content: bytes, crt: x509.Certificate) -> str | None:
    algo = signer["digest_algorithm"]["algorithm"].native
    if algo not in _HASHES:
        return f"the token uses an unknown digest ({algo})"
    hash_cls = _HASHES[algo]
    attrs = signer["signed_attrs"]
    if not attrs:
        return "the token has no signed attributes"
    digests = [a["values"][0].native for a in attrs if a["type"].native == "message_digest"]
    types = [a["values"][0].native for a in attrs if a["type"].native == "content_type"]
    h = hashes.Hash(hash_cls())
    h.update(content)
    if digests != [h.finalize()] or types != ["tst_info"]:
        return "the time-stamp was changed after the service signed it"
    if not _names_its_certificate(attrs, crt):
        return "the time-stamp names another certificate than the one it carries"
    signed_bytes = b"\x31" + attrs.dump()[1:]  # signed over as a SET OF, not the [0] it is stored as
    signature = signer["signature"].native
    key = crt.public_key()
    sig_algo = signer["signature_algorithm"].signature_algo
    try:
        if isinstance(key, rsa.RSAPublicKey) and sig_algo == "rsassa_pkcs1v15":
            key.verify(signature, signed_bytes, padding.PKCS1v15(), hash_cls())
        elif isinstance(key, rsa.RSAPublicKey) and sig_algo == "rsassa_pss":
            params = signer["signature_algorithm"]["parameters"]
            pss_hash = _HASHES.get(params["hash_algorithm"]["algorithm"].native, hashes.SHA256)
            key.verify(signature, signed_bytes,
                       padding.PSS(padding.MGF1(pss_hash()), params["salt_length"].native), pss_hash())
        elif isinstance(key, ec.EllipticCurvePublicKey) and sig_algo == "ecdsa":
            key.verify(signature, signed_bytes, ec.ECDSA(hash_cls()))
        elif isinstance(key, ed25519.Ed25519PublicKey) and sig_algo == "ed25519":
            key.verify(signature, signed_bytes)
        else:
            return f"the token is signed in a way Standfast cannot check ({sig_algo})"
    except InvalidSignature:
        return "the time-stamp's signature does not match the service's certificate"
    return None


def _names_its_certificate(attrs: cms.CMSAttributes, crt: x509.Certificate) -> bool:
    """The ESS signing-certificate attribute (RFC 2634 / 5816), when present, must name this certificate."""
    der = crt.public_bytes(serialization.Encoding.DER)
    for attr in attrs:
        kind = attr["type"].native
        if kind not in ("signing_certificate", "signing_certificate_v2"):
            continue
        for value in attr["values"]:
            ids = value["certs"]
            if not ids:
                return False
            first = ids[0]
            algo = "sha1" if kind == "signing_certificate" else first["hash_algorithm"]["algorithm"].native
            if algo not in _HASHES:
                return False
            h = hashes.Hash(_HASHES[algo]())
            h.update(der)
            if first["cert_hash"].native != h.finalize():
                return False
    return True


def _meant_for_timestamps(crt: x509.Certificate) -> bool:
    try:
        eku = crt.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return any(oid.dotted_string == _TIME_STAMPING for oid in eku)


def _tsa_name(tst: tsp.TSTInfo, cert: asn1_x509.Certificate) -> str:
    general = tst["tsa"]
    if general and general.name == "directory_name":
        return str(general.chosen.human_friendly)
    return str(cert.subject.human_friendly)
