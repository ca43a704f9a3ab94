# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs51.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture — python-docx,
python-pptx, openpyxl, odfpy — n'est utilisée pour relire : les formats Office et OpenDocument sont lus comme des
archives zip, avec xml.etree) :
- SRT : blocs séparés par une ligne vide (numéro, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes) ; une
  unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier
  repère ; contrôle de la durée (22 à 27 minutes), de la numérotation, des repères qui se chevauchent (au moins
  trois), des étiquettes d'orateur en capitales (les quatre noms du catalogue et une auditrice, seulement en début
  de repère, jamais deux fois de suite pour la même personne, sauf de part et d'autre d'un jingle) ;
- DOCX : word/document.xml parcouru dans l'ordre (w:t, w:tab = espace, fin de w:p = saut de ligne ; le texte des
  zones de texte w:txbxContent est lu à sa place) ; en-têtes et pieds de page, notes de fin (word/endnotes.xml) ;
  contrôle du champ TOC, du champ PAGE, d'au moins trois zones de texte, d'au moins trois notes de fin appelées
  dans le texte, d'un tableau à cellules fusionnées (gridSpan = 2 et vMerge) ;
- HTML : BeautifulSoup (sans script / style / head) ; contrôle du menu d'accessibilité (liens d'évitement), du fil
  d'Ariane en <ol>, du bloc « Chiffres clés » en <div> (quatre au moins), d'un tableau avec rowspan et colspan ;
- XLSX : xl/workbook.xml, relations, sharedStrings, feuilles (cellules partagées, en ligne, nombres ; dates
  converties en jj/mm/aaaa d'après le format de cellule), commentaires (xl/comments*.xml reliés à leur feuille) ;
  une unité par ligne (« feuille!ligne ») et par commentaire ; contrôle des lignes « Sous-total T1 » à
  « Sous-total T4 » (somme des trois mois), de la ligne « Total 2025 » (somme des sous-totaux), d'au moins un
  commentaire, de la seconde feuille de maraudes par nuit et de la cohérence des nuits et des rencontres par mois ;
- PPTX : ppt/presentation.xml (ordre des diapositives), relations, texte a:t de chaque diapositive (formes,
  groupes, tableaux) et de ses notes (reliées par la relation notesSlide, pas par le numéro de fichier) ;
  contrôle de 15 diapositives, d'au moins deux diapositives avec des formes groupées portant du texte, d'un seul
  tableau, d'au moins dix pages de notes, d'une diapositive à espace réservé d'image dont tout le texte est dans
  une zone de texte hors espace réservé ;
- CSV : module csv (séparateur virgule, UTF-8 sans BOM) ; une unité par ligne ; contrôle de l'en-tête, du nombre
  de champs, des champs entre guillemets contenant une virgule (dont « Centre, hébergement »), d'un téléphone,
  d'horaires et d'un public sur chaque ligne ;
- ODP : content.xml ; une unité par diapositive (cadres hors notes) et une par page de notes ; contrôle de
  12 diapositives, de notes sur chacune, de la frise (ligne, au moins cinq pastilles et cadres datés).
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n51-01 à
n51-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle d'un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import csv
import datetime as dt
import io
import json
import os
import posixpath
import re
import sys
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

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
EXPECTED_EXTS = sorted([".srt", ".docx", ".html", ".xlsx", ".pptx", ".csv", ".odp"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n51"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2020", "hautecourt", "chez-soi d'abord", "chez soi d'abord", "logement d'abord", "housing first",
          "lhss", "lits halte", "premier trimestre 2026", "t1 2026", "pension de famille", "maison relais",
          "moins de 30 ans", "de 30 ans"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- SRT
SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")
LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' ,-]+[A-ZÀ-ÖØ-Þ]) : ")


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff"), "SRT : BOM inattendu"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numérotation SRT rompue au bloc %d" % n
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d : %r" % (n, lines[1])
        assert 1 <= len(lines) - 2 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][0], "repères SRT non ordonnés au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    assert 1320 <= cues[-1][1] <= 1620, "durée hors de 22 à 27 minutes (%.0f s)" % cues[-1][1]
    overlaps = sum(1 for a, b in zip(cues, cues[1:]) if b[0] < a[1])
    assert overlaps >= 3, "au moins trois repères qui se chevauchent attendus (%d)" % overlaps
    allowed = {s.upper() for s in speakers}
    labels = [(i, LABEL.match(t).group(1)) for i, (_, _, t) in enumerate(cues) if LABEL.match(t)]
    names = {lab for _, lab in labels}
    listeners = {lab for lab in names - allowed if "AUDIT" in lab}
    assert allowed <= names and len(allowed) == 4, "animatrice et trois invités nommés attendus"
    assert names - allowed == listeners and len(listeners) == 1, "étiquettes inattendues %s" % (names - allowed)
    assert len(labels) < len(cues) / 2, "le nom ne doit figurer qu'en début de prise de parole"
    for (i, a), (j, b) in zip(labels, labels[1:]):
        # même orateur deux fois de suite : seulement de part et d'autre d'un jingle « [..] »
        assert a != b or any(cues[k][2].startswith("[") for k in range(i + 1, j)), \
            "étiquette répétée sans changement d'orateur (repère %d)" % (j + 1)
    assert not any(re.search(r"\b(MARIE LEFEBVRE|THOMAS VANDAMME|SAMIA BELKACEM|CLAIRE DUMOULIN) :", t[1:])
                   for _, _, t in cues), "nom d'orateur au milieu d'un repère"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- DOCX
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_text(el):
    out = []

    def walk(e):
        if e.tag == W + "t":
            out.append(e.text or "")
        elif e.tag in (W + "tab", W + "br"):
            out.append(" ")
        elif e.tag == W + "instrText":
            return
        for ch in e:
            walk(ch)
        if e.tag == W + "p":
            out.append("\n")
    walk(el)
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc = z.read("word/document.xml")
        root = ET.fromstring(doc)
        hf = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)]
        assert "word/endnotes.xml" in names, "notes de fin absentes"
        en = ET.fromstring(z.read("word/endnotes.xml"))
    instr = " ".join(e.text or "" for e in root.iter(W + "instrText"))
    assert re.search(r"\bTOC\b", instr), "champ table des matières absent"
    assert any(" PAGE " in " ".join(e.text or "" for e in h.iter(W + "instrText")) for h in hf), "champ PAGE absent"
    assert hf and all(_w_text(h).strip() for h in hf), "en-tête / pied de page vides"
    boxes = list(root.iter(W + "txbxContent"))
    assert len(boxes) >= 3 and all(_w_text(b).strip() for b in boxes), "zones de texte de chiffres clés absentes"
    notes = [n for n in en.iter(W + "endnote") if int(n.get(W + "id")) > 0]
    refs = list(root.iter(W + "endnoteReference"))
    assert len(notes) >= 3 and len(refs) == len(notes), "notes de fin et appels incohérents"
    spans = [g for g in root.iter(W + "gridSpan") if g.get(W + "val") == "2"]
    assert len(spans) >= 2 and list(root.iter(W + "vMerge")), "cellules fusionnées absentes"
    units = [("corps", _w_text(root))]
    units += [("en-tête/pied %d" % i, _w_text(h)) for i, h in enumerate(hf, 1)]
    units += [("note de fin %s" % n.get(W + "id"), _w_text(n)) for n in notes]
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    acc = soup.select_one("#menu-accessibilite")
    assert acc and acc.select('a[href="#contenu"]'), "menu d'accessibilité / lien d'évitement absent"
    crumb = soup.select_one('nav[aria-label="Fil d\'Ariane"] ol')
    assert crumb and len(crumb.find_all("li")) >= 3, "fil d'Ariane absent"
    keys = soup.select(".chiffres-cles > div")
    assert len(keys) >= 4, "bloc « Chiffres clés » en <div> absent"
    t = soup.select_one("table")
    assert t and t.select("[rowspan]") and t.select("[colspan]"), "tableau avec rowspan et colspan absent"
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- XLSX
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELNS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _rels(z, part):
    d, f = posixpath.split(part)
    rp = posixpath.join(d, "_rels", f + ".rels")
    if rp not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(rp)).iter(RELNS + "Relationship"):
        tgt = r.get("Target")
        full = posixpath.normpath(posixpath.join(d, tgt)) if not tgt.startswith("/") else tgt.lstrip("/")
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], full)
    return out


def _col(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        sst = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
                sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(S + "numFmt")}
        xfs = [int(x.get("numFmtId", 0)) for x in styles.find(S + "cellXfs")]
        date_xf = {i for i, f in enumerate(xfs) if f in (14, 15, 16, 17, 22) or "yy" in fmts.get(f, "")}
        sheets, comments = {}, {}
        for sh in wb.iter(S + "sheet"):
            name = sh.get("name")
            part = rels[sh.get(RID)][1]
            root = ET.fromstring(z.read(part))
            rows = {}
            for r in root.iter(S + "row"):
                cells = {}
                for c in r.iter(S + "c"):
                    t, v = c.get("t"), c.find(S + "v")
                    if t == "s":
                        val = sst[int(v.text)]
                    elif t == "inlineStr":
                        val = "".join(x.text or "" for x in c.iter(S + "t"))
                    elif v is None:
                        continue
                    elif c.get("s") and int(c.get("s")) in date_xf:
                        val = (dt.date(1899, 12, 30) + dt.timedelta(days=float(v.text))).strftime("%d/%m/%Y")
                    else:
                        f = float(v.text)
                        val = int(f) if f == int(f) else f
                    cells[_col(c.get("r"))] = val
                rows[int(r.get("r"))] = cells
            sheets[name] = rows
            for typ, tgt in _rels(z, part).values():
                if typ == "comments":
                    for cm in ET.fromstring(z.read(tgt)).iter(S + "comment"):
                        comments["%s!%s" % (name, cm.get("ref"))] = "".join(t.text or "" for t in cm.iter(S + "t"))
    assert list(sheets) == ["Activité 2025", "Maraudes par nuit"], "feuilles inattendues %s" % list(sheets)
    act = sheets["Activité 2025"]
    order = sorted(act)
    label = {r: str(act[r].get(1, "")) for r in order}
    months = []
    subs = []
    for r in order:
        if label[r].startswith("Sous-total T"):
            block = months[-3:]
            assert len(block) == 3, "trois mois attendus avant %s" % label[r]
            for c in range(2, 11):
                assert act[r][c] == sum(act[m][c] for m in block), "%s faux en colonne %d" % (label[r], c)
            subs.append(r)
        elif label[r] in ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                          "octobre", "novembre", "décembre"):
            months.append(r)
    assert [label[r] for r in subs] == ["Sous-total T%d" % i for i in range(1, 5)], "sous-totaux T1 à T4"
    tot = [r for r in order if label[r] == "Total 2025"]
    assert len(tot) == 1, "ligne Total 2025 absente"
    for c in range(2, 11):
        assert act[tot[0]][c] == sum(act[r][c] for r in subs), "Total 2025 faux en colonne %d" % c
    assert comments, "aucun commentaire de cellule"
    nuits = sheets["Maraudes par nuit"]
    data = [nuits[r] for r in sorted(nuits) if r > 1]
    assert len(data) >= 150, "feuille des maraudes par nuit trop courte"
    for k, r in enumerate(months, 1):
        mr = [d for d in data if int(d[1][3:5]) == k]
        assert act[r][2] == len(mr) and act[r][3] == sum(d[3] for d in mr), "mois %d incohérent" % k
    units = []
    for name, rows in sheets.items():
        for r in sorted(rows):
            cells = rows[r]
            units.append(("%s!%d" % (name, r), " ".join(str(cells[c]) for c in sorted(cells))))
    units += [("commentaire %s" % k, v) for k, v in comments.items()]
    return units


# ---------------------------------------------------------------- PPTX
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P_ = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _a_text(el):
    return "\n".join("".join(t.text or "" for t in p.iter(A + "t")) for p in el.iter(A + "p"))


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        slides = [rels[s.get(RID)][1] for s in pres.iter(P_ + "sldId")]
        assert len(slides) == 15, "15 diapositives attendues (%d)" % len(slides)
        units, grouped, tables, notes, picslide = [], 0, 0, 0, 0
        for i, part in enumerate(slides, 1):
            root = ET.fromstring(z.read(part))
            units.append(("diapo %d" % i, _a_text(root)))
            if any(_a_text(g).strip() for g in root.iter(P_ + "grpSp")):
                grouped += 1
            tables += len(list(root.iter(A + "tbl")))
            phs = [sp for sp in root.iter(P_ + "sp") if sp.find(".//" + P_ + "ph") is not None]
            pics = [e for e in root.iter(P_ + "ph") if e.get("type") == "pic"]
            if pics and not any(_a_text(sp).strip() for sp in phs) and _a_text(root).strip():
                picslide += 1
            for typ, tgt in _rels(z, part).values():
                if typ == "notesSlide":
                    nroot = ET.fromstring(z.read(tgt))
                    body = [sp for sp in nroot.iter(P_ + "sp")
                            if any(ph.get("type") == "body" for ph in sp.iter(P_ + "ph"))]
                    txt = "\n".join(_a_text(sp) for sp in body)
                    if txt.strip():
                        notes += 1
                        units.append(("notes %d" % i, txt))
    assert grouped >= 2, "formes groupées portant du texte attendues"
    assert tables == 1, "un tableau attendu (%d)" % tables
    assert notes >= 10, "notes de l'orateur attendues sur au moins dix diapositives (%d)" % notes
    assert picslide == 1, "diapositive à texte posé sur l'image attendue"
    return units


# ---------------------------------------------------------------- CSV
def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff"), "CSV : BOM inattendu"
    rows = list(csv.reader(io.StringIO(raw), delimiter=","))
    hdr = rows[0]
    assert hdr[:2] == ["Structure", "Type"] and "Téléphone" in hdr and "Horaires" in hdr and "Public" in hdr
    assert all(len(r) == len(hdr) for r in rows), "nombre de champs variable"
    assert '"Centre, hébergement' in raw, "champ « Centre, hébergement » entre guillemets absent"
    assert len(re.findall(r'"[^"]*,[^"]*"', raw)) >= 10, "champs entre guillemets contenant une virgule"
    ph, ho, pu = hdr.index("Téléphone"), hdr.index("Horaires"), hdr.index("Public")
    for r in rows[1:]:
        assert re.fullmatch(r"0[36] 99 00 \d\d \d\d|115|Par le 115", r[ph]), "téléphone invalide : %s" % r[0]
        assert r[ho] and r[pu], "horaires ou public manquant : %s" % r[0]
    assert len(rows) >= 16, "annuaire trop court"
    return [("ligne %d" % i, " ; ".join(r)) for i, r in enumerate(rows, 1)]


# ---------------------------------------------------------------- ODP
DRW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
PRS = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _odf_text(el):
    return "\n".join("".join(p.itertext()) for p in el.iter(TXT + "p"))


def read_odp(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.presentation", "type MIME ODP"
        root = ET.fromstring(z.read("content.xml"))
    pages = list(root.iter(DRW + "page"))
    assert len(pages) == 12, "12 diapositives attendues (%d)" % len(pages)
    units, timeline = [], 0
    for i, pg in enumerate(pages, 1):
        body = [ch for ch in pg if ch.tag != PRS + "notes"]
        units.append(("diapo %d" % i, "\n".join(_odf_text(ch) for ch in body)))
        nt = pg.find(PRS + "notes")
        assert nt is not None and _odf_text(nt).strip(), "notes de l'orateur absentes (diapo %d)" % i
        units.append(("notes %d" % i, _odf_text(nt)))
        if pg.find(DRW + "line") is not None and len(pg.findall(DRW + "ellipse")) >= 5:
            frames = [f for f in pg.findall(DRW + "frame") if re.search(r"20\d\d", _odf_text(f))]
            if len(frames) >= 5:
                timeline += 1
    assert timeline == 1, "frise chronologique absente"
    return units


READERS = {".docx": read_docx, ".html": read_html, ".xlsx": read_xlsx, ".pptx": read_pptx, ".csv": read_csv,
           ".odp": read_odp}


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".srt":
            units = read_srt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in READERS:
            units = READERS[ext](path)
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
        if e.get("kind") == "slides" and not e.get("event"):
            errors.append("catalogue : diaporama sans event : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    kinds = {os.path.splitext(fn)[1]: e.get("kind") for fn, e in cat.items()}
    expected = {".srt": "transcript", ".docx": "report", ".html": "webpage", ".xlsx": "document",
                ".pptx": "slides", ".csv": "document", ".odp": "slides"}
    if kinds != expected:
        errors.append("catalogue : types de documents inattendus %s" % kinds)


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
        if not isinstance(q.get("question"), str) or len(q.get("question", "")) < 8:
            errors.append("%s : question vide ou trop courte" % qid)
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
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
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
