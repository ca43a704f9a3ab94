# -*- coding: utf-8 -*-
"""Génère le diaporama OpenDocument (.odp, odfpy) du comité de pilotage « e-santé mentale » des Côtes de Vauclerc
du 24 juin 2025 (11 diapositives).

Mise en forme voulue : pages 16:9, titre et zone de texte dans des cadres, tableaux (table:table dans un
draw:frame) pour les chiffres par site, l'activité de France Services, le budget et les décisions ; notes de
l'orateur (presentation:notes) qui portent des informations absentes des diapositives (créneaux du CMP,
prestataire retenu, position de l'ARS, date du registre des traitements…).

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentPresentation
from odf.style import (Style, MasterPage, PageLayout, PageLayoutProperties, TextProperties, GraphicProperties,
                       ParagraphProperties, DrawingPageProperties, TableColumnProperties, TableCellProperties)
from odf.draw import Page, Frame, TextBox
from odf.presentation import Notes
from odf.text import P, List, ListItem
from odf.namespaces import PRESENTATIONNS
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-24_cc-cotes-vauclerc_copil-e-sante-mentale.odp")

doc = OpenDocumentPresentation()

pl = PageLayout(name="Ecran169")
pl.addElement(PageLayoutProperties(margin="0cm", pagewidth="28cm", pageheight="15.75cm",
                                   printorientation="landscape"))
doc.automaticstyles.addElement(pl)
dps = Style(name="dp1", family="drawing-page")
dps.addElement(DrawingPageProperties(backgroundvisible="true", backgroundobjectsvisible="true"))
doc.automaticstyles.addElement(dps)
master = MasterPage(name="CotesVauclerc", pagelayoutname=pl)
doc.masterstyles.addElement(master)

fr_title = Style(name="frTitre", family="presentation")
fr_title.addElement(GraphicProperties(fill="solid", fillcolor="#2B5F3A", stroke="none"))
doc.automaticstyles.addElement(fr_title)
fr_body = Style(name="frCorps", family="presentation")
fr_body.addElement(GraphicProperties(fill="none", stroke="none"))
doc.automaticstyles.addElement(fr_body)
fr_notes = Style(name="frNotes", family="presentation")
fr_notes.addElement(GraphicProperties(fill="none", stroke="none"))
doc.automaticstyles.addElement(fr_notes)
fr_tab = Style(name="frTableau", family="graphic")
fr_tab.addElement(GraphicProperties(fill="none", stroke="none"))
doc.automaticstyles.addElement(fr_tab)

p_title = Style(name="pTitre", family="paragraph")
p_title.addElement(TextProperties(fontsize="26pt", fontweight="bold", color="#FFFFFF", fontfamily="Liberation Sans"))
doc.automaticstyles.addElement(p_title)
p_body = Style(name="pCorps", family="paragraph")
p_body.addElement(TextProperties(fontsize="16pt", color="#222222", fontfamily="Liberation Sans"))
p_body.addElement(ParagraphProperties(marginbottom="0.2cm"))
doc.automaticstyles.addElement(p_body)
p_cell = Style(name="pCellule", family="paragraph")
p_cell.addElement(TextProperties(fontsize="12pt", fontfamily="Liberation Sans"))
doc.automaticstyles.addElement(p_cell)
p_head = Style(name="pEntete", family="paragraph")
p_head.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#FFFFFF", fontfamily="Liberation Sans"))
doc.automaticstyles.addElement(p_head)
p_note = Style(name="pNote", family="paragraph")
p_note.addElement(TextProperties(fontsize="12pt", fontfamily="Liberation Sans"))
doc.automaticstyles.addElement(p_note)
p_foot = Style(name="pPied", family="paragraph")
p_foot.addElement(TextProperties(fontsize="9pt", color="#666666", fontfamily="Liberation Sans"))
doc.automaticstyles.addElement(p_foot)
c_head = Style(name="cEntete", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#2B5F3A", border="0.03cm solid #2B5F3A", padding="0.1cm"))
doc.automaticstyles.addElement(c_head)
c_body = Style(name="cCorps", family="table-cell")
c_body.addElement(TableCellProperties(border="0.03cm solid #9CC3A5", padding="0.1cm"))
doc.automaticstyles.addElement(c_body)
col = Style(name="colA", family="table-column")
col.addElement(TableColumnProperties(columnwidth="5cm"))
doc.automaticstyles.addElement(col)

N_SLIDES = 11
state = {"n": 0}


def slide(title, bullets=None, table=None, notes=None, tab_top="3.2cm"):
    state["n"] += 1
    n = state["n"]
    page = Page(name="Diapo%d" % n, masterpagename=master, stylename=dps)
    tf = Frame(stylename=fr_title, width="28cm", height="2.4cm", x="0cm", y="0cm")
    tf.setAttrNS(PRESENTATIONNS, "class", "title")
    tb = TextBox()
    tb.addElement(P(stylename=p_title, text=title))
    tf.addElement(tb)
    page.addElement(tf)
    if bullets:
        bf = Frame(stylename=fr_body, width="25.6cm", height="10cm", x="1.2cm", y="2.9cm")
        bf.setAttrNS(PRESENTATIONNS, "class", "outline")
        bb = TextBox()
        lst = List()
        for b in bullets:
            li = ListItem()
            li.addElement(P(stylename=p_body, text=b))
            lst.addElement(li)
        bb.addElement(lst)
        bf.addElement(bb)
        page.addElement(bf)
    if table:
        headers, rows = table
        tfr = Frame(stylename=fr_tab, width="25.6cm", height="8cm", x="1.2cm", y=tab_top)
        t = Table(name="Tableau%d" % n)
        for _ in headers:
            t.addElement(TableColumn(stylename=col))
        tr = TableRow()
        for h in headers:
            c = TableCell(stylename=c_head, valuetype="string")
            c.addElement(P(stylename=p_head, text=h))
            tr.addElement(c)
        t.addElement(tr)
        for r in rows:
            tr = TableRow()
            for v in r:
                c = TableCell(stylename=c_body, valuetype="string")
                c.addElement(P(stylename=p_cell, text=v))
                tr.addElement(c)
            t.addElement(tr)
        tfr.addElement(t)
        page.addElement(tfr)
    ff = Frame(stylename=fr_body, width="26cm", height="0.8cm", x="1cm", y="14.8cm")
    fb = TextBox()
    fb.addElement(P(stylename=p_foot, text="COPIL e-santé mentale — 24 juin 2025 — %d / %d" % (n, N_SLIDES)))
    ff.addElement(fb)
    page.addElement(ff)
    if notes:
        nt = Notes()
        nf = Frame(stylename=fr_notes, width="16cm", height="12cm", x="2cm", y="14cm")
        nf.setAttrNS(PRESENTATIONNS, "class", "notes")
        nb = TextBox()
        for para in notes:
            nb.addElement(P(stylename=p_note, text=para))
        nf.addElement(nb)
        nt.addElement(nf)
        page.addElement(nt)
    doc.presentation.addElement(page)


slide("Comité de pilotage e-santé mentale — 24 juin 2025",
      ["Communauté de communes des Côtes de Vauclerc — conseil local de santé mentale (CLSM)",
       "Hôtel communautaire, Vauclerc — mardi 24 juin 2025, 14 h – 16 h 30",
       "Présidence : Martine Hocquard, vice-présidente chargée de la santé et des solidarités",
       "Animation : Mathilde Gérardin, coordinatrice du CLSM"],
      notes=["Présents : M. Hocquard (CC), Dr O. Thiébaut et S. Lefèvre (CMP de Vauclerc, Centre psychothérapique "
             "de Ravenel), Dr P. Jacquemin (MSP de Fontenoy-la-Côte), I. Bouchard (France Services), A. Mangin "
             "(politique de la ville), J.-M. Colin (ARS Grand Est, délégation territoriale de Haute-Seille), "
             "N. Ferhat (Mission locale).",
             "Excusés : MSP de Brémoncourt (représentée par la CPTS du Pays de Vauclerc), H. Vautrin (DPO)."])

slide("Ordre du jour",
      ["1. Téléconsultations CMP – maisons de santé : bilan 2024 et cinq premiers mois de 2025",
       "2. Permanence e-santé de France Services",
       "3. Rappel des résultats de l'enquête habitants",
       "4. Plateforme de rendez-vous en ligne : calendrier",
       "5. Expérimentation Boussole Jeunes",
       "6. Budget et financements — 7. Règles de protection des données — 8. Décisions"])

slide("1. Téléconsultations CMP – maisons de santé, par site",
      table=(["Site", "Ouverture", "2024", "1er janv. – 31 mai 2025"],
             [["MSP de Fontenoy-la-Côte", "janvier 2023", "192", "97"],
              ["MSP de Brémoncourt", "janvier 2023", "131", "71"],
              ["MSP de Saint-Aubin-des-Bois", "avril 2024", "58", "49"],
              ["Pôle de santé du Champ-Fleury (QPV)", "septembre 2023", "105", "74"],
              ["Total", "", "486", "291"]]),
      notes=["Le Dr Thiébaut précise que le CMP réserve désormais trois demi-journées par semaine à la "
             "téléconsultation (mardi matin, jeudi après-midi et vendredi matin), contre deux en 2024.",
             "Taux d'absence aux téléconsultations : 14 % en 2024, 10 % sur les cinq premiers mois de 2025.",
             "À Saint-Aubin-des-Bois, 6 % des séances de 2024 ont été coupées faute de débit ; la fibre doit "
             "arriver à la maison de santé en septembre 2025."])

slide("Téléconsultations : premiers enseignements",
      ["118 patients différents suivis en téléconsultation en 2024 (dont 27 habitants du Champ-Fleury)",
       "Deux tiers des séances conduites par l'IPA, un tiers par le psychiatre",
       "Une consultation en présentiel au CMP au moins une fois par an pour chaque patient",
       "Pas de téléconsultation pour une première demande en situation de crise"],
      notes=["Sonia Lefèvre souligne que les patients de Saint-Aubin-des-Bois économisent en moyenne 76 km "
             "aller-retour par séance.",
             "Le Dr Jacquemin demande un créneau de téléexpertise (avis du psychiatre au médecin traitant, sans "
             "le patient) : accord de principe, mise en place à l'automne."])

slide("2. Permanence e-santé de France Services (Champ-Fleury)",
      table=(["Type d'accompagnement", "2024", "1er janv. – 31 mai 2025"],
             [["Création ou activation de Mon espace santé", "97", "71"],
              ["Prise de rendez-vous médical", "112", "93"],
              ["Préparation d'une téléconsultation", "38", "41"],
              ["Documents et ordonnances en ligne", "64", "45"],
              ["Compte ameli et remboursements", "45", "31"],
              ["Total", "356", "281"]]),
      notes=["Inès Bouchard signale que 40 % des personnes reçues ont plus de 60 ans et qu'un tiers habitent le "
             "Champ-Fleury.",
             "Permanence : mardi 9 h – 12 h et jeudi 14 h – 17 h, 12 rue des Tilleuls ; bus France Services "
             "dans 12 communes."])

slide("3. Enquête habitants « Le numérique et votre santé » (rappel)",
      ["612 répondants, du 4 novembre 2024 au 17 janvier 2025",
       "15,2 % sans internet à domicile — 23,6 % au Champ-Fleury",
       "33,0 % en difficulté avec les démarches en ligne",
       "50,7 % accepteraient une téléconsultation avec un professionnel de santé mentale",
       "41,0 % des répondants du secteur de Saint-Aubin-des-Bois : connexion insuffisante pour la vidéo"])

slide("4. Plateforme de rendez-vous en ligne « Rendez-vous Santé Côtes »",
      ["Quatre maisons de santé + demandes de premier contact au CMP",
       "Test à la MSP de Brémoncourt en septembre 2025",
       "Ouverture au public : lundi 6 octobre 2025",
       "Rappel SMS 48 h avant ; téléphone et France Services maintenus",
       "Coût de la première année : 18 400 €"],
      notes=["Prestataire retenu : la société Agendo, après consultation de trois prestataires ; hébergement "
             "certifié HDS en France.",
             "La CPTS du Pays de Vauclerc assure le paramétrage des agendas ; le secrétariat commun reste joignable "
             "au 03 99 00 41 00."])

slide("5. Expérimentation Boussole Jeunes (15 – 25 ans)",
      ["Application de bien-être : journal d'humeur, exercices de respiration, annuaire des ressources locales",
       "Objectif : 60 jeunes inscrits, dont une partie au Champ-Fleury",
       "Partenaires : Mission locale, lycée des métiers Les Côtes, Maison des adolescents, PAEJ",
       "Lancement prévu le 15 septembre 2025 ; bilan en février 2026"],
      notes=["Aurélie Mangin confirme que le volet Champ-Fleury peut être financé par le contrat de ville 2025 : "
             "le dossier a été déposé avant la clôture de l'appel à projets, le 30 avril.",
             "La DPO, excusée, a demandé par écrit qu'aucune date ne soit arrêtée avant son avis sur l'AIPD."])

slide("6. Budget et financements 2024 – 2025",
      table=(["Financeur", "Objet", "Montant", "Période"],
             [["ARS Grand Est (FIR)", "Équipement des 4 salles de téléconsultation et coordination", "48 000 €",
               "2024 – 2025"],
              ["ARS Grand Est (FIR)", "Plateforme de rendez-vous, première année", "10 000 €", "2025 – 2026"],
              ["Contrat de ville", "Permanence e-santé de France Services", "5 000 €", "2025"],
              ["Contrat de ville", "Boussole Jeunes, volet Champ-Fleury", "4 500 €", "2025 (sous réserve)"],
              ["CC des Côtes de Vauclerc", "Reste à charge plateforme et communication", "12 000 €", "2025"]]),
      notes=["Jean-Marc Colin (ARS) indique que le FIR ne financera plus le matériel en 2026 ; seule la "
             "coordination pourra être reconduite, sur dossier à déposer avant le 15 novembre 2025.",
             "Sur les 48 000 € du FIR : 21 000 € pour le matériel des quatre salles, 27 000 € pour le temps "
             "de coordination (0,3 ETP sur deux ans)."])

slide("7. Protection des données : les règles communes",
      ["Aucune téléconsultation n'est enregistrée (ni image ni son)",
       "Outil régional de télémédecine, vidéo chiffrée ; salle fermée dans chaque maison de santé",
       "France Services : aucun identifiant conservé, mandat Aidants Connect pour agir à la place d'un usager",
       "Plateforme et application : hébergement HDS en France, la CC n'accède pas aux données de santé",
       "AIPD obligatoire avant tout nouveau traitement de données de santé"],
      notes=["Le registre des traitements de la communauté de communes a été mis à jour le 2 juin 2025 ; la DPO "
             "mutualisée est Hélène Vautrin (Syndicat mixte Haute-Seille Numérique)."])

slide("8. Décisions et prochaines étapes",
      table=(["Décision", "Responsable", "Échéance"],
             [["Passer à trois demi-journées de téléconsultation au CMP", "CMP de Vauclerc", "juillet 2025"],
              ["Ouvrir Rendez-vous Santé Côtes au public", "CC et CPTS", "6 octobre 2025"],
              ["Lancer Boussole Jeunes (après avis de la DPO)", "CLSM", "15 septembre 2025"],
              ["Déposer la demande FIR 2026 (coordination)", "CLSM", "15 novembre 2025"],
              ["Étudier une 5e salle à la MSP de Lorry-sur-Seille", "CC et CMP", "2026"],
              ["Prochain comité de pilotage", "CLSM", "mardi 20 janvier 2026"]]),
      notes=["Relevé de décisions diffusé par Mathilde Gérardin le 27 juin 2025 ; contact : "
             "clsm@cc-cotes-vauclerc.example, 03 99 00 41 20."])

assert state["n"] == N_SLIDES
doc.save(OUT)
print("écrit :", OUT)
