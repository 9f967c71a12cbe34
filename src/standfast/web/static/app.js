/* Standfast: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";
  var csrf = document.body.getAttribute("data-csrf") || "";

  /* Every tab of the app hears the others: a quick exit or a lock in one tab empties them all. */
  var channel = null;
  try { channel = new BroadcastChannel("standfast"); } catch (e) { channel = null; }
  function tell(what) { if (channel) { try { channel.postMessage(what); } catch (e) { /* closed */ } } }

  function blank() {
    document.title = "New Tab";
    var main = document.getElementById("main");
    if (main) { main.innerHTML = ""; }
    document.body.innerHTML = "";
  }

  /* Quick exit: tell the other tabs, lock the vault in the background, wipe the page, and replace this
     history entry with a neutral page so Back does not show what was here. */
  var leaving = false;
  function leave() {
    if (leaving) { return; }
    leaving = true;
    blank();
    try { window.close(); } catch (e) { /* only windows a script opened can close themselves */ }
    window.location.replace("/exit");
  }
  function quickExit() {
    tell("exit");
    try {
      var data = new FormData();
      data.append("csrf", csrf);
      navigator.sendBeacon("/quick-exit", data);
    } catch (e) { /* the neutral page matters more than the lock */ }
    leave();
  }
  var exitForm = document.getElementById("quick-exit");
  if (exitForm) {
    exitForm.addEventListener("submit", function (ev) { ev.preventDefault(); quickExit(); });
  }
  /* Phones have no Esc key and people under stress mash keys: Esc twice or Shift three times. */
  var escTimes = [], shiftTimes = [];
  function pressed(list, count) {
    var now = Date.now();
    list.push(now);
    while (list.length && now - list[0] > 1500) { list.shift(); }
    return list.length >= count;
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.repeat) { return; }
    if (ev.key === "Escape" && pressed(escTimes, 2)) { quickExit(); }
    else if (ev.key === "Shift" && pressed(shiftTimes, 3)) { quickExit(); }
  });

  /* Auto-lock that hides: when the vault locks (idle timer on the server, the Lock button, a quick
     exit in another tab) the page content goes at once; drafts were sealed on the server as typed. */
  var lockAfter = parseFloat(document.body.getAttribute("data-lock-after") || "0");
  function locked() {
    if (leaving) { return; }
    leaving = true;
    blank();
    window.location.replace("/");
  }
  if (channel) {
    channel.onmessage = function (ev) {
      if (ev.data === "exit") { leave(); }
      else if (ev.data === "lock" && lockAfter > 0) { locked(); }
    };
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[action='/vault/lock']"), function (f) {
    f.addEventListener("submit", function () { tell("lock"); });
  });
  if (lockAfter > 0 && window.fetch) {
    var lastLocal = Date.now();
    ["keydown", "pointerdown", "input", "scroll"].forEach(function (name) {
      document.addEventListener(name, function () { lastLocal = Date.now(); }, { passive: true, capture: true });
    });
    var every = Math.max(250, Math.min(5000, lockAfter * 250));
    var watch = function () {
      fetch("/session/state", { credentials: "same-origin", cache: "no-store", redirect: "manual" })
        .then(function (r) { return r.ok ? r.json() : { unlocked: false }; })
        .then(function (s) {
          if (!s.unlocked) { tell("lock"); locked(); } else { setTimeout(watch, every); }
        }, function () {
          /* The app stopped: hide anyway once this tab has been idle for the lock time. */
          if (Date.now() - lastLocal > lockAfter * 1000) { locked(); } else { setTimeout(watch, every); }
        });
    };
    setTimeout(watch, every);
  }

  /* Drafts: what is typed into a form's text box is sealed on the server while typing, and offered back
     (put into the empty box) after the vault was locked and opened again. */
  if (lockAfter > 0 && window.fetch) {
    Array.prototype.forEach.call(document.querySelectorAll("form[method=post] textarea[name]"), function (box) {
      var key = window.location.pathname + "#" + box.name;
      var post = function (url, extra) {
        var data = new FormData();
        data.append("csrf", csrf);
        data.append("key", key);
        Object.keys(extra || {}).forEach(function (k) { data.append(k, extra[k]); });
        return fetch(url, { method: "POST", body: data, credentials: "same-origin" });
      };
      var timer = null;
      box.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { post("/drafts", { text: box.value }); }, 600);
      });
      box.form.addEventListener("submit", function () {
        clearTimeout(timer);
        try {
          var data = new FormData();
          data.append("csrf", csrf);
          data.append("key", key);
          navigator.sendBeacon("/drafts/clear", data);
        } catch (e) { /* the draft simply stays until replaced */ }
      });
      if (!box.value) {
        post("/drafts/get").then(function (r) { return r.ok ? r.json() : { text: "" }; }).then(function (d) {
          if (d.text && !box.value) {
            box.value = d.text;
            var note = document.createElement("p");
            note.className = "notice";
            note.setAttribute("role", "status");
            note.textContent = box.form.getAttribute("data-draft-back") ||
              document.body.getAttribute("data-draft-back") || "What you were typing was kept.";
            box.parentNode.insertBefore(note, box);
          }
        }, function () { /* no draft */ });
      }
    });
  }

  /* The phone page: when a phone claims the code or a file arrives, show it (the page is redrawn). */
  var phoneStatus = document.getElementById("phone-status");
  if (phoneStatus && window.fetch) {
    var seen = phoneStatus.getAttribute("data-version");
    var phoneWatch = function () {
      fetch("/phone/state", { credentials: "same-origin", cache: "no-store", redirect: "manual" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (s && s.version !== seen) { window.location.reload(); } else { setTimeout(phoneWatch, 2000); }
        }, function () { setTimeout(phoneWatch, 5000); });
    };
    setTimeout(phoneWatch, 2000);
  }

  /* Copy buttons: <button data-copy="element-id" hidden> become visible when JS runs. */
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () {
      var target = document.getElementById(btn.getAttribute("data-copy"));
      if (!target) { return; }
      var text = target.value !== undefined ? target.value : target.textContent;
      var done = function () {
        var old = btn.getAttribute("data-label") || btn.textContent;
        btn.setAttribute("data-label", old);
        btn.textContent = btn.getAttribute("data-copied") || "Copied";
        setTimeout(function () { btn.textContent = old; }, 2000);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { selectText(target); });
      } else { selectText(target); }
    });
  });
  function selectText(el) {
    if (el.select) { el.select(); return; }
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /* Uploads with a progress bar: the same form posts normally without JS. */
  Array.prototype.forEach.call(document.querySelectorAll("form[data-progress]"), function (form) {
    var bar = document.getElementById(form.getAttribute("data-progress"));
    var status = document.getElementById(form.getAttribute("data-status"));
    form.addEventListener("submit", function (ev) {
      if (!window.XMLHttpRequest || !window.FormData) { return; }
      ev.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      if (bar) { bar.hidden = false; bar.value = 0; }
      /* An export is read after it arrives: the server counts its messages under a token we choose. */
      var base = form.getAttribute("data-import-progress");
      var chosen = form.querySelector("input[name=kind]:checked");
      var token = null, timer = null;
      if (base && chosen && chosen.value === "export" && window.crypto && window.crypto.getRandomValues) {
        var rnd = new Uint8Array(16);
        window.crypto.getRandomValues(rnd);
        token = Array.prototype.map.call(rnd, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      }
      var poll = function () {
        fetch(base + token, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (s) {
            if (!s) { return; }
            if (bar) { if (s.percent === null) { bar.removeAttribute("value"); } else { bar.value = s.percent; } }
            if (status) { status.textContent = s.text; }
          })
          .catch(function () { /* the next poll tries again */ });
      };
      xhr.upload.addEventListener("load", function () {
        if (token) { poll(); timer = window.setInterval(poll, 700); }
      });
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable && bar) {
          bar.value = Math.round((e.loaded / e.total) * 100);
          if (status) { status.textContent = bar.value + "%"; }
        }
      });
      xhr.addEventListener("loadend", function () { if (timer) { window.clearInterval(timer); } });
      xhr.addEventListener("load", function () {
        if (xhr.status >= 200 && xhr.status < 300 && xhr.responseURL) {
          window.location.assign(xhr.responseURL);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener("error", function () {
        if (status) { status.textContent = form.getAttribute("data-error") || "Upload failed."; }
      });
      Array.prototype.forEach.call(form.querySelectorAll("button[type=submit]"), function (b) { b.disabled = true; });
      var body = new FormData(form);
      if (token) { body.append("progress_id", token); }
      xhr.send(body);
    });
  });
})();
