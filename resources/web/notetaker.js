// Note-taker page: follows the current agenda item by polling, adds and edits notes.
// A note that could not be sent stays in the entry and is retried; every text from the
// server is set with textContent.
(function () {
  "use strict";
  var boot = JSON.parse(document.getElementById("boot").textContent);
  var words = boot.words;
  var base = boot.base;
  var POLL_MS = 2000;
  var RETRY_MS = 3000;
  var state = boot.state;
  var editing = null; // the note being edited, or null when adding
  var pending = null; // {method, url, body}: a note not yet acknowledged
  var retryTimer = null;
  var form = document.getElementById("entry-form");
  var kindEl = document.getElementById("kind");
  var textEl = document.getElementById("text");
  var ownerEl = document.getElementById("owner");
  var dueEl = document.getElementById("due");
  var actionEl = document.getElementById("action-fields");
  var submitEl = document.getElementById("submit");
  var cancelEl = document.getElementById("cancel");
  var modeEl = document.getElementById("mode");
  var statusEl = document.getElementById("status");
  var connEl = document.getElementById("conn");
  var itemEl = document.getElementById("item");
  var notesEl = document.getElementById("notes");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  // Live regions are written only when their words change: each event is announced
  // once, not on every two-second refresh.
  function setText(node, text) {
    if (node.textContent !== (text || "")) { node.textContent = text || ""; }
  }
  function say(text, isError) {
    setText(statusEl, text);
    statusEl.className = isError ? "msg error" : "msg";
  }
  function connected(ok) {
    setText(connEl, ok ? words.online : words.offline);
    connEl.className = ok ? "conn" : "conn off";
  }
  function newRequestId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  var drawn = null; // the notes on screen, so an unchanged refresh keeps the focus where it is
  function render() {
    setText(itemEl, state.item ? state.item.title : words.no_item);
    // An item's title is in the workshop's language; "no item" in the page's.
    if (boot.plan_language && state.item) {
      itemEl.setAttribute("lang", boot.plan_language[0]);
      itemEl.setAttribute("dir", boot.plan_language[1]);
    } else {
      itemEl.removeAttribute("lang");
      itemEl.removeAttribute("dir");
    }
    var notesKey = JSON.stringify(state.notes);
    if (notesKey === drawn) { return; }
    drawn = notesKey;
    notesEl.textContent = "";
    if (!state.notes.length) {
      notesEl.appendChild(el("li", { "class": "empty" }, words.no_notes));
    }
    state.notes.forEach(function (note) {
      var li = el("li");
      li.appendChild(el("span", { "class": "kind" }, words["kind_" + note.kind] || note.kind));
      // Each typed text in its own <bdi>: a bidi override in it cannot reorder the rest.
      var text = el("span", { "class": "text" });
      text.appendChild(el("bdi", { dir: "auto" }, note.text));
      if (note.kind === "action" && (note.owner || note.due)) {
        text.appendChild(document.createTextNode(" — "));
        if (note.owner) { text.appendChild(el("bdi", { dir: "auto" }, note.owner)); }
        if (note.owner && note.due) { text.appendChild(document.createTextNode(", ")); }
        if (note.due) { text.appendChild(document.createTextNode(note.due)); }
      }
      li.appendChild(text);
      li.appendChild(el("span", { "class": "meta" }, note.editable ? words.by_you : words.by_app));
      if (note.editable) {
        var button = el("button", { type: "button", "class": "plain" }, words.edit);
        button.addEventListener("click", function () { startEdit(note); });
        li.appendChild(button);
      }
      notesEl.appendChild(li);
    });
  }

  function showActionFields() { actionEl.hidden = kindEl.value !== "action"; }

  function startEdit(note) {
    if (pending) { return; } // finish sending first: the entry holds an unsent note
    editing = note;
    kindEl.value = note.kind;
    textEl.value = note.text;
    ownerEl.value = note.owner || "";
    dueEl.value = note.due || "";
    modeEl.hidden = false;
    cancelEl.hidden = false;
    submitEl.textContent = words.save;
    showActionFields();
    textEl.focus();
  }
  function stopEdit() {
    editing = null;
    modeEl.hidden = true;
    cancelEl.hidden = true;
    submitEl.textContent = words.add;
  }
  function clearEntry() {
    textEl.value = "";
    ownerEl.value = "";
    dueEl.value = "";
  }

  function refresh() {
    fetch(base + "/api/state", { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 404 || response.status === 403) {
          setText(connEl, words.revoked);
          connEl.className = "conn off";
          return null;
        }
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        if (data) { connected(true); state = data; render(); }
      })
      .catch(function () { connected(false); })
      .then(function () { setTimeout(refresh, POLL_MS); });
  }

  function payload() {
    var body = { kind: kindEl.value, text: textEl.value };
    if (kindEl.value === "action") { body.owner = ownerEl.value; body.due = dueEl.value || null; }
    return body;
  }

  function submit() {
    if (!textEl.value.trim()) { return; }
    var body = payload();
    var request;
    if (editing) {
      request = { method: "PUT", url: base + "/api/notes/" + editing.id, body: body };
    } else {
      if (state.item) { body.itemId = state.item.id; } // the item on screen when Enter was pressed
      request = { method: "POST", url: base + "/api/notes", body: body };
    }
    // The same note resent after a lost answer must not be stored twice.
    var same = pending && JSON.stringify(pending.body.text) === JSON.stringify(body.text) &&
      pending.method === request.method;
    body.requestId = same ? pending.body.requestId : newRequestId();
    pending = request;
    send();
  }

  function send() {
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    var request = pending;
    if (!request) { return; }
    say(words.sending, false);
    fetch(request.url, {
      method: request.method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request.body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    }).then(function (result) {
      if (pending !== request) { return; }
      if (result.status >= 200 && result.status < 300) {
        pending = null;
        say(request.method === "PUT" ? words.saved : words.added, false);
        clearEntry();
        stopEdit();
        refresh_now();
        textEl.focus();
      } else if (result.status === 429 || result.status >= 500) {
        retryLater();
      } else {
        // Refused for a reason the note-taker can fix: the text stays in the entry.
        pending = null;
        say(words.refused + " " + (result.data.message || result.status), true);
      }
    }).catch(function () {
      if (pending === request) { retryLater(); }
    });
  }

  function retryLater() {
    connected(false);
    say(words.retrying, true);
    retryTimer = setTimeout(function () {
      // Send what the entry holds now, so a correction made meanwhile is not lost.
      if (pending && textEl.value.trim()) {
        var body = payload();
        if (pending.body.itemId !== undefined) { body.itemId = pending.body.itemId; }
        body.requestId = body.text === pending.body.text ? pending.body.requestId : newRequestId();
        pending.body = body;
      }
      send();
    }, RETRY_MS);
  }

  function refresh_now() {
    fetch(base + "/api/state", { cache: "no-store", credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { state = data; render(); } })
      .catch(function () { connected(false); });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); submit(); });
  textEl.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.isComposing) { event.preventDefault(); submit(); }
  });
  kindEl.addEventListener("change", showActionFields);
  cancelEl.addEventListener("click", function () {
    if (pending) { return; }
    clearEntry();
    stopEdit();
    say("", false);
  });
  window.addEventListener("online", function () { if (pending) { send(); } });

  showActionFields();
  render();
  connected(true);
  setTimeout(refresh, POLL_MS);
})();
