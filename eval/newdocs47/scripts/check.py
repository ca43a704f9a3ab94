# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs47.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire ; odfpy,
reportlab et le mini-écrivain SpreadsheetML des générateurs ne sont pas importés) :
- HTML : BeautifulSoup ; une unité par <div role="tabpanel"> (clé = id du panneau, le panneau masqué compris)
  et une unité « hors onglets » pour le reste de la page visible (sans script / style / head) ; contrôle des
  onglets (au moins trois panneaux, exactement un avec l'attribut hidden, autant de boutons role=tab), du
  tableau avec légende et du bandeau cookies ;
- SRT : blocs séparés par une ligne vide, numéro croissant, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux
  lignes de 42 caractères au plus ; une unité = un repère joint au repère suivant (une preuve peut chevaucher une
  coupure), clé = début du premier repère ; contrôle de la durée (18 à 22 minutes), des étiquettes « [Nom] »
  (les trois orateurs du catalogue, jamais deux fois de suite la même étiquette, chaque changement d'orateur
  étiqueté au moins 20 fois) et des repères coupés au milieu des phrases (au moins la moitié des repères ne se
  terminent pas par . ? ! ») ;
- ODT : archive zip lue à la main ; content.xml, tous les <text:p> et <text:h> ; unités « corps », « encadré »
  (zones de texte des cadres), « notes » (notes de bas de page), « en-tête et pied » (styles.xml) ; contrôle de la
  liste numérotée (style de liste à numéros, au moins huit étapes), de l'encadré, d'une note de bas de page, du
  tableau des contacts et du champ numéro de page ;
- XLSX : archive zip lue à la main (workbook.xml, relations, sharedStrings, feuilles) ; une unité par ligne
  (« Feuille!n », cellules non vides jointes par une espace, nombres entiers sans décimale) ; contrôle des deux
  feuilles, des cellules fusionnées, de la ligne « Total » recalculée à partir des lignes du tableau, et de la
  liste des séances (dates en toutes lettres, au moins 20 séances) ;
- ODP : archive zip lue à la main ; pour chaque draw:page une unité « diapo n » (sans les notes) et une unité
  « notes n » (presentation:notes) ; contrôle d'au moins huit diapositives, de notes sur chacune, d'au moins trois
  tableaux dont un avec ligne « Total » ;
- PDF : pypdf, une unité par page ; contrôle du format portrait, de 5 ou 6 pages, de « page x sur N » sur chaque
  page, du sommaire en page 1, du tableau des agents formés (ligne Total recalculée) et de l'annexe « Glossaire
  des sigles » ;
- MD : texte brut ; une unité par section « ### » (clé = question) plus l'introduction ; contrôle d'au moins
  douze questions en « ### », de réponses en puces et d'un tableau pipe avec ligne de séparation.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début d'un repère qui contient la première alternative
du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Contrôles « seulement là » (ONLY_IN) : certains faits ne doivent se trouver que dans les notes de l'orateur, un
encadré, une note de bas de page, un panneau masqué ou une cellule précise ; on vérifie leur emplacement.

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n47-01 à
n47-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                          (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER       (contrôle d'un brouillon)
        python check.py --dump NOM                (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"           (documents / unités où la phrase apparaît)
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
EXPECTED_EXTS = sorted([".html", ".srt", ".odt", ".xlsx", ".odp", ".pdf", ".md"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n47"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "roquebrune", "chsct", "f3sct", "comite d'hygiene", "pssm", "premiers secours en sante mentale",
          "absenteisme", "taux d'absence", "premier trimestre 2026", "t1 2026", "fnp", "fonds national de prevention",
          "cnracl"]

# faits qui ne doivent se trouver qu'à un endroit précis : (document, phrase, motif de clé d'unité, hors corpus ?)
# le dernier champ indique si la phrase doit aussi être absente de tous les autres documents
ONLY_IN = [
    ("2026-02-05_clsm-montvales_copil-bilan-2025", "accueil social sur rendez-vous depuis avril 2025", r"^notes ", True),
    ("2026-02-05_clsm-montvales_copil-bilan-2025", "premier jeudi du mois", r"^notes ", True),
    ("2026-02-05_clsm-montvales_copil-bilan-2025", "92 % de participants satisfaits", r"^notes ", True),
    ("2026-02-05_clsm-montvales_copil-bilan-2025", "confirmée par courrier du 12 janvier 2026", r"^notes ", True),
    ("2026-02-05_clsm-montvales_copil-bilan-2025", "Coût du marché en 2025 : 21 600 € TTC", r"^notes ", True),
    ("2025-12-01_ville-montvales_procedure-apres-agression-agent", "transmis à la DRH dans les 48 heures",
     r"^encadre$", True),
    ("2025-12-01_ville-montvales_procedure-apres-agression-agent", "dans les 15 jours qui suivent l'agression",
     r"^encadre$", True),
    ("2025-12-01_ville-montvales_procedure-apres-agression-agent", "en moyenne en 12 jours", r"^notes$", True),
    ("2025-09-15_metropole-val-durance_sante-securite-agents-proximite", "233 appels reçus par Allô Soutien",
     r"^panel-chiffres$", True),
    ("2025-09-15_metropole-val-durance_sante-securite-agents-proximite", "1 046 signalements d'incidents",
     r"^panel-chiffres$", False),
    ("2026-01-20_clsm-montvales_incidents-et-seances-gapp", "reportée au mercredi 12 novembre 2025",
     r"^Séances GAPP 2025-2026!\d+$", True),
    ("2026-01-20_clsm-montvales_incidents-et-seances-gapp", "travailleurs sociaux des maisons départementales",
     r"^Incidents signalés!\d+$", True),
    ("2026-02-16_clsm-montvales_rapport-sante-travail-premiere-ligne-2025", "ne sont pas comptés ici", r"^2$", True),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
def read_html(path, entry):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    panels = soup.select('div[role="tabpanel"]')
    tabs = soup.select('[role="tab"]')
    assert len(panels) >= 3 and len(tabs) == len(panels), "onglets : panneaux et boutons role=tab attendus"
    hidden = [p for p in panels if p.has_attr("hidden")]
    assert len(hidden) == 1, "exactement un panneau masqué (hidden) attendu (%d)" % len(hidden)
    assert {t.get("aria-controls") for t in tabs} == {p.get("id") for p in panels}, "onglets sans panneau"
    assert soup.select_one("#cookie-banner") and soup.select_one("#cookie-banner button"), "bandeau cookies absent"
    tab = soup.select_one('div[role="tabpanel"] table')
    assert tab is not None and tab.select_one("caption") and len(tab.select("tbody tr")) >= 3, "tableau absent"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    units = [(p.get("id"), p.get_text(" ")) for p in panels]
    for p in panels:
        p.decompose()
    units.append(("hors onglets", soup.get_text(" ")))
    return units


SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")
SRT_LABEL = re.compile(r"^\[([^\]]+)\] ")


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert "\r" not in raw and not raw.startswith("\ufeff"), "SRT : fins de ligne ou BOM inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %r au lieu de %d" % (lines[0], n)
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d : %r" % (n, lines[1])
        text = lines[2:]
        assert 1 <= len(text) <= 2 and all(len(x) <= 42 for x in text), "repère %d : 1-2 lignes de 42 car." % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères SRT qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(text)))
    return cues


def read_srt(path, entry):
    cues = parse_srt(path)
    assert 1080 <= cues[-1][1] <= 1320, "durée hors de 18 à 22 minutes (%.0f s)" % cues[-1][1]
    labels = [SRT_LABEL.match(t).group(1) for _, _, t in cues if SRT_LABEL.match(t)]
    assert set(labels) == set(entry.get("speakers", ())) and len(set(labels)) == 3, "trois orateurs nommés attendus"
    assert all(a != b for a, b in zip(labels, labels[1:])), "étiquette répétée sans changement d'orateur"
    assert len(labels) >= 20, "trop peu de changements d'orateur étiquetés"
    body = [t for _, _, t in cues if not t.startswith("[Musique")]
    cut = [t for t in body if not re.search(r"[.?!»]$", t)]
    assert len(cut) >= len(body) / 2, "repères non coupés au milieu des phrases"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
PR = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"


def _odf_inline(el):
    """Texte d'un paragraphe ODF sans les notes ni les cadres qu'il porte."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag in (TX + "tab", TX + "line-break"):
            out.append(" ")
        elif ch.tag in (TX + "note", DR + "frame"):
            pass
        else:
            out.append(_odf_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def _paras(el):
    return [_odf_inline(p) for p in el.iter() if p.tag in (TX + "p", TX + "h")]


def _odf_zip(path, mime):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == mime, "type MIME ODF inattendu"
        return ET.fromstring(z.read("content.xml")), ET.fromstring(z.read("styles.xml"))


def read_odt(path, entry):
    root, styles = _odf_zip(path, b"application/vnd.oasis.opendocument.text")
    office_text = root.find(".//" + OF + "text")
    notes = office_text.findall(".//" + TX + "note")
    assert notes and all(n.get(TX + "note-class") == "footnote" for n in notes), "note de bas de page absente"
    boxes = office_text.findall(".//" + DR + "text-box")
    assert boxes, "encadré (zone de texte) absent"
    numbered = {ls.get(ST + "name") for ls in root.iter(TX + "list-style")
                if ls.find(TX + "list-level-style-number") is not None}
    top = [l for l in office_text.findall(TX + "list") if l.get(TX + "style-name") in numbered]
    assert top and len(top[0].findall(TX + "list-item")) >= 8, "liste numérotée d'au moins huit étapes absente"
    tables = office_text.findall(".//" + TB + "table")
    assert tables and len(tables[0].findall(TB + "table-row")) >= 6, "tableau des contacts absent"
    assert "Téléphone" in " ".join(_paras(tables[0])), "colonne Téléphone absente du tableau des contacts"
    assert styles.find(".//" + TX + "page-number") is not None, "champ numéro de page absent"
    box_text = "\n".join(p for b in boxes for p in _paras(b))
    note_text = "\n".join(p for n in notes for p in _paras(n.find(TX + "note-body")))
    # corps : tout sauf le contenu des cadres et des notes
    skip = set()
    for b in boxes:
        skip.update(id(x) for x in b.iter())
    for n in notes:
        skip.update(id(x) for x in n.iter())
    body = "\n".join(_odf_inline(p) for p in office_text.iter()
                     if p.tag in (TX + "p", TX + "h") and id(p) not in skip)
    hf = []
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            hf += _paras(part)
    return [("corps", body), ("encadre", box_text), ("notes", note_text), ("en-tete et pied", "\n".join(hf))]


def read_odp(path, entry):
    root, _ = _odf_zip(path, b"application/vnd.oasis.opendocument.presentation")
    pages = root.findall(".//" + DR + "page")
    assert len(pages) >= 8, "au moins huit diapositives attendues"
    units, ntables, total = [], 0, False
    for i, pg in enumerate(pages, 1):
        notes = pg.find(PR + "notes")
        assert notes is not None and "".join(_paras(notes)).strip(), "diapositive %d sans notes" % i
        nid = {id(x) for x in notes.iter()}
        slide = [_odf_inline(p) for p in pg.iter() if p.tag in (TX + "p", TX + "h") and id(p) not in nid]
        for t in pg.iter(TB + "table"):
            ntables += 1
            for row in t.iter(TB + "table-row"):
                cells = ["".join(_paras(c)) for c in row.findall(TB + "table-cell")]
                total = total or (cells and cells[0].startswith("Total"))
        units.append(("diapo %d" % i, "\n".join(slide)))
        units.append(("notes %d" % i, "\n".join(_paras(notes))))
    assert ntables >= 3 and total, "au moins trois tableaux, dont un avec ligne Total, attendus"
    return units


SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


def _col(ref):
    c = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        c = c * 26 + ord(ch) - 64
    return c


def read_xlsx(path, entry):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(RL + "Relationship")}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(SS + "si"):
                shared.append("".join(t.text or "" for t in si.iter(SS + "t")))
        sheets = []
        for sh in wb.iter(SS + "sheet"):
            xml = ET.fromstring(z.read("xl/" + target[sh.get(RID)].lstrip("/").replace("xl/", "")))
            rows = []
            for row in xml.iter(SS + "row"):
                vals = {}
                for c in row.iter(SS + "c"):
                    v = c.find(SS + "v")
                    if v is None:
                        continue
                    if c.get("t") == "s":
                        val = shared[int(v.text)]
                    else:
                        f = float(v.text)
                        val = int(f) if f.is_integer() else f
                    vals[_col(c.get("r"))] = val
                rows.append((int(row.get("r")), vals))
            merges = [m.get("ref") for m in xml.iter(SS + "mergeCell")]
            sheets.append((sh.get("name"), rows, merges))
    assert len(sheets) == 2, "deux feuilles attendues"
    (n1, rows1, m1), (n2, rows2, m2) = sheets
    assert len(m1) >= 2 and m2, "cellules fusionnées (titres) attendues"
    # ligne Total = somme des lignes du tableau entre l'en-tête et elle
    hdr = next(i for i, (_, v) in enumerate(rows1) if v.get(1) == "Structure")
    tot = next(i for i, (_, v) in enumerate(rows1) if str(v.get(1, "")).startswith("Total"))
    data = [v for _, v in rows1[hdr + 1:tot]]
    for col, val in rows1[tot][1].items():
        if isinstance(val, (int, float)):
            assert val == sum(d.get(col, 0) for d in data), "ligne Total fausse (colonne %d)" % col
    dates = [v for _, v in rows2 if re.match(r"^(lundi|mardi|mercredi|jeudi|vendredi) \d+ (%s) 20\d\d$" % MONTHS,
                                                 str(v.get(2, "")))]
    assert len(dates) >= 20, "liste des séances (dates en toutes lettres) trop courte"
    units = []
    for name, rows, _ in sheets:
        for r, vals in rows:
            units.append(("%s!%d" % (name, r), " ".join(str(vals[k]) for k in sorted(vals))))
    return units


def read_pdf(path, entry):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 5 <= n <= 6, "5 ou 6 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        assert float(p.mediabox.height) > float(p.mediabox.width), "page %d non portrait" % i
        t = p.extract_text() or ""
        assert "page %d sur %d" % (i, n) in t, "« page %d sur %d » absent" % (i, n)
        units.append((i, t))
    first = norm(units[0][1])
    assert "sommaire" in first and re.search(r"contexte et enjeux( \d+)?", first), "sommaire absent en page 1"
    alltext = "\n".join(norm(t) for _, t in units)
    m = re.search(r"total (\d+) (\d+) (\d+) (\d+)", alltext)
    assert m and int(m.group(1)) + int(m.group(2)) + int(m.group(3)) == int(m.group(4)), "total des formés faux"
    assert "glossaire des sigles" in norm(units[-1][1]), "annexe glossaire absente de la dernière page"
    return units


def read_md(path, entry):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    heads = re.findall(r"^### (.+)$", raw, re.M)
    assert len(heads) >= 12, "au moins douze questions en « ### » attendues"
    assert len(re.findall(r"^- ", raw, re.M)) >= 30, "réponses en puces attendues"
    assert re.search(r"^\|.+\|\n\|(-+\|)+$", raw, re.M), "tableau pipe absent"
    parts = re.split(r"^### ", raw, flags=re.M)
    units = [("introduction", parts[0])]
    for p in parts[1:]:
        units.append((p.split("\n", 1)[0], p))
    return units


READERS = {".html": read_html, ".srt": read_srt, ".odt": read_odt, ".odp": read_odp, ".xlsx": read_xlsx,
           ".pdf": read_pdf, ".md": read_md}


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext not in READERS:
            continue
        units = READERS[ext](os.path.join(CORPUS, fn), cat.get(fn, {}))
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
    want = {".srt": "transcript", ".odp": "slides", ".pdf": "report", ".html": "webpage"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in want and e.get("kind") != want[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, want[ext]))


def check_phones(errors):
    """Numéros de téléphone fictifs seulement (03 99 00 xx xx / 06 99 00 xx xx) et domaines .example."""
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith((".xlsx", ".odt", ".odp")):
            with zipfile.ZipFile(path) as z:
                raw = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        elif fn.endswith(".pdf"):
            raw = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
        else:
            with open(path, encoding="utf-8") as f:
                raw = f.read()
        for m in re.finditer(r"(?<![\d,])0\d(?: \d\d){4}(?!\d)", raw):
            if not re.match(r"0[36] 99 00 ", m.group(0)):
                errors.append("numéro non fictif %s dans %s" % (m.group(0), fn))
        for m in re.finditer(r"[\w.-]+@([\w.-]+)", raw):
            if not m.group(1).endswith(".example"):
                errors.append("adresse hors .example %s dans %s" % (m.group(0), fn))


def check_only_in(docs, errors):
    for stem, phrase, pat, corpus_wide in ONLY_IN:
        hits = find_in(docs[stem], phrase)
        if not hits:
            errors.append("ONLY_IN : %r absent de %s" % (phrase, stem))
        elif not all(re.search(pat, str(k)) for k in hits):
            errors.append("ONLY_IN : %r hors de l'emplacement attendu %s (%s)" % (phrase, pat, hits))
        if corpus_wide:
            for s, d in docs.items():
                if s != stem and find_in(d, phrase):
                    errors.append("ONLY_IN : %r aussi dans %s" % (phrase, s))


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".srt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription SRT" % qid)
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
        cited = set()
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
                cited.update(t for t, _ in found)
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                elif verbose:
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[11:40], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        if doc == "*":
            if len(cited) < 2:
                errors.append("%s : doc « * » mais preuves trouvées dans un seul document" % qid)
            for t in cited:
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
    check_phones(errors)
    check_only_in(docs, errors)
    if not os.path.exists(QUESTIONS):
        print("questions.jsonl absent : seuls le corpus et le catalogue ont été contrôlés.")
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    srt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".srt"]
    cues = parse_srt(srt[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document (« * » compris) :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription SRT : %.0f s, %d repères" % (cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
