# -*- coding: utf-8 -*-
"""« Récapitulatif de la réunion » Microsoft Teams (récapitulatif intelligent Copilot) copié dans Word et enregistré
en .docx : bloc d'informations de la réunion (date, heure UTC+01:00, organisatrice, lien d'enregistrement), tableau
des participants avec durée de présence, sections « Notes » générées par l'IA (titres de rubrique + puces avec noms
des personnes), mentions « Contenu généré par l'IA », tableau « Tâches de suivi » (tâche, responsable, échéance,
état), chapitres horodatés, mentions « @ », pied de page « Généré par Copilot dans Teams »."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-15_clsm-tregonvel_recap-comite-suivi-premiers-pas-ensemble.docx")
GREY = RGBColor(0x61, 0x61, 0x61)
PURPLE = RGBColor(0x5B, 0x5F, 0xC7)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def small(doc, text, italic=True, color=GREY):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.font.size = Pt(8.5)
    r.font.color.rgb = color
    return p


def bullet(doc, text, who=None, level=0):
    p = doc.add_paragraph(style="List Bullet" if level == 0 else "List Bullet 2")
    if who:
        r = p.add_run(who)
        r.bold = True
        p.add_run(" " + text)
    else:
        p.add_run(text)
    return p


def table(doc, rows, widths=None, header_fill="EBEBF5"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
                shade(c, header_fill)
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Segoe UI"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Microsoft Teams · Récapitulatif de la réunion · Diffusion interne au comité de suivi")
    hr.font.size = Pt(8)
    hr.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Généré par Copilot dans Teams le 15/01/2026 à 15:41 — copié dans Word par Armelle Guillou "
                    "(CLSM de Trégonvel). Le contenu généré par l'IA peut être incorrect.")
    fr.font.size = Pt(7.5)
    fr.font.color.rgb = GREY

    doc.add_heading("Comité de suivi « Premiers Pas Ensemble » — bilan 2025 et perspectives 2026", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Récapitulatif de la réunion")
    r.font.color.rgb = PURPLE
    r.bold = True
    info = [("Date", "jeudi 15 janvier 2026"), ("Heure", "14:00 – 15:31 (UTC+01:00) Bruxelles, Copenhague, "
                                                         "Madrid, Paris"),
            ("Organisatrice", "Armelle Guillou"), ("Canal", "CLSM Trégonvel › Périnatalité"),
            ("Enregistrement", "Enregistré par Armelle Guillou — 1 h 31 min — disponible jusqu'au 15/03/2026"),
            ("Transcription", "Activée (français)")]
    for k, v in info:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rk = p.add_run(k + " : ")
        rk.bold = True
        p.add_run(v)

    doc.add_heading("Participants (9)", level=2)
    table(doc, [["Nom", "Organisation", "Rôle", "Présence"],
                ["Armelle Guillou", "Ville de Trégonvel — coordinatrice du CLSM", "Organisatrice", "1 h 31 min"],
                ["Dr Ronan Le Gall", "CH de Trégonvel — consultation de périnatalité psychique", "Participant",
                 "1 h 12 min"],
                ["Véronique Huon", "Sage-femme libérale, référente du programme PPE", "Présentatrice",
                 "1 h 29 min"],
                ["Samia Belkacem", "Association Kerlann Familles — TISF", "Participante", "1 h 30 min"],
                ["Gurvan Prigent", "Association Kerlann Familles — directeur", "Participant", "1 h 30 min"],
                ["Laure Daniel", "Département des Côtes-d'Armor — PMI, puéricultrice cadre", "Participante",
                 "1 h 25 min"],
                ["Pierrick Jaouen", "CAF des Côtes-d'Armor — conseiller parentalité", "Participant", "58 min"],
                ["Fabienne Carré", "Préfecture — déléguée du préfet (politique de la ville)", "Participante",
                 "1 h 02 min"],
                ["Soizic Kervella", "Ressources Quartiers Bretagne (RQB)", "Invitée", "47 min"]])
    small(doc, "Excusés : Dr Maëlys Riou (médecin de PMI), Nolwenn Abgrall (ARS, délégation départementale).",
          italic=False)

    doc.add_heading("Notes", level=2)
    small(doc, "Contenu généré par l'IA. Vérifiez l'exactitude des informations avant de les partager.")

    doc.add_heading("Bilan chiffré 2025 du programme", level=3)
    bullet(doc, "a présenté le bilan de la première année pleine de Premiers Pas Ensemble (PPE), le programme de "
           "visites à domicile d'un binôme sage-femme libérale et TISF (technicienne de l'intervention sociale et "
           "familiale), du 7e mois de grossesse aux 6 mois de l'enfant, lancé en septembre 2024 dans le quartier "
           "prioritaire de La Madeleine-Haute.", "Véronique Huon")
    bullet(doc, "64 familles incluses en 2025, pour un objectif initial de 50 ; 41 d'entre elles résident à La "
           "Madeleine-Haute, les autres dans les quartiers voisins.", level=1)
    bullet(doc, "412 visites à domicile réalisées par les binômes, soit 6,4 visites en moyenne par famille.",
           level=1)
    bullet(doc, "EPDS passée chez 58 mères ; 17 avaient un score supérieur ou égal à 12 ; 19 orientations vers "
           "la consultation de périnatalité psychique du CH de Trégonvel, dont 2 pères.", level=1)
    bullet(doc, "5 familles sorties avant la fin du programme (3 déménagements, 2 refus).", level=1)
    bullet(doc, "a souligné l'effet sur l'entretien postnatal précoce : il a été réalisé pour 71 % des mères "
           "suivies par PPE en 2025, contre 38 % des mères du quartier en 2023, avant le programme, quand seules "
           "les visites de PMI existaient.", "Véronique Huon")

    doc.add_heading("Délais et articulation avec la psychiatrie", level=3)
    bullet(doc, "a indiqué que le délai moyen de premier rendez-vous à la consultation de périnatalité psychique "
           "est passé de 34 jours en 2024 à 16 jours en 2025 pour les familles PPE, grâce au créneau réservé du "
           "mardi après-midi.", "Dr Ronan Le Gall")
    bullet(doc, "a rappelé qu'il n'existe pas d'équipe mobile de psychiatrie périnatale dans les Côtes-d'Armor et "
           "a cité l'équipe Cocon de Brévanec comme modèle ; une demande sera portée au PTSM.",
           "Dr Ronan Le Gall")
    bullet(doc, "a signalé une liste d'attente de 9 familles en décembre 2025, faute de TISF disponibles.",
           "Gurvan Prigent")

    doc.add_heading("Financement 2026", level=3)
    bullet(doc, "a présenté le budget 2026 demandé : 92 000 € (contre 78 500 € en 2025), dont 40 000 € de l'ARS "
           "(appel à projets santé mentale), 22 000 € de la Ville au titre du contrat de ville, 18 000 € de la CAF "
           "au titre du REAAP (réseau d'écoute, d'appui et d'accompagnement des parents) et 12 000 € du "
           "Département.", "Armelle Guillou")
    bullet(doc, "a précisé que la CAF ne pourra pas s'engager avant sa commission d'action sociale du 24 février "
           "2026.", "Pierrick Jaouen")
    bullet(doc, "a rappelé que les dossiers de la programmation 2026 du contrat de ville doivent être déposés "
           "avant le 6 février 2026.", "Fabienne Carré")

    doc.add_heading("Pères et co-parents", level=3)
    bullet(doc, "a indiqué que 11 pères ont participé à au moins une visite en 2025 et a proposé un groupe "
           "mensuel « Pères & Bébés » à la maison de quartier de La Madeleine-Haute, première séance le samedi 7 "
           "mars 2026.", "Samia Belkacem")

    doc.add_heading("Interprétariat", level=3)
    bullet(doc, "14 des 64 familles ne sont pas francophones (principalement dari, tigrigna et géorgien).")
    bullet(doc, "a indiqué que la plateforme d'interprétariat par téléphone du Département est accessible aux "
           "professionnels de PMI mais pas aux TISF de Kerlann Familles ; elle demandera une extension.",
           "Laure Daniel")

    doc.add_heading("Lien avec le niveau régional", level=3)
    bullet(doc, "a proposé de présenter PPE lors de la première réunion du groupe régional « Périnatalité & "
           "quartiers », le 29 janvier 2026, et de partager le diaporama de la Rencontre régionale des CLSM du 20 "
           "novembre 2025.", "Soizic Kervella")

    doc.add_heading("Décisions", level=3)
    bullet(doc, "Le comité valide l'objectif de 70 familles incluses en 2026.")
    bullet(doc, "Une permanence PMI le samedi matin sera testée à La Madeleine-Haute d'avril à juin 2026.")
    bullet(doc, "Les critères d'inclusion restent inchangés ; les familles hors quartier prioritaire restent "
           "limitées à un tiers des inclusions.")

    doc.add_heading("Tâches de suivi", level=2)
    small(doc, "Contenu généré par l'IA. Les tâches suggérées ont été vérifiées par l'organisatrice.")
    table(doc, [["Tâche", "Responsable", "Échéance", "État"],
                ["Produire le tableau anonymisé des scores EPDS 2025", "Véronique Huon", "30/01/2026", "À faire"],
                ["Inscrire PPE à l'ordre du jour du groupe régional et partager le diaporama", "Soizic Kervella",
                 "29/01/2026", "À faire"],
                ["Déposer le dossier de programmation 2026 du contrat de ville", "Armelle Guillou", "06/02/2026",
                 "À faire"],
                ["Transmettre le bilan 2025 de PPE à l'ARS et à la déléguée du préfet", "Armelle Guillou",
                 "13/02/2026", "À faire"],
                ["Confirmer le montant de la CAF après la commission", "Pierrick Jaouen", "27/02/2026",
                 "En attente"],
                ["Organiser la première séance « Pères & Bébés »", "Samia Belkacem", "07/03/2026", "En cours"],
                ["Demander l'extension de l'interprétariat téléphonique aux TISF", "Laure Daniel", "31/03/2026",
                 "À faire"],
                ["Préparer la permanence PMI du samedi matin (avril-juin 2026)", "Laure Daniel", "01/04/2026",
                 "À faire"]])

    doc.add_heading("Chapitres", level=2)
    for t, label in [("00:00", "Ouverture et tour de table"), ("06:40", "Bilan chiffré 2025 de PPE"),
                     ("24:15", "Délais d'accès à la psychiatrie périnatale"), ("41:30", "Financement 2026"),
                     ("58:10", "Pères et co-parents"), ("1:09:45", "Interprétariat"),
                     ("1:20:30", "Tâches, décisions et prochaine réunion")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t + "  ")
        r.font.color.rgb = PURPLE
        p.add_run(label)

    doc.add_heading("Mentions", level=2)
    bullet(doc, "@Laure Daniel : vérifier si l'infirmière de PMI de secteur peut couvrir le samedi.")
    bullet(doc, "@Pierrick Jaouen : envoyer le lien vers le dossier REAAP 2026.")

    doc.add_heading("Prochaine réunion", level=2)
    doc.add_paragraph("Jeudi 16 avril 2026 à 14 h, en présentiel à la mairie annexe de La Madeleine-Haute "
                      "(salle Ar Gwez), avec lien Teams pour les personnes à distance.")
    doc.core_properties.title = "Récapitulatif — Comité de suivi Premiers Pas Ensemble — 15/01/2026"
    doc.core_properties.author = "Armelle Guillou"
    doc.save(OUT)


if __name__ == "__main__":
    main()
