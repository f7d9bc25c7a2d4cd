// Participant page: follows the facilitator over Server-Sent Events and sends votes,
// retrying while the Wi-Fi is away. Every text from the server is set with textContent.
// The page always says where the phone stands: a poll open, closed before the answer
// arrived, results hidden, the session ended, or the laptop out of reach.
(function () {
  "use strict";
  var boot = JSON.parse(document.getElementById("boot").textContent);
  var words = boot.words;
  var base = boot.base;
  // Tests shorten the wait before "not reachable" (window.participantConfig, set first).
  var config = window.participantConfig || {};
  var unreachableAfterMs = config.unreachableAfterMs || 60000;
  var charsPauseMs = config.charsPauseMs || 1000;
  var state = { poll: boot.poll, answer: boot.answer, wall: boot.wall };
  // The page's languages: its words (page), the poll's text (poll), where a missing
  // translation falls back (main) and which languages are written right to left.
  var langs = boot.languages || { page: document.documentElement.lang, poll: "", main: "", rtl: [] };
  var pending = null; // a vote not yet acknowledged: {pollId, answer}
  var touched = false; // the phone started answering the poll on screen
  var ended = false;
  var lostTimer = null; // running while the live channel is down
  var retryTimer = null;
  var statusEl = document.getElementById("status");
  var connEl = document.getElementById("conn");
  var pollEl = document.getElementById("poll");
  var confirmEl = document.getElementById("confirm");
  var announceEl = document.getElementById("announce"); // visually hidden, polite
  var charsTimer = null;
  var online = null; // what #conn says now: true, false, or null (nothing yet)

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  // Live regions are written only when their text changes: a screen reader announces
  // each event once, not every rewrite of the same words.
  function setText(node, text) {
    if (node.textContent !== (text || "")) { node.textContent = text || ""; }
  }
  function say(text, isError) {
    setText(statusEl, text);
    statusEl.className = isError ? "msg error" : "msg";
  }
  // The confirmation is not a live region: it takes the focus, which reads it once.
  function confirm(text) {
    setText(confirmEl, text);
    if (text) { confirmEl.focus(); }
  }
  function buttonLabel(answered, poll) {
    if (!answered) { return words.submit; }
    return poll.allow_change ? words.change : words.sent_once;
  }
  // One of the poll's texts in this page's poll language, or the main language's where
  // no translation is given: [text, language].
  function pollText(poll, field, index) {
    var t = poll.texts && langs.poll !== langs.main ? poll.texts[langs.poll] : null;
    var own = t ? (index === undefined ? t[field] : (t[field] || [])[index]) : "";
    if (own && String(own).trim()) { return [own, langs.poll]; }
    return [index === undefined ? poll[field] : poll[field][index], langs.main];
  }
  // An element whose language is not the page's says which it is, and its direction.
  function mark(node, lang) {
    if (lang && lang !== langs.page) {
      node.setAttribute("lang", lang);
      node.setAttribute("dir", langs.rtl.indexOf(lang) >= 0 ? "rtl" : "ltr");
    }
    return node;
  }
  function shownEl(tag, attrs, shown) { return mark(el(tag, attrs, shown[0]), shown[1]); }
  function fmt(template, key, value) { return template.split("{" + key + "}").join(String(value)); }

  // What the phone chose in the server-rendered form before this script ran (an early
  // tap on a slow network): kept when the script draws the form again.
  function serverFormDraft() {
    var form = document.getElementById("poll-form");
    var poll = state.poll;
    if (!form || !poll || !form.elements.poll_id ||
        String(form.elements.poll_id.value) !== String(poll.id)) { return null; }
    if (poll.type === "open_text") {
      var text = form.querySelector("textarea");
      return text && text.value ? text.value : null;
    }
    if (poll.type === "ranking") {
      var places = Array.prototype.slice.call(form.querySelectorAll("select"))
        .map(function (s) { return [parseInt(s.value, 10), parseInt(s.name.slice(5), 10)]; });
      var seen = {};
      var distinct = places.every(function (p) { var fresh = !seen[p[0]]; seen[p[0]] = 1; return fresh; });
      if (!distinct || !places.length) { return null; }
      places.sort(function (a, b) { return a[0] - b[0]; });
      var order = places.map(function (p) { return p[1]; });
      var unchanged = order.every(function (option, place) { return option === place; });
      return unchanged ? null : order;
    }
    var picked = Array.prototype.slice.call(form.querySelectorAll("input[name=answer]:checked"))
      .map(function (n) { return parseInt(n.value, 10); });
    if (!picked.length) { return null; }
    return poll.type === "multiple_choice" ? picked : picked[0];
  }
  var draft = serverFormDraft();

  function render() {
    var poll = state.poll;
    var typed = document.getElementById("idea-text"); // an idea typed before the script ran
    typed = typed ? typed.value : "";
    pollEl.textContent = "";
    if (ended) {
      pollEl.appendChild(el("p", { "class": "hint", id: "ended" }, words.ended_do));
      return;
    }
    if (!poll) {
      pollEl.appendChild(el("p", { "class": "waiting" }, words.waiting));
      return;
    }
    if (poll.type === "idea_wall" && window.ideaWall) {
      window.ideaWall.render(pollEl, poll, state.wall, { base: base, words: words, say: say, confirm: confirm, draft: typed,
        question: pollText(poll, "question"), shown: shownEl });
      return;
    }
    var form = el("form", { id: "poll-form", novalidate: "" });
    var fieldset = el("fieldset");
    var legend = el("legend");
    legend.appendChild(shownEl("h2", { id: "question" }, pollText(poll, "question")));
    fieldset.appendChild(legend);
    var read = buildFields(poll, fieldset);
    form.appendChild(fieldset);
    var answered = state.answer !== null && state.answer !== undefined;
    var button = el("button", { type: "submit", id: "submit" }, buttonLabel(answered, poll));
    if (answered && !poll.allow_change) { button.disabled = true; }
    form.appendChild(button);
    if (poll.results_hidden) {
      form.appendChild(el("p", { "class": "hint", id: "results-note" }, words.results_hidden));
    }
    form.addEventListener("input", function () { touched = true; });
    form.addEventListener("click", function (event) {
      if (event.target && event.target.getAttribute("data-dir")) { touched = true; }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answer = read();
      if (answer === null) { say(emptyMessage(poll), true); return; }
      send(poll.id, answer);
    });
    pollEl.appendChild(form);
  }

  function emptyMessage(poll) {
    if (poll.type === "open_text") { return words.write_first; }
    if (poll.type === "dot_vote") { return words.dots_empty; }
    return poll.type === "multiple_choice" ? words.choose_any : words.choose_one;
  }

  function choiceRow(type, name, value, text, checked) {
    var label = el("label", { "class": "choice" });
    var input = el("input", { type: type, name: name, value: String(value) });
    input.checked = !!checked;
    label.appendChild(input);
    label.appendChild(shownEl("span", null, text));
    return label;
  }

  function buildFields(poll, parent) {
    var answer = draft !== null ? draft : state.answer;
    if (draft !== null) { touched = true; }
    draft = null;
    var i;
    if (poll.type === "dot_vote" && window.dotVote) {
      var texts = poll.options.map(function (_, n) { return pollText(poll, "options", n); });
      return window.dotVote.build(poll, parent, answer, words, say, texts, shownEl);
    }
    if (poll.type === "single_choice" || poll.type === "multiple_choice") {
      var multi = poll.type === "multiple_choice";
      var hint = !multi ? words.choose_one :
        (poll.max_choices ? fmt(words.choose_many, "max", poll.max_choices) : words.choose_any);
      parent.appendChild(el("p", { "class": "hint", id: "hint" }, hint));
      for (i = 0; i < poll.options.length; i++) {
        var on = multi ? (answer || []).indexOf(i) >= 0 : answer === i;
        parent.appendChild(choiceRow(multi ? "checkbox" : "radio", "answer", i,
          pollText(poll, "options", i), on));
      }
      return function () {
        var picked = Array.prototype.slice.call(parent.querySelectorAll("input:checked"))
          .map(function (n) { return parseInt(n.value, 10); });
        if (!picked.length) { return null; }
        return multi ? picked : picked[0];
      };
    }
    if (poll.type === "scale") {
      var row = el("div", { "class": "scale", role: "radiogroup", "aria-labelledby": "question" });
      for (var v = poll.scale_min; v <= poll.scale_max; v++) {
        var label = el("label", { "class": "step" });
        var input = el("input", { type: "radio", name: "answer", value: String(v) });
        input.checked = answer === v;
        label.appendChild(input);
        label.appendChild(el("span", null, v));
        row.appendChild(label);
      }
      parent.appendChild(row);
      if (poll.scale_min_label || poll.scale_max_label) {
        var ends = el("p", { "class": "ends" });
        [["scale_min", "scale_min_label"], ["scale_max", "scale_max_label"]].forEach(function (end) {
          var span = el("span", null, poll[end[0]] + " = ");
          span.appendChild(shownEl("span", null, pollText(poll, end[1])));
          ends.appendChild(span);
        });
        parent.appendChild(ends);
      }
      return function () {
        var n = parent.querySelector("input:checked");
        return n ? parseInt(n.value, 10) : null;
      };
    }
    if (poll.type === "open_text") {
      parent.appendChild(el("label", { "for": "answer-text" }, words.your_answer));
      var area = el("textarea", { id: "answer-text", maxlength: "500", rows: "4",
        "aria-describedby": "chars", dir: "auto" });
      area.value = typeof answer === "string" ? answer : "";
      // The visible count follows every key; screen readers hear it once typing pauses
      // (a polite region outside the form), not once per character.
      var left = el("p", { "class": "count", id: "chars" });
      var update = function () {
        var text = fmt(words.chars_left, "n", 500 - area.value.length);
        left.textContent = text;
        clearTimeout(charsTimer);
        charsTimer = setTimeout(function () { setText(announceEl, text); }, charsPauseMs);
      };
      area.addEventListener("input", update);
      left.textContent = fmt(words.chars_left, "n", 500 - area.value.length);
      parent.appendChild(area);
      parent.appendChild(left);
      return function () { return area.value.trim() ? area.value : null; };
    }
    // Ranking: buttons to move an option up or down; no dragging needed on a phone.
    parent.appendChild(el("p", { "class": "hint" }, words.rank));
    var order = Array.isArray(answer) ? answer.slice() : poll.options.map(function (_, k) { return k; });
    var list = el("ol", { "class": "ranking" });
    parent.appendChild(list);
    function draw(focusOption, focusDir) {
      list.textContent = "";
      order.forEach(function (option, place) {
        var item = el("li");
        item.appendChild(el("span", { "class": "pos", "aria-hidden": "true" }, place + 1));
        var optionText = pollText(poll, "options", option);
        item.appendChild(shownEl("span", { "class": "text" }, optionText));
        var moves = el("span", { "class": "moves" });
        item.appendChild(moves);
        [["up", "↑", -1], ["down", "↓", 1]].forEach(function (spec) {
          var b = el("button", { type: "button", "data-dir": spec[0],
            "aria-label": (spec[2] < 0 ? words.move_up : words.move_down) + ": " + optionText[0] });
          b.textContent = spec[1];
          var target = place + spec[2];
          if (target < 0 || target >= order.length) { b.disabled = true; }
          b.addEventListener("click", function () {
            var moved = order.splice(place, 1)[0];
            order.splice(target, 0, moved);
            draw(moved, spec[0]);
            say(fmt(words.position, "n", target + 1) + ": " + pollText(poll, "options", moved)[0], false);
          });
          moves.appendChild(b);
        });
        list.appendChild(item);
        if (option === focusOption) {
          var again = item.querySelector('button[data-dir="' + focusDir + '"]:not([disabled])') ||
            item.querySelector("button:not([disabled])");
          if (again) { again.focus(); }
        }
      });
    }
    draw(null, null);
    return function () { return order.slice(); };
  }

  function send(pollId, answer) {
    pending = { pollId: pollId, answer: answer };
    clearTimeout(retryTimer);
    setText(confirmEl, "");
    var button = document.getElementById("submit");
    if (button) { button.disabled = true; button.textContent = words.sending; }
    fetch(base + "/api/polls/" + pollId + "/vote", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer: answer })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        return { status: response.status, body: body };
      });
    }).then(function (result) {
      if (result.status === 200) {
        pending = null;
        if (state.poll && state.poll.id === pollId) { state.answer = result.body.answer; }
        // The form stays as it is (no redraw, nothing re-announced); its button says
        // what it does now, and the focus goes to the confirmation.
        settleButton();
        say("", false);
        confirm(result.body.message || words.received);
      } else if (result.status >= 500 || result.status === 429) {
        retryLater();
      } else {
        pending = null;
        settleButton();
        // The server says why, in the phone's language.
        say((result.body && result.body.message) || words.error, true);
      }
    }).catch(function () { retryLater(); });
  }

  function settleButton() {
    var button = document.getElementById("submit");
    var poll = state.poll;
    if (!button || !poll) { return; }
    var answered = state.answer !== null && state.answer !== undefined;
    button.textContent = buttonLabel(answered, poll);
    button.disabled = answered && !poll.allow_change;
  }

  function retryLater() {
    say(words.retrying, true);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () {
      if (pending) { send(pending.pollId, pending.answer); }
    }, 2000);
  }

  function applyState(next) {
    var changedPoll = !state.poll || !next.poll || state.poll.id !== next.poll.id;
    var unanswered = state.answer === null || state.answer === undefined;
    var closedBefore = state.poll && changedPoll && (pending || (touched && unanswered));
    state.poll = next.poll;
    state.wall = next.wall || null;
    if (!changedPoll && next.wall && window.ideaWall) { window.ideaWall.replace(next.wall); }
    if (next.answer !== null && next.answer !== undefined) { state.answer = next.answer; }
    else if (changedPoll) { state.answer = null; }
    if (changedPoll) {
      touched = false;
      pending = null;
      // The poll closed while this phone was answering: say so rather than pretend.
      say(closedBefore ? words.closed_before : "", !!closedBefore);
      setText(confirmEl, "");
      render();
      // The new question (or the wait) is said once; the form itself is not a live region.
      setText(announceEl, state.poll ? fmt(words.new_question, "q", pollText(state.poll, "question")[0]) :
        (closedBefore ? "" : words.closed));
    }
  }

  function showConnection(up) {
    clearTimeout(lostTimer);
    lostTimer = null;
    if (online !== up) { // said when it changes, not on every update
      online = up;
      connEl.textContent = up ? words.online : words.offline;
      connEl.className = up ? "conn" : "conn off";
    }
    var away = document.getElementById("unreachable");
    if (up && away) { away.parentNode.removeChild(away); }
  }

  function lost() {
    if (lostTimer !== null || ended) { return; }
    showConnection(false);
    lostTimer = setTimeout(function () {
      if (ended || document.getElementById("unreachable")) { return; }
      var box = el("div", { "class": "away", id: "unreachable", role: "alert" });
      box.appendChild(el("p", { "class": "msg error" }, words.unreachable));
      box.appendChild(el("p", { "class": "hint" }, words.unreachable_do));
      connEl.parentNode.insertBefore(box, connEl.nextSibling);
    }, unreachableAfterMs);
  }

  function connect() {
    if (!window.EventSource) { return; }
    var source = new EventSource(base + "/api/events");
    source.addEventListener("state", function (event) {
      showConnection(true);
      try { applyState(JSON.parse(event.data)); } catch (e) { /* keep the page as it is */ }
      if (pending) { send(pending.pollId, pending.answer); }
    });
    source.addEventListener("ideas", function (event) {
      try { if (window.ideaWall) { window.ideaWall.apply(JSON.parse(event.data)); } } catch (e) { /* keep */ }
    });
    source.addEventListener("ended", function () {
      // The facilitator ended the session: no reconnecting, no pending vote.
      ended = true;
      source.close();
      clearTimeout(retryTimer);
      pending = null;
      showConnection(true);
      connEl.textContent = "";
      setText(confirmEl, "");
      render();
      say(words.ended, false); // announced once, in the status region
      statusEl.className = "msg ended";
    });
    source.onerror = function () {
      if (ended) { return; }
      lost();
      // EventSource reconnects by itself; a closed one is replaced.
      if (source.readyState === 2) { setTimeout(connect, 2000); }
    };
  }

  // The first screen folds away with one tap; it sits above the poll, never over it,
  // so a vote can go on while it is open. Without the script its link scrolls to the poll.
  var notice = document.getElementById("notice");
  var noticeContinue = document.getElementById("notice-continue");
  if (notice && noticeContinue) {
    noticeContinue.addEventListener("click", function (event) {
      event.preventDefault();
      notice.hidden = true;
      var target = pollEl.querySelector("input, textarea, button") || pollEl;
      if (target === pollEl) { pollEl.setAttribute("tabindex", "-1"); }
      target.focus();
    });
  }

  render();
  connect();
})();
