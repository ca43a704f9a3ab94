# -*- coding: utf-8 -*-
"""Génère le tableur OpenDocument (.ods, odfpy) du suivi des séances du programme de psychoéducation Cap Familles
à Belcombe : une feuille par année (« 2024 » et « 2025 »).

Mise en page voulue : trois lignes de titre au-dessus de l'en-tête, une ligne vide ; une ligne par séance (groupe,
numéro, date en cellule de type date affichée jj/mm/aaaa, thème, lieu, animation, familles inscrites / présentes,
personnes présentes, taux de présence en pourcentage, observations) ; ligne(s) de sous-total et ligne de total ;
une séance de révision hors cycle sous le total (2024) ; notes sous le tableau (liste d'attente, sources).

Tout est inventé (ville, personnes, chiffres, numéros en 03 99 00).
"""
import datetime as dt
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.number import DateStyle, Day, Month, Year, Text as NText, PercentageStyle, Number
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-12_chs-val-de-saline_suivi-seances-cap-familles.ods")

THEMES = [
    "Accueil, présentation du programme et des familles",
    "Connaître la maladie : les symptômes",
    "Les traitements et leurs effets",
    "Les émotions de l'aidant : culpabilité, colère, tristesse",
    "Communiquer avec son proche (1) : écouter",
    "Communiquer avec son proche (2) : formuler une demande",
    "Poser des limites face aux comportements difficiles",
    "Gérer son stress au quotidien",
    "Prévenir et gérer les crises",
    "Droits, démarches et protection juridique",
    "Le rétablissement : garder l'espoir",
    "Prendre soin de soi et s'accorder du répit",
    "Construire son réseau d'entraide",
    "Bilan du cycle et remise des attestations",
]
PV = "J. Perrault + M.-C. Verdier"
PM = "J. Perrault + Dr H. Marchetti"
PN = "J. Perrault + N. Benali"
CMP = "CMP Pasteur"
CS = "Centre social de la Combe"

# (date, lieu, animation, inscrites, présentes, personnes, observation)
G2024 = [
    ("2024-01-16", CMP, PV, 12, 12, 17, "Premier cycle organisé à Belcombe"),
    ("2024-01-30", CMP, PV, 12, 12, 16, ""),
    ("2024-02-13", CMP, PV, 12, 11, 15, ""),
    ("2024-02-27", CMP, PV, 12, 12, 16, ""),
    ("2024-03-12", CMP, PV, 12, 11, 14, ""),
    ("2024-03-26", CMP, PV, 12, 11, 15, "Abandon d'une famille (déménagement hors département)"),
    ("2024-04-09", CMP, PV, 12, 10, 13, ""),
    ("2024-04-23", CMP, PV, 12, 11, 15, ""),
    ("2024-05-14", CMP, PM, 12, 11, 14, "Séance reportée du 7 au 14 mai (pont du 8 mai)"),
    ("2024-05-28", CMP, PV, 12, 10, 13, ""),
    ("2024-06-11", CMP, PV, 12, 11, 15, ""),
    ("2024-06-18", CMP, PV, 12, 11, 14, "Rythme hebdomadaire jusqu'à la fin du cycle"),
    ("2024-06-25", CMP, PV, 12, 11, 15, ""),
    ("2024-07-02", CMP, PV, 12, 11, 16, "11 familles ont terminé le cycle"),
]
G2025A = [
    ("2025-01-14", CMP, PV, 12, 12, 18, "Deuxième cycle"),
    ("2025-01-28", CMP, PV, 12, 12, 17, ""),
    ("2025-02-11", CMP, PV, 12, 12, 17, ""),
    ("2025-02-25", CMP, PV, 12, 11, 15, ""),
    ("2025-03-11", CMP, PV, 12, 12, 16, ""),
    ("2025-03-25", CMP, PV, 12, 12, 17, ""),
    ("2025-04-08", CMP, PV, 12, 11, 16, ""),
    ("2025-04-22", CMP, PV, 12, 12, 16, ""),
    ("2025-05-06", CMP, PM, 12, 12, 17, "Intervention du Dr Marchetti sur le plan de crise"),
    ("2025-05-20", CMP, PV, 12, 11, 15, "Intervention d'une mandataire de l'ATHS (association tutélaire)"),
    ("2025-05-27", CMP, PV, 12, 12, 16, ""),
    ("2025-06-03", CMP, PN, 12, 12, 17, "Témoignage de Nadia Benali, pair-aidante familiale"),
    ("2025-06-10", CMP, PV, 12, 12, 16, ""),
    ("2025-06-17", CMP, PV, 12, 12, 18, "12 familles sur 12 ont terminé le cycle"),
]
G2025B = [
    ("2025-09-16", CMP, PV, 12, 12, 18, "Troisième cycle (se poursuit en 2026)"),
    ("2025-09-30", CMP, PV, 12, 11, 16, ""),
    ("2025-10-14", CMP, PV, 12, 12, 17, ""),
    ("2025-11-04", CMP, PV, 12, 12, 16, "Pas de séance le 28 octobre (vacances scolaires)"),
    ("2025-11-18", CS, PV, 12, 11, 15, "Travaux au CMP Pasteur : séances 5 à 7 au centre social"),
    ("2025-12-02", CS, PV, 12, 12, 17, ""),
    ("2025-12-16", CS, PN, 12, 10, 13, "Séance suivante le 13 janvier 2026"),
]

HEADER = ["Groupe", "N° séance", "Date", "Thème", "Lieu", "Animation", "Familles inscrites", "Familles présentes",
          "Personnes présentes", "Taux de présence des familles", "Observations"]

doc = OpenDocumentSpreadsheet()
ds = DateStyle(name="dfr")
ds.addElement(Day(style="long")); ds.addElement(NText(text="/")); ds.addElement(Month(style="long"))
ds.addElement(NText(text="/")); ds.addElement(Year(style="long"))
doc.automaticstyles.addElement(ds)
ps = PercentageStyle(name="pct")
ps.addElement(Number(decimalplaces="0", minintegerdigits="1")); ps.addElement(NText(text=" %"))
doc.automaticstyles.addElement(ps)
s_date = Style(name="cdate", family="table-cell", datastylename="dfr")
s_pct = Style(name="cpct", family="table-cell", datastylename="pct")
s_bold = Style(name="cbold", family="table-cell")
s_bold.addElement(TextProperties(fontweight="bold"))
s_head = Style(name="chead", family="table-cell")
s_head.addElement(TextProperties(fontweight="bold"))
s_head.addElement(TableCellProperties(backgroundcolor="#DCE9E4", wrapoption="wrap"))
s_title = Style(name="ctitle", family="table-cell")
s_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
for st in (s_date, s_pct, s_bold, s_head, s_title):
    doc.automaticstyles.addElement(st)
col_styles = []
for i, w in enumerate(["2.2cm", "1.8cm", "2.4cm", "8.5cm", "4.2cm", "5.2cm", "2.4cm", "2.4cm", "2.4cm", "2.6cm",
                       "9cm"]):
    cs = Style(name="co%d" % i, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
    col_styles.append(cs)


def c_text(v, style=None):
    c = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
    c.addElement(P(text=v))
    return c


def c_num(v, style=None):
    kw = {"valuetype": "float", "value": str(v)}
    if style:
        kw["stylename"] = style
    c = TableCell(**kw)
    c.addElement(P(text=str(v)))
    return c


def c_date(iso):
    d = dt.date.fromisoformat(iso)
    c = TableCell(valuetype="date", datevalue=iso, stylename=s_date)
    c.addElement(P(text=d.strftime("%d/%m/%Y")))
    return c


def c_pct(x):
    c = TableCell(valuetype="percentage", value="%.4f" % x, stylename=s_pct)
    c.addElement(P(text="%d %%" % round(x * 100)))
    return c


def row(cells):
    r = TableRow()
    for c in cells:
        r.addElement(c)
    return r


def empty_row():
    r = TableRow()
    r.addElement(TableCell(numbercolumnsrepeated=len(HEADER)))
    return r


def session_rows(group, sessions, start_no=1):
    out = []
    for i, (d, lieu, anim, ins, fam, pers, obs) in enumerate(sessions):
        n = start_no + i
        out.append(row([c_text(group), c_num(n), c_date(d), c_text(THEMES[n - 1]), c_text(lieu), c_text(anim),
                        c_num(ins), c_num(fam), c_num(pers), c_pct(fam / ins), c_text(obs) if obs else TableCell()]))
    return out


def total_row(label, sessions):
    ins = sum(s[3] for s in sessions)
    fam = sum(s[4] for s in sessions)
    pers = sum(s[5] for s in sessions)
    return row([c_text(label, s_bold), c_num(len(sessions), s_bold), TableCell(), TableCell(), TableCell(),
                TableCell(), c_num(ins, s_bold), c_num(fam, s_bold), c_num(pers, s_bold), c_pct(fam / ins),
                TableCell()])


def sheet(name, titles, blocks, notes):
    t = Table(name=name)
    for cs in col_styles:
        t.addElement(TableColumn(stylename=cs))
    for i, ti in enumerate(titles):
        t.addElement(row([c_text(ti, s_title if i == 0 else s_bold)]))
    t.addElement(empty_row())
    t.addElement(row([c_text(h, s_head) for h in HEADER]))
    for b in blocks:
        t.addElement(b)
    t.addElement(empty_row())
    for n in notes:
        t.addElement(row([c_text(n)]))
    return t


b2024 = session_rows("2024", G2024) + [total_row("Total 2024", G2024), empty_row(),
                                       row([c_text("Hors cycle"), c_text("Révision"), c_date("2024-12-10"),
                                            c_text("Séance de révision à six mois (module 2)"), c_text(CMP),
                                            c_text(PV), c_num(11), c_num(9), c_num(12), c_pct(9 / 11),
                                            c_text("Non comptée dans les 14 séances du cycle")])]
n2024 = ["Notes :",
         "Familles inscrites = familles ayant confirmé leur participation après l'entretien préalable ; une famille "
         "peut venir à deux personnes.",
         "Taux de présence = familles présentes / familles inscrites. Le total additionne les présences des 14 "
         "séances ; le taux du total est calculé sur l'ensemble des séances.",
         "Liste d'attente au 31/12/2024 : 19 familles.",
         "Sources : feuilles d'émargement du CMP Pasteur. Mise à jour le 12/01/2026 par Julien Perrault, "
         "psychologue (03 99 00 61 25)."]
b2025 = (session_rows("2025-A", G2025A) + [total_row("Sous-total 2025-A", G2025A)]
         + session_rows("2025-B", G2025B) + [total_row("Sous-total 2025-B", G2025B),
                                            total_row("Total 2025", G2025A + G2025B)])
n2025 = ["Notes :",
         "Groupe 2025-A : cycle complet de janvier à juin 2025. Groupe 2025-B : séances 1 à 7 en 2025, séances 8 à 14 "
         "de janvier à avril 2026.",
         "Un second groupe, le jeudi de 18 h à 21 h, ouvrira en février 2026 (financement du contrat de ville et "
         "de l'ARS obtenu en novembre 2025).",
         "Liste d'attente au 31/12/2025 : 41 familles, dont 9 habitant La Combe-aux-Loups.",
         "Sources : feuilles d'émargement du CMP Pasteur et du centre social de la Combe. Mise à jour le 12/01/2026 "
         "par Julien Perrault, psychologue (03 99 00 61 25)."]
TITLES = ["Programme de psychoéducation Cap Familles — Belcombe",
          "Centre hospitalier spécialisé du Val-de-Sâline, pôle de psychiatrie adulte, en partenariat avec la "
          "délégation AFAMP de Haute-Sâline",
          "Suivi des séances — année %s — cycles de 14 séances de 3 heures, le mardi de 18 h à 21 h"]
doc.spreadsheet.addElement(sheet("2024", [TITLES[0], TITLES[1], TITLES[2] % "2024"], b2024, n2024))
doc.spreadsheet.addElement(sheet("2025", [TITLES[0], TITLES[1], TITLES[2] % "2025"], b2025, n2025))
doc.save(OUT)
print("écrit :", OUT)
