# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs52.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- Markdown : texte brut ; contrôle du front matter YAML (clés title, organisme, version, adoptee_le), des
  tableaux à barres verticales (ligne de séparation |---|), des encadrés « > **Important** : », de la liste
  numérotée des étapes (1. à 7.) ; une unité par bloc séparé par une ligne vide (front matter compris) ;
- PDF (reportlab) : pypdf, une unité par page ; contrôle de « Page n/N » sur chaque page, de l'en-tête courant
  (PR-PSY-014) sur chaque page, des sections à deux niveaux (1.1, 2.1…), des notes de bas de page (« n. » en
  début de ligne) et de l'arbre de décision (page « Arbre de décision » avec étiquettes oui / non) ;
- DOCX : archive zip lue à la main ; word/document.xml parcouru dans l'ordre (paragraphes w:p et tableaux
  w:tbl) ; une unité par paragraphe et une par ligne de tableau (cellules jointes par « | ») ; en-têtes et pieds
  lus dans word/header*.xml et word/footer*.xml ; contrôle des neuf titres « Article n – … » (style Heading1)
  dans l'ordre, de « Article 1 – Objet » et « Article 9 – Durée », du tableau des contacts en annexe et du
  tableau des signatures en dernier élément du corps (colonnes Signataire / Nom / Fonction / Date) ;
- MHTML : module email de la bibliothèque standard ; contrôle de multipart/related, de la partie HTML en
  quoted-printable, d'une ressource image ; texte visible par BeautifulSoup (sans script / style / head) ;
  contrôle de la FAQ en <details>/<summary> (au moins cinq), du bandeau cookies et de la barre « Partager » ;
  une unité pour la page ;
- SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm » ; une unité = un repère joint
  aux deux repères suivants (une preuve peut chevaucher les coupures), clé = début du premier repère ; contrôle
  de la durée (15 à 25 minutes), du nombre de repères, des étiquettes d'orateur (une par personne du catalogue,
  une seule fois chacune), des balises [Musique] et [Applaudissements] et des coupures au milieu des phrases ;
- ODS : archive zip lue à la main ; content.xml, feuilles, lignes et cellules (attributs de répétition
  développés), texte des <text:p> hors commentaires ; commentaires de cellule (office:annotation) relus comme
  unités à part ; une unité par ligne (« feuille:ligne ») ; contrôle des feuilles, de la ligne Total de chaque
  feuille mensuelle (somme des mois), des totaux de la Synthèse (égaux aux lignes Total), des pourcentages
  (valeurs office:value) et de la colonne « dont Val-Fleuri » (jamais supérieure au total du mois) ;
- TXT : une unité par bloc séparé par une ligne vide ; contrôle des listes PRÉSENTS / EXCUSÉS, d'au moins trois
  décisions « → », du tableau « Qui | Quoi | Pour quand », de la mention Jitsi et de la prochaine réunion datée.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .sbv (début d'un repère dont l'unité contient la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n52-01 à
n52-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, par ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import email
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from email import policy

import pypdf
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
EXPECTED_EXTS = sorted([".md", ".pdf", ".docx", ".mhtml", ".sbv", ".ods", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n52"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "calvados", "cispd", "clspd", "prevention de la delinquance", "cump",
          "urgence medico psychologique", "pssm jeunes", "module jeunes", "contention", "coteaux"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : liste d'unités (clé, texte)
def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
    assert m, "front matter YAML absent"
    keys = {ln.split(":", 1)[0].strip() for ln in m.group(1).split("\n") if ":" in ln}
    for k in ("title", "organisme", "version", "adoptee_le"):
        assert k in keys, "clé %s absente du front matter" % k
    lines = raw.split("\n")
    assert sum(1 for ln in lines if re.match(r"^\|(\s*:?-{3,}:?\s*\|)+\s*$", ln)) >= 3, "tableaux à barres absents"
    assert sum(1 for ln in lines if re.match(r"^> \*\*(Important|Attention|Rappel)\*\* :", ln)) >= 3, "encadrés"
    steps = [int(x.group(1)) for x in (re.match(r"^(\d+)\. ", ln) for ln in lines) if x]
    assert steps[:7] == list(range(1, 8)), "liste numérotée des étapes 1 à 7 absente"
    assert re.search(r"^# ", raw, re.M) and re.search(r"^### ", raw, re.M), "titres Markdown"
    return [(i, b) for i, b in enumerate(re.split(r"\n\s*\n", raw), 1)]


def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 2 <= n <= 6, "2 à 6 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "Page %d/%d" % (i, n) in t, "« Page %d/%d » absent" % (i, n)
        assert "PR-PSY-014" in t.split("\n")[0], "en-tête courant absent page %d" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    subs = set(re.findall(r"^(\d\.\d) [A-ZÀ-ÖL]", alltext, re.M))
    assert len(subs) >= 8 and {"1.1", "1.2", "2.1"} <= subs, "sections à deux niveaux absentes (%s)" % subs
    notes = set(re.findall(r"^(\d)\. [A-Z]", alltext, re.M))
    assert len(notes) >= 6, "notes de bas de page absentes"
    tree = [t for _, t in units if "Arbre de décision" in t]
    assert tree and len(re.findall(r"^oui$", tree[0], re.M)) >= 3 and len(re.findall(r"^non$", tree[0], re.M)) >= 3, \
        "arbre de décision (cases et flèches oui / non) absent"
    return units


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _wtext(el):
    out = []
    for node in el.iter():
        if node.tag == W + "t":
            out.append(node.text or "")
        elif node.tag in (W + "tab", W + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
        extra = [ET.fromstring(z.read(n)) for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n)]
    units, heads, elems = [], [], []
    for el in body:
        if el.tag == W + "p":
            style = el.find("%spPr/%spStyle" % (W, W))
            sname = style.get(W + "val") if style is not None else ""
            t = _wtext(el)
            if sname.startswith("Heading") or sname.startswith("Titre"):
                heads.append((sname, t))
            if t.strip():
                units.append(("p%d" % len(units), t))
                elems.append(("p", t))
        elif el.tag == W + "tbl":
            rows = []
            for tr in el.iter(W + "tr"):
                cells = [_wtext(tc).strip() for tc in tr.iter(W + "tc")]
                rows.append(cells)
                units.append(("t%d" % len(units), " | ".join(cells)))
            elems.append(("tbl", rows))
    for x in extra:
        t = " ".join(_wtext(p) for p in x.iter(W + "p"))
        if t.strip():
            units.append(("hf", t))
    arts = [t for s, t in heads if re.match(r"Article \d+ – ", t)]
    assert [re.match(r"Article (\d+)", t).group(1) for t in arts] == [str(i) for i in range(1, 10)], \
        "titres Article 1 à 9 absents ou désordonnés"
    assert arts[0] == "Article 1 – Objet" and arts[-1] == "Article 9 – Durée", "Article 1 – Objet / 9 – Durée"
    assert all(s == "Heading1" for s, t in heads if t in arts), "articles hors style Heading1"
    tables = [e[1] for e in elems if e[0] == "tbl"]
    assert any("Téléphone" in t[0] for t in tables), "tableau des contacts absent"
    assert elems[-1][0] == "tbl" and elems[-1][1][0] == ["Signataire", "Nom", "Fonction", "Date"], \
        "le tableau des signatures doit terminer le document"
    assert all(re.search(r"\d{4}$", r[3]) for r in elems[-1][1][1:]), "dates de signature absentes"
    assert any(h == "Annexe 1 – Contacts des référents" for _, h in heads), "annexe des contacts"
    return units


def read_mhtml(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.compat32)
    assert msg.get_content_type() == "multipart/related", "MHTML : multipart/related attendu"
    html_parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    assert len(html_parts) == 1, "une partie HTML attendue"
    part = html_parts[0]
    assert part.get("Content-Transfer-Encoding", "").lower() == "quoted-printable", "HTML non quoted-printable"
    assert any(p.get_content_maintype() == "image" for p in msg.walk()), "ressource image attendue"
    html = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    soup = BeautifulSoup(html, "html.parser")
    det = soup.select("details")
    assert len(det) >= 5 and all(d.find("summary") for d in det), "FAQ en accordéon <details>/<summary> absente"
    assert soup.select_one("#cookie-banner"), "bandeau cookies absent"
    share = soup.select_one(".share-bar")
    assert share and "Partager" in share.get_text() and len(share.find_all(["a", "button"])) >= 4, "barre Partager"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


SBV_TIME = re.compile(r"^(\d+):(\d\d):(\d\d)\.(\d{3}),(\d+):(\d\d):(\d\d)\.(\d{3})$")
LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")


def parse_sbv(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert "\r" not in raw and not raw.startswith("\ufeff"), "SBV : fins de ligne ou BOM inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        m = SBV_TIME.match(lines[0])
        assert m, "horodatage SBV invalide au repère %d : %r" % (n, lines[0])
        assert 1 <= len(lines) - 1 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères SBV qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[1:])))
    return cues


def read_sbv(path, speakers):
    cues = parse_sbv(path)
    assert len(cues) >= 200, "au moins 200 repères attendus (%d)" % len(cues)
    assert 900 <= cues[-1][1] <= 1500, "durée hors de 15 à 25 minutes (%.0f s)" % cues[-1][1]
    labels = [LABEL.match(t).group(1) for _, _, t in cues if LABEL.match(t)]
    assert sorted(labels) == sorted(s.upper() for s in speakers), "étiquettes d'orateur %s" % labels
    texts = [t for _, _, t in cues]
    assert "[Musique]" in texts and "[Applaudissements]" in texts, "balises [Musique] / [Applaudissements]"
    speech = [t for t in texts if not t.startswith("[")]
    cut = [t for t in speech if not re.search(r"[.?!»]$", t)]
    assert len(cut) >= 0.6 * len(speech), "repères coupés au milieu des phrases attendus"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = " ".join(c[2] for c in cues[i + 1:i + 3])
        units.append((round(s, 3), t + " " + nxt))
    return units


TS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _cell_text(tc):
    return " ".join("".join(p.itertext()) for p in tc.findall(TX + "p"))


def read_ods_sheets(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet", "type MIME ODS"
        root = ET.fromstring(z.read("content.xml"))
    sheets = {}
    notes = []
    for tb in root.iter(TS + "table"):
        rows = []
        for tr in tb.findall(TS + "table-row"):
            cells = []
            for tc in tr:
                if tc.tag not in (TS + "table-cell", TS + "covered-table-cell"):
                    continue
                rep = int(tc.get(TS + "number-columns-repeated", "1"))
                val = tc.get(OF + "value")
                cells += [(_cell_text(tc), float(val) if val is not None else None, tc.get(OF + "value-type"))] * rep
                for a in tc.findall(OF + "annotation"):
                    notes.append((tb.get(TS + "name"), " ".join("".join(p.itertext()) for p in a.iter(TX + "p"))))
            rows += [cells] * int(tr.get(TS + "number-rows-repeated", "1"))
        sheets[tb.get(TS + "name")] = rows
    return sheets, notes


def read_ods(path):
    sheets, notes = read_ods_sheets(path)
    expected = ["Lisez-moi", "2024 par mois", "2025 par mois", "Synthèse", "Origine des saisines"]
    assert list(sheets) == expected, "feuilles inattendues %s" % list(sheets)
    totals = {}
    for year in (2024, 2025):
        rows = sheets["%d par mois" % year]
        hdr = [c[0] for c in rows[1]]
        assert hdr[-2:] == ["Total", "dont Val-Fleuri (QPV)"], "en-tête de la feuille %d" % year
        months = [r for r in rows if re.match(r"^\w+ %d$" % year, r[0][0]) and not r[0][0].startswith("Total")]
        assert len(months) == 12, "douze mois attendus en %d" % year
        tot = [r for r in rows if r[0][0] == "Total %d" % year]
        assert len(tot) == 1, "ligne Total %d absente" % year
        for j in range(1, len(hdr)):
            s = sum(r[j][1] for r in months)
            assert s == tot[0][j][1], "Total %d faux pour %s" % (year, hdr[j])
        for r in months:
            assert sum(c[1] for c in r[1:-2]) == r[-2][1] and r[-1][1] <= r[-2][1], "ligne %s incohérente" % r[0][0]
        totals[year] = {hdr[j]: tot[0][j][1] for j in range(1, len(hdr))}
    syn = sheets["Synthèse"]
    for r in syn:
        name = r[0][0]
        if name in totals[2024] or name == "Total des situations":
            key = "Total" if name == "Total des situations" else name
            assert r[1][1] == totals[2024][key] and r[3][1] == totals[2025][key], "Synthèse ≠ feuilles : %s" % name
            assert abs(r[2][1] - r[1][1] / totals[2024]["Total"]) < 1e-3, "pourcentage 2024 faux : %s" % name
            assert abs(r[4][1] - r[3][1] / totals[2025]["Total"]) < 1e-3, "pourcentage 2025 faux : %s" % name
            assert r[2][2] == "percentage" and r[4][2] == "percentage", "pourcentages non typés"
    qpv = [r for r in syn if r[0][0].startswith("dont habitants du QPV")]
    assert qpv and qpv[0][1][1] == totals[2024]["dont Val-Fleuri (QPV)"] and \
        qpv[0][3][1] == totals[2025]["dont Val-Fleuri (QPV)"], "ligne QPV de la Synthèse"
    org = sheets["Origine des saisines"]
    assert sum(r[1][1] for r in org[1:-1]) == totals[2024]["Total"] == org[-1][1][1], "origines 2024"
    assert sum(r[3][1] for r in org[1:-1]) == totals[2025]["Total"] == org[-1][3][1], "origines 2025"
    assert notes, "commentaire de cellule attendu"
    units = []
    for name, rows in sheets.items():
        for i, r in enumerate(rows, 1):
            units.append(("%s:%d" % (name, i), " ".join(c[0] for c in r if c[0])))
    units += [("%s:note" % s, t) for s, t in notes]
    return units


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    for lab in ("PRÉSENTS", "EXCUSÉS"):
        assert lab in lines, "liste %s absente" % lab
        k = lines.index(lab)
        assert lines[k + 1].startswith("- ") and lines[k + 2].startswith("- "), "liste %s vide" % lab
    assert sum(1 for ln in lines if ln.startswith("→ ")) >= 3, "décisions « → » absentes"
    hdr = [ln for ln in lines if re.match(r"^Qui\s*\|\s*Quoi\s*\|\s*Pour quand\s*$", ln)]
    assert hdr, "tableau Qui / Quoi / Pour quand absent"
    assert "Jitsi" in raw, "mention Jitsi absente"
    k = lines.index("PROCHAINE RÉUNION")
    assert re.match(r"^(Lundi|Mardi|Mercredi|Jeudi|Vendredi) \d+ \w+ 20\d\d", lines[k + 1]), "prochaine réunion"
    blocks = re.split(r"\n\s*\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    readers = {".md": read_md, ".pdf": read_pdf, ".docx": read_docx, ".mhtml": read_mhtml, ".ods": read_ods,
               ".txt": read_txt}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".sbv":
            units = read_sbv(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in readers:
            units = readers[ext](path)
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
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay")):
            errors.append("catalogue : transcription sans speakers ou replay : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    if [e.get("kind") for fn, e in cat.items() if fn.endswith(".sbv")] != ["transcript"]:
        errors.append("catalogue : le .sbv doit être typé transcript")
    if [e.get("kind") for fn, e in cat.items() if fn.endswith(".mhtml")] != ["webpage"]:
        errors.append("catalogue : le .mhtml doit être typé webpage")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".sbv":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription SBV" % qid)
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
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - allowed:
            errors.append("%s : champs inattendus %s" % (qid, set(q) - allowed))
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
        hit_docs = set()
        for g_i, group in enumerate(q["evidence"]):
            if not isinstance(group, list) or not 1 <= len(group) <= 3:
                errors.append("%s : groupe de preuves %d vide ou mal formé" % (qid, g_i))
                continue
            for alt in group:
                nw = len(alt.split())
                if nw < 2 or nw > 8:
                    errors.append("%s : alternative de %d mots (2 à 8 attendus) : %r" % (qid, nw, alt))
                targets = list(docs) if doc == "*" else [doc]
                found = [(t, find_in(docs[t], alt)) for t in targets]
                found = [(t, h) for t, h in found if h]
                hit_docs |= {t for t, _ in found}
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                elif verbose:
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[11:40], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        if doc == "*":
            if len(hit_docs) < 2:
                errors.append("%s : doc « * » mais preuves dans un seul document" % qid)
            for t in hit_docs:
                per_doc[t] += 1
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
    missing = [q["id"] for q in qs if q.get("kind") == "unanswerable"
               and not any(contains(norm(q["question"]), norm(t)) for t in ABSENT)]
    if missing:
        errors.append("questions sans réponse sans terme ABSENT : %s" % missing)
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
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    sbv = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".sbv"]
    cues = parse_sbv(sbv[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document (y compris « * ») :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription SBV : %.0f s, %d repères" % (cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
