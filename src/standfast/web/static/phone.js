/* Standfast phone page: seal each file with the pairing key before it leaves the phone.

   The key is in the address's fragment (#k=...), which the browser never sends. It is read once and the
   fragment is removed from the address bar and history at once. WebCrypto's AES-GCM is used when the
   browser offers it; over plain http on a home network it does not (not a "secure context"), and the
   vendored, audited @noble/ciphers AES-GCM makes the same records instead. Wire format: pairing.py. */

const CHUNK = 1 << 20;
const NONCE = 12;
const KIND = { CLAIM: 1, SESSION: 2, META: 3, CHUNK: 4, LAST: 5, RECEIPT: 6, DONE: 7 };
const PREFIX = new TextEncoder().encode("standfast-phone-v1|");
const NOBLE = "./vendor/noble-ciphers-2.4.0/aes.js";

const words = document.getElementById("words").dataset;
const statusBox = document.getElementById("status");
const form = document.getElementById("send");
const input = document.getElementById("files");
const progress = document.getElementById("progress");
const sentList = document.getElementById("sent");
const sentHeading = document.getElementById("sent-h");
const finishButton = document.getElementById("finish");
const sendButton = document.getElementById("send-button");
const pairingId = location.pathname.split("/")[2];
const base = "/p/" + encodeURIComponent(pairingId);

function say(text) { statusBox.textContent = text; }
function fill(text, values) {
  return text.replace(/%\((\w+)\)s/g, (m, k) => (k in values ? String(values[k]) : m));
}
function fromB64url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const raw = atob(b64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
  return out;
}
function toB64url(bytes) {
  let raw = "";
  for (let i = 0; i < bytes.length; i++) { raw += String.fromCharCode(bytes[i]); }
  return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function concat(parts) {
  const size = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
function aad(kind, seq, index) {
  const id = new TextEncoder().encode(pairingId);
  const tail = new Uint8Array(17);
  const view = new DataView(tail.buffer);
  view.setUint8(0, kind);
  view.setBigUint64(1, BigInt(seq));
  view.setBigUint64(9, BigInt(index));
  return concat([PREFIX, id, tail]);
}

/* One interface over both implementations: seal(plain, aad) -> nonce||ciphertext, open(record, aad). */
async function makeCipher(key) {
  if (window.crypto && window.crypto.subtle) {
    const k = await crypto.subtle.importKey("raw", key, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
    return {
      kind: "webcrypto",
      async seal(plain, extra) {
        const nonce = crypto.getRandomValues(new Uint8Array(NONCE));
        const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce, additionalData: extra }, k, plain);
        return concat([nonce, new Uint8Array(ct)]);
      },
      async open(record, extra) {
        const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: record.slice(0, NONCE), additionalData: extra },
          k, record.slice(NONCE));
        return new Uint8Array(plain);
      },
    };
  }
  const { gcm } = await import(NOBLE);
  return {
    kind: "noble",
    async seal(plain, extra) {
      const nonce = crypto.getRandomValues(new Uint8Array(NONCE));
      return concat([nonce, gcm(key, nonce, extra).encrypt(plain)]);
    },
    async open(record, extra) {
      return gcm(key, record.slice(0, NONCE), extra).decrypt(record.slice(NONCE));
    },
  };
}

let cipher = null;
let session = "";
let seq = 0;
let sending = false;
let ended = false;

function refuse(code) {
  ended = ["used", "expired", "unknown", "bad-key", "finished"].includes(code);
  say(words[code.replace(/-([a-z])/g, (m, c) => c.toUpperCase())] || words.network);
  if (ended) { form.hidden = true; finishButton.hidden = true; }
}

async function errorCode(response) {
  try { return (await response.json()).error || "network"; } catch (e) { return "network"; }
}

async function claim() {
  const proof = await cipher.seal(crypto.getRandomValues(new Uint8Array(16)), aad(KIND.CLAIM, 0, 0));
  const r = await fetch(base + "/claim", { method: "POST", body: proof, cache: "no-store" });
  if (!r.ok) { refuse(await errorCode(r)); return false; }
  const secret = await cipher.open(new Uint8Array(await r.arrayBuffer()), aad(KIND.SESSION, 0, 0));
  session = toB64url(secret);
  return true;
}

let lastState = "";
async function poll() {
  if (ended || sending) { return; }
  try {
    const r = await fetch(base + "/state", { headers: { "x-standfast-session": session }, cache: "no-store" });
    if (!r.ok) { refuse(await errorCode(r)); return; }
    const s = await r.json();
    const now = s.ready ? "ready" : (s.waiting === "locked" ? "locked" : "noCase");
    sendButton.disabled = !s.ready;
    // Only a change is announced: the result of the last sending stays on screen until then.
    if (now !== lastState) { say(words[now]); lastState = now; }
  } catch (e) {
    say(words.network);
    lastState = "";
  }
}

async function sealFile(file, kind, intimate) {
  const meta = new TextEncoder().encode(JSON.stringify({ name: file.name, size: file.size, kind, intimate }));
  const sealedMeta = await cipher.seal(meta, aad(KIND.META, seq, 0));
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, sealedMeta.length);
  const parts = [head, sealedMeta];
  const count = Math.max(1, Math.ceil(file.size / CHUNK));
  for (let i = 0; i < count; i++) {
    const plain = new Uint8Array(await file.slice(i * CHUNK, Math.min(file.size, (i + 1) * CHUNK)).arrayBuffer());
    parts.push(await cipher.seal(plain, aad(i === count - 1 ? KIND.LAST : KIND.CHUNK, seq, i)));
  }
  return new Blob(parts, { type: "application/octet-stream" });
}

function listSent(text) {
  const li = document.createElement("li");
  li.textContent = text;
  sentList.appendChild(li);
  sentHeading.hidden = false;
}

async function sendAll(ev) {
  ev.preventDefault();
  if (sending || ended) { return; }
  const files = Array.from(input.files || []).filter((f) => f.size > 0);
  if (!files.length) { say(words.choose); return; }
  const kind = (form.querySelector("input[name=kind]:checked") || {}).value || "files";
  const intimate = document.getElementById("intimate").checked;
  sending = true;
  sendButton.disabled = true;
  progress.hidden = false;
  progress.max = files.length;
  let done = 0;
  try {
    for (const file of files) {
      say(fill(words.sending, { n: done + 1, total: files.length }));
      const body = await sealFile(file, kind, intimate);
      const r = await fetch(base + "/upload", {
        method: "POST", body, cache: "no-store", headers: { "x-standfast-session": session },
      });
      if (!r.ok) { refuse(await errorCode(r)); return; }
      const receipt = JSON.parse(new TextDecoder().decode(
        await cipher.open(new Uint8Array(await r.arrayBuffer()), aad(KIND.RECEIPT, seq, 0))));
      if (receipt.seq !== seq) { refuse("damaged"); return; }
      seq += 1;
      done += 1;
      progress.value = done;
      listSent(receipt.problem ? fill(words.notAdded, { name: file.name, problem: receipt.problem })
        : fill(words.saved, { name: file.name }));
    }
    say(fill(words.sentAll, { n: done }));
    input.value = "";
    finishButton.hidden = false;
  } catch (e) {
    say(words.network);
  } finally {
    sending = false;
    if (!ended) { sendButton.disabled = false; }
  }
}

async function finish() {
  try {
    const proof = await cipher.seal(new Uint8Array(1), aad(KIND.DONE, seq, 0));
    await fetch(base + "/done", {
      method: "POST", body: proof, keepalive: true, headers: { "x-standfast-session": session },
    });
  } catch (e) { /* the pairing also ends by itself after ten quiet minutes */ }
  refuse("finished");
}

async function start() {
  const params = new URLSearchParams(location.hash.slice(1));
  const raw = params.get("k") || "";
  // The key leaves the address bar and this history entry straight away.
  history.replaceState(null, "", location.pathname);
  let key;
  try { key = fromB64url(raw); } catch (e) { key = new Uint8Array(0); }
  if (key.length !== 32) { refuse("bad-key"); return; }
  cipher = await makeCipher(key);
  document.documentElement.dataset.cipher = cipher.kind;
  try {
    if (!(await claim())) { return; }
  } catch (e) {
    refuse("bad-key");
    return;
  }
  form.hidden = false;
  sendButton.disabled = true;
  form.addEventListener("submit", sendAll);
  finishButton.addEventListener("click", finish);
  await poll();
  setInterval(poll, 2000);
}

/* Quick exit on the phone: the page goes blank at once, the pairing is ended, and a blank page replaces
   this one in the history. */
document.getElementById("quick-exit").addEventListener("submit", (ev) => {
  ev.preventDefault();
  document.body.innerHTML = "";
  document.title = "New Tab";
  const ending = cipher && session && !ended ? finish() : Promise.resolve();
  Promise.race([ending, new Promise((ok) => setTimeout(ok, 400))]).then(() => location.replace("/exit"));
});

start();
