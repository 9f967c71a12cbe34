/* Standfast: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";
  var csrf = document.body.getAttribute("data-csrf") || "";

  /* Quick exit: lock the vault in the background, wipe the page, and replace this history entry
     with a neutral page so Back does not show what was here. */
  function quickExit() {
    try {
      var data = new FormData();
      data.append("csrf", csrf);
      navigator.sendBeacon("/quick-exit", data);
    } catch (e) { /* the neutral page matters more than the lock */ }
    document.title = "New Tab";
    document.body.innerHTML = "";
    window.location.replace("/exit");
  }
  var exitForm = document.getElementById("quick-exit");
  if (exitForm) {
    exitForm.addEventListener("submit", function (ev) { ev.preventDefault(); quickExit(); });
  }
  var lastEsc = 0;
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEsc < 1500) { quickExit(); }
    lastEsc = now;
  });

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
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable && bar) {
          bar.value = Math.round((e.loaded / e.total) * 100);
          if (status) { status.textContent = bar.value + "%"; }
        }
      });
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
      xhr.send(new FormData(form));
    });
  });
})();
