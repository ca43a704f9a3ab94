# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs50.

Lecteurs indépendants des générateurs (un par format ; aucune bibliothèque d'écriture n'est utilisée pour relire) :
- VTT (Teams) : analyse à la main ; en-tête « WEBVTT », blocs séparés par une ligne vide : identifiant (GUID,
  suivi ou non de « /n-k »), horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm », texte dans <v Nom>…</v> ; une unité =
  un repère joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ;
  contrôle de la durée (18 à 22 minutes), du nombre de repères (150 et plus), de l'unicité des identifiants, de
  l'ordre des horodatages, des voix (exactement les quatre noms du catalogue, la première étant la modératrice,
  qui ouvre et ferme la séance) et des coupures au milieu des phrases ;
- PDF « pages de notes » (kind = slides) : pypdf, une unité par page ; contrôle de 12 pages A4 portrait, des
  métadonnées (Creator Impress, Producer LibreOffice), et, grâce aux positions du texte, de la présence sur chaque
  page d'un texte de diapositive dans la moitié haute et de notes de l'orateur dans la moitié basse ;
- ODT : archive zip lue à la main ; content.xml, tous les <text:p> et <text:h>, y compris cellules de tableaux ;
  <text:s>, <text:tab>, <text:line-break> = espace ; styles.xml pour le pied de page ; une unité ; contrôle d'une
  cellule fusionnée verticalement (number-rows-spanned + covered-table-cell), d'une liste numérotée (style de
  liste à numérotation), de la ligne « Prochaine réunion : » et du champ numéro de page ;
- HTML : BeautifulSoup ; unité « page » = texte visible (sans script / style / head), unité « alt » = textes
  alternatifs des images ; contrôle du bandeau cookies, de la <figure> (img alt + figcaption), du <blockquote>,
  des liens « À lire aussi », et du fait que les nombres de l'infographie n'apparaissent que dans le alt et la
  figcaption ;
- ODS : archive zip lue à la main ; lignes développées (number-columns-repeated, cellules couvertes = vides) ; une
  unité par ligne (« Feuille!Ln », cellules non vides jointes par une espace) ; contrôle des deux feuilles, des deux
  tableaux de la première feuille (titres fusionnés sur au moins cinq colonnes, chacun suivi d'un en-tête), des
  fusions verticales, de la cohérence office:value / texte affiché, et des totaux recalculés (registre canicule,
  file active de l'EMPSA) ;
- Markdown : texte brut ; front matter YAML (PyYAML) avec title et date ; notes [^n] appelées et définies ; liste
  imbriquée (au moins trois niveaux) ; une unité par bloc séparé par une ligne vide ;
- TXT (courriels) : une unité par bloc séparé par une ligne vide ou une ligne de citation vide (« > ») ; contrôle
  des en-têtes, des signatures « -- », du message transféré, des lignes « Le … à hh:mm, … a écrit : », des lignes
  citées en « > » et des numéros de téléphone en 03 99 00 / 06 99 00.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n50-01 à
n50-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import pypdf
import yaml
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
if len(sys.argv) > 2 and sys.argv[1] == "--questions":
    QUESTIONS = os.path.abspath(sys.argv[2])
    del sys.argv[1:3]
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".vtt", ".pdf", ".odt", ".html", ".ods", ".md", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n50"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "saint florentin", "florentin", "equipe specialisee alzheimer", "esa", "alzheimer",
          "teleassistance", "telealarme", "msa", "mutualite sociale agricole", "premier trimestre 2026", "t1 2026",
          "uhr", "hebergement renforce", "unite d hebergement", "ehpad hors les murs", "hors les murs"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- VTT
GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
VTT_ID = re.compile(r"^%s(/\d+-\d+)?$" % GUID)
VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
VOICE = re.compile(r"^<v ([^>]+)>(.*)</v>$", re.S)


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("WEBVTT\n"), "VTT : en-tête WEBVTT absent"
    assert "\r" not in raw, "VTT : fins de ligne CR inattendues"
    cues = []
    for n, b in enumerate(raw.split("\n\n")[1:], 1):
        b = b.strip("\n")
        if not b:
            continue
        lines = b.split("\n")
        assert VTT_ID.match(lines[0]), "VTT : identifiant non GUID au repère %d : %r" % (n, lines[0])
        m = VTT_TIME.match(lines[1])
        assert m, "VTT : horodatage invalide au repère %d : %r" % (n, lines[1])
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "VTT : repère %d de durée nulle" % n
        v = VOICE.match("\n".join(lines[2:]))
        assert v, "VTT : balise de voix absente au repère %d" % n
        cues.append((lines[0], start, end, v.group(1), v.group(2).replace("\n", " ")))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    assert len(cues) >= 150, "VTT : au moins 150 repères attendus (%d)" % len(cues)
    assert 1080 <= cues[-1][2] <= 1320, "VTT : durée hors de 18 à 22 minutes (%.0f s)" % cues[-1][2]
    assert len({c[0] for c in cues}) == len(cues), "VTT : identifiants dupliqués"
    assert all(cues[i][1] >= cues[i - 1][2] for i in range(1, len(cues))), "VTT : repères non ordonnés"
    voices = [c[3] for c in cues]
    assert set(voices) == set(speakers) and len(set(voices)) == 4, "VTT : voix %s vs catalogue" % sorted(set(voices))
    assert voices[0] == voices[-1] == speakers[0], "VTT : la modératrice doit ouvrir et fermer la séance"
    cut = [c for c in cues if not re.search(r"[.?!»:]$", c[4].strip())]
    assert len(cut) >= len(cues) // 3, "VTT : trop peu de repères coupés au milieu d'une phrase"
    units = []
    for i, c in enumerate(cues):
        nxt = cues[i + 1][4] if i + 1 < len(cues) else ""
        units.append((round(c[1], 3), c[4] + " " + nxt))
    return units


# ---------------------------------------------------------------- PDF pages de notes
def read_pdf_notes(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 12, "PDF : 12 pages de notes attendues (%d)" % n
    meta = r.metadata or {}
    assert "Impress" in str(meta.get("/Creator", "")) and "LibreOffice" in str(meta.get("/Producer", "")), \
        "PDF : métadonnées d'export LibreOffice Impress absentes"
    units = []
    for i, p in enumerate(r.pages, 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        assert h > w and abs(w - 595.3) < 2 and abs(h - 841.9) < 2, "PDF : page %d non A4 portrait" % i
        frags = []

        def visit(text, cm, tm, fd, fs, frags=frags):
            if text.strip():
                frags.append((cm[5] + tm[5] * cm[3], text))

        t = p.extract_text(visitor_text=visit) or ""
        top = [x for y, x in frags if y > 0.6 * h]        # zone de la diapositive (haut de page)
        bottom = [x for y, x in frags if 0.08 * h < y < 0.6 * h]  # zone des notes
        assert top and len(" ".join(bottom).split()) >= 15, "PDF : page %d sans diapositive ou sans notes" % i
        units.append((i, t))
    return units


# ---------------------------------------------------------------- ODF (ODT, ODS)
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _odf_inline(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag in (TX + "tab", TX + "line-break"):
            out.append(" ")
        elif ch.tag == TX + "note":
            pass
        else:
            out.append(_odf_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "ODT : type MIME"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    spanned = [c for c in root.iter(TB + "table-cell") if int(c.get(TB + "number-rows-spanned", "1")) > 1]
    assert spanned and root.find(".//" + TB + "covered-table-cell") is not None, "ODT : pas de fusion verticale"
    numbered = {ls.get(ST + "name") for ls in root.iter(TX + "list-style")
                if ls.find(TX + "list-level-style-number") is not None}
    lists = [l for l in root.iter(TX + "list") if l.get(TX + "style-name") in numbered]
    assert lists and len(lists[0].findall(TX + "list-item")) >= 4, "ODT : liste numérotée des décisions absente"
    assert any(p.startswith("Prochaine réunion :") for p in paras), "ODT : ligne « Prochaine réunion » absente"
    assert styles.find(".//" + ST + "footer//" + TX + "page-number") is not None, "ODT : numéro de page absent"
    foot = [_odf_inline(p) for p in styles.iter(TX + "p")]
    return [(0, "\n".join(paras + foot))]


def _cell_text(c):
    return " ".join(_odf_inline(p) for p in c.iter(TX + "p"))


def _fr_num(s):
    s = s.replace("\u202f", " ").replace("\xa0", " ").replace(" ", "").replace(",", ".")
    return float(s)


def read_ods(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet", "ODS : type MIME"
        root = ET.fromstring(z.read("content.xml"))
    sheets = root.findall(".//" + TB + "table")
    assert [s.get(TB + "name") for s in sheets] == ["Indicateurs", "Définitions"], "ODS : feuilles attendues"
    units, grids = [], {}
    for sh in sheets:
        name = sh.get(TB + "name")
        grid = []
        for r_i, row in enumerate(sh.iter(TB + "table-row"), 1):
            cells = []
            for c in row:
                rep = min(int(c.get(TB + "number-columns-repeated", "1")), 50)
                if c.tag == TB + "covered-table-cell":
                    cells += [("", None)] * rep
                    continue
                txt = _cell_text(c)
                if c.get(OF + "value-type") == "float":
                    assert abs(float(c.get(OF + "value")) - _fr_num(txt)) < 1e-6, \
                        "ODS : valeur %s ≠ affichage %r" % (c.get(OF + "value"), txt)
                cells += [(txt, c)] * rep
            grid.append(cells)
            units.append(("%s!L%d" % (name, r_i), " ".join(t for t, _ in cells if t)))
        grids[name] = grid
    g = grids["Indicateurs"]
    titles = [i for i, row in enumerate(g) if row and row[0][1] is not None
              and int(row[0][1].get(TB + "number-columns-spanned", "1")) >= 5]
    assert [g[i][0][0][:10] for i in titles] == ["Tableau 1 ", "Tableau 2 "], "ODS : deux tableaux titrés attendus"
    for i in titles:
        hdr = [t for t, _ in g[i + 1] if t]
        assert len(hdr) >= 5, "ODS : en-tête absent sous %r" % g[i][0][0][:20]
    assert titles[1] - titles[0] >= 6 and not any(t for t, _ in g[titles[1] - 1]), "ODS : tableaux non séparés"
    vspan = [c for row in g for _, c in row if c is not None and int(c.get(TB + "number-rows-spanned", "1")) > 1]
    assert vspan, "ODS : libellés fusionnés verticalement absents"
    # totaux recalculés à partir des lignes par tranche d'âge (libellé de la ligne fusionnée repris pour les suivantes)
    hdr2 = [t for t, _ in g[titles[1] + 1]]
    years = {y: hdr2.index(y) for y in ("2023", "2024", "2025")}
    sums, label = {}, ""
    for row in g[titles[1] + 2:]:
        if not row or not row[1][0]:
            continue
        label = row[0][0] or label
        for y, j in years.items():
            if row[j][0]:
                sums.setdefault(label, {}).setdefault(y, 0)
                sums[label][y] += _fr_num(row[j][0])
    reg = [v for k, v in sums.items() if k.startswith("Inscrits au registre canicule")]
    emp = [v for k, v in sums.items() if k.startswith("File active de l'EMPSA")]
    assert reg == [{"2023": 612, "2024": 784, "2025": 1046}], "ODS : total registre %s" % reg
    assert emp == [{"2023": 164, "2024": 212, "2025": 268}], "ODS : total EMPSA %s" % emp
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("#cookie-banner button"), "HTML : bandeau cookies absent"
    fig = soup.select_one("article figure")
    assert fig and fig.img and fig.img.get("alt") and fig.figcaption, "HTML : figure (alt + figcaption) absente"
    assert soup.select_one("article blockquote cite"), "HTML : citation en exergue absente"
    assert len(soup.select(".related a[href]")) >= 3, "HTML : liens connexes absents"
    alt_nums = set(re.findall(r"\d[\d ]*\d|\d", fig.img["alt"] + " " + fig.figcaption.get_text()))
    alts = " ".join(i.get("alt", "") for i in soup.find_all("img"))
    for t in soup(["script", "style", "head"]):
        t.decompose()
    art = soup.select_one("article")
    fig.extract()
    body_text = art.get_text(" ")
    leaked = [x for x in alt_nums if len(x) >= 2 and re.search(r"(?<!\d)(?<!\d )%s(?!\d)(?! \d)" % re.escape(x), body_text)
              and x not in ("2025", "2026", "2028", "2023", "2021", "2024")]
    assert not leaked, "HTML : chiffres de l'infographie repris dans le corps : %s" % leaked
    art.append(fig)
    return [("page", soup.get_text(" ")), ("alt", alts)]


# ---------------------------------------------------------------- Markdown
def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
    assert m, "MD : front matter YAML absent"
    fm = yaml.safe_load(m.group(1))
    assert fm.get("title") and fm.get("date"), "MD : title / date absents du front matter"
    body = raw[m.end():]
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    defs = set(re.findall(r"^\[\^(\d+)\]:", body, re.M))
    assert refs and refs == defs and len(defs) >= 4, "MD : notes appelées %s / définies %s" % (refs, defs)
    assert re.search(r"^    - ", body, re.M) and re.search(r"^  - ", body, re.M), "MD : liste imbriquée absente"
    blocks = re.split(r"\n\s*\n", body)
    return [("front matter", m.group(1))] + [(i, b) for i, b in enumerate(blocks, 1)]


# ---------------------------------------------------------------- TXT
def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert lines[0].startswith("De : ") and any(ln.startswith("Objet : ") for ln in lines[:8]), "TXT : en-têtes"
    assert sum(1 for ln in lines if re.sub(r"^(> ?)*", "", ln) == "-- ") >= 2, "TXT : signatures « -- » absentes"
    assert any("Message transféré" in ln for ln in lines), "TXT : message transféré absent"
    wrote = [ln for ln in lines if re.match(r"^Le (lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} [a-zéû]+\.? \d{4} à "
                                            r"\d\d:\d\d, .+ a écrit :$", ln)]
    assert wrote, "TXT : ligne « Le … a écrit : » absente"
    assert sum(1 for ln in lines if ln.startswith("> ")) >= 30, "TXT : lignes citées « > » trop rares"
    assert len(re.findall(r"0[36] 99 00 \d\d \d\d", raw)) >= 5, "TXT : numéros de téléphone absents"
    blocks = re.split(r"\n(?:>[> ]*)?\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        entry = cat.get(fn, {})
        if ext == ".vtt":
            units = read_vtt(path, entry.get("speakers", ()))
        elif ext in (".pdf", ".odt", ".ods", ".html", ".md", ".txt"):
            units = {".pdf": read_pdf_notes, ".odt": read_odt, ".ods": read_ods, ".html": read_html,
                     ".md": read_md, ".txt": read_txt}[ext](path)
        else:
            continue
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]


# ---------------------------------------------------------------- contrôles
def check_catalog(docs, errors):
    cat = load_catalog()
    files = {d["file"] for d in docs.values()}
    for fn in files - set(cat):
        errors.append("catalogue : fichier absent du catalogue : %s" % fn)
    for fn in set(cat) - files:
        errors.append("catalogue : entrée sans fichier : %s" % fn)
    exts = sorted(os.path.splitext(fn)[1] for fn in files)
    if exts != EXPECTED_EXTS:
        errors.append("catalogue : types de fichiers inattendus %s" % exts)
    for fn, e in cat.items():
        for k in CATALOG_KEYS:
            if k not in e:
                errors.append("catalogue : %s sans clé %s" % (fn, k))
        if e.get("kind") not in CATALOG_KINDS:
            errors.append("catalogue : %s kind invalide %r" % (fn, e.get("kind")))
        if not re.match(r"^\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+\.[a-z]+$", fn):
            errors.append("catalogue : nom de fichier non conforme %s" % fn)
        if str(e.get("date")) != fn[:10]:
            errors.append("catalogue : date %s différente du préfixe de %s" % (e.get("date"), fn))
        for key in ("url", "replay"):
            if key in e and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e[key]):
                errors.append("catalogue : %s hors .example pour %s" % (key, fn))
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay") and e.get("event")):
            errors.append("catalogue : transcription sans speakers, replay ou event : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    by_ext = {os.path.splitext(fn)[1]: e.get("kind") for fn, e in cat.items()}
    if by_ext.get(".vtt") != "transcript" or by_ext.get(".pdf") != "slides" or by_ext.get(".html") != "webpage":
        errors.append("catalogue : .vtt = transcript, .pdf = slides et .html = webpage attendus")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".vtt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription VTT" % qid)
            return
        first = norm(q["evidence"][0][0])
        starts = [k for k, t in docs[doc]["units"] if contains(t, first)]
        if not starts:
            errors.append("%s : première preuve absente des repères" % qid)
        elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
            errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts[:5]))
        return
    if "at" in q:
        errors.append("%s : « at » interdit hors transcription" % qid)


def check_questions(docs, errors, verbose=True):
    qs = []
    with open(QUESTIONS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("questions : ligne %d JSON invalide (%s)" % (i, e))
    if len(qs) != N_QUESTIONS:
        errors.append("questions : %d questions au lieu de %d" % (len(qs), N_QUESTIONS))
    ids = [q.get("id") for q in qs]
    if ids != ["%s-%02d" % (PREFIX, i) for i in range(1, len(qs) + 1)]:
        errors.append("questions : identifiants non séquentiels ou dupliqués")
    per_doc = {s: 0 for s in docs}
    n_unans = n_en = 0
    allowed = {"id", "question", "evidence", "doc", "kind", "at"}
    seen_q = set()
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - allowed:
            errors.append("%s : champs inattendus %s" % (qid, set(q) - allowed))
        if q.get("question") in seen_q:
            errors.append("%s : question en double" % qid)
        seen_q.add(q.get("question"))
        if q.get("kind") not in KINDS:
            errors.append("%s : kind invalide %r" % (qid, q.get("kind")))
        if q.get("kind") == "crosslingual":
            n_en += 1
        if q.get("kind") == "unanswerable":
            n_unans += 1
            if q.get("evidence") != [] or q.get("doc") is not None or "at" in q:
                errors.append("%s : question sans réponse mal formée" % qid)
            continue
        if not q.get("evidence"):
            errors.append("%s : pas de preuve" % qid)
            continue
        doc = q.get("doc")
        if doc != "*" and doc not in docs:
            errors.append("%s : doc inconnu %r" % (qid, doc))
            continue
        if doc in per_doc:
            per_doc[doc] += 1
        for g_i, group in enumerate(q["evidence"]):
            if not isinstance(group, list) or not group or len(group) > 3:
                errors.append("%s : groupe de preuves %d vide ou mal formé" % (qid, g_i))
                continue
            for alt in group:
                nw = len(alt.split())
                if nw < 2 or nw > 8:
                    errors.append("%s : alternative de %d mots (2 à 8 attendus) : %r" % (qid, nw, alt))
                targets = list(docs) if doc == "*" else [doc]
                found = [(t, find_in(docs[t], alt)) for t in targets]
                found = [(t, h) for t, h in found if h]
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                elif verbose:
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[11:40], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        check_at(q, doc, docs, errors)
    if n_unans != N_UNANSWERABLE:
        errors.append("questions : %d sans réponse au lieu de %d" % (n_unans, N_UNANSWERABLE))
    if n_en != N_ENGLISH:
        errors.append("questions : %d en anglais au lieu de %d" % (n_en, N_ENGLISH))
    for s, n in per_doc.items():
        if n < 3:
            errors.append("questions : le document %s n'est cité que par %d questions" % (s, n))
    for term in ABSENT:
        t = norm(term)
        for s, d in docs.items():
            if any(contains(u, t) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


def main():
    docs = load_corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for k, t in docs[sys.argv[2]]["units"]:
            print("[%s] %s" % (k, t))
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for s, d in docs.items():
            h = find_in(d, sys.argv[2])
            if h:
                print(s, h[:10])
        return 0
    errors = []
    check_catalog(docs, errors)
    if not os.path.exists(QUESTIONS):
        print("questions.jsonl absent : seuls le corpus et le catalogue ont été contrôlés.")
        for t in ABSENT:
            for s, d in docs.items():
                if any(contains(u, norm(t)) for _, u in d["units"]):
                    errors.append("ABSENT : %r figure dans %s" % (t, s))
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".vtt"]
    cues = parse_vtt(vtt[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription VTT : %.0f s, %d repères" % (cues[-1][2], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
