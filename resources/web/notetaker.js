// Note-taker page: follows the current agenda item by polling, adds and edits notes.
// A note that could not be sent stays in the entry and is retried; every text from the
// server is set with textContent. A live channel says when the session ends: then the
// page stops asking and retrying, and what was typed stays in the entry to be copied.
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
  var ended = false; // the facilitator ended the session: nothing more can be sent
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
    if (pending || ended) { return; } // finish sending first: the entry holds an unsent note
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
    if (ended) { return; }
    fetch(base + "/api/state", { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (ended) { return null; } // an answer that crossed the end changes nothing
        if (response.status === 404 || response.status === 403) {
          setText(connEl, words.revoked);
          connEl.className = "conn off";
          return null;
        }
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        if (data && !ended) { connected(true); state = data; render(); }
      })
      .catch(function () { if (!ended) { connected(false); } })
      .then(function () { if (!ended) { setTimeout(refresh, POLL_MS); } });
  }

  function payload() {
    var body = { kind: kindEl.value, text: textEl.value };
    if (kindEl.value === "action") { body.owner = ownerEl.value; body.due = dueEl.value || null; }
    return body;
  }

  function submit() {
    if (ended || !textEl.value.trim()) { return; }
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
      var done = request.method === "PUT" ? words.saved : words.added;
      if (result.status >= 200 && result.status < 300 && ended) {
        // Saved just before the end reached the page: say so, not "not saved".
        pending = null;
        clearEntry();
        say(done + " " + words.ended_do, false);
      } else if (ended) {
        return; // not saved, as the end's message says: the text stays to be copied
      } else if (result.status >= 200 && result.status < 300) {
        pending = null;
        say(done, false);
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
      if (pending === request && !ended) { retryLater(); }
    });
  }

  function retryLater() {
    if (ended) { return; }
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
      .then(function (data) { if (data && !ended) { state = data; render(); } })
      .catch(function () { if (!ended) { connected(false); } });
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
  window.addEventListener("online", function () { if (pending && !ended) { send(); } });

  function endSession() {
    ended = true;
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    // A note still on its way keeps ``pending``: if its answer comes back "stored", the
    // page says so (send's handler); a note waiting for a retry is not sent any more.
    var unsent = pending !== null || textEl.value.trim() !== "";
    setText(connEl, words.ended);
    connEl.className = "conn off";
    // The entry stays readable and selectable (read-only, not disabled): what was typed
    // can still be copied into the facilitator's notes.
    [kindEl, textEl, ownerEl, dueEl].forEach(function (field) { field.readOnly = true; });
    kindEl.disabled = true;
    submitEl.disabled = true;
    cancelEl.disabled = true;
    Array.prototype.forEach.call(notesEl.querySelectorAll("button"), function (button) {
      button.disabled = true;
    });
    say(unsent ? words.ended_unsent : words.ended_do, unsent);
  }
  function listenForTheEnd() {
    if (!window.EventSource) { return; }
    var source = new EventSource(base + "/api/events");
    source.addEventListener("ended", function () {
      source.close();
      endSession();
    });
  }

  showActionFields();
  render();
  connected(true);
  listenForTheEnd();
  setTimeout(refresh, POLL_MS);
})();
