// The idea wall and the dot vote on the phone, used by participant.js. The wall is drawn
// once; afterwards only the ideas that changed are updated in place (the server's "ideas"
// events), so a phone typing or reading is not disturbed by the room's activity.
// Every text from the server is set with textContent.
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function fmt(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("{" + key + "}").join(String(values[key]));
    }, template);
  }

  // {base, words, say(text, isError), confirm(text), question: [text, language],
  //  shown(tag, attrs, [text, language]): an element marked when not in the page's language}
  var ctx = null;
  var poll = null;
  var ideas = {}; // id -> idea as the server sent it (shown ones)
  var voted = {}; // id -> true: this phone's upvotes
  var mine = {}; // id -> idea: this phone's own ideas (pending ones too)
  var order = "votes";
  var listEl = null;
  var pendingVotes = {}; // id -> on: upvotes not acknowledged yet (retried)
  var retryTimer = null;

  function votesText(n) { return n === 1 ? ctx.words.votes_1 : fmt(ctx.words.votes_n, { n: n }); }

  function take(data) {
    ideas = {}; voted = {}; mine = {};
    (data && data.ideas || []).forEach(function (idea) { ideas[idea.id] = idea; });
    (data && data.voted || []).forEach(function (id) { voted[id] = true; });
    (data && data.mine || []).forEach(function (idea) { mine[idea.id] = idea; });
  }

  function sortKey(idea) {
    if (idea.pending) { return [0, -idea.id]; }
    return order === "newest" ? [1, -idea.id] : [1, -idea.votes, idea.id];
  }
  function before(a, b) {
    var ka = sortKey(a), kb = sortKey(b);
    for (var i = 0; i < ka.length; i++) { if (ka[i] !== kb[i]) { return ka[i] < kb[i]; } }
    return false;
  }
  function listed() {
    var all = Object.keys(ideas).map(function (k) { return ideas[k]; });
    Object.keys(mine).forEach(function (k) {
      if (mine[k].pending && !ideas[k]) { all.push(mine[k]); }
    });
    return all;
  }

  function row(idea) {
    var item = el("li", { id: "idea-" + idea.id, "class": "idea" });
    fill(item, idea);
    return item;
  }
  function fill(item, idea) {
    var had = item.contains(document.activeElement);
    item.textContent = "";
    item.className = "idea" + (idea.pending ? " pending" : "") + (voted[idea.id] ? " voted" : "") +
      (idea.pinned ? " pinned" : "");
    item.appendChild(el("p", { "class": "text" }, idea.text));
    var meta = el("p", { "class": "meta" });
    if (idea.pending) {
      meta.appendChild(el("span", { "class": "tag waiting" }, ctx.words.idea_waiting));
    } else {
      meta.appendChild(el("span", { "class": "votes" }, votesText(idea.votes)));
      if (idea.pinned) { meta.appendChild(el("span", { "class": "tag pinned" }, ctx.words.idea_pinned)); }
      if (idea.answered) { meta.appendChild(el("span", { "class": "tag answered" }, ctx.words.idea_answered)); }
      if (idea.edited) { meta.appendChild(el("span", { "class": "tag edited" }, ctx.words.idea_edited)); }
    }
    if (mine[idea.id]) { meta.appendChild(el("span", { "class": "tag mine" }, ctx.words.idea_yours)); }
    item.appendChild(meta);
    if (!idea.pending) {
      var on = !!voted[idea.id];
      var button = el("button", { type: "button", "class": "upvote", "aria-pressed": on ? "true" : "false",
        "aria-label": fmt(ctx.words.upvote_of, { text: idea.text }) }, ctx.words.upvote);
      // Not disabled while sending (a disabled button drops the keyboard focus): a
      // second press waits for the first to be acknowledged instead.
      button.addEventListener("click", function () {
        if (pendingVotes[idea.id] === undefined) { sendVote(idea.id, !voted[idea.id]); }
      });
      item.appendChild(button);
      if (had) { button.focus(); }
    }
  }

  // Puts the item where the order says, moving it only when it is out of place.
  function place(item, idea) {
    var had = item.contains(document.activeElement) ? document.activeElement : null;
    var next = null;
    var children = listEl.children;
    for (var i = 0; i < children.length; i++) {
      var other = children[i];
      if (other === item || !other.id) { continue; }
      var otherIdea = ideaOf(other.id.slice(5));
      if (otherIdea && before(idea, otherIdea)) { next = other; break; }
    }
    if (item.parentNode === listEl && item.nextElementSibling === next) { return; }
    if (next === item) { return; }
    listEl.insertBefore(item, next);
    if (had) { had.focus(); }
  }
  function ideaOf(id) { return ideas[id] || (mine[id] && mine[id].pending ? mine[id] : null); }

  function drawList() {
    listEl.textContent = "";
    var all = listed().sort(function (a, b) { return before(a, b) ? -1 : before(b, a) ? 1 : 0; });
    all.forEach(function (idea) { listEl.appendChild(row(idea)); });
    showEmpty();
  }
  function showEmpty() {
    var none = document.getElementById("no-ideas");
    var empty = !listEl.querySelector("li.idea");
    if (empty && !none) { listEl.appendChild(el("li", { id: "no-ideas", "class": "none" }, ctx.words.no_ideas)); }
    if (!empty && none) { none.parentNode.removeChild(none); }
  }

  function upsert(idea) {
    var item = document.getElementById("idea-" + idea.id);
    var known = ideaOf(idea.id);
    if (!idea.shown && !(idea.pending && mine[idea.id])) {
      delete ideas[idea.id];
      if (mine[idea.id]) { mine[idea.id].pending = false; }
      if (idea.merged_into && voted[idea.id]) { voted[idea.merged_into] = true; }
      delete voted[idea.id];
      if (item) { item.parentNode.removeChild(item); }
      showEmpty();
      return;
    }
    if (idea.shown) {
      ideas[idea.id] = Object.assign({}, known || {}, idea);
      if (mine[idea.id]) { mine[idea.id] = Object.assign({}, mine[idea.id], idea, { pending: false }); }
    } else {
      mine[idea.id] = Object.assign({}, mine[idea.id] || {}, idea);
    }
    var now = ideaOf(idea.id);
    if (!item) { item = row(now); } else { fill(item, now); }
    place(item, now);
    showEmpty();
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, body: data };
      });
    });
  }

  function sendVote(id, on) {
    pendingVotes[id] = on;
    post(ctx.base + "/api/polls/" + poll.id + "/ideas/" + id + "/vote", { on: on }).then(function (result) {
      if (result.status === 200) {
        delete pendingVotes[id];
        var idea = result.body.idea;
        var target = idea ? idea.id : id;
        if (on) { voted[target] = true; } else { delete voted[target]; }
        if (idea) { upsert(idea); }
        ctx.say(result.body.message, false);
      } else if (result.status >= 500 || result.status === 429) {
        retry();
      } else {
        delete pendingVotes[id];
        ctx.say((result.body && result.body.message) || ctx.words.error, true);
      }
    }).catch(retry);
  }
  function retry() {
    ctx.say(ctx.words.retrying, true);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(resend, 2000);
  }
  function resend() {
    Object.keys(pendingVotes).forEach(function (id) { sendVote(parseInt(id, 10), pendingVotes[id]); });
  }

  function render(container, currentPoll, data, context) {
    ctx = context;
    if (!poll || poll.id !== currentPoll.id) { pendingVotes = {}; }
    poll = currentPoll;
    take(data);
    var words = ctx.words;
    var wall = el("div", { id: "wall", "data-poll": String(poll.id) });
    wall.appendChild(ctx.shown("h2", { id: "question" }, ctx.question));
    var form = el("form", { id: "idea-form", novalidate: "" });
    form.appendChild(el("label", { "for": "idea-text" }, words.idea_label));
    var area = el("textarea", { id: "idea-text", maxlength: "280", rows: "3", "aria-describedby": "idea-chars" });
    var left = el("p", { "class": "count", id: "idea-chars" });
    area.value = ctx.draft || "";
    var count = function () { left.textContent = fmt(words.idea_chars_left, { n: 280 - area.value.length }); };
    area.addEventListener("input", count);
    count();
    form.appendChild(area);
    form.appendChild(left);
    var submit = el("button", { type: "submit", id: "idea-submit" }, words.idea_submit);
    form.appendChild(submit);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!area.value.trim()) { ctx.say(words.idea_write_first, true); area.focus(); return; }
      submit.disabled = true;
      submit.textContent = words.sending;
      var text = area.value;
      post(ctx.base + "/api/polls/" + poll.id + "/ideas", { text: text }).then(function (result) {
        submit.disabled = false;
        submit.textContent = words.idea_submit;
        if (result.status === 200) {
          area.value = "";
          count();
          var idea = result.body.idea;
          if (idea) { mine[idea.id] = idea; upsert(idea); }
          ctx.say("", false);
          ctx.confirm(result.body.message);
        } else {
          ctx.say((result.body && result.body.message) || (result.status >= 500 ? words.retrying : words.error), true);
        }
      }).catch(function () {
        submit.disabled = false;
        submit.textContent = words.idea_submit;
        ctx.say(words.retrying, true); // the text stays in the box: send it again
      });
    });
    wall.appendChild(form);
    wall.appendChild(el("h3", { id: "ideas-heading" }, words.ideas_heading));
    var sorts = el("div", { "class": "sort", role: "group", "aria-label": words.sort_label });
    [["votes", words.sort_votes], ["newest", words.sort_newest]].forEach(function (spec) {
      var b = el("button", { type: "button", id: "sort-" + spec[0], "aria-pressed": String(order === spec[0]) }, spec[1]);
      b.addEventListener("click", function () {
        order = spec[0];
        Array.prototype.forEach.call(sorts.querySelectorAll("button"), function (other) {
          other.setAttribute("aria-pressed", String(other === b));
        });
        drawList();
      });
      sorts.appendChild(b);
    });
    wall.appendChild(sorts);
    listEl = el("ul", { id: "ideas", "class": "ideas", "aria-labelledby": "ideas-heading" });
    wall.appendChild(listEl);
    container.appendChild(wall);
    drawList();
  }

  window.ideaWall = {
    render: render,
    // The whole wall again (a reconnect): the list is redrawn, the form kept as typed.
    replace: function (data) { if (listEl) { take(data); drawList(); } },
    apply: function (payload) {
      if (!poll || !listEl || payload.poll_id !== poll.id) { return; }
      payload.ideas.forEach(upsert);
    }
  };

  // --- dot voting: a stepper per option, the dots left said as they change -------------
  window.dotVote = {
    // texts: each option's [text, language]; shown(tag, attrs, [text, language]) marks
    // an element whose language is not the page's.
    build: function (poll, parent, answer, words, say, texts, shown) {
      var points = !!poll.points;
      var total = points ? 100 : poll.dots;
      var perOption = points ? 100 : Math.max(1, poll.dots_per_option);
      var step = points ? 5 : 1;
      var spread = poll.options.map(function (_, i) {
        return answer && answer[String(i)] ? parseInt(answer[String(i)], 10) : 0;
      });
      parent.appendChild(el("p", { "class": "hint", id: "hint" },
        points ? fmt(words.points_hint, { total: total }) : fmt(words.dots_hint, { n: total, max: perOption })));
      var leftEl = el("p", { "class": "count", id: "dots-left", "aria-live": "polite" });
      var outputs = [];
      function spent() { return spread.reduce(function (a, b) { return a + b; }, 0); }
      function update() {
        leftEl.textContent = fmt(words.dots_left, { n: total - spent() });
        outputs.forEach(function (output, i) { output.textContent = String(spread[i]); });
      }
      texts.forEach(function (option, i) {
        var text = option[0];
        var rowEl = el("div", { "class": "dot-row" });
        rowEl.appendChild(shown("span", { "class": "text", id: "dot-text-" + i }, option));
        var less = el("button", { type: "button", "class": "dot-step", "data-dir": "less",
          "aria-label": fmt(words.dots_less, { text: text }) }, "−");
        var output = el("output", { "class": "dot-count", id: "dot-count-" + i, "aria-labelledby": "dot-text-" + i });
        var more = el("button", { type: "button", "class": "dot-step", "data-dir": "more",
          "aria-label": fmt(words.dots_more, { text: text }) }, "+");
        less.addEventListener("click", function () {
          spread[i] = Math.max(0, spread[i] - step); update();
        });
        more.addEventListener("click", function () {
          var room = Math.min(perOption - spread[i], total - spent());
          if (room <= 0) {
            say(spread[i] >= perOption ? fmt(words.dots_per_option, { max: perOption }) :
              fmt(words.dots_over, { total: total, spent: spent() + step }), true);
            return;
          }
          spread[i] += Math.min(step, room); update();
        });
        outputs.push(output);
        rowEl.appendChild(less);
        rowEl.appendChild(output);
        rowEl.appendChild(more);
        parent.appendChild(rowEl);
      });
      parent.appendChild(leftEl);
      update();
      return function () {
        var result = {};
        spread.forEach(function (n, i) { if (n > 0) { result[String(i)] = n; } });
        return Object.keys(result).length ? result : null;
      };
    }
  };
})();
