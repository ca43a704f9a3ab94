# -*- coding: utf-8 -*-
"""Génère le protocole de postvention des établissements scolaires de Pont-Vernel (Word .docx, python-docx),
version 1 validée le 18 mars 2025 par la DSDEN du Pays-de-Risle et le CLSM de Pont-Vernel.

Mise en page : page de titre, préambule, composition de la cellule de postvention en liste à puces, dix étapes
numérotées (titres « Étape n — ... », actions en liste numérotée automatique), tableau « Qui fait quoi, dans quel
délai ? », zone de texte (VML v:textbox, injectée en XML) « Numéros d'urgence », liste « Ce qu'il ne faut pas
faire », signataires, en-tête et pied de page avec champ PAGE.

Tout est inventé (ville, département, structures, personnes, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-03-18_dsden-pays-de-risle_protocole-postvention-etablissements-scolaires.docx")

STEPS = [
    ("Étape 1 — Recevoir l'alerte et vérifier l'information", "dès l'alerte (H0)", [
        "Le chef d'établissement, ou son adjoint en son absence, reçoit l'information du décès.",
        "Il la vérifie auprès de la famille, des services de police ou de gendarmerie ; aucune information n'est "
        "diffusée tant que le décès et ses circonstances ne sont pas confirmés.",
        "Il note l'heure de l'alerte : tous les délais du protocole se calculent à partir de cette heure.",
    ]),
    ("Étape 2 — Prévenir la DSDEN et le CLSM", "dans l'heure", [
        "Le chef d'établissement appelle la cellule d'appui de la DSDEN au 03 99 00 77 10 (jours ouvrés, 8 h – 18 h) "
        "ou, en dehors de ces horaires, la permanence de direction de la DSDEN.",
        "Il prévient la coordinatrice du CLSM, qui mobilise si besoin le psychologue d'appui du CLSM et la Maison "
        "des adolescents.",
    ]),
    ("Étape 3 — Réunir la cellule de postvention", "dans les 2 heures", [
        "La cellule se réunit dans les deux heures suivant l'alerte, dans un lieu à l'écart des élèves.",
        "Elle désigne un secrétaire de séance qui tient la main courante (heure, décision, responsable).",
        "Elle prépare le texte d'annonce aux élèves et le courrier aux familles à partir des modèles des annexes 1 "
        "et 2.",
    ]),
    ("Étape 4 — Prendre contact avec la famille", "dans les 24 heures", [
        "Le chef d'établissement présente les condoléances de la communauté scolaire.",
        "Il recueille le souhait de la famille sur ce qui peut être dit du décès ; à défaut d'accord, on parle d'un "
        "« décès brutal » sans en donner la cause.",
        "Il ne mentionne jamais le moyen utilisé, ni auprès de la famille ni ailleurs.",
    ]),
    ("Étape 5 — Informer les personnels", "le lendemain, avant l'arrivée des élèves", [
        "Réunion de l'ensemble des personnels à 7 h 45, conduite par le chef d'établissement avec l'infirmière.",
        "Remise du texte d'annonce et d'une fiche de repérage des signes d'alerte chez les élèves.",
        "Les personnels qui le souhaitent peuvent être reçus par le psychologue d'appui du CLSM.",
    ]),
    ("Étape 6 — Informer les élèves, classe par classe", "le lendemain, première heure de cours", [
        "L'annonce est faite dans chaque classe par un adulte que les élèves connaissent, de préférence en binôme, "
        "à partir du texte écrit.",
        "Jamais d'annonce collective dans la cour, au micro ou par haut-parleur.",
        "Un lieu d'écoute est ouvert toute la journée (infirmerie et salle polyvalente).",
    ]),
    ("Étape 7 — Repérer et recevoir les élèves vulnérables", "dans les 48 heures", [
        "La cellule établit la liste des élèves les plus exposés : amis proches, fratrie, camarades de classe, "
        "témoins, élèves ayant déjà fait une tentative de suicide ou suivis pour des difficultés psychiques.",
        "L'infirmière et la psychologue de l'Éducation nationale reçoivent chacun de ces élèves individuellement.",
        "Les élèves qui en ont besoin sont orientés vers la Maison des adolescents ou vers un médecin, avec "
        "information des parents.",
    ]),
    ("Étape 8 — Informer les familles des élèves", "le jour de l'annonce aux élèves", [
        "Un courrier signé du chef d'établissement est remis aux élèves et envoyé par l'espace numérique de travail.",
        "Il rappelle les signes qui doivent alerter les parents et les ressources disponibles, dont le 3114.",
    ]),
    ("Étape 9 — Encadrer la communication et les réseaux sociaux", "pendant toute la crise", [
        "Le service communication de la DSDEN est l'interlocuteur unique des médias ; aucun personnel ne répond "
        "aux journalistes.",
        "Les messages publiés par les élèves sont surveillés avec bienveillance : un message inquiétant est "
        "signalé le jour même à l'infirmière.",
    ]),
    ("Étape 10 — Commémorer sobrement et assurer le suivi", "J+8, J+30, 3 mois, date anniversaire", [
        "L'hommage est sobre et comparable à celui rendu pour tout autre décès ; pas de lieu de mémoire permanent "
        "dans l'établissement.",
        "La cellule fait le point à J+8 et à J+30, puis un bilan est réalisé à trois mois avec le CLSM.",
        "Une vigilance particulière est organisée à l'approche de la date anniversaire du décès.",
    ]),
]

TABLE = [
    ("Vérifier l'information", "Chef d'établissement", "Dès l'alerte"),
    ("Prévenir la DSDEN et le CLSM", "Chef d'établissement", "Dans l'heure"),
    ("Réunir la cellule de postvention", "Chef d'établissement", "Dans les 2 heures"),
    ("Contacter la famille", "Chef d'établissement", "Dans les 24 heures"),
    ("Réunir les personnels", "Chef d'établissement et infirmière", "Lendemain, 7 h 45"),
    ("Annoncer le décès aux élèves", "Professeur principal et CPE, en binôme", "Lendemain, première heure"),
    ("Recevoir les élèves les plus exposés", "Infirmière et psychologue de l'Éducation nationale", "Sous 48 heures"),
    ("Écrire aux familles", "Chef d'établissement", "Jour de l'annonce"),
    ("Répondre aux médias", "Service communication de la DSDEN", "Pendant toute la crise"),
    ("Point d'étape", "Cellule de postvention", "J+8 et J+30"),
    ("Bilan", "Cellule de postvention et coordinatrice du CLSM", "À trois mois"),
]

EMERGENCY = [
    "NUMÉROS D'URGENCE",
    "SAMU : 15 — Numéro d'urgence européen : 112",
    "3114 : numéro national de prévention du suicide, 24 h/24, gratuit",
    "Cellule d'appui DSDEN : 03 99 00 77 10",
    "Coordination du CLSM (Maëlle Guéroult) : 06 99 00 41 27",
    "Psychologue d'appui du CLSM (Julien Lecanu) : 06 99 00 41 35",
    "Maison des adolescents du Pays-de-Risle : 03 99 00 58 70",
    "Urgences psychiatriques du CH de Pont-Vernel : 03 99 00 52 00",
]


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box(paragraph, lines):
    paras = []
    for i, ln in enumerate(lines):
        b = "<w:b/>" if i == 0 else ""
        paras.append('<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="19"/></w:rPr>'
                     '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, esc(ln)))
    xml = ('<w:r %s><w:pict><v:shape id="encadre-urgence" type="#_x0000_t202" '
           'style="position:absolute;margin-left:250pt;margin-top:6pt;width:215pt;height:160pt;z-index:2;'
           'mso-position-horizontal-relative:margin" fillcolor="#fdeeee" strokecolor="#b22222" strokeweight="1.5pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '<w10:wrap type="square"/></v:shape></w:pict></w:r>'
           % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"',
              "".join(paras)))
    paragraph._p.append(parse_xml(xml))


def main():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "DSDEN du Pays-de-Risle — CLSM de Pont-Vernel\tProtocole de postvention — version 1 du 18 mars 2025"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Document à usage des équipes — ne pas diffuser aux élèves ni aux familles — page ")
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run("PROTOCOLE DE POSTVENTION\nAprès le suicide d'un élève ou d'un membre du personnel")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x1f, 0x3a, 0x5f)
    s = d.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Écoles, collèges et lycées publics de Pont-Vernel\nVersion 1 — validée le 18 mars 2025 par la "
              "Direction des services départementaux de l'Éducation nationale (DSDEN) du Pays-de-Risle et le "
              "conseil local de santé mentale (CLSM) de Pont-Vernel").italic = True

    d.add_heading("Préambule", level=1)
    d.add_paragraph("La postvention désigne l'ensemble des actions menées après un suicide pour soutenir "
                    "l'entourage, repérer les personnes fragilisées et prévenir un effet de contagion. Après le "
                    "suicide d'un adolescent, le risque suicidaire augmente chez les jeunes de son entourage : une "
                    "réponse rapide, coordonnée et sobre protège.")
    d.add_paragraph("Ce protocole a été rédigé par un groupe de travail du CLSM réuni à cinq reprises entre "
                    "octobre 2024 et février 2025, avec des chefs d'établissement, des infirmières et des "
                    "psychologues de l'Éducation nationale, la Maison des adolescents et le CMP. Il s'applique "
                    "aussi, avec les adaptations nécessaires, après une tentative de suicide survenue dans "
                    "l'établissement. Les établissements privés sous contrat peuvent s'y référer mais n'en sont pas "
                    "signataires.")

    d.add_heading("La cellule de postvention", level=1)
    d.add_paragraph("Elle est pilotée par le chef d'établissement (dans le premier degré : l'inspecteur de "
                    "l'Éducation nationale de circonscription) et comprend :")
    for m in ["le chef d'établissement ou son adjoint ;", "le conseiller principal d'éducation ;",
              "l'infirmière scolaire ;", "la psychologue de l'Éducation nationale ;",
              "l'assistante sociale scolaire ;", "le professeur principal de la classe de l'élève ;",
              "sur demande, le psychologue d'appui du CLSM et un professionnel de la Maison des adolescents."]:
        d.add_paragraph(m, style="List Bullet")

    p = d.add_paragraph()
    text_box(p, EMERGENCY)
    p.add_run("Conservez cet encadré près du téléphone du secrétariat de direction. Les numéros sont vérifiés à "
              "chaque rentrée scolaire par la coordinatrice du CLSM.")

    d.add_heading("Les dix étapes", level=1)
    for title, delay, actions in STEPS:
        d.add_heading(title, level=2)
        q = d.add_paragraph()
        q.add_run("Délai : ").bold = True
        q.add_run(delay)
        for a in actions:
            d.add_paragraph(a, style="List Number")

    d.add_heading("Qui fait quoi, dans quel délai ?", level=1)
    tab = d.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tab.rows[0].cells, ("Action", "Qui ?", "Dans quel délai ?")):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in TABLE:
        cells = tab.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("Ce qu'il ne faut pas faire", level=1)
    for m in ["annoncer le décès au micro, par haut-parleur ou dans la cour ;",
              "décrire le moyen utilisé ou le lieu du décès ;",
              "présenter le suicide comme une solution, un geste courageux ou romantique ;",
              "organiser une minute de silence ou un lâcher de ballons sans l'accord de la cellule ;",
              "installer une plaque, un arbre ou un autel durable au nom de l'élève ;",
              "laisser un élève bouleversé rentrer seul chez lui."]:
        d.add_paragraph(m, style="List Bullet")

    d.add_heading("Annexes et signataires", level=1)
    d.add_paragraph("Annexe 1 : modèle de texte d'annonce aux élèves. Annexe 2 : modèle de courrier aux familles. "
                    "Annexe 3 : fiche de repérage des signes d'alerte. Les annexes sont disponibles auprès de la "
                    "coordination du CLSM (clsm@pont-vernel.example).")
    d.add_paragraph("Le protocole sera révisé après un an d'application, au printemps 2026, à partir des bilans à "
                    "trois mois des établissements.")
    d.add_paragraph("Pour la DSDEN du Pays-de-Risle : Philippe Ravenel, directeur académique des services de "
                    "l'Éducation nationale.\nPour le CLSM de Pont-Vernel : Thierry Lemarchand, président du CLSM, "
                    "adjoint au maire chargé de la santé et des solidarités.")
    d.core_properties.title = "Protocole de postvention — établissements scolaires publics de Pont-Vernel"
    d.core_properties.author = "CLSM de Pont-Vernel"
    d.save(OUT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
