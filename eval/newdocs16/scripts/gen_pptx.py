# -*- coding: utf-8 -*-
"""PowerPoint (python-pptx) : bilan 2026 de Passerelles Langues Santé au comité de suivi du protocole.
Tableau « en histogramme » (barres faites de caractères ▇ dans une colonne), notes de l'orateur porteuses de
chiffres absents des diapositives, sections PowerPoint (« Bilan », « Perspectives », « Annexes ») déclarées dans
p:sectionLst, diapositives d'annexe."""
import os
from lxml import etree
from pptx import Presentation
from pptx.util import Cm, Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2027-02-09_passerelles-langues-sante_bilan-2026-interpretariat-clsm.pptx")

prs = Presentation()
prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)

def slide(title, bullets=None, notes=None, layout=1):
    s = prs.slides.add_slide(prs.slide_layouts[layout])
    s.shapes.title.text = title
    if bullets is not None:
        body = s.placeholders[1].text_frame
        body.clear()
        for i, b in enumerate(bullets):
            lvl = 1 if b.startswith("  ") else 0
            p = body.paragraphs[0] if i == 0 else body.add_paragraph()
            p.text, p.level = b.strip(), lvl
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s

def table(s, rows, left, top, widths, size=14):
    shp = s.shapes.add_table(len(rows), len(rows[0]), Cm(left), Cm(top), Cm(sum(widths)), Cm(1.0 * len(rows)))
    t = shp.table
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            for p in t.cell(i, j).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    return t

s1 = prs.slides.add_slide(prs.slide_layouts[0])
s1.shapes.title.text = "Interprétariat en santé mentale : bilan 2026"
s1.placeholders[1].text = ("Passerelles Langues Santé — Comité de suivi du protocole du CLSM de Montreval-sur-Loire\n"
                           "Mardi 9 février 2027")
s1.notes_slide.notes_text_frame.text = "Présentation par Karim Benslimane, directeur, et Fatou Diallo, interprète référente."

slide("L'année 2026 en bref", [
    "1 046 interventions d'interprétariat pour les structures du CLSM",
    "588 heures réalisées de février à décembre 2026",
    "47 interprètes au 31 décembre (41 au 1er janvier)",
    "26 langues couvertes",
    "Demandes non satisfaites : 7 % sur l'année"],
    notes="Sur les 1 046 interventions, 212 ont eu lieu par téléphone dans une situation d'urgence. "
          "Le coût total facturé au CLSM pour 2026 s'élève à 31 870 euros, au-delà de l'enveloppe initiale : "
          "la rallonge de la Ville a couvert l'écart.")

s3 = slide("Heures d'interprétariat par langue (2026)", layout=5)
rows = [("Langue", "Heures", "Répartition")]
for lang, h in (("Dari", 171), ("Pachto", 94), ("Tigrigna", 82), ("Arabe soudanais", 69), ("Géorgien", 51), ("Autres langues (21)", 121)):
    rows.append((lang, "%d h" % h, "▇" * round(h / 8)))
table(s3, rows, 2.0, 4.0, [7.5, 3.5, 18.0])
s3.notes_slide.notes_text_frame.text = ("Le dari représente à lui seul 29 % des heures. Parmi les autres langues, "
                                        "le lingala et le peul progressent nettement en fin d'année.")

s4 = slide("Qui a fait appel aux interprètes ?", layout=5)
table(s4, [("Structure demandeuse", "Part des heures", "Répartition"),
           ("CMP adultes Émile-Zola", "41 %", "▇" * 41), ("Équipe mobile psychiatrie précarité", "24 %", "▇" * 24),
           ("CADA Les Peupliers", "15 %", "▇" * 15), ("Urgences du centre hospitalier", "12 %", "▇" * 12),
           ("Centres sociaux", "8 %", "▇" * 8)], 2.0, 4.0, [10.5, 4.5, 14.0])
s4.notes_slide.notes_text_frame.text = ("Les centres sociaux utilisent surtout l'interprétariat pour le groupe de "
                                        "parole « Paroles de femmes ».")

slide("Ce qui a changé pour les équipes", [
    "Un délai moyen de mise en relation par téléphone de 8 minutes",
    "Des entretiens préparés : pré-briefing de cinq minutes",
    "Une supervision mensuelle des interprètes, animée par une psychologue",
    "  12 séances de supervision en 2026",
    "Plus aucun enfant sollicité comme interprète dans les structures signataires"],
    notes="Le chiffre sur les enfants vient de l'enquête flash menée auprès des équipes en janvier 2027 : "
          "aucune des 9 structures n'a signalé de recours à un mineur.")

slide("Perspectives 2027", [
    "Adhésion du CLSM intercommunal du Pays d'Erdre au 1er avril 2027",
    "Recrutement de deux interprètes femmes en pachto",
    "Un livret d'accueil traduit en 8 langues",
    "Module « santé mentale » de 30 heures pour tous les nouveaux interprètes"],
    notes="Le livret d'accueil sera disponible en dari, pachto, tigrigna, arabe, géorgien, anglais, russe et albanais.")

slide("Annexes", None, layout=2).placeholders[1].text = "Méthode et glossaire"

slide("Annexe 1 — Méthode de calcul", [
    "Heures : durée facturée, pré-briefing et débriefing compris",
    "Interventions : une intervention = un rendez-vous, quelle que soit sa durée",
    "Demandes non satisfaites : demandes sans interprète disponible dans le délai du protocole"])

s9 = slide("Annexe 2 — Glossaire", layout=5)
table(s9, [("Sigle", "Signification"),
           ("PLS", "Passerelles Langues Santé"),
           ("EMPP", "Équipe mobile psychiatrie précarité"),
           ("CADA", "Centre d'accueil de demandeurs d'asile"),
           ("FIR", "Fonds d'intervention régional"),
           ("PASS", "Permanence d'accès aux soins de santé")], 2.0, 4.0, [5.0, 20.0])

# Sections PowerPoint (extension p14:sectionLst)
ids = list(prs.slides._sldIdLst)
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
ext_lst = etree.SubElement(prs.part._element, "{%s}extLst" % P)
ext = etree.SubElement(ext_lst, "{%s}ext" % P, uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
sl = etree.SubElement(ext, "{%s}sectionLst" % P14, nsmap={"p14": P14})
for k, (name, a, b) in enumerate((("Bilan 2026", 0, 5), ("Perspectives", 5, 6), ("Annexes", 6, 9))):
    sec = etree.SubElement(sl, "{%s}section" % P14, name=name, id="{6A1F%04d-0000-4000-8000-00000000000%d}" % (k, k))
    lst = etree.SubElement(sec, "{%s}sldIdLst" % P14)
    for sid in ids[a:b]:
        etree.SubElement(lst, "{%s}sldId" % P14, id=sid.get("id"))
prs.save(OUT)
print(OUT)
