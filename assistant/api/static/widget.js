/* Assistant CLSM: embeddable chat widget (plain JS, no build step, Shadow DOM, text-only rendering).
 * Usage: <script src="https://HOST/widget.js" data-api="https://HOST" defer></script>
 * Options: data-title, data-mode="embed" (full page, always open: used by /embed).
 * Document text is untrusted: it is only ever inserted with textContent / createTextNode. */
(function () {
  "use strict";
  if (window.__clsmAssistant) return;

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll("script[src*='widget.js']");
    return all[all.length - 1];
  })();
  var scriptOrigin = new URL(script.src, location.href).origin;
  var API = (script.getAttribute("data-api") || scriptOrigin).replace(/\/+$/, "");
  var MODE = script.getAttribute("data-mode") === "embed" ? "embed" : "float";
  var TITLE = script.getAttribute("data-title") || "Assistant documentaire CLSM";
  var MAX_CHARS = 1000;
  var HISTORY_TURNS = 4;
  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre"];
  var WRITTEN_LABEL = "Réponse rédigée à partir des sources";
  var EXTRACTS_LABEL = "Extraits des documents";
  var SUGGESTIONS = ["Qu'est-ce qu'un conseil local de santé mentale ?",
    "Comment impliquer les élus dans un CLSM ?",
    "CLS volet santé mentale ou CLSM : quelles différences ?"];

  var CSS = [
    ":host{all:initial !important;display:block !important;position:static !important;}",
    "[hidden]{display:none !important;}",
    ".root{all:initial;display:block;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
    "font-size:15px;line-height:1.5;color:#1c2530;text-align:left;letter-spacing:normal;word-spacing:normal;",
    "text-transform:none;font-style:normal;font-weight:400;white-space:normal;-webkit-font-smoothing:antialiased;}",
    ".root *,.root *::before,.root *::after{box-sizing:border-box;}",
    "h2,h3,p,ol,ul,li,form,section,article,details,summary{margin:0;padding:0;font:inherit;color:inherit;}",
    "button,textarea,a{font:inherit;color:inherit;letter-spacing:inherit;}",
    "button{cursor:pointer;border:0;background:none;margin:0;padding:0;display:inline-flex;align-items:center;justify-content:center;}",
    "svg{display:block;width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;}",
    ":focus{outline:none;}",
    ":focus-visible{outline:3px solid #f2a900;outline-offset:2px;}",
    ".sr{position:absolute !important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;}",
    /* launcher */
    ".launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;gap:8px;height:52px;padding:0 20px 0 16px;",
    "border-radius:26px;background:#0b5c71;color:#fff;font-size:15px;font-weight:600;",
    "box-shadow:0 6px 20px rgba(11,60,80,.35);transition:transform .15s ease,background .15s ease;}",
    ".launcher:hover{background:#094b5c;transform:translateY(-1px);}",
    ".launcher[aria-expanded='true']{background:#094b5c;}",
    /* panel */
    ".panel{position:fixed;right:20px;bottom:84px;z-index:2147483001;display:flex;flex-direction:column;",
    "width:400px;max-width:calc(100vw - 24px);height:640px;max-height:calc(100vh - 104px);background:#fff;",
    "border-radius:16px;overflow:hidden;box-shadow:0 16px 48px rgba(15,35,50,.28),0 2px 6px rgba(15,35,50,.12);",
    "border:1px solid #d5dde4;}",
    ".head{display:flex;align-items:flex-start;gap:6px;padding:14px 10px 14px 16px;",
    "background:linear-gradient(135deg,#0b5c71,#13778f);color:#fff;}",
    ".head-text{flex:1;min-width:0;}",
    ".head h2{font-size:16px;font-weight:700;line-height:1.3;}",
    ".head p{font-size:12.5px;line-height:1.35;opacity:.92;margin-top:2px;}",
    ".icon-btn{width:34px;height:34px;border-radius:8px;color:#fff;flex:none;}",
    ".icon-btn:hover{background:rgba(255,255,255,.16);}",
    ".log{position:relative;flex:1;overflow-y:auto;padding:16px 14px;background:#f4f7f9;display:flex;",
    "flex-direction:column;gap:14px;overscroll-behavior:contain;}",
    ".welcome{background:#fff;border:1px solid #dde4ea;border-radius:12px;padding:14px;font-size:14px;}",
    ".welcome p+p{margin-top:8px;}",
    ".chips{display:flex;flex-direction:column;gap:6px;margin-top:10px;}",
    ".chip{justify-content:flex-start;text-align:left;padding:8px 12px;border-radius:10px;border:1px solid #b9d3da;",
    "background:#eef6f8;color:#0b4d5e;font-size:13.5px;line-height:1.35;}",
    ".chip:hover{background:#e0eff3;}",
    /* messages */
    ".user{align-self:flex-end;max-width:85%;background:#0b5c71;color:#fff;padding:9px 13px;",
    "border-radius:14px 14px 4px 14px;font-size:14.5px;white-space:pre-wrap;overflow-wrap:anywhere;}",
    ".bot{align-self:stretch;background:#fff;border:1px solid #dde4ea;border-radius:4px 14px 14px 14px;padding:12px 14px;",
    "font-size:14.5px;overflow-wrap:anywhere;}",
    ".answer{white-space:pre-wrap;}",
    ".answer p{margin:0 0 6px;}",
    ".answer ul{margin:0 0 6px;padding-left:20px;}",
    ".answer .label{font-weight:600;}",
    ".answer.abstained{color:#5a6470;font-style:italic;}",
    /* what the answer is (quoted or written from the sources), and a note about it */
    ".mode{display:flex;align-items:center;gap:6px;margin:0 0 6px;font-size:12px;font-weight:600;color:#0b4d5e;}",
    ".mode svg{width:15px;height:15px;flex:none;}",
    ".note{margin:0 0 8px;padding:7px 10px;border-left:3px solid #b7791f;border-radius:0 6px 6px 0;",
    "background:#fff6e0;color:#4d3500;font-size:13px;line-height:1.4;}",
    ".understood{font-size:12.5px;color:#5a6470;margin:2px 0 0;align-self:flex-end;max-width:85%;}",
    ".understood button{font:inherit;color:#0b5c71;background:none;border:0;padding:0 0 0 4px;" +
    "text-decoration:underline;cursor:pointer;}",
    ".status{display:flex;align-items:center;gap:8px;color:#5a6470;font-size:13.5px;}",
    ".dots{display:inline-flex;gap:3px;}",
    ".dots i{width:6px;height:6px;border-radius:50%;background:#13778f;animation:blink 1.2s infinite ease-in-out;}",
    ".dots i:nth-child(2){animation-delay:.2s;}.dots i:nth-child(3){animation-delay:.4s;}",
    "@keyframes blink{0%,80%,100%{opacity:.25;}40%{opacity:1;}}",
    ".error{color:#9b1c1c;background:#fdecec;border:1px solid #f3c5c5;border-radius:10px;padding:10px 12px;font-size:14px;}",
    ".cite{vertical-align:baseline;min-width:22px;height:19px;padding:0 5px;margin:0 2px;border-radius:6px;",
    "background:#dcefF3;color:#0b4d5e;font-size:12px;font-weight:700;line-height:1;}",
    ".cite:hover{background:#c5e4eb;}",
    ".sources{margin-top:12px;padding-top:10px;border-top:1px solid #e6ebef;}",
    ".sources h3{font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:#5a6470;margin-bottom:6px;}",
    ".sources ol{list-style:none;display:flex;flex-direction:column;gap:4px;}",
    ".source{display:flex;gap:10px;padding:7px 8px;margin:0 -8px;border-radius:8px;transition:background .6s ease;}",
    ".source.flash{background:#fff1c2;transition:none;}",
    ".num{flex:none;width:22px;height:22px;border-radius:50%;background:#0b5c71;color:#fff;font-size:12px;",
    "font-weight:700;display:flex;align-items:center;justify-content:center;margin-top:1px;}",
    ".src-body{min-width:0;flex:1;}",
    ".src-title{font-weight:600;font-size:13.5px;line-height:1.35;color:#0b4d5e;text-decoration:underline;",
    "text-decoration-color:#9cc7d2;text-underline-offset:2px;}",
    "span.src-title{text-decoration:none;color:#1c2530;}",
    ".src-meta{font-size:12.5px;color:#5a6470;margin-top:1px;}",
    "details{margin-top:3px;font-size:13px;}",
    "summary{cursor:pointer;color:#13778f;font-size:12.5px;width:max-content;max-width:100%;}",
    ".excerpt{margin-top:4px;padding:8px 10px;background:#f4f7f9;border-left:3px solid #9cc7d2;border-radius:0 6px 6px 0;",
    "white-space:pre-wrap;color:#33404d;max-height:220px;overflow:auto;}",
    /* form */
    ".form{display:flex;flex-wrap:wrap;gap:8px;padding:10px 12px 8px;border-top:1px solid #dde4ea;background:#fff;}",
    ".form textarea{flex:1;min-width:0;height:46px;max-height:120px;resize:none;border:1px solid #b8c4cf;border-radius:10px;",
    "padding:11px 12px;font-size:14.5px;line-height:1.4;background:#fff;color:#1c2530;}",
    ".form textarea:focus-visible{outline:3px solid #f2a900;outline-offset:0;border-color:#0b5c71;}",
    ".send{height:46px;padding:0 16px;border-radius:10px;background:#0b5c71;color:#fff;font-weight:600;gap:6px;}",
    ".send:hover{background:#094b5c;}",
    ".send:disabled{background:#8aa7b0;cursor:wait;}",
    ".hint{flex-basis:100%;font-size:11.5px;color:#6b7580;}",
    /* small screens and embed mode */
    "@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;",
    "border-radius:0;border:0;}.launcher{right:12px;bottom:12px;}.send .label{display:none;}.send{padding:0 13px;}",
    ".head{padding:10px 6px 10px 14px;}.head h2{font-size:15px;}.log{padding:12px 10px;}}",
    "@media (max-width:360px){.head p{display:none;}}",
    ".embed .panel{position:fixed;inset:0;right:0;bottom:0;width:100%;max-width:100%;height:100%;max-height:100%;",
    "border-radius:0;border:0;box-shadow:none;}",
    ".embed .log,.embed .form{padding-left:max(14px,calc((100% - 780px) / 2));padding-right:max(14px,calc((100% - 780px) / 2));}",
    /* feedback under an answer */
    ".feedback{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;margin-top:10px;padding-top:8px;",
    "border-top:1px solid #e6ebef;font-size:12.5px;color:#5a6470;}",
    ".fb-btn{height:28px;padding:0 11px;border-radius:14px;border:1px solid #b9d3da;background:#fff;color:#0b4d5e;",
    "font-size:12.5px;font-weight:600;}",
    ".fb-btn:hover{background:#eef6f8;}",
    ".fb-btn[aria-pressed='true']{background:#0b5c71;border-color:#0b5c71;color:#fff;}",
    ".fb-form{flex-basis:100%;display:flex;flex-wrap:wrap;gap:6px;}",
    ".fb-form label{flex-basis:100%;}",
    ".fb-form textarea{flex:1;min-width:0;height:52px;resize:vertical;border:1px solid #b8c4cf;border-radius:8px;",
    "padding:6px 8px;font-size:13.5px;color:#1c2530;background:#fff;}",
    ".fb-send{height:30px;align-self:flex-end;padding:0 12px;border-radius:8px;background:#0b5c71;color:#fff;font-weight:600;}",
    ".fb-status{flex-basis:100%;color:#0b5c71;}",
    ".fb-status.fb-error{color:#9b1c1c;}",
    "@media (prefers-reduced-motion:reduce){.launcher,.source{transition:none;}.dots i{animation:none;opacity:.7;}}"
  ].join("\n");

  var SVG_NS = "http://www.w3.org/2000/svg";

  function icon(paths) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    paths.forEach(function (d) {
      var p = document.createElementNS(SVG_NS, "path");
      p.setAttribute("d", d);
      svg.appendChild(p);
    });
    return svg;
  }

  /* el("p", {class: "x"}, "text", child...) — strings become text nodes, never markup. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "text") node.textContent = value;
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function frenchDate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || "");
    if (!m) return value || "";
    var day = parseInt(m[3], 10);
    return (day === 1 ? "1er" : String(day)) + " " + MONTHS[parseInt(m[2], 10) - 1] + " " + m[1];
  }

  /* The API's link as given (it opens the cited place: #page=, ?t=, #:~:text=), if it is http(s). */
  function safeLink(url) {
    try {
      var u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? url : null;
    } catch (e) {
      return null;
    }
  }

  var host, root, shadow, launcher, panel, log, form, input, sendBtn;
  var history = [];
  var pending = false;
  var turnCount = 0;

  function build() {
    host = document.createElement("clsm-assistant-widget");
    shadow = host.attachShadow({ mode: "open" });
    if (shadow.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function" &&
        "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      shadow.appendChild(el("style", { text: CSS }));
    }
    root = el("div", { class: "root " + MODE, lang: "fr" });

    launcher = el("button", {
      class: "launcher", type: "button", "aria-haspopup": "dialog", "aria-expanded": "false",
      "aria-controls": "clsm-panel", onclick: function () { if (panel.hidden) open(); else close(); }
    }, icon(["M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z", "M9.5 9.5a2.5 2.5 0 1 1 3.3 2.4c-.5.2-.8.6-.8 1.1v.5", "M12 16.5h.01"]),
      el("span", { text: "Poser une question" }));

    var closeBtn = el("button", {
      class: "icon-btn", type: "button", "aria-label": "Fermer l'assistant", title: "Fermer",
      onclick: function () { close(); }
    }, icon(["M6 6l12 12", "M18 6L6 18"]));
    var resetBtn = el("button", {
      class: "icon-btn", type: "button", "aria-label": "Nouvelle conversation", title: "Nouvelle conversation",
      onclick: function () { reset(); }
    }, icon(["M3 12a9 9 0 1 0 3-6.7", "M3 4v5h5"]));

    log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
      "aria-label": "Conversation", tabindex: "0" });

    input = el("textarea", {
      id: "clsm-question", rows: "1", maxlength: String(MAX_CHARS), placeholder: "Votre question…",
      "aria-describedby": "clsm-hint", autocomplete: "off"
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submit();
      }
    });
    sendBtn = el("button", { class: "send", type: "submit", "aria-label": "Envoyer la question" },
      icon(["M4 12l16-8-6 16-2.5-6.5z", "M11.5 13.5L20 4"]), el("span", { class: "label", text: "Envoyer" }));
    form = el("form", { class: "form", "aria-label": "Poser une question", onsubmit: function (e) {
      e.preventDefault();
      submit();
    } },
      el("label", { class: "sr", for: "clsm-question", text: "Votre question" }),
      input, sendBtn,
      el("p", { class: "hint", id: "clsm-hint",
        text: "Entrée pour envoyer, Maj+Entrée pour aller à la ligne. Réponses tirées des documents : vérifiez les sources." }));

    panel = el("section", {
      class: "panel", id: "clsm-panel", role: "dialog", "aria-modal": "false",
      "aria-labelledby": "clsm-title", "aria-describedby": "clsm-subtitle", hidden: MODE !== "embed"
    },
      el("div", { class: "head" },
        el("div", { class: "head-text" },
          el("h2", { id: "clsm-title", text: TITLE }),
          el("p", { id: "clsm-subtitle", text: "Réponses citées, tirées des documents du centre de ressources." })),
        resetBtn, MODE === "embed" ? null : closeBtn),
      log, form);
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && MODE !== "embed") {
        e.stopPropagation();
        close();
      }
    });

    if (MODE !== "embed") root.appendChild(launcher);
    root.appendChild(panel);
    shadow.appendChild(root);
    welcome();
    document.body.appendChild(host);
  }

  function welcome() {
    var chips = el("div", { class: "chips" });
    SUGGESTIONS.forEach(function (q) {
      chips.appendChild(el("button", { class: "chip", type: "button", text: q, onclick: function () { ask(q); } }));
    });
    log.appendChild(el("div", { class: "welcome" },
      el("p", { text: "Bonjour ! Posez une question sur les conseils locaux de santé mentale, les contrats locaux de " +
        "santé ou la politique de la ville." }),
      el("p", { text: "Chaque réponse cite ses sources : cliquez sur un numéro [n] pour voir le passage." }),
      chips));
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
  }

  function close() {
    if (MODE === "embed") return;
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  function reset() {
    if (pending) return;
    history = [];
    while (log.firstChild) log.removeChild(log.firstChild);
    welcome();
    input.value = "";
    input.focus();
  }

  function scrollIntoLog(node) {
    var delta = node.getBoundingClientRect().top - log.getBoundingClientRect().top - 12;
    log.scrollTop += delta;
  }

  function submit() {
    ask(input.value);
  }

  function ask(text, standalone) {
    var question = (text || "").trim();
    if (!question || pending) return;
    if (question.length > MAX_CHARS) question = question.slice(0, MAX_CHARS);
    input.value = "";
    setPending(true);
    var turn = ++turnCount;
    var bubble = el("div", { class: "user" }, el("span", { class: "sr", text: "Vous : " }), question);
    log.appendChild(bubble);

    var answer = el("div", { class: "answer" });
    var statusText = el("span", { text: "Recherche dans les documents…" });
    var status = el("p", { class: "status", role: "status" },
      el("span", { class: "dots", "aria-hidden": "true" }, el("i"), el("i"), el("i")), statusText);
    var mode = null;  /* "Réponse rédigée…" or "Extraits…", above the answer; added when known (announced) */
    var note = null;  /* a short notice about the answer (sentences removed, why the extracts are shown) */
    var msg = el("article", { class: "bot", "aria-busy": "true", "aria-label": "Réponse de l'assistant" },
      el("span", { class: "sr", text: "Assistant : " }), status, answer);
    log.appendChild(msg);
    scrollIntoLog(bubble);

    var state = { citations: [], byN: {}, sentences: [], done: false, part: null };

    function showMode(label) {
      if (mode && mode.getAttribute("data-label") === label) return;
      var next = el("p", { class: "mode", "data-label": label },
        label === WRITTEN_LABEL ? icon(["M4 20h4L19 9l-4-4L4 16z", "M13.5 6.5l4 4"])
          : icon(["M7 7h10", "M7 11h10", "M7 15h6", "M5 3h14v18H5z"]), label);
      if (mode) msg.replaceChild(next, mode);
      else msg.insertBefore(next, msg.children[1]);
      mode = next;
    }

    function hideMode() {
      if (mode && mode.parentNode) mode.parentNode.removeChild(mode);
      mode = null;
    }

    function showNote(text) {
      if (!text || (note && note.textContent === text)) return;
      var next = el("p", { class: "note", role: "note", text: text });
      if (note) msg.replaceChild(next, note);
      else msg.insertBefore(next, mode ? mode.nextSibling : msg.children[1]);
      note = next;
    }

    function setCitations(citations) {
      state.citations = citations || [];
      state.byN = {};
      state.citations.forEach(function (c) { state.byN[c.n] = c; });
    }
    var body = { question: question, conversation: history.slice(-HISTORY_TURNS), standalone: !!standalone,
      front_end: "widget" };

    fetch(API + "/v1/ask/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(body),
      credentials: "omit",
      mode: "cors"
    }).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          throw new Error(typeof data.detail === "string" ? data.detail :
            "Le service a répondu par une erreur (" + res.status + "). Réessayez plus tard.");
        });
      }
      return readEvents(res, function (event, data) {
        if (event === "citations") {
          setCitations(data.citations);
          if (data.understood_as) bubble.after(understood(question, data.understood_as));
          if (data.writing) {  /* a language model writes the answer: its sentences come once checked */
            showMode(WRITTEN_LABEL);
            statusText.textContent = "Rédaction en cours…";
          }
        } else if (event === "part") {
          if (status.parentNode) status.parentNode.removeChild(status);
          if (!mode) showMode(EXTRACTS_LABEL);
          state.part = startPart(answer, data);
        } else if (event === "sentence") {
          if (status.parentNode) status.parentNode.removeChild(status);
          if (!state.part) state.part = startPart(answer, { label: "", list: false });
          appendSentence(state.part, data, state, turn);
          state.sentences.push(data.text);
        } else if (event === "restart") {
          /* The written answer gave way to the extracts, which follow: forget the sentences shown. */
          while (answer.firstChild) answer.removeChild(answer.firstChild);
          state.part = null;
          state.sentences = [];
          showMode(EXTRACTS_LABEL);
          showNote(data.note);
        } else if (event === "done") {
          state.done = true;
          if (status.parentNode) status.parentNode.removeChild(status);
          if (data.abstained) {
            hideMode();
            answer.classList.add("abstained");
            answer.textContent = data.text;
          } else {
            showMode(data.mode_label || (data.mode === "generated" ? WRITTEN_LABEL : EXTRACTS_LABEL));
          }
          if (data.note) showNote(data.note);
          if (data.citations) setCitations(data.citations);  /* located at the sentences finally cited */
          if (state.citations.length) msg.appendChild(sources(state.citations, turn, data.abstained));
          if (data.id) msg.appendChild(feedback(data.id));
          history.push({ question: question, answer: (data.text || "").slice(0, 4000) });
        } else if (event === "error") {
          throw new Error(data.message || "Une erreur est survenue.");
        }
      });
    }).then(function () {
      if (!state.done) throw new Error("La réponse a été interrompue. Réessayez.");
    }).catch(function (err) {
      if (status.parentNode) status.parentNode.removeChild(status);
      var text = err && err.message && !(err instanceof TypeError) ? err.message :
        "Impossible de joindre l'assistant. Vérifiez votre connexion et réessayez.";
      msg.appendChild(el("p", { class: "error", role: "alert", text: text }));
    }).then(function () {
      msg.setAttribute("aria-busy", "false");
      setPending(false);
      scrollIntoLog(bubble);
      var active = shadow.activeElement;
      if (!panel.hidden && (!active || active === sendBtn)) input.focus({ preventScroll: true });
    });
  }

  function setPending(value) {
    pending = value;
    sendBtn.disabled = value;
    form.setAttribute("aria-busy", value ? "true" : "false");
  }

  /* "compris comme : …" under a follow-up question, with a button to read it on its own instead. */
  function understood(question, resolved) {
    var note = el("p", { class: "understood" }, "compris comme : " + resolved);
    note.appendChild(el("button", {
      type: "button", text: "Lire la question seule",
      onclick: function () {
        if (pending) return;
        history.pop();
        if (note.parentNode) note.parentNode.removeChild(note);
        ask(question, true);
      }
    }));
    return note;
  }

  /* One part of the answer: a paragraph (a comparison's side starts with its label) or a list. */
  function startPart(answer, data) {
    var label = data.label ? el("span", { class: "label", text: data.label + " : " }) : null;
    if (data.list) {
      if (label) answer.appendChild(el("p", null, label));
      var list = el("ul");
      answer.appendChild(list);
      return { node: list, list: true };
    }
    var para = el("p");
    if (label) para.appendChild(label);
    answer.appendChild(para);
    return { node: para, list: false, label: !!label };
  }

  function appendSentence(part, data, state, turn) {
    var answer = part.node;
    if (part.list) {
      answer = el("li");
      part.node.appendChild(answer);
    } else if (answer.childNodes.length > (part.label ? 1 : 0)) {
      answer.appendChild(document.createTextNode(" "));
    }
    answer.appendChild(document.createTextNode(data.text));
    var numbers = data.citations && data.citations.length ? data.citations : [data.n];
    numbers.forEach(function (n) {
      var c = state.byN[n];
      var label = "Source " + n + (c ? " : " + c.title + ", " + c.location : "");
      answer.appendChild(el("button", {
        class: "cite", type: "button", "aria-label": label, title: label, "data-n": n,
        text: "[" + n + "]", onclick: function () { showSource(turn, n); }
      }));
    });
  }

  function showSource(turn, n) {
    var item = shadow.getElementById("clsm-src-" + turn + "-" + n);
    if (!item) return;
    var details = item.querySelector("details");
    if (details) details.open = true;
    scrollIntoLog(item);
    item.classList.remove("flash");
    void item.offsetWidth;
    item.classList.add("flash");
    setTimeout(function () { item.classList.remove("flash"); }, 1600);
    item.focus({ preventScroll: true });
  }

  function sources(citations, turn, abstained) {
    var list = el("ol");
    citations.forEach(function (c) {
      var href = c.link || c.url ? safeLink(c.link || c.url) : null;
      var title = href
        ? el("a", { class: "src-title", href: href, target: "_blank", rel: "noopener noreferrer", text: c.title })
        : el("span", { class: "src-title", text: c.title });
      var meta = [c.kind_label, c.location, frenchDate(c.date), (c.organisers || []).join(", ")]
        .filter(Boolean).join(" · ");
      list.appendChild(el("li", { class: "source", id: "clsm-src-" + turn + "-" + c.n, tabindex: "-1" },
        el("span", { class: "num", "aria-hidden": "true", text: String(c.n) }),
        el("div", { class: "src-body" },
          el("span", { class: "sr", text: "Source " + c.n + " : " }),
          title,
          el("p", { class: "src-meta", text: meta }),
          el("details", null, el("summary", { text: "Voir l'extrait" }), el("p", { class: "excerpt", text: c.text })))));
    });
    return el("section", { class: "sources", "aria-label": abstained ? "Passages les plus proches" : "Sources" },
      el("h3", { text: abstained ? "Passages les plus proches" : "Sources" }), list);
  }

  /* "Utile" / "Pas utile" under an answer; "Pas utile" also offers a comment. Posted to /v1/feedback by the
   * answer's id (a second post, with the comment, replaces the first). */
  function feedback(id) {
    var status = el("p", { class: "fb-status", role: "status" });
    var commentId = "clsm-fb-" + id;
    var comment = el("textarea", { id: commentId, maxlength: "1000", rows: "2",
      placeholder: "Ce qui manquait, ce qui était inexact…" });
    var form = el("form", { class: "fb-form", hidden: true, onsubmit: function (e) {
      e.preventDefault();
      send(false, comment.value.trim(), function () { form.hidden = true; });
    } },
      el("label", { for: commentId, text: "Qu'est-ce qui manquait ? (facultatif)" }),
      comment, el("button", { class: "fb-send", type: "submit", text: "Envoyer" }));
    var yes = el("button", { class: "fb-btn", type: "button", "aria-pressed": "false", text: "Utile",
      onclick: function () { choose(true); } });
    var no = el("button", { class: "fb-btn", type: "button", "aria-pressed": "false", text: "Pas utile",
      onclick: function () { choose(false); } });

    function choose(useful) {
      yes.setAttribute("aria-pressed", useful ? "true" : "false");
      no.setAttribute("aria-pressed", useful ? "false" : "true");
      form.hidden = useful;
      send(useful, "", function () { if (!useful) comment.focus(); });
    }

    function send(useful, text, done) {
      status.classList.remove("fb-error");
      fetch(API + "/v1/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: id, useful: useful, comment: text || null }),
        credentials: "omit",
        mode: "cors"
      }).then(function (res) {
        if (res.ok) {
          status.textContent = text ? "Merci pour votre commentaire !" : "Merci pour votre avis !";
          done();
          return;
        }
        return res.json().catch(function () { return {}; }).then(function (data) {
          throw new Error(typeof data.detail === "string" ? data.detail : "");
        });
      }).catch(function (err) {
        status.classList.add("fb-error");
        status.textContent = err && err.message && !(err instanceof TypeError) ? err.message :
          "Votre avis n'a pas pu être envoyé. Réessayez.";
      });
    }

    return el("div", { class: "feedback", role: "group", "aria-label": "Votre avis sur cette réponse" },
      el("span", { text: "Cette réponse vous a-t-elle été utile ?" }), yes, no, form, status);
  }

  /* Server-sent events over fetch (EventSource cannot POST). */
  function readEvents(res, onEvent) {
    var reader = res.body.getReader();
    var decoder = new TextDecoder("utf-8");
    var buffer = "";

    function dispatch(block) {
      var event = "message";
      var data = [];
      block.split("\n").forEach(function (line) {
        if (!line || line.charAt(0) === ":") return;
        var colon = line.indexOf(":");
        var field = colon < 0 ? line : line.slice(0, colon);
        var value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
      });
      if (data.length) onEvent(event, JSON.parse(data.join("\n")));
    }

    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          buffer += decoder.decode();
          if (buffer.trim()) dispatch(buffer.replace(/\r\n?/g, "\n"));
          return;
        }
        buffer = (buffer + decoder.decode(chunk.value, { stream: true })).replace(/\r\n?/g, "\n");
        var idx;
        while ((idx = buffer.indexOf("\n\n")) >= 0) {
          var block = buffer.slice(0, idx);
          buffer = buffer.slice(idx + 2);
          dispatch(block);
        }
        return pump();
      });
    }
    return pump();
  }

  function start() {
    build();
    window.__clsmAssistant = { open: open, close: close, version: "1.0" };
    if (MODE === "embed") input.focus();
  }

  window.__clsmAssistant = { loading: true };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
