/* Admin page of the CLSM assistant (plain JS, no build step, nothing loaded from elsewhere).
 * Signs in with the admin token, kept in sessionStorage (this tab only); shows the live index and the last
 * refresh, follows a refresh job, adds and removes documents, shows the usage report.
 * Text from the server (titles, file names, questions…) is only ever inserted with text nodes. */
(function () {
  "use strict";

  var TOKEN_KEY = "clsm-admin-token";
  var POLL_MS = 400;
  var STATUS_EVERY_MS = 20000;
  var STAGES = { files: "Lecture des fichiers", embedding: "Calcul des vecteurs des passages",
    sentences: "Calcul des vecteurs des phrases" };
  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre"];

  var $ = function (id) { return document.getElementById(id); };
  var memoryToken = "";  // when sessionStorage is unavailable: kept for this page only
  var following = null;   // id of the refresh job being followed
  var shownGeneration;     // generation whose documents are listed
  var statusTimer = null;

  /* el("p", {class: "x"}, "text", child…): strings become text nodes, never markup. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "class") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false || child === "") continue;
      node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function fill(node, children, kind) {
    while (node.firstChild) node.removeChild(node.firstChild);
    if (kind !== undefined) node.className = "report " + kind;
    children.forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function say(node, text, kind) { return fill(node, [el("p", {}, text)], kind || ""); }

  function text(value) { return value === null || value === undefined ? "" : String(value); }
  function list(value) { return Array.isArray(value) ? value : []; }
  function plural(n, one, many) { return n + " " + (n > 1 ? many : one); }

  function frenchDate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(value));
    return m ? (+m[3] === 1 ? "1er" : String(+m[3])) + " " + MONTHS[+m[2] - 1] + " " + m[1] : text(value);
  }

  function frenchTime(value) {
    var date = new Date(text(value));
    if (!value || isNaN(date.getTime())) return text(value);
    return date.toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" });
  }

  // -- token and requests ------------------------------------------------------------------------
  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return memoryToken; }
  }

  function keepToken(value) {
    memoryToken = value;
    try {
      if (value) window.sessionStorage.setItem(TOKEN_KEY, value);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* private mode: the token stays in memory only */ }
  }

  function failure(message, handled) {
    var error = new Error(message);
    error.handled = !!handled;
    return error;
  }

  /* A request to this server with the token; resolves with {status, data}, rejects with a French message.
   * A refused token (401, 403) signs out and shows why on the sign-in form. */
  function api(method, path, body) {
    var init = { method: method, body: body, cache: "no-store", credentials: "omit",
      headers: { "Authorization": "Bearer " + token(), "Accept": "application/json" } };
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        var detail = data && typeof data.detail === "string" ? data.detail
          : "Erreur du serveur (code " + response.status + ").";
        if (response.status === 401 || response.status === 403) {
          signOut(detail);
          throw failure(detail, true);
        }
        if (!response.ok) {
          var error = failure(detail);
          error.status = response.status;
          throw error;
        }
        return { status: response.status, data: data || {} };
      });
    }, function () {
      throw failure("Le serveur ne répond pas : vérifiez la connexion, puis réessayez.");
    });
  }

  function reportError(node) {
    return function (error) { if (!error.handled) say(node, error.message, "error"); };
  }

  // -- signing in and out ------------------------------------------------------------------------
  function signOut(message) {
    keepToken("");
    following = null;
    shownGeneration = undefined;
    clearInterval(statusTimer);
    $("console").hidden = true;
    $("sign-out").hidden = true;
    $("sign-in").hidden = false;
    $("token").value = "";
    var error = $("sign-in-error");
    error.hidden = !message;
    error.textContent = message || "";
    $("token").focus();
  }

  function enter(focus) {
    var button = $("sign-in-form").querySelector("button");
    button.disabled = true;
    return loadStatus().then(function () {
      $("sign-in").hidden = true;
      $("sign-in-error").hidden = true;
      $("console").hidden = false;
      $("sign-out").hidden = false;
      if (focus) $("index-title").focus();
      loadReport();
      clearInterval(statusTimer);
      statusTimer = setInterval(function () { loadStatus().catch(function () {}); }, STATUS_EVERY_MS);
    }, function (error) {
      if (!error.handled) {
        keepToken("");
        $("sign-in-error").hidden = false;
        $("sign-in-error").textContent = error.message;
      }
    }).then(function () { button.disabled = false; });
  }

  $("sign-in-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var value = $("token").value.trim();
    if (!value) {
      $("sign-in-error").hidden = false;
      $("sign-in-error").textContent = "Entrez le jeton d'administration.";
      $("token").focus();
      return;
    }
    keepToken(value);
    enter(true);
  });

  $("sign-out").addEventListener("click", function () { signOut(""); });

  // -- the live index ----------------------------------------------------------------------------
  function loadStatus() {
    return api("GET", "/v1/admin/status").then(function (response) {
      $("console-error").hidden = true;
      renderStatus(response.data);
    }, function (error) {
      if (!error.handled && !$("console").hidden) {
        $("console-error").hidden = false;
        $("console-error").textContent = error.message;
      }
      throw error;
    });
  }

  function renderStatus(status) {
    var facts = status.generation ? [
      ["Génération", status.generation], ["Construite le", frenchTime(status.built_at)],
      ["Documents", list(status.documents).length], ["Passages", status.passages], ["Modèle", status.model]
    ] : [["Index", "aucun index construit : lancez une mise à jour"]];
    fill($("index-facts"), facts.map(function (fact) {
      return el("div", {}, el("dt", {}, fact[0]), el("dd", {}, text(fact[1])));
    }));
    renderLastRefresh(status.last_refresh);
    if (Array.isArray(status.formats) && status.formats.length) {
      $("f-file").setAttribute("accept", status.formats.join(","));
      $("f-file-hint").textContent = "Formats acceptés : " + status.formats.join(", ") + ".";
    }
    var listFocused = $("documents").contains(document.activeElement);
    if (status.generation !== shownGeneration && !listFocused) {
      shownGeneration = status.generation;
      renderDocuments(list(status.documents), status.passages);
    }
    if (status.running_job && status.running_job.state === "en cours") follow(status.running_job);
  }

  function renderLastRefresh(last) {
    var box = $("last-refresh");
    if (!last) return say(box, "Aucune mise à jour enregistrée pour cet index.", "muted");
    var when = el("p", {}, "Le " + frenchTime(last.time) + ".");
    if (last.error) return fill(box, [when, el("p", {}, "Échec : " + text(last.error))], "error");
    fill(box, [when].concat(reportNodes(last.report)), list(last.report && last.report.failed).length ? "error" : "");
  }

  /* What a refresh did: its counts, the files it added, updated or removed, the failed ones and why, and
   * what to correct in the catalog (an unknown kind…). */
  function reportNodes(report) {
    report = report || {};
    var groups = [["Ajoutés", list(report.added)], ["Modifiés", list(report.updated)],
      ["Retirés", list(report.removed)]];
    var failed = list(report.failed);
    var counts = groups.map(function (g) { return g[0] + " : " + g[1].length; });
    counts.push("Inchangés : " + list(report.unchanged).length, "En échec : " + failed.length);
    var nodes = [el("p", {}, counts.join(" · "))];
    groups.forEach(function (group) {
      if (group[1].length) nodes.push(el("p", {}, group[0] + " : " + group[1].map(text).join(", ")));
    });
    if (failed.length) {
      nodes.push(el("p", {}, "Fichiers en échec :"));
      nodes.push(el.apply(null, ["ul", { class: "failed" }].concat(failed.map(function (f) {
        return el("li", {}, text(f && f.path) + " : " + text(f && f.reason));
      }))));
    }
    var warnings = list(report.warnings);
    if (warnings.length) {
      nodes.push(el("p", {}, "Avertissements :"));
      nodes.push(el.apply(null, ["ul", { class: "warnings" }].concat(warnings.map(function (w) {
        return el("li", {}, text(w && w.path) + " : " + text(w && w.message));
      }))));
    }
    var ocr = report.ocr || {};
    if (ocr.pages || ocr.cached) {
      nodes.push(el("p", {}, "Pages lues par OCR : " + (ocr.pages || 0) + " en " +
        String(ocr.seconds || 0).replace(".", ",") + " s" +
        (ocr.cached ? " ; " + (ocr.cached > 1 ? ocr.cached + " déjà lues, reprises" : "1 déjà lue, reprise") +
          " du cache" : "")));
    }
    return nodes;
  }

  $("reload-status").addEventListener("click", function () {
    shownGeneration = undefined;
    loadStatus().catch(function () {});
  });

  // -- documents ---------------------------------------------------------------------------------
  function renderDocuments(documents, passages) {
    $("docs-summary").textContent = documents.length
      ? plural(documents.length, "document", "documents") + ", " + plural(passages || 0, "passage", "passages") + "."
      : "Aucun document dans l'index.";
    documents.sort(function (a, b) {
      return text(b.date).localeCompare(text(a.date)) || text(a.title).localeCompare(text(b.title), "fr");
    });
    fill($("documents"), documents.map(documentItem));
  }

  function documentItem(doc, i) {
    var titleId = "doc-title-" + i;
    var meta = [frenchDate(doc.date), text(doc.kind_label) || text(doc.kind), text(doc.region)]
      .filter(Boolean).join(" · ");
    var url = /^https?:\/\//i.test(text(doc.url)) ? text(doc.url) : "";
    var actions = el("div", { class: "doc-actions" });
    var item = el("li", { class: "doc", "data-doc": text(doc.doc_id) },
      el("h3", { id: titleId }, text(doc.title) || text(doc.doc_id)),
      meta && el("p", { class: "doc-meta" }, meta),
      el("p", { class: "doc-passages" }, plural(doc.passages || 0, "passage", "passages")),
      doc.event && el("p", { class: "doc-line" }, "Événement : " + text(doc.event)),
      list(doc.organisers).length > 0 && el("p", { class: "doc-line" },
        "Organisateurs : " + list(doc.organisers).map(text).join(", ")),
      list(doc.speakers).length > 0 && el("p", { class: "doc-line" },
        "Intervenants : " + list(doc.speakers).map(text).join(", ")),
      el("p", { class: "doc-file" }, "Fichier : " + text(doc.path),
        url && " · ", url && el("a", { href: url, rel: "noopener noreferrer" }, "document d'origine")),
      actions);
    showRemove(actions, doc, titleId);
    return item;
  }

  function showRemove(actions, doc, titleId) {
    var button = el("button", { type: "button", class: "danger", "aria-describedby": titleId }, "Retirer");
    button.addEventListener("click", function () { confirmRemove(actions, doc, titleId); });
    fill(actions, [button]);
    return button;
  }

  function confirmRemove(actions, doc, titleId) {
    var name = text(doc.title) || text(doc.doc_id);
    var confirm = el("button", { type: "button", class: "danger strong" }, "Confirmer le retrait");
    var cancel = el("button", { type: "button", class: "ghost" }, "Annuler");
    var question = el("p", { id: titleId + "-confirm" },
      "Retirer « " + name + " » du corpus et de l'index ? Le fichier est supprimé du dossier du corpus.");
    confirm.setAttribute("aria-describedby", titleId + "-confirm");
    cancel.addEventListener("click", function () { showRemove(actions, doc, titleId).focus(); });
    confirm.addEventListener("click", function () {
      confirm.disabled = cancel.disabled = true;
      onlyStatus("remove-status");
      var status = $("remove-status");
      say(status, "Retrait de « " + name + " » et mise à jour de l'index…", "");
      api("DELETE", "/v1/admin/documents/" + encodeURIComponent(text(doc.doc_id))).then(function (response) {
        fill(status, [el("p", {}, "« " + name + " » : " + text(response.data.message))]
          .concat(reportNodes(response.data.report)), "ok");
        shownGeneration = undefined;
        $("docs-title").focus();
        return loadStatus();
      }).catch(function (error) {
        reportError(status)(error);
        if (!error.handled && actions.isConnected) showRemove(actions, doc, titleId).focus();
      });
    });
    fill(actions, [question, confirm, cancel]);
    confirm.focus();
  }

  // -- refreshing the index ----------------------------------------------------------------------
  /* A new action makes the messages of earlier ones stale (a failed upload, a document removed): only its own stays. */
  function onlyStatus(id) {
    ["refresh-status", "upload-status", "remove-status"].forEach(function (other) {
      if (other !== id) fill($(other), [], "");
    });
  }

  $("start-refresh").addEventListener("click", function () {
    onlyStatus("refresh-status");
    var status = $("refresh-status");
    say(status, "Mise à jour demandée…", "");
    api("POST", "/v1/admin/reindex").then(function (response) { follow(response.data); },
      reportError(status));
  });

  function follow(job) {
    if (following === job.id) return;
    following = job.id;
    $("start-refresh").disabled = true;
    $("refresh-progress").hidden = false;
    say($("refresh-status"), "Mise à jour en cours…", "");
    tick(job);
  }

  function tick(job) {
    if (following !== job.id) return;
    var progress = job.progress || {};
    var bar = $("refresh-bar");
    bar.max = Math.max(progress.total || 0, 1);
    bar.value = Math.min(progress.done || 0, bar.max);
    $("refresh-stage").textContent = (STAGES[progress.stage] || "Démarrage") +
      (progress.total ? " : " + progress.done + " sur " + progress.total : "…");
    if (job.state === "en cours") {
      setTimeout(function () {
        api("GET", "/v1/admin/jobs/" + encodeURIComponent(job.id)).then(function (r) { tick(r.data); },
          function (error) { finish(); reportError($("refresh-status"))(error); });
      }, POLL_MS);
      return;
    }
    finish();
    if (job.state === "terminé") {
      fill($("refresh-status"), [el("p", {}, "Mise à jour terminée.")].concat(reportNodes(job.report)),
        list(job.report && job.report.failed).length ? "error" : "ok");
    } else {
      say($("refresh-status"), "La mise à jour a échoué : " + text(job.error), "error");
    }
    shownGeneration = undefined;
    loadStatus().catch(function () {});
  }

  function finish() {
    following = null;
    $("start-refresh").disabled = false;
    $("refresh-progress").hidden = true;
  }

  // -- adding a document -------------------------------------------------------------------------
  $("upload-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var status = $("upload-status");
    var file = $("f-file").files[0];
    if (!file) {
      say(status, "Choisissez le fichier à ajouter.", "error");
      $("f-file").focus();
      return;
    }
    onlyStatus("upload-status");
    var data = new FormData(form);
    Array.from(data.keys()).forEach(function (key) { if (data.get(key) === "") data.delete(key); });
    var button = $("upload-button");
    button.disabled = true;
    say(status, "Envoi et indexation de « " + file.name + " »…", "");
    api("POST", "/v1/admin/documents", data).then(function (response) {
      fill(status, [el("p", {}, text(response.data.message) + " Fichier : " + text(response.data.file) + ".")]
        .concat(response.data.report ? reportNodes(response.data.report) : []), "ok");
      form.reset();
      shownGeneration = undefined;
      return loadStatus();
    }).catch(reportError(status)).then(function () { button.disabled = false; });
  });

  // -- usage report ------------------------------------------------------------------------------
  function loadReport() {
    var box = $("usage-report");
    say(box, "Chargement du rapport…", "muted");
    api("GET", "/v1/admin/report").then(function (response) { renderReport(response.data); },
      function (error) { if (!error.handled) unavailable(error.status === 404 ? "" : error.message); });
  }

  function unavailable(reason) {
    say($("usage-report"), "Rapport d'utilisation indisponible" + (reason ? " : " + reason : "."), "muted");
  }

  /* The first value present under one of `names` (the report's fields have had more than one name). */
  function pick(row, names) {
    for (var i = 0; i < names.length; i++) {
      if (row && row[names[i]] !== undefined && row[names[i]] !== null) return row[names[i]];
    }
    return undefined;
  }

  function count(value, one, many) { return typeof value === "number" ? plural(value, one, many) : ""; }

  function renderReport(data) {
    var total = pick(data, ["total", "questions"]);
    if (typeof total !== "number") return unavailable("réponse incomplète du serveur.");
    var figures = [count(total, "question posée", "questions posées"),
      count(data.unanswered_count, "restée sans réponse", "restées sans réponse"),
      count(data.rated_useful, "avis « utile »", "avis « utile »"),
      count(data.rated_not_useful, "avis « pas utile »", "avis « pas utile »")].filter(Boolean);
    fill($("usage-report"), [
      el("p", {}, figures.join(" · ") + "."),
      section("Questions par jour", perDayRows(data), perDay),
      section("Questions restées sans réponse", data.unanswered, function (rows) {
        return items("ol", rows, function (row) {
          var others = list(pick(row, ["examples", "other_wordings"])).filter(function (e) {
            return text(e) !== text(row.question);
          });
          return [text(row.question) + " (" + count(pick(row, ["count"]) || 0, "fois", "fois") + ")",
            others.length > 0 && el.apply(null, ["ul", {}].concat(others.map(function (e) {
              return el("li", {}, text(e));
            })))];
        });
      }),
      section("Réponses jugées peu utiles", data.not_useful, function (rows) {
        return items("ul", rows, function (row) {
          var comment = text(row.comment);
          var cited = list(row.citations).map(citationName).filter(Boolean);
          return [frenchTime(pick(row, ["time", "asked_at"])) + " : " + text(row.question),
            comment && el("br"), comment && "Commentaire : " + comment,
            cited.length > 0 && el("br"), cited.length > 0 && "Sources proposées : " + cited.join(", ")];
        });
      }),
      section("Documents les plus cités", data.most_cited, function (rows) {
        return items("ol", rows, function (row) {
          return [documentName(row) + " : " + count(pick(row, ["count", "answers"]) || 0, "citation", "citations")];
        });
      }),
      section("Documents jamais cités", data.never_cited, function (rows) {
        return items("ul", rows, function (row) { return [documentName(row)]; });
      })
    ], "");
  }

  function documentName(row) { return text(row.title) || text(pick(row, ["doc_id", "doc"])); }

  function citationName(c) {
    if (!c || typeof c !== "object") return text(c);
    var name = text(c.title || c.doc || c.doc_id);
    return c.location ? name + " (" + text(c.location) + ")" : name;
  }

  /* [{day, front_end, questions}] from `per_day`, or from `days` ({day, total, by_front_end}). */
  function perDayRows(data) {
    if (Array.isArray(data.per_day)) return data.per_day;
    if (!Array.isArray(data.days)) return undefined;
    var rows = [];
    data.days.forEach(function (day) {
      var split = day && day.by_front_end && typeof day.by_front_end === "object" ? day.by_front_end : {};
      var names = Object.keys(split);
      if (!names.length) rows.push({ day: day && day.day, front_end: "", questions: day && day.total });
      names.forEach(function (name) { rows.push({ day: day.day, front_end: name, questions: split[name] }); });
    });
    return rows;
  }

  function section(title, rows, render) {
    var part = el("div", {}, el("h3", {}, title));
    if (!Array.isArray(rows)) part.appendChild(el("p", { class: "muted" }, "Rapport indisponible pour cette partie."));
    else if (!rows.length) part.appendChild(el("p", { class: "muted" }, "Aucune entrée."));
    else part.appendChild(render(rows.filter(function (row) { return row && typeof row === "object"; })));
    return part;
  }

  function items(tag, rows, render) {
    return el.apply(null, [tag, { class: "usage-list" }].concat(rows.map(function (row) {
      return el.apply(null, ["li", {}].concat(render(row)));
    })));
  }

  function perDay(rows) {
    var head = el("tr", {}, el("th", { scope: "col" }, "Jour"), el("th", { scope: "col" }, "Interface"),
      el("th", { scope: "col", class: "num" }, "Questions"));
    return el("table", {}, el("caption", { class: "muted" }, "Questions reçues par jour et par interface"),
      el("thead", {}, head),
      el.apply(null, ["tbody", {}].concat(rows.map(function (row) {
        return el("tr", {}, el("td", {}, frenchDate(row.day)), el("td", {}, text(row.front_end)),
          el("td", { class: "num" }, text(row.questions)));
      }))));
  }

  $("reload-report").addEventListener("click", loadReport);

  // -- start -------------------------------------------------------------------------------------
  if (token()) enter(false);
  else $("token").focus();
})();
