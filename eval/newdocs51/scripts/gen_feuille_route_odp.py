# -*- coding: utf-8 -*-
"""Génère la feuille de route 2026-2028 du groupe de travail « précarité et santé mentale » du CLSM de Vireval,
présentée en séance plénière le 26 mars 2026 (.odp, odfpy, 12 diapositives 16:9).

Mise en page : cadres de titre et de contenu (presentation:class title / outline) ; diapositive 9 en frise
chronologique (une ligne horizontale, des pastilles rondes et des zones de texte datées, alternées au-dessus et
au-dessous de la ligne) ; notes de l'orateur (presentation:notes) sur chaque diapositive, dont certaines portent
des faits absents des diapositives.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.draw import Ellipse, Frame, Line, Page, PageThumbnail, TextBox
from odf.opendocument import OpenDocumentPresentation
from odf.presentation import Notes
from odf.style import (GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties,
                       Style, TextProperties)
from odf.namespaces import PRESENTATIONNS
from odf.text import P


def pframe(style, cls, **kw):
    """Cadre de présentation (presentation:style-name et presentation:class)."""
    fr = Frame(**kw)
    fr.setAttrNS(PRESENTATIONNS, "style-name", style.getAttribute("name"))
    fr.setAttrNS(PRESENTATIONNS, "class", cls)
    return fr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-26_clsm-vireval_feuille-de-route-gt-precarite-2026-2028.odp")

SLIDES = [
    ("Précarité et santé mentale — feuille de route 2026-2028",
     ["Groupe de travail « précarité et santé mentale » du conseil local de santé mentale (CLSM) de Vireval",
      "Séance plénière du jeudi 26 mars 2026 — salle du conseil, hôtel de ville",
      "Dr Thomas Vandamme (EMPP, CH de Vireval) et Samia Belkacem (association Le Phare), co-pilotes"],
     "Présentation à deux voix par les co-pilotes ; animation et questions : Claire Dumoulin, coordinatrice du "
     "CLSM. Prévoir 30 minutes, puis vote de la plénière."),
    ("Le groupe de travail en bref",
     ["Créé le 14 juin 2023", "27 structures membres en mars 2026 (19 à la création)",
      "Réunion plénière du groupe tous les deux mois",
      "Cellule de situations complexes : le deuxième jeudi de chaque mois, 14 h – 16 h, depuis janvier 2026",
      "Annuaire du réseau précarité publié le 1er octobre 2025"],
     "Jusqu'en décembre 2025, la cellule se réunissait le premier jeudi du mois ; le passage au deuxième jeudi "
     "évite le conflit avec la commission du SIAO. La cellule a examiné 46 situations depuis sa création, dont "
     "31 en 2025."),
    ("Ce que 2025 nous a appris",
     ["EMPP : 517 personnes rencontrées (468 en 2024)", "PASS psy : 341 personnes en file active (287 en 2024)",
      "Maraudes du SAMU social : 634 personnes différentes rencontrées",
      "Domiciliation : 1 783 personnes domiciliées à Vireval au 31 décembre 2025",
      "115 : 58 % de demandes non pourvues dans le département"],
     "Attention : le taux de 58 % est départemental (bilan du SIAO). Pour les seules personnes de Vireval, le "
     "SAMU social calcule 57 % de demandes non pourvues en 2025 (3 435 sur 6 077)."),
    ("Ce que disent les personnes concernées",
     ["42 personnes interrogées à La Halte, au CHRS Le Phare et en maraude",
      "Ce qui aide : revoir la même personne ; pouvoir venir sans rendez-vous ; être compris dans sa langue",
      "Ce qui bloque : devoir tout raconter à chaque guichet ; les horaires ; la peur de perdre sa place",
      "Demande forte : un lieu de nuit réservé aux femmes"],
     "Consultation menée avec le GEM La Passerelle du 12 au 23 janvier 2026, questionnaire passé par deux "
     "adhérents pairs. 17 femmes et 25 hommes."),
    ("Axe 1 — Accès aux droits",
     ["Un référent santé au CCAS pour les personnes domiciliées (recrutement en mai 2026)",
      "Délai de domiciliation ramené à 15 jours (la loi fixe un maximum de deux mois)",
      "Permanence mensuelle de la CPAM à La Halte à partir de juin 2026",
      "Ouverture des droits dès l'hospitalisation pour les personnes sans couverture"],
     "Le référent santé du CCAS est financé à mi-temps par la Ville. La permanence CPAM aura lieu le premier lundi "
     "du mois, de 9 h 30 à 12 h."),
    ("Axe 2 — Aller vers et continuité des soins",
     ["EMPP : présence le samedi, à titre expérimental, à partir du 4 avril 2026",
      "PASS psy : permanence au CHRS Le Phare à partir de septembre 2026",
      "Zéro sortie d'hospitalisation vers la rue : fiche de liaison hôpital – SIAO généralisée",
      "Groupe de parole pour les femmes hébergées à l'hôtel (EMPP et PASS psy)"],
     "La présence du samedi est conditionnée à la réponse de l'ARS sur la demande FIR de 62 000 € ; en cas de "
     "refus, elle démarrera en septembre sur un format réduit d'un samedi sur deux."),
    ("Axe 3 — Interprétariat",
     ["Un fonds mutualisé d'interprétariat de 600 heures pour 2026, géré par le CLSM",
      "Chaque structure membre dispose d'un droit de tirage de 30 heures",
      "Charte du réseau : jamais d'enfant ni de proche comme interprète pour parler de santé",
      "Deux sessions de formation « travailler avec un interprète »"],
     "Tarifs 2026 de Langues en Partage : 48 € de l'heure en présentiel, 32 € de l'heure par téléphone "
     "(facturation à la minute au-delà de la première demi-heure). Les sessions de formation auront lieu les "
     "4 juin et 8 octobre 2026."),
    ("Axe 4 — Repérer, former, coordonner",
     ["Premiers secours en santé mentale (PSSM) : 60 professionnels formés en 2026 (48 en 2025)",
      "Mise à jour de l'annuaire du réseau deux fois par an, en avril et en octobre",
      "Une journée d'échanges de pratiques annuelle, la première le 19 novembre 2026",
      "Fiche commune de repérage de la crise suicidaire pour les veilleurs de nuit"],
     "Les formations PSSM sont assurées par deux formateurs accrédités du CH ; elles durent deux jours et sont "
     "gratuites pour les structures membres."),
    ("Calendrier 2026-2028", [], "La frise reprend les échéances des quatre axes. La halte de nuit pour femmes "
     "reste à l'état de projet : son financement n'est pas acquis."),
    ("Financements",
     ["ARS Hauts-de-France (FIR) : 62 000 € demandés pour la présence du samedi de l'EMPP",
      "Fonds d'interprétariat : 31 800 € (contrat de ville 22 000 €, ARS 9 800 €)",
      "DDETS : maraudes reconduites en 2026 (236 000 €) ; étude de la halte de nuit pour femmes",
      "Fondation pour le logement des défavorisés (ex-Fondation Abbé Pierre) : 20 000 € pour l'espace hygiène de La Halte"],
     "L'appel à projets 2026 du contrat de ville Engagements Quartiers 2030 se clôt le 30 avril 2026 ; le dossier "
     "interprétariat sera déposé par la Ville au nom du CLSM."),
    ("Indicateurs et cibles 2028",
     ["Délai d'accès à la PASS psy : 5 jours au plus", "Sorties d'hospitalisation vers la rue ou le 115 : zéro",
      "100 professionnels formés aux PSSM (cumul 2025-2028)",
      "Au moins 20 % des entretiens de la PASS psy avec interprète",
      "Domiciliation : attestation délivrée en 15 jours"],
     "Les indicateurs seront suivis chaque année dans le tableau de bord du CLSM, présenté à la plénière de mars."),
    ("Et maintenant ?",
     ["Vote de la feuille de route par la plénière", "Prochaines réunions du groupe : 12 mai, 7 juillet et "
      "22 septembre 2026", "Contact : Claire Dumoulin, coordinatrice du CLSM — 03 99 00 18 46 — clsm@vireval.example"],
     "La DDETS a fait savoir qu'elle s'abstiendrait lors du vote, dans l'attente des arbitrages budgétaires de "
     "l'État pour 2026."),
]

TIMELINE = [
    ("avril 2026", "EMPP présente le samedi (expérimentation)"),
    ("juin 2026", "Permanence CPAM à La Halte"),
    ("septembre 2026", "PASS psy au CHRS Le Phare"),
    ("janvier 2027", "Bilan à mi-parcours"),
    ("2027", "Halte de nuit pour femmes (12 places, projet)"),
    ("décembre 2028", "Évaluation finale de la feuille de route"),
]


def build():
    doc = OpenDocumentPresentation()
    pl = PageLayout(name="PL16x9")
    pl.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape",
                                       margin="0cm"))
    doc.automaticstyles.addElement(pl)
    dp = Style(name="dp1", family="drawing-page")
    doc.automaticstyles.addElement(dp)
    title_st = Style(name="Titre", family="presentation")
    title_st.addElement(GraphicProperties(fill="none", stroke="none"))
    title_st.addElement(TextProperties(fontsize="28pt", fontweight="bold", color="#1f4e79"))
    doc.styles.addElement(title_st)
    body_st = Style(name="Contenu", family="presentation")
    body_st.addElement(GraphicProperties(fill="none", stroke="none"))
    body_st.addElement(TextProperties(fontsize="18pt"))
    doc.styles.addElement(body_st)
    box_st = Style(name="Boite", family="graphic")
    box_st.addElement(GraphicProperties(fill="none", stroke="none", textareaverticalalign="middle"))
    box_st.addElement(ParagraphProperties(textalign="center"))
    box_st.addElement(TextProperties(fontsize="12pt"))
    doc.automaticstyles.addElement(box_st)
    line_st = Style(name="Ligne", family="graphic")
    line_st.addElement(GraphicProperties(stroke="solid", strokecolor="#1f4e79", strokewidth="0.12cm"))
    doc.automaticstyles.addElement(line_st)
    dot_st = Style(name="Pastille", family="graphic")
    dot_st.addElement(GraphicProperties(fill="solid", fillcolor="#2e75b6", stroke="none"))
    doc.automaticstyles.addElement(dot_st)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)

    for i, (title, bullets, notes) in enumerate(SLIDES, 1):
        page = Page(name="Diapositive %d" % i, masterpagename=mp, stylename=dp)
        doc.presentation.addElement(page)
        tf = pframe(title_st, "title", width="25cm", height="2.2cm", x="1.5cm", y="0.8cm")
        tb = TextBox()
        tb.addElement(P(text=title))
        tf.addElement(tb)
        page.addElement(tf)
        if bullets:
            bf = pframe(body_st, "outline" if i > 1 else "subtitle", width="25cm", height="10.5cm", x="1.5cm",
                        y="3.6cm")
            bb = TextBox()
            for b in bullets:
                bb.addElement(P(text=("• " if i > 1 else "") + b))
            bf.addElement(bb)
            page.addElement(bf)
        if i == 9:
            page.addElement(Line(stylename=line_st, x1="1.5cm", y1="8.5cm", x2="26.5cm", y2="8.5cm"))
            step = 24.0 / (len(TIMELINE) - 1)
            for k, (when, what) in enumerate(TIMELINE):
                cx = 2.0 + step * k
                page.addElement(Ellipse(stylename=dot_st, width="0.6cm", height="0.6cm", x="%.2fcm" % (cx - 0.3),
                                        y="8.2cm"))
                y = 4.6 if k % 2 == 0 else 9.3
                fr = Frame(stylename=box_st, width="4.2cm", height="3.2cm", x="%.2fcm" % (cx - 2.1), y="%.1fcm" % y)
                t = TextBox()
                t.addElement(P(text=when))
                t.addElement(P(text=what))
                fr.addElement(t)
                page.addElement(fr)
        n = Notes()
        n.addElement(PageThumbnail(width="14cm", height="7.9cm", x="3.5cm", y="2cm"))
        nf = pframe(body_st, "notes", width="17cm", height="10cm", x="2cm", y="11cm")
        nt = TextBox()
        nt.addElement(P(text=notes))
        nf.addElement(nt)
        n.addElement(nf)
        page.addElement(n)
    doc.save(OUT)
    print(OUT, len(SLIDES), "diapositives")


if __name__ == "__main__":
    build()
