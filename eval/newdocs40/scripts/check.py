# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs40.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- ODT : archive zip lue à la main ; content.xml, tous les <text:p> et <text:h> (y compris cellules de tableaux et
  notes de bas de page, le texte d'un paragraphe n'incluant pas les notes qu'il porte, relues à part) ;
  <text:s>, <text:tab>, <text:line-break> = espace ; en-tête et pied de page lus dans styles.xml ; une unité ;
  contrôle des onze « Article n — » en titres de niveau 1 dans l'ordre, du tableau de budget et de sa ligne de
  totaux (dépenses = recettes = somme des lignes), du titre et du tableau « Signatures », d'au moins trois notes
  de bas de page et du champ numéro de page ;
- PPTX : archive zip lue à la main (ordre des diapositives d'après presentation.xml et ses relations) ; une unité
  par diapositive (« diapo n ») et une par page de notes (« notes n ») ; contrôle de 12 diapositives, d'une
  seule diapositive masquée (show="0"), d'au moins deux tableaux <a:tbl>, du champ slidenum valant n suivi de
  « / 12 » sur chaque diapositive, et de notes non vides sur chaque diapositive ;
- SRT : blocs « numéro / hh:mm:ss,mmm --> hh:mm:ss,mmm / texte » ; une unité = un repère joint au repère
  suivant, clé = début du premier repère ; contrôle de la numérotation, de la durée (19 à 21 minutes), du nombre
  de repères, de trois voix nommées conformes au catalogue, des étiquettes seulement aux changements de voix
  (deux étiquettes successives jamais identiques sauf après un repère entre crochets), des repères coupés au
  milieu des phrases et des repères entre crochets (jingles, musique) ;
- CSV : module csv (séparateur « ; », BOM toléré) ; une unité par ligne (« ligne n »), cellules non vides
  jointes par une espace ; contrôle de la ligne de titre au-dessus de l'en-tête, de la virgule décimale, d'une
  ligne par atelier et de la ligne « Total » recalculée (sommes ; taux = présences / inscrits ; scores et
  satisfaction = moyennes pondérées par les répondants ; évolution = après − avant ; taux de chaque ligne) ;
- MHTML : module email ; contrôle de multipart/related, de la partie HTML en quoted-printable, d'une image, puis
  texte visible (BeautifulSoup, sans script / style / head) ; contrôle du <dl> d'informations pratiques, du
  tableau des horaires, de la barre latérale datée et du fil d'Ariane ;
- PDF : pypdf, une unité par page ; contrôle de 3 pages et de « page n / 3 », de la mise en page sur deux
  colonnes (texte commençant dans chaque moitié de page), de l'encadré « 2025 en chiffres », de l'agenda et
  de la note en astérisque ;
- HTML : BeautifulSoup (texte visible sans script / style / head) ; contrôle du fil d'Ariane, d'au moins quatre
  <details> avec <summary>, d'une <iframe> vidéo, de la barre latérale <aside> datée et du tableau de chiffres.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription, types par extension) ; questions
(identifiants n40-01 à n40-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en
anglais, chaque alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des
questions sans réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle d'un autre fichier de questions, ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import csv
import email
import io
import json
import os
import posixpath
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
KIND_BY_EXT = {".odt": "document", ".pptx": "slides", ".srt": "transcript", ".csv": "document",
               ".mhtml": "webpage", ".pdf": "document", ".html": "webpage"}
EXPECTED_EXTS = sorted(KIND_BY_EXT)
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n40"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "breaute", "pssm", "premiers secours", "hads", "cachet", "salaire", "remuneration", "remunere",
          "remuneres", "sism 2024", "edition 2024", "conseil regional", "region normandie"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- ODT
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


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


def _euros(s):
    return int(re.sub(r"\D", "", s) or 0)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "mimetype", "mimetype doit être la première entrée"
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "type MIME ODT"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    h1 = [_odf_inline(h) for h in root.iter(TX + "h") if h.get(TX + "outline-level") == "1"]
    arts = [h for h in h1 if re.match(r"Article \d+ — ", h)]
    assert [re.match(r"Article (\d+)", a).group(1) for a in arts] == [str(i) for i in range(1, 12)], \
        "onze articles numérotés en titres de niveau 1 attendus"
    assert "Signatures" in h1, "titre « Signatures » absent"
    tables = {t.get(TB + "name"): t for t in root.iter(TB + "table")}
    assert "Budget" in tables and "Signatures" in tables, "tableaux Budget et Signatures attendus"
    rows = []
    for r in tables["Budget"].iter(TB + "table-row"):
        rows.append([" ".join(_odf_inline(p) for p in c.iter(TX + "p")) for c in r.iter(TB + "table-cell")])
    total = [r for r in rows if r[0].startswith("Total")]
    assert len(total) == 1, "ligne de totaux du budget absente"
    body = [r for r in rows[1:] if not r[0].startswith("Total")]
    dep, rec = sum(_euros(r[1]) for r in body), sum(_euros(r[3]) for r in body)
    assert dep == _euros(total[0][1]) and rec == _euros(total[0][3]) and dep == rec, "budget déséquilibré ou faux"
    notes = root.findall(".//" + TX + "note")
    assert len(notes) >= 3 and all(n.get(TX + "note-class") == "footnote" for n in notes), "notes de bas de page"
    assert styles.find(".//" + TX + "page-number") is not None, "champ numéro de page absent"
    hf = []
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            hf += [_odf_inline(p) for p in part.iter(TX + "p")]
    assert any(h.strip() for h in hf), "en-tête / pied de page vides"
    return [(0, "\n".join(paras + hf))]


# ---------------------------------------------------------------- PPTX
PA = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PP = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels(z, part):
    d, f = posixpath.split(part)
    rp = posixpath.join(d, "_rels", f + ".rels")
    if rp not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(rp)).iter(PR + "Relationship"):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], posixpath.normpath(posixpath.join(d, r.get("Target"))))
    return out


def _ptext(el):
    paras = []
    for p in el.iter(PA + "p"):
        paras.append("".join(t.text or "" for t in p.iter(PA + "t")))
    return "\n".join(paras)


def read_pptx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        ids = [s.get(RN + "id") for s in pres.iter(PP + "sldId")]
        slides = [rels[i][1] for i in ids]
        assert len(slides) == 12, "12 diapositives attendues (%d)" % len(slides)
        hidden = 0
        tables = 0
        for n, sp in enumerate(slides, 1):
            root = ET.fromstring(z.read(sp))
            if root.get("show") == "0":
                hidden += 1
            tables += len(root.findall(".//" + PA + "tbl"))
            flds = [f for f in root.iter(PA + "fld") if f.get("type") == "slidenum"]
            assert flds, "champ numéro absent diapositive %d" % n
            par = [p for p in root.iter(PA + "p") if flds[0] in list(p)][0]
            assert "".join(t.text or "" for t in par.iter(PA + "t")).replace(" ", "") == "%d/12" % n, \
                "numéro imprimé « %d / 12 » absent" % n
            units.append(("diapo %d" % n, _ptext(root)))
            notes = [t for kind, t in _rels(z, sp).values() if kind == "notesSlide"]
            assert notes, "notes absentes diapositive %d" % n
            nroot = ET.fromstring(z.read(notes[0]))
            body = []
            for shp in nroot.iter(PP + "sp"):
                ph = shp.find(".//" + PP + "ph")
                if ph is not None and ph.get("type") == "body":
                    body.append(_ptext(shp))
            assert "".join(body).strip(), "notes vides diapositive %d" % n
            units.append(("notes %d" % n, "\n".join(body)))
        assert hidden == 1, "une diapositive masquée attendue (%d)" % hidden
        assert tables >= 2, "tableaux de programme attendus"
    return units


# ---------------------------------------------------------------- SRT
SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")
LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")


def parse_srt(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff"), "SRT : BOM inattendu"
    raw = raw.replace("\r\n", "\n")
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d attendu, lu %r" % (n, lines[0])
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d : %r" % (n, lines[1])
        assert 1 <= len(lines) - 2 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    assert len(cues) >= 200, "au moins 200 repères attendus (%d)" % len(cues)
    assert 1140 <= cues[-1][1] <= 1260, "durée hors de 19 à 21 minutes (%.0f s)" % cues[-1][1]
    allowed = {s.upper() for s in speakers}
    assert len(allowed) == 3, "trois voix attendues au catalogue"
    labels = []
    prev, after_bracket = None, False
    for i, (_, _, t) in enumerate(cues):
        if t.startswith("[") or t.startswith("♪"):
            after_bracket = True
            continue
        m = LABEL.match(t)
        if m:
            lab = m.group(1)
            assert lab in allowed, "voix inconnue %r" % lab
            assert lab != prev or after_bracket, "étiquette répétée sans changement de voix au repère %d" % (i + 1)
            labels.append(lab)
            prev, after_bracket = lab, False
    assert set(labels) == allowed, "les trois voix doivent parler"
    assert len(labels) >= 30, "trop peu de prises de parole"
    speech = [t for _, _, t in cues if not t.startswith(("[", "♪"))]
    assert len(labels) < len(speech) / 2, "étiquettes sur presque tous les repères"
    cut = [t for t in speech if not re.search(r"[.?!…»]$", t)]
    assert len(cut) > len(speech) / 2, "repères non coupés au milieu des phrases"
    assert sum(1 for _, _, t in cues if t.startswith("[")) >= 3, "jingles / musique entre crochets attendus"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- CSV
def _num(s):
    return float(s.replace(",", ".")) if s else 0.0


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    hi = [i for i, r in enumerate(rows) if r and r[0] == "Atelier"]
    assert len(hi) == 1 and hi[0] >= 1, "en-tête « Atelier » attendu sous une ligne de titre"
    assert rows[0][0].startswith("Évaluation 2025") and not any(rows[0][1:]), "ligne de titre"
    assert re.search(r";\d+,\d;", raw), "virgule décimale absente"
    hdr = rows[hi[0]]
    col = {h: j for j, h in enumerate(hdr)}
    tot_i = [i for i, r in enumerate(rows) if r and r[0] == "Total"]
    assert len(tot_i) == 1, "une ligne Total attendue"
    data = rows[hi[0] + 1:tot_i[0]]
    assert len(data) >= 5, "une ligne par atelier attendue"
    tot = rows[tot_i[0]]

    def c(r, name):
        return _num(r[col[name]])
    for name in ("Séances prévues", "Séances réalisées", "Inscrits", "Présence moyenne par séance",
                 "Répondants avant/après"):
        assert abs(sum(c(r, name) for r in data) - c(tot, name)) < 0.01, "total faux : %s" % name
    for r in data + [tot]:
        rate = 100 * c(r, "Présence moyenne par séance") / c(r, "Inscrits")
        assert abs(rate - c(r, "Taux d'assiduité (%)")) < 0.06, "taux d'assiduité faux (%s)" % r[0]
        ev = c(r, "WEMWBS moyen après") - c(r, "WEMWBS moyen avant")
        assert abs(ev - c(r, "Évolution (points)")) < 0.06, "évolution fausse (%s)" % r[0]
    n = sum(c(r, "Répondants avant/après") for r in data)
    for name in ("WEMWBS moyen avant", "WEMWBS moyen après", "Satisfaction moyenne (/10)"):
        w = sum(c(r, name) * c(r, "Répondants avant/après") for r in data) / n
        assert abs(w - c(tot, name)) < 0.06, "moyenne pondérée fausse : %s" % name
    return [("ligne %d" % i, " ".join(x for x in r if x)) for i, r in enumerate(rows, 1)]


# ---------------------------------------------------------------- MHTML / HTML
def _visible(soup):
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return soup.get_text(" ")


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
    assert len(soup.select("dl dt")) >= 6 and len(soup.select("dl dd")) == len(soup.select("dl dt")), "<dl>"
    cap = soup.select_one("table caption")
    assert cap and "Horaires" in cap.get_text(), "tableau des horaires absent"
    assert len(soup.select("table tbody tr")) >= 3, "lignes d'horaires attendues"
    assert soup.select_one("aside") and len(soup.select("aside time[datetime]")) >= 3, "barre latérale datée"
    assert soup.select_one("nav.ariane, nav[aria-label*=Ariane]"), "fil d'Ariane absent"
    return [("page", _visible(soup))]


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("nav[aria-label*=Ariane] ol li"), "fil d'Ariane absent"
    det = soup.select("details")
    assert len(det) >= 4 and all(d.find("summary") for d in det), "FAQ en <details> attendue"
    fr = soup.select_one("iframe[src]")
    assert fr and "video" in fr["src"], "vidéo intégrée absente"
    assert soup.select_one("aside") and len(soup.select("aside time[datetime]")) >= 3, "barre latérale datée"
    assert soup.select_one("table caption"), "tableau de chiffres absent"
    return [("page", _visible(soup))]


# ---------------------------------------------------------------- PDF
def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 3, "3 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
        half = float(p.mediabox.width) / 2
        xs = []

        def visit(text, cm, tm, fd, fs):
            if text.strip():
                xs.append(tm[4] * cm[0] + cm[4])
        p.extract_text(visitor_text=visit)
        assert any(x < half - 20 for x in xs) and any(x > half + 5 for x in xs), "page %d : pas deux colonnes" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert "2025 en chiffres" in units[0][1], "encadré de chiffres clés absent en page 1"
    assert re.search(r"^Agenda$", alltext, re.M), "agenda absent"
    assert re.search(r"^\* ", alltext, re.M), "note en astérisque absente"
    return units


# ---------------------------------------------------------------- corpus
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
        elif ext in (".odt", ".pptx", ".csv", ".mhtml", ".pdf", ".html"):
            units = {".odt": read_odt, ".pptx": read_pptx, ".csv": read_csv, ".mhtml": read_mhtml,
                     ".pdf": read_pdf, ".html": read_html}[ext](path)
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
        if e.get("kind") != KIND_BY_EXT.get(os.path.splitext(fn)[1]):
            errors.append("catalogue : %s kind %r inattendu pour son format" % (fn, e.get("kind")))
        if not re.match(r"^\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+\.[a-z]+$", fn):
            errors.append("catalogue : nom de fichier non conforme %s" % fn)
        if str(e.get("date")) != fn[:10]:
            errors.append("catalogue : date %s différente du préfixe de %s" % (e.get("date"), fn))
        for key in ("url", "replay"):
            if key in e and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e[key]):
                errors.append("catalogue : %s hors .example pour %s" % (key, fn))
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay") and e.get("event")):
            errors.append("catalogue : transcription sans speakers, replay ou event : %s" % fn)
        if e.get("kind") == "slides" and not e.get("event"):
            errors.append("catalogue : diaporama sans event : %s" % fn)
        if e.get("kind") == "webpage" and not e.get("page_updated"):
            errors.append("catalogue : page web sans page_updated : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)


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
    if len({q.get("question") for q in qs}) != len(qs):
        errors.append("questions : questions en double")
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
        if doc == "*":
            hit_docs = {t for group in q["evidence"] for alt in group for t in docs if find_in(docs[t], alt)}
            if len(hit_docs) < 2:
                errors.append("%s : doc « * » mais preuves dans un seul document" % qid)
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
