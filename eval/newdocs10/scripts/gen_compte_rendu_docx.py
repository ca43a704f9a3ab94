# -*- coding: utf-8 -*-
"""Compte rendu (Word .docx) de l'assemblée plénière du CLSM intercommunal de Haute-Merlande, 14 octobre 2025."""
import os
import datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2025-10-28_clsm-haute-merlande_compte-rendu-assemblee-pleniere.docx")


def para(doc, text, bold_prefix=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    p.add_run(text)
    return p


def decision(doc, text):
    p = doc.add_paragraph()
    r = p.add_run("Décision : ")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    r2 = p.add_run(text)
    r2.italic = True
    return p


def table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            cell.width = widths[j]
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9.5)
                    if i == 0:
                        r.bold = True
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Compte rendu de l'assemblée plénière du CLSM de Haute-Merlande – 14 octobre 2025"
    cp.author = "Émilie Schaller"
    cp.subject = "CLSM intercommunal de Haute-Merlande"
    cp.created = datetime.datetime(2025, 10, 28, 9, 0)

    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("Communauté de communes de Haute-Merlande · Centre hospitalier de Rouvrange")
    r.font.size = Pt(9)
    doc.add_heading("Conseil local de santé mentale intercommunal de Haute-Merlande", level=0)
    doc.add_heading("Compte rendu de l'assemblée plénière du 14 octobre 2025", level=1)

    para(doc, "mardi 14 octobre 2025, de 14 h à 17 h 15", "Date : ")
    para(doc, "salle des fêtes de Merlande-le-Château, 2 place de la Halle", "Lieu : ")
    para(doc, "Corinne Hausser, maire de Merlande-le-Château, vice-présidente de la communauté de communes "
              "de Haute-Merlande chargée de la santé, présidente du CLSM", "Présidence : ")
    para(doc, "Dr Laurent Wehrlé, psychiatre, chef du pôle de psychiatrie générale du centre hospitalier de Rouvrange, "
              "vice-président du CLSM", "Co-animation : ")
    para(doc, "Émilie Schaller, coordinatrice du CLSM", "Rédaction : ")
    para(doc, "compte rendu validé par la présidente et le vice-président le 28 octobre 2025", "Validation : ")

    doc.add_heading("Participants", level=2)
    para(doc, "L'assemblée a réuni 47 participants. Liste des personnes présentes ayant signé la feuille d'émargement "
              "(les habitants et bénévoles présents à titre individuel ne sont pas nommés) :")
    present = [
        "Corinne Hausser, maire de Merlande-le-Château, présidente du CLSM",
        "Dr Laurent Wehrlé, chef du pôle de psychiatrie générale, centre hospitalier de Rouvrange",
        "Émilie Schaller, coordinatrice du CLSM, communauté de communes de Haute-Merlande",
        "Patrick Schneider, président de la communauté de communes de Haute-Merlande",
        "Dr Claire Feltz, pédopsychiatre, CMP enfants et adolescents de Rouvrange",
        "Martine Kieffer, cadre supérieure de santé, pôle de psychiatrie générale",
        "Nathalie Vogt, déléguée départementale, ARS Grand Est",
        "Sandrine Oberlé, responsable de la gestion locative, Habitat Merlande",
        "Karim Benali, directeur de la Maison des adolescents de Rouvrange",
        "Anne-Sophie Kuntz, chargée de projets, IREPS Grand Est",
        "Gérard Muller, conseiller en action sanitaire et sociale, MSA",
        "Lucie Haag, directrice du CCAS de Merlande-le-Château",
        "Thierry Weber, adjudant-chef, communauté de brigades de gendarmerie de Haute-Merlande",
        "Dr Paul Rieffel, médecin généraliste, président de la CPTS du Pays de Merlande",
        "Véronique Lang, responsable du service social départemental, secteur de Haute-Merlande",
        "Jean-Luc Mathis, délégué départemental de l'UNAFAM",
        "Aurélie Fuchs, animatrice du GEM Les Passerelles de Rouvrange",
        "Hugo Lentz, consultant, cabinet Territoires & Santé Conseil",
        "Isabelle Roth, principale du collège Jean-Moulin de Merlande-le-Château",
        "Denis Koenig, maire de Saint-Hilaire-en-Merlande",
        "Françoise Gerber, adjointe aux affaires sociales, Altviller",
        "Julien Scherrer, conseiller mission locale, Mission locale du Pays de Rouvrange",
        "Sabine Wolff, directrice du SSIAD de Haute-Merlande",
        "Mehdi Toumi, éducateur spécialisé, association Accueil et Réinsertion Merlande",
    ]
    for x in present:
        doc.add_paragraph(x, style="List Bullet")
    para(doc, "Sous-préfecture de Rouvrange ; Leila Amrani, infirmière conseillère technique, Éducation nationale ; "
              "Dr Marc Hirtz, psychiatre libéral ; Caisse primaire d'assurance maladie (représentée lors du dernier "
              "comité de pilotage).", "Excusés : ")

    doc.add_heading("Ordre du jour", level=2)
    for x in ["Accueil et ouverture de la séance",
              "Bilan d'activité de septembre 2024 à septembre 2025",
              "Restitution du diagnostic territorial partagé",
              "Groupes de travail : point d'étape et création d'un nouveau groupe",
              "Feuille de route 2026-2028",
              "Budget prévisionnel 2026",
              "Questions diverses"]:
        doc.add_paragraph(x, style="List Number")

    # 1
    doc.add_heading("1. Accueil et ouverture de la séance", level=2)
    para(doc, "Mme Hausser ouvre la séance à 14 h 05 et remercie les participants, plus nombreux que lors de la précédente "
              "assemblée plénière, qui avait réuni 36 personnes en novembre 2024. Elle rappelle que le CLSM a été créé "
              "le 3 février 2021 par la signature d'une convention entre la communauté de communes de Haute-Merlande, "
              "le centre hospitalier de Rouvrange, l'ARS Grand Est et le Département. Il couvre les 21 communes de "
              "l'intercommunalité, soit 29 700 habitants, sur un territoire rural où la commune la plus éloignée se situe "
              "à 48 kilomètres du centre médico-psychologique de Rouvrange.")
    para(doc, "Elle souligne que l'assemblée se tient en pleine période des Semaines d'information sur la santé mentale, "
              "et remercie les partenaires qui ont permis de programmer 14 actions du 6 au 19 octobre 2025 sur le territoire. "
              "Le Dr Wehrlé insiste pour sa part sur l'importance de l'assemblée plénière comme moment de transparence : "
              "« le CLSM n'appartient ni à l'hôpital ni à la communauté de communes, il appartient à tous ceux qui le font vivre ».")

    # 2
    doc.add_heading("2. Bilan d'activité de septembre 2024 à septembre 2025", level=2)
    para(doc, "Mme Schaller présente le bilan d'activité de l'année écoulée, dont le document complet est joint au présent "
              "compte rendu. Les principaux éléments sont les suivants.")
    para(doc, "La cellule de veille et d'orientation (CVO), qui examine les situations individuelles complexes, s'est réunie "
              "11 fois. Elle a examiné 61 situations, contre 44 l'année précédente. Les saisines proviennent pour un tiers "
              "des mairies et du CCAS, pour un quart du service social départemental, et pour le reste des bailleurs, "
              "de la gendarmerie, des services d'aide à domicile et du SSIAD. Dans 38 situations, une solution a été "
              "trouvée ou un suivi mis en place dans les trois mois. Le délai moyen entre la saisine et le passage en CVO "
              "est de 12 jours.", "Cellule de veille : ")
    para(doc, "96 personnes ont été formées aux premiers secours en santé mentale au cours de l'année, dont 41 agents "
              "communaux et intercommunaux, 23 bénévoles associatifs, 18 personnels de l'Éducation nationale et "
              "14 salariés agricoles ou exploitants, grâce à deux sessions organisées avec la MSA. Le total depuis la "
              "création du CLSM atteint 211 personnes formées.", "Formation : ")
    para(doc, "la deuxième édition de l'annuaire « Où s'adresser en santé mentale en Haute-Merlande ? » a été diffusée "
              "en mars 2025 à 1 500 exemplaires. Une version en ligne est accessible sur le site de la communauté de communes.",
         "Information du public : ")
    para(doc, "les 14 actions des Semaines d'information sur la santé mentale 2025 comprennent trois ciné-débats, une "
              "exposition itinérante réalisée par les adhérents du GEM, une marche solidaire, des portes ouvertes au CMP de "
              "Rouvrange et plusieurs conférences dans les communes. Les premiers chiffres font état de plus de 600 "
              "participants à mi-parcours ; le bilan définitif sera présenté au comité de pilotage de décembre.",
         "Semaines d'information sur la santé mentale : ")
    para(doc, "le CLSM a organisé en mars 2025 une demi-journée d'information à destination des élus municipaux, "
              "consacrée à la conduite à tenir face à une personne en crise et aux ressources du territoire. "
              "32 élus de 17 communes y ont participé. Un guide pratique de quatre pages leur a été remis.",
         "Élus : ")
    para(doc, "Mme Schaller signale enfin une difficulté persistante : la participation des médecins généralistes reste "
              "faible, malgré la présence du président de la CPTS. Le Dr Rieffel propose que la présentation du CLSM soit "
              "inscrite à l'ordre du jour de la prochaine soirée de formation de la CPTS, prévue en janvier.",
         "Points de difficulté : ")
    decision(doc, "le bilan d'activité est approuvé à l'unanimité des membres présents.")

    # 3
    doc.add_heading("3. Restitution du diagnostic territorial partagé", level=2)
    para(doc, "M. Lentz, du cabinet Territoires & Santé Conseil, présente les résultats du diagnostic territorial partagé "
              "conduit de février à juin 2025, à la demande du comité de pilotage, pour préparer la nouvelle feuille de route. "
              "Le diagnostic s'appuie sur l'analyse de données statistiques, 27 entretiens avec des professionnels et des élus, "
              "quatre réunions publiques et un questionnaire auquel 386 habitants ont répondu.")
    para(doc, "Les principaux constats sont les suivants :")
    for x in [
        "les délais d'accès aux soins sont longs : de 4 à 7 mois pour un premier rendez-vous avec un psychiatre au CMP adultes, "
        "et jusqu'à 11 mois au CMP enfants et adolescents, tandis qu'un premier entretien infirmier est proposé en trois semaines ;",
        "la démographie médicale se dégrade, avec trois départs en retraite de médecins généralistes non remplacés depuis 2023 ;",
        "38 % des habitants interrogés déclarent ne pas savoir ce qu'est un centre médico-psychologique ;",
        "le mal-être en milieu agricole est cité spontanément dans la moitié des entretiens, en lien avec les difficultés "
        "économiques des exploitations et l'isolement ;",
        "les jeunes de 15 à 25 ans expriment un besoin d'écoute de proximité, la Maison des adolescents étant située à Rouvrange, "
        "à plus de 40 minutes de bus pour une partie d'entre eux ;",
        "la mobilité est un frein majeur, en l'absence de transport collectif régulier dans la plupart des communes.",
    ]:
        doc.add_paragraph(x, style="List Bullet")
    para(doc, "Au cours des échanges, Mme Vogt, pour l'ARS, souligne la cohérence de ces constats avec le projet territorial "
              "de santé mentale du département, dont la feuille de route prévoit le renforcement des consultations avancées "
              "en zone rurale. Le Dr Feltz rappelle que le CMP enfants et adolescents a perdu un demi-poste de pédopsychiatre "
              "en 2024 et qu'un recrutement est en cours. M. Mathis, pour l'UNAFAM, demande que la parole des familles soit "
              "davantage prise en compte dans les prochaines étapes, les familles ayant été peu nombreuses à répondre au questionnaire.")
    decision(doc, "le diagnostic territorial partagé est validé ; il sera annexé à la feuille de route et diffusé à "
                  "l'ensemble des partenaires.")

    # 4
    doc.add_heading("4. Groupes de travail : point d'étape et création d'un nouveau groupe", level=2)
    para(doc, "Chaque pilote présente brièvement l'activité de son groupe. Le groupe « Accès aux soins et parcours » a "
              "élaboré une fiche de liaison entre médecins généralistes et CMP, testée depuis juin. Le groupe « Logement et "
              "maintien à domicile » a formé les gardiens et chargés de clientèle d'Habitat Merlande et travaille à une "
              "procédure d'alerte commune en cas d'impayés liés à des troubles psychiques. Le groupe « Jeunesse et santé "
              "mentale » a organisé trois ateliers dans les collèges et prépare une permanence d'écoute pour les jeunes. "
              "Le groupe « Prévention du suicide » a contribué à la diffusion du numéro national 3114 et à la formation de "
              "sentinelles dans les clubs sportifs.")
    para(doc, "Au vu du diagnostic, M. Muller propose la création d'un groupe consacré au mal-être en milieu agricole, "
              "qu'il se propose de piloter pour la MSA, en lien avec la chambre d'agriculture et les associations de "
              "soutien aux exploitants. Plusieurs maires appuient cette proposition, en rappelant deux suicides "
              "d'exploitants survenus sur le territoire au cours des dix-huit derniers mois.")
    decision(doc, "l'assemblée approuve la création du groupe de travail « Mal-être en milieu agricole », piloté par "
                  "Gérard Muller (MSA). La composition des groupes est arrêtée comme suit.")
    table(doc, [
        ["Groupe de travail", "Pilote", "Nombre de membres", "Prochaine réunion"],
        ["Accès aux soins et parcours", "Dr Laurent Wehrlé (centre hospitalier de Rouvrange)", "17", "20 novembre 2025"],
        ["Logement et maintien à domicile", "Sandrine Oberlé (Habitat Merlande)", "13", "4 décembre 2025"],
        ["Jeunesse et santé mentale", "Karim Benali (Maison des adolescents)", "22", "27 novembre 2025"],
        ["Prévention du suicide", "Anne-Sophie Kuntz (IREPS Grand Est)", "11", "9 décembre 2025"],
        ["Mal-être en milieu agricole (nouveau)", "Gérard Muller (MSA)", "9", "15 janvier 2026"],
    ], [Cm(5), Cm(5.5), Cm(2.5), Cm(3.5)])
    para(doc, "")
    para(doc, "Les personnes souhaitant rejoindre un groupe sont invitées à se signaler auprès de la coordinatrice. "
              "Il est rappelé que les groupes sont ouverts aux habitants, aux personnes concernées et aux familles.")

    # 5
    doc.add_heading("5. Feuille de route 2026-2028", level=2)
    para(doc, "Mme Schaller présente le projet de feuille de route pour les trois prochaines années, construit à partir "
              "du diagnostic et discuté en comité de pilotage le 23 septembre 2025. Elle comporte trois axes et "
              "douze fiches actions :")
    for x in [
        "Axe 1 – Améliorer l'accès aux soins et la continuité des parcours (5 fiches actions), dont la généralisation de "
        "la fiche de liaison avec les médecins généralistes et l'expérimentation de consultations avancées de psychiatrie "
        "à la maison de santé de Saint-Hilaire-en-Merlande ;",
        "Axe 2 – Promouvoir la santé mentale des jeunes (4 fiches actions), dont l'ouverture d'un point écoute jeunes "
        "itinérant et le déploiement du module jeunes des premiers secours en santé mentale ;",
        "Axe 3 – Prévenir le suicide et le mal-être, notamment en milieu agricole (3 fiches actions), dont un réseau de "
        "sentinelles agricoles et une journée annuelle d'information avec la MSA.",
    ]:
        doc.add_paragraph(x, style="List Bullet")
    para(doc, "M. Schneider indique que la communauté de communes soutiendra la feuille de route, sous réserve que l'ARS "
              "confirme sa participation financière sur trois ans. Mme Vogt répond que l'ARS est favorable à une convention "
              "pluriannuelle et qu'une proposition sera transmise avant la fin de l'année. Habitat Merlande et le "
              "représentant d'une association d'insertion s'abstiennent, souhaitant consulter leurs instances avant de "
              "s'engager sur les fiches actions qui les concernent.")
    decision(doc, "la feuille de route 2026-2028 est adoptée à l'unanimité des votants, avec deux abstentions.")

    # 6
    doc.add_heading("6. Budget prévisionnel 2026", level=2)
    para(doc, "Le budget prévisionnel 2026 s'élève à 71 400 euros, contre 63 900 euros en 2025. Il se répartit comme suit "
              "entre les financeurs : ARS Grand Est, au titre du fonds d'intervention régional, 30 000 euros ; communauté "
              "de communes de Haute-Merlande, 28 000 euros ; Département, 8 400 euros ; caisse primaire d'assurance maladie, "
              "5 000 euros. L'augmentation correspond principalement au passage du poste de coordination de 0,8 à 1 équivalent "
              "temps plein au 1er janvier 2026, financé par une hausse de 6 000 euros de la participation de la communauté de "
              "communes, et à la mise en place du nouveau groupe de travail.")
    para(doc, "En dépenses, la coordination représente 52 000 euros, les actions des groupes de travail 11 500 euros, les "
              "formations aux premiers secours en santé mentale 4 900 euros et la communication 3 000 euros.")
    decision(doc, "le budget prévisionnel 2026 est approuvé. La présidente est mandatée pour signer l'avenant à la "
                  "convention constitutive relatif au passage à temps plein de la coordination.")

    # 7
    doc.add_heading("7. Questions diverses", level=2)
    para(doc, "Mme Fuchs, animatrice du GEM Les Passerelles, indique que le GEM, basé à Rouvrange, souhaite ouvrir une "
              "antenne à Merlande-le-Château un après-midi par semaine, pour les adhérents qui ne peuvent se déplacer. "
              "La présidente propose de mettre à disposition une salle de la maison des services. Une visite des locaux "
              "sera organisée en novembre.", "GEM : ")
    para(doc, "Mme Haag présente le projet de navette solidaire porté par le CCAS de Merlande-le-Château, qui permettra, "
              "à titre expérimental, aux habitants sans moyen de transport de se rendre à leurs rendez-vous au CMP de "
              "Rouvrange. Conduite par des bénévoles, la navette fonctionnera deux jours par semaine, le mardi et le jeudi, "
              "à partir du 5 janvier 2026.", "Mobilité : ")
    para(doc, "l'adjudant-chef Weber rappelle l'intérêt du protocole de coordination entre la gendarmerie, le centre "
              "hospitalier et les mairies pour les situations de crise, signé en 2023. Il propose qu'un retour d'expérience "
              "soit présenté à la prochaine assemblée, plusieurs interventions récentes ayant montré la nécessité de "
              "clarifier le rôle de chacun la nuit et le week-end. Le Dr Wehrlé approuve et propose d'associer le service "
              "des urgences à ce travail.", "Situations de crise : ")
    para(doc, "M. Koenig, maire de Saint-Hilaire-en-Merlande, demande si le CLSM peut soutenir les communes dans "
              "l'accueil des personnes sortant d'hospitalisation qui n'ont plus de logement. Mme Oberlé indique qu'Habitat "
              "Merlande réserve chaque année deux logements à cet effet, en lien avec le service social du centre hospitalier, "
              "et qu'un bilan de ce dispositif sera présenté au groupe « Logement et maintien à domicile ».",
         "Logement après hospitalisation : ")
    para(doc, "la prochaine assemblée plénière se tiendra au printemps 2026, dans une autre commune du territoire ; "
              "la date sera fixée lors du prochain comité de pilotage.", "Prochaine assemblée : ")

    doc.add_heading("Prochaines étapes", level=2)
    table(doc, [
        ["Action", "Responsable", "Échéance"],
        ["Diffusion du compte rendu et du diagnostic territorial", "Émilie Schaller", "31 octobre 2025"],
        ["Dépôt du dossier de financement auprès de l'ARS", "Coordination du CLSM", "30 novembre 2025"],
        ["Comité de pilotage (suivi de la feuille de route)", "Corinne Hausser", "2 décembre 2025"],
        ["Visite des locaux pour l'antenne du GEM", "Lucie Haag et Aurélie Fuchs", "novembre 2025"],
        ["Lancement de la navette solidaire expérimentale", "CCAS de Merlande-le-Château", "5 janvier 2026"],
        ["Signature de l'avenant à la convention (coordination à temps plein)", "Communauté de communes", "janvier 2026"],
        ["Première réunion du groupe « Mal-être en milieu agricole »", "Gérard Muller", "15 janvier 2026"],
        ["Mise à jour de l'annuaire des ressources", "Groupe « Accès aux soins et parcours »", "mars 2026"],
    ], [Cm(8), Cm(5), Cm(3.5)])
    para(doc, "")
    para(doc, "La séance est levée à 17 h 15. La présidente remercie la commune de Merlande-le-Château pour son accueil "
              "et invite les participants au verre de l'amitié.")
    p = para(doc, "Contact : Émilie Schaller, coordinatrice du CLSM de Haute-Merlande – 03 87 00 52 19 – "
                  "clsm@haute-merlande.example")
    p.runs[0].font.size = Pt(9)

    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "CLSM intercommunal de Haute-Merlande – Compte rendu de l'assemblée plénière du 14 octobre 2025"
    doc.save(OUT)
    print("ok")


if __name__ == "__main__":
    main()
