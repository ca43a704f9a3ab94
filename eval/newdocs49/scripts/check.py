# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs49.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture — python-pptx, python-docx, openpyxl,
odfpy — n'est utilisée pour relire ; les formats bureautiques sont lus comme archives zip + XML) :
- PPTX : ppt/presentation.xml (ordre des diapositives, sldIdLst) et ses relations ; pour chaque diapositive,
  texte des <a:t> paragraphe par paragraphe (cellules de tableau comprises) + notes de l'orateur (notesSlide
  trouvée par les relations de la diapositive, sans l'espace réservé du numéro) ; une unité par diapositive
  VISIBLE (« diapo n ») ; la diapositive masquée (show="0") est exclue des unités ; contrôle de 14 à 18
  diapositives, d'une seule diapositive masquée contenant les chiffres périmés absents des diapositives
  visibles, d'au moins quatre tableaux, de notes sur chaque diapositive et d'une frise d'au moins six puces
  commençant par une date ;
- SRT : blocs séparés par une ligne vide, numéro, « hh:mm:ss,mmm --> hh:mm:ss,mmm » ; une unité = un repère
  joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ; contrôle de
  la numérotation, de la durée (18 à 22 minutes), de l'absence d'étiquettes d'orateur (« NOM : », « [..] »,
  « >> »), des tours marqués par « - », d'au moins cinq repères à deux voix et de repères sans ponctuation ;
- XLSX : xl/workbook.xml (feuilles, état hidden), relations, sharedStrings, cellules (t="s", inlineStr, str,
  nombres ; dates converties d'après le format de cellule de xl/styles.xml) ; une unité par ligne
  (« feuille!ligne n », cellules non vides jointes par une espace) des feuilles VISIBLES ; contrôle de trois
  feuilles dont une masquée, de la ligne « Total » (somme des douze mois, par site et au total) et de la ligne
  « Part du total » au format pourcentage, du « Total 2025 » PSSM (inscrits, formés), des dates Excel ;
- HTML : BeautifulSoup ; contrôle d'au moins huit <article> ayant chacun un <time datetime>, un lieu et un
  lien d'inscription, du tableau des partenaires, du pied de page avec téléphone et de la fenêtre « lettre
  d'information » (formulaire e-mail) ; une unité par article + une unité pour le reste de la page (sans
  script / style / head) ;
- DOCX : word/document.xml, texte de chaque <w:p> (<w:t>, <w:tab> = espace) ; les tours « Prénom Nom   h:mm:ss »
  suivis d'un paragraphe de texte ; une unité par tour (clé = secondes, texte = nom + propos) ; contrôle des
  noms (= speakers du catalogue), des horodatages croissants, de la durée (18 à 25 minutes) et des lignes de
  début / fin de transcription ;
- ODT : content.xml, tous les <text:p> et <text:h> (cellules, zone de texte de l'encadré, notes de bas de
  page), le texte d'un paragraphe n'incluant pas les notes ni les cadres qu'il porte ; en-tête et pied de page
  lus dans styles.xml ; une unité ; contrôle des titres, de deux tableaux avec ligne Total, de l'encadré
  « À retenir », d'au moins quatre notes de bas de page et du champ numéro de page ;
- MD : texte brut ; contrôle des étapes numérotées 1. à 6., des puces imbriquées, du tableau pipe (ligne de
  séparation, numéros de téléphone, horaires) ; une unité par section « ## ».
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour une question dont doc est une transcription (.srt ou .docx Teams) :
début du repère / tour qui contient la première alternative du premier groupe, à AT_TOLERANCE près ; interdit
ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour les transcriptions) ; questions (identifiants n49-01 à
n49-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents (y compris parties masquées).

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle d'un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import datetime as dt
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

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
EXPECTED_EXTS = sorted([".pptx", ".srt", ".xlsx", ".html", ".docx", ".odt", ".md"])
TRANSCRIPT_EXTS = (".srt", ".docx")
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n49"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "sism 2024", "octobre 2024", "locmaria", "ptsm", "projet territorial", "neet", "morbihan",
          "fil sante jeunes", "fil sante"]

# chiffres périmés qui ne doivent figurer QUE dans les parties masquées
STALE_PPTX = ["1 398", "85 000"]
STALE_XLSX = ["7980", "5750"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


# ---------------------------------------------------------------- PPTX
NS_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
NS_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
NS_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels(z, path):
    d, f = os.path.split(path)
    rp = d + "/_rels/" + f + ".rels"
    out = {}
    if rp in z.namelist():
        for r in ET.fromstring(z.read(rp)).iter(NS_REL + "Relationship"):
            tgt = r.get("Target")
            full = os.path.normpath(os.path.join(d, tgt)).replace("\\", "/") if not tgt.startswith("/") else tgt[1:]
            out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], full)
    return out


def _a_paras(root, skip_slidenum=False):
    out = []
    for sp in root.iter():
        if sp.tag != NS_P + "sp" and sp.tag != NS_P + "graphicFrame":
            continue
        if skip_slidenum:
            ph = sp.find(".//" + NS_P + "ph")
            if ph is not None and ph.get("type") in ("sldNum", "sldImg"):
                continue
        for p in sp.iter(NS_A + "p"):
            out.append("".join(t.text or "" for t in p.iter(NS_A + "t")))
    return out


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        slides = []
        for sid in pres.find(NS_P + "sldIdLst"):
            _, target = rels[sid.get(NS_R + "id")]
            root = ET.fromstring(z.read(target))
            hidden = root.get("show") == "0"
            text = _a_paras(root)
            ntables = len(root.findall(".//" + NS_A + "tbl"))
            notes = []
            for typ, tgt in _rels(z, target).values():
                if typ == "notesSlide":
                    notes = _a_paras(ET.fromstring(z.read(tgt)), skip_slidenum=True)
            slides.append((hidden, text, notes, ntables))
    n = len(slides)
    assert 14 <= n <= 18, "14 à 18 diapositives attendues (%d)" % n
    hidden = [s for s in slides if s[0]]
    assert len(hidden) == 1, "une seule diapositive masquée attendue"
    assert sum(s[3] for s in slides) >= 4, "au moins quatre tableaux attendus"
    assert all(any(x.strip() for x in s[2]) for s in slides), "notes de l'orateur absentes d'une diapositive"
    date_pat = re.compile(r"^(\d{1,2}(er)? (et \d{1,2} )?(au \d{1,2} )?[a-zéû]+ \d{4}|[A-Z][a-zéû]+-[a-zéû]+ \d{4}) : ")
    assert any(sum(1 for x in s[1] if date_pat.match(x)) >= 6 for s in slides if not s[0]), "frise de dates absente"
    units, hidden_text = [], ""
    for i, (h, text, notes, _) in enumerate(slides, 1):
        body = "\n".join(text) + "\n" + "\n".join(notes)
        if h:
            hidden_text = body
        else:
            units.append(("diapo %d" % i, body))
    visible = norm(" ".join(t for _, t in units))
    for s in STALE_PPTX:
        assert contains(norm(hidden_text), norm(s)), "chiffre périmé %r absent de la diapositive masquée" % s
        assert not contains(visible, norm(s)), "chiffre périmé %r visible" % s
    return units, hidden_text


# ---------------------------------------------------------------- SRT
SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff") and "\r" not in raw, "SRT : BOM ou CRLF inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d attendu, %r trouvé" % (n, lines[0])
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d" % n
        assert 1 <= len(lines) - 2 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1]), "repère %d : temps incohérents" % n
        cues.append((start, end, lines[2:]))
    return cues


SRT_SPEAKERS = []


def read_srt(path):
    cues = parse_srt(path)
    assert 1080 <= cues[-1][1] <= 1320, "durée hors de 18 à 22 minutes (%.0f s)" % cues[-1][1]
    all_lines = [ln for _, _, ls in cues for ln in ls]
    label = re.compile(r"^(- )?([A-ZÀ-Þ][A-ZÀ-Þ'. -]{1,30}|[A-ZÀ-Þ][a-zà-ÿ-]+ [A-ZÀ-Þ][a-zà-ÿ-]+|"
                       r"(?i:journaliste|animateur|animatrice|invitée?|intervenante?|speaker) ?\d?) ?: ")
    assert not any(label.match(ln) for ln in all_lines), "étiquette d'orateur"
    assert not any(re.match(r"^(- )?%s ?:" % re.escape(n), ln, re.I) for ln in all_lines for n in SRT_SPEAKERS), \
        "nom d'orateur en étiquette"
    assert not any(re.search(r"\[|\]|>>", ln) for ln in all_lines), "balise d'orateur ou de son"
    turns = sum(1 for ln in all_lines if ln.startswith("- "))
    assert turns >= 40, "tours de parole « - » attendus (%d)" % turns
    two = sum(1 for _, _, ls in cues if len(ls) == 2 and all(x.startswith("- ") for x in ls))
    assert two >= 5, "au moins cinq repères à deux voix attendus (%d)" % two
    bare = [ls for _, _, ls in cues if " ".join(ls) == " ".join(ls).lower() and
            not re.search(r"[.,;:?!»]", " ".join(ls)) and len(" ".join(ls).split()) > 5]
    assert len(bare) >= 2, "repères en minuscules sans ponctuation attendus"
    units = []
    for i, (s, _, ls) in enumerate(cues):
        nxt = " ".join(cues[i + 1][2]) if i + 1 < len(cues) else ""
        units.append((round(s, 3), " ".join(ls) + " " + nxt))
    return units


# ---------------------------------------------------------------- XLSX
NS_X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _col(ref):
    c = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in c:
        n = n * 26 + ord(ch) - 64
    return n


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS_X + "si"):
                shared.append("".join(t.text or "" for t in si.iter(NS_X + "t")))
        st = ET.fromstring(z.read("xl/styles.xml"))
        custom = {int(f.get("numFmtId")): f.get("formatCode") for f in st.iter(NS_X + "numFmt")}
        xfs = [int(x.get("numFmtId", "0")) for x in st.find(NS_X + "cellXfs")]

        def fmt_of(s):
            fid = xfs[int(s)] if s is not None else 0
            code = custom.get(fid, "")
            if 14 <= fid <= 22 or re.search(r"(^|[^\\])[dy]", code.replace("General", "")):
                return "date"
            if fid in (9, 10) or "%" in code:
                return "pct"
            return ""

        sheets = []
        for sh in wb.find(NS_X + "sheets"):
            _, target = rels[sh.get(NS_R + "id")]
            root = ET.fromstring(z.read(target))
            rows = []
            for r in root.iter(NS_X + "row"):
                cells = {}
                for c in r.iter(NS_X + "c"):
                    t, v = c.get("t"), c.find(NS_X + "v")
                    if t == "s":
                        val = shared[int(v.text)]
                    elif t == "inlineStr":
                        val = "".join(x.text or "" for x in c.iter(NS_X + "t"))
                    elif v is None:
                        continue
                    elif t in ("str", "b"):
                        val = v.text
                    else:
                        kind = fmt_of(c.get("s"))
                        num = float(v.text)
                        if kind == "date":
                            val = (dt.date(1899, 12, 30) + dt.timedelta(days=int(num))).strftime("%d/%m/%Y")
                        elif kind == "pct":
                            val = ("%.1f %%" % (num * 100)).replace(".", ",")
                        else:
                            val = str(int(num)) if num == int(num) else str(num).replace(".", ",")
                    cells[_col(c.get("r"))] = (val, fmt_of(c.get("s")))
                rows.append((int(r.get("r")), cells))
            sheets.append((sh.get("name"), sh.get("state") == "hidden", rows))
    assert len(sheets) == 3 and sum(1 for s in sheets if s[1]) == 1, "trois feuilles dont une masquée attendues"
    by = {s[0]: s for s in sheets}
    fr = by["Fréquentation 2025"][2]
    months = [c for _, c in fr if c.get(1, ("",))[0] in ("Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
                                                        "Juillet", "Août", "Septembre", "Octobre", "Novembre",
                                                        "Décembre")]
    total = [c for _, c in fr if c.get(1, ("",))[0] == "Total"]
    pct = [c for _, c in fr if c.get(1, ("",))[0] == "Part du total"]
    assert len(months) == 12 and len(total) == 1 and len(pct) == 1, "12 mois, une ligne Total, une ligne Part"
    ncol = max(total[0])
    for j in range(2, ncol + 1):
        assert sum(int(m[j][0]) for m in months) == int(total[0][j][0]), "Total faux en colonne %d" % j
    for m in months:
        assert sum(int(m[j][0]) for j in range(2, ncol)) == int(m[ncol][0]), "total mensuel faux"
    assert all(v[1] == "pct" for j, v in pct[0].items() if j > 1), "pourcentages attendus"
    ps = by["Formations PSSM"][2]
    done = [c for _, c in ps if c.get(10, ("",))[0] == "réalisée"]
    tot = [c for _, c in ps if c.get(2, ("",))[0] == "Total 2025"]
    assert len(done) >= 6 and len(tot) == 1, "sessions PSSM et ligne Total 2025 attendues"
    assert sum(int(c[8][0]) for c in done) == int(tot[0][8][0]), "Total 2025 des inscrits faux"
    assert sum(int(c[9][0]) for c in done) == int(tot[0][9][0]), "Total 2025 des formés faux"
    assert all(re.match(r"\d\d/\d\d/20\d\d$", c[3][0]) and c[3][1] == "date" for c in done), "dates Excel"
    units, hidden_text = [], ""
    for name, hidden, rows in sheets:
        for rn, cells in rows:
            text = " ".join(cells[j][0] for j in sorted(cells) if cells[j][0] not in ("", None))
            if hidden:
                hidden_text += text + "\n"
            elif text:
                units.append(("%s!%d" % (name, rn), text))
    visible = norm(" ".join(t for _, t in units))
    for s in STALE_XLSX:
        assert contains(norm(hidden_text), s) and not contains(visible, s), "chiffre périmé %s mal placé" % s
    return units, hidden_text


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    arts = soup.find_all("article")
    assert len(arts) >= 8, "au moins huit <article> attendus"
    for a in arts:
        assert a.find("time", attrs={"datetime": True}), "article sans <time datetime>"
        assert a.find(class_="place") and a.find("address"), "article sans lieu"
        assert any("inscription" in (x.get("href") or "") for x in a.find_all("a")), "article sans lien d'inscription"
    tbl = soup.find("table")
    assert tbl and tbl.find("caption") and len(tbl.find_all("tr")) >= 6, "tableau des partenaires"
    foot = soup.find("footer")
    assert foot and re.search(r"03 99 00 \d\d \d\d", foot.get_text()), "pied de page sans téléphone"
    pop = soup.find(id="newsletter-popup")
    assert pop and pop.find("form") and pop.find("input", attrs={"type": "email"}), "fenêtre lettre d'info"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    units = [(a.get("id"), a.get_text(" ")) for a in arts]
    for a in arts:
        a.decompose()
    units.append(("page", soup.get_text(" ")))
    return units


# ---------------------------------------------------------------- DOCX (Teams)
NS_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEAMS = re.compile(r"^(.+?) {3}(\d+):(\d\d):(\d\d)$")


def read_docx(path, speakers=()):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(NS_W + "p"):
        out = []
        for el in p.iter():
            if el.tag == NS_W + "t":
                out.append(el.text or "")
            elif el.tag == NS_W + "tab":
                out.append(" ")
        paras.append("".join(out))
    assert any(x.endswith("a démarré la transcription") for x in paras), "début de transcription absent"
    assert any(x.endswith("a arrêté la transcription") for x in paras), "fin de transcription absente"
    turns = []
    for i, x in enumerate(paras):
        m = TEAMS.match(x)
        if m:
            sec = int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4))
            assert i + 1 < len(paras) and paras[i + 1].strip() and not TEAMS.match(paras[i + 1]), "tour vide"
            turns.append((sec, m.group(1), paras[i + 1]))
    assert len(turns) >= 25, "au moins 25 tours attendus (%d)" % len(turns)
    assert all(b[0] > a[0] for a, b in zip(turns, turns[1:])), "horodatages non croissants"
    assert 1080 <= turns[-1][0] <= 1500, "durée hors de 18 à 25 minutes"
    assert {t[1] for t in turns} == set(speakers), "noms des tours différents des speakers du catalogue"
    return [(s, "%s %s" % (n, t)) for s, n, t in turns]


# ---------------------------------------------------------------- ODT
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def _odf_inline(el):
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


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "type MIME ODT"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    heads = [_odf_inline(h) for h in root.iter(TX + "h")]
    assert len(heads) >= 8, "titres attendus"
    box = root.find(".//" + DR + "text-box")
    assert box is not None and "À retenir" in "".join(_odf_inline(p) for p in box.iter(TX + "p")), "encadré"
    notes = root.findall(".//" + TX + "note")
    assert len(notes) >= 4 and all(n.get(TX + "note-class") == "footnote" for n in notes), "notes de bas de page"
    tables = root.findall(".//" + TB + "table")
    assert len(tables) == 2, "deux tableaux attendus"
    for t in tables:
        last = [_odf_inline(p) for p in list(t.iter(TB + "table-row"))[-1].iter(TX + "p")]
        assert last[0] == "Total", "ligne Total attendue dans chaque tableau"
    assert styles.find(".//" + TX + "page-number") is not None, "champ numéro de page absent"
    hf = []
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            hf += [_odf_inline(p) for p in part.iter(TX + "p")]
    return [(0, "\n".join(paras + hf))]


# ---------------------------------------------------------------- MD
def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    steps = re.findall(r"^(\d)\. \*\*", raw, re.M)
    assert steps == [str(i) for i in range(1, 7)], "six étapes numérotées attendues"
    assert re.search(r"^ {5,}- ", raw, re.M), "puces imbriquées attendues"
    assert re.search(r"^\|---\|---\|---\|---\|$", raw, re.M), "tableau pipe à quatre colonnes attendu"
    rows = [ln for ln in raw.split("\n") if ln.startswith("| ") and re.search(r"03 99 00 \d\d \d\d", ln)]
    assert len(rows) >= 6 and all(re.search(r"\d h", r) for r in rows), "lignes de contacts avec horaires"
    parts = re.split(r"^## ", raw, flags=re.M)
    return [(("intro" if i == 0 else p.split("\n", 1)[0]), p) for i, p in enumerate(parts)]


# ---------------------------------------------------------------- chargement
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
        hidden = ""
        if ext == ".pptx":
            units, hidden = read_pptx(path)
        elif ext == ".xlsx":
            units, hidden = read_xlsx(path)
        elif ext == ".docx":
            units = read_docx(path, entry.get("speakers", ()))
        elif ext in (".srt", ".html", ".odt", ".md"):
            SRT_SPEAKERS[:] = entry.get("speakers", []) if ext == ".srt" else SRT_SPEAKERS
            units = {".srt": read_srt, ".html": read_html, ".odt": read_odt, ".md": read_md}[ext](path)
        else:
            continue
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units], "hidden": norm(hidden)}
    return docs


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
        if e.get("kind") == "slides" and not e.get("event"):
            errors.append("catalogue : diaporama sans event : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    expect = {".pptx": "slides", ".srt": "transcript", ".docx": "transcript", ".html": "webpage", ".odt": "report",
              ".xlsx": "document", ".md": "document"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in expect and e.get("kind") != expect[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, expect[ext]))
    with open(CATALOG, encoding="utf-8") as f:
        head = f.read().split("\n[", 1)[0]
    for word in ("Thème", "Pièges", ".pptx", ".srt", ".xlsx", "HTML", ".docx", ".odt", ".md"):
        if word not in head:
            errors.append("catalogue : commentaire d'en-tête sans %r" % word)


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext in TRANSCRIPT_EXTS:
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur une transcription" % qid)
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
            if any(contains(u, t) for _, u in d["units"]) or contains(d["hidden"], t):
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
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
