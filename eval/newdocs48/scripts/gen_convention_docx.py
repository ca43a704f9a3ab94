# -*- coding: utf-8 -*-
"""Génère la convention de partenariat 2025-2027 de la commission des situations complexes du CLSM de Montferrange
(Word .docx, python-docx) : page de titre, préambule, douze articles numérotés en titres « Article n — … »,
listes à puces, six notes de bas de page (partie word/footnotes.xml ajoutée à la main, appels w:footnoteReference),
tableau « qui paie quoi » avec ligne de total, tableau de signatures final ; en-tête et pied de page.

Tout est inventé (ville, département, structures, personnes, chiffres, adresses .example).
"""
import copy
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-01-30_ville-montferrange_convention-commission-situations-complexes.docx")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES = {
    1: "Créée le 14 mars 2019 par le CLSM et Ornelle Habitat sous le nom de « cellule de veille santé mentale et "
       "logement », elle a été renommée « commission des situations complexes » par la séance plénière du CLSM "
       "du 21 septembre 2023. Elle s'est réunie tous les deux mois jusqu'en décembre 2024.",
    2: "Le syndrome de Diogène n'est pas un diagnostic des classifications internationales (CIM-11, DSM-5) ; le "
       "terme est employé ici comme un repère descriptif partagé, et non comme un diagnostic.",
    3: "Article L. 1110-4 du code de la santé publique et article L. 121-6-2 du code de l'action sociale et des "
       "familles. Seules les informations strictement nécessaires à la coordination sont échangées ; aucune "
       "donnée médicale détaillée n'est transmise en séance.",
    4: "Les montants 2026 et 2027 sont prévisionnels et restent soumis au vote des budgets de chaque financeur ; "
       "ils pourront être modifiés par avenant.",
    5: "Le plafond est fixé à 3 500 € TTC par logement et par période de douze mois. Au-delà, la dépense doit être "
       "approuvée par la séance plénière du CLSM.",
    6: "La mise à disposition de la conseillère sociale d'Ornelle Habitat (0,2 ETP, valorisée à 9 500 € par an) est "
       "une contribution en nature ; elle n'est pas comprise dans le total du tableau.",
}


def add_footnotes_part(doc):
    body = "".join(
        '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, t.replace("&", "&amp;"))
        for i, t in sorted(FOOTNOTES.items()))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="%s">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>%s</w:footnotes>' % (W_NS, body))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def para(doc, text, style=None, bold_prefix=None):
    """Paragraphe ; « {n} » devient un appel de note n."""
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    for piece in re.split(r"(\{\d\})", text):
        m = re.match(r"\{(\d)\}", piece)
        if m:
            r = p.add_run()
            rpr = r._r.get_or_add_rPr()
            rpr.append(parse_xml('<w:vertAlign xmlns:w="%s" w:val="superscript"/>' % W_NS))
            r._r.append(parse_xml('<w:footnoteReference xmlns:w="%s" w:id="%s"/>' % (W_NS, m.group(1))))
        elif piece:
            p.add_run(piece)
    return p


def article(doc, n, title):
    doc.add_heading("Article %d — %s" % (n, title), level=1)


def bullets(doc, items):
    for it in items:
        para(doc, it, style="List Bullet")


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, color)))


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = ("CLSM de Montferrange — Convention de partenariat « commission des situations "
                                     "complexes » 2025-2027")
    sec.footer.paragraphs[0].text = "Convention signée le 30 janvier 2025 — document contractuel — 8 exemplaires"

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CONVENTION DE PARTENARIAT")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("relative à la commission des situations complexes « santé mentale et logement » du conseil local "
                   "de santé mentale (CLSM) de Montferrange — période 2025-2027")
    r.font.size = Pt(13)
    para(doc, "Convention n° CLSM-2025-03 — Haute-Ornelle (Grand Est)").alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Entre les soussignés", level=2)
    bullets(doc, [
        "la Ville de Montferrange, représentée par son maire, M. Bernard Lhuillier, porteuse du CLSM ;",
        "le centre communal d'action sociale (CCAS) de Montferrange, représenté par sa vice-présidente, "
        "Mme Josiane Fabre ;",
        "l'établissement public de santé mentale (EPSM) de Haute-Ornelle, gestionnaire de l'équipe mobile "
        "psychiatrie précarité (EMPP) « Passerelle », représenté par sa directrice, Mme Françoise Keller ;",
        "Ornelle Habitat, office public de l'habitat, représenté par son directeur général, M. Philippe Marchetti ;",
        "le Département de Haute-Ornelle, représenté par le président du conseil départemental, M. Gérard Thirion ;",
        "l'Agence régionale de santé (ARS) Grand Est, représentée par la déléguée territoriale de Haute-Ornelle, "
        "Mme Hélène Mercier ;",
        "l'État, représenté par la sous-préfète chargée de la politique de la ville, Mme Laure Bernardin, au titre "
        "du contrat de ville « Engagements Quartiers 2030 » de Montferrange ;",
        "l'association Trajectoires, gestionnaire du service intégré d'accueil et d'orientation (SIAO) de "
        "Haute-Ornelle, représentée par son président, M. Yves Colin,",
    ])
    para(doc, "ci-après dénommés « les parties ».")

    doc.add_heading("Préambule", level=2)
    para(doc, "Le conseil local de santé mentale de Montferrange (58 700 habitants) a été installé en 2016. Depuis "
              "2019, il anime une instance de coordination autour des personnes dont les troubles psychiques mettent "
              "en péril le maintien dans le logement, d'abord appelée cellule de veille{1}. En 2024, elle a examiné "
              "47 situations nouvelles en six séances. Près de sept situations sur dix concernent des habitants des "
              "trois quartiers prioritaires de la politique de la ville (QPV) : le Clos-Fleuri (4 860 habitants), "
              "Les Tanneries (3 420 habitants) et Roseraie-Gare (2 150 habitants).")
    para(doc, "Face à la hausse des demandes, les parties ont décidé de passer à un rythme mensuel, expérimenté dès "
              "janvier 2025, et de formaliser leurs engagements respectifs, notamment financiers, dans la présente "
              "convention.")

    article(doc, 1, "Objet")
    para(doc, "La présente convention définit l'organisation, les règles de fonctionnement et le financement de la "
              "commission des situations complexes « santé mentale et logement » (ci-après « la commission ») du "
              "CLSM de Montferrange. La commission a pour but de construire, avec la personne chaque fois que "
              "possible, une réponse coordonnée permettant d'éviter une rupture de logement, une expulsion ou une "
              "dégradation de l'état de santé.")

    article(doc, 2, "Définitions")
    para(doc, "Au sens de la présente convention, on entend par :")
    para(doc, "une personne ou un ménage résidant à Montferrange dont les difficultés de santé mentale, avérées ou "
              "supposées, compromettent le maintien dans le logement ou la sécurité de la personne ou des tiers, et "
              "pour lequel au moins deux partenaires sont déjà intervenus sans solution durable ;",
         style="List Bullet", bold_prefix="Situation complexe : ")
    para(doc, "la négligence grave de l'entretien du logement ou de soi-même, entraînant un risque pour la santé ou "
              "la sécurité (accumulation de déchets, présence de nuisibles, odeurs, risque d'incendie) ;",
         style="List Bullet", bold_prefix="Incurie dans le logement : ")
    para(doc, "forme sévère d'incurie associant accumulation d'objets ou de déchets (syllogomanie), négligence "
              "extrême de l'hygiène, isolement social et absence de demande d'aide, voire refus de toute aide{2} ;",
         style="List Bullet", bold_prefix="Syndrome de Diogène : ")
    para(doc, "l'échange, entre professionnels tenus au secret, des seules informations nécessaires à la "
              "continuité de l'accompagnement de la personne{3}.",
         style="List Bullet", bold_prefix="Secret partagé : ")

    article(doc, 3, "Composition")
    para(doc, "La commission réunit des membres permanents, désignés nominativement par chaque partie avec un "
              "suppléant :")
    bullets(doc, [
        "la coordinatrice du CLSM, qui anime la commission et en assure le secrétariat ;",
        "un psychiatre ou un infirmier de l'EMPP « Passerelle » et un représentant du centre médico-psychologique "
        "(CMP) adultes du secteur de Montferrange ;",
        "la conseillère sociale d'Ornelle Habitat ;",
        "un travailleur social du CCAS et un travailleur social de la maison départementale des solidarités (MDS) "
        "de Montferrange ;",
        "un agent du service communal d'hygiène et de santé (SCHS) de la Ville ;",
        "un représentant du SIAO de Haute-Ornelle.",
    ])
    para(doc, "Peuvent être invités, pour une situation donnée : le médecin traitant, le mandataire judiciaire à la "
              "protection des majeurs, un autre bailleur (notamment Logivie Est), un service d'aide à domicile. La "
              "commission ne délibère valablement qu'en présence d'au moins quatre membres permanents.")

    article(doc, 4, "Fonctionnement et périodicité")
    para(doc, "La commission se réunit le premier jeudi de chaque mois, de 9 h 30 à 12 h, salle Rosa-Parks de la "
              "Maison des solidarités, 14 rue des Tanneurs à Montferrange, sauf au mois d'août. Lorsque le premier "
              "jeudi est férié, la séance est reportée au jeudi suivant. Onze séances ont donc lieu chaque année.")
    para(doc, "Huit situations au plus sont inscrites à l'ordre du jour d'une séance. En cas d'urgence, la "
              "coordinatrice peut réunir sous 72 heures une cellule restreinte (coordinatrice, EMPP et "
              "professionnel à l'origine de la saisine), en visioconférence si nécessaire.")
    para(doc, "Un relevé de décisions anonymisé est adressé aux membres dans les huit jours qui suivent la séance. "
              "Chaque situation se voit désigner un référent de parcours, chargé de la mise en œuvre et du retour "
              "à la commission.")

    article(doc, 5, "Saisine")
    para(doc, "Peuvent saisir la commission : tout professionnel d'une structure signataire, les médecins "
              "traitants et les mandataires judiciaires exerçant à Montferrange. Les habitants, les familles et le "
              "voisinage ne saisissent pas directement la commission : ils s'adressent à un professionnel (CCAS, "
              "MDS, bailleur, médecin) ou au guichet unique de la mairie, qui apprécie l'opportunité d'une saisine.")
    para(doc, "La saisine se fait au moyen de la fiche de saisine (annexe 1), adressée par messagerie sécurisée à "
              "commission.situations@clsm-montferrange.example au moins dix jours avant la séance. La coordinatrice "
              "accuse réception sous 48 heures et peut demander des compléments. Une situation n'est inscrite que si "
              "la personne réside à Montferrange et si au moins une démarche a déjà été tentée auprès d'elle.")

    article(doc, 6, "Consentement et information de la personne")
    para(doc, "Le professionnel qui saisit la commission informe la personne de son intention de présenter sa "
              "situation, de l'objet de la démarche et de la liste des structures présentes. Il recherche son "
              "consentement, recueilli par écrit sur le formulaire d'accord (annexe 2), ou noté dans la fiche de "
              "saisine lorsque la personne donne un accord oral sans pouvoir signer.")
    para(doc, "Si la personne refuse ou ne peut être jointe, la situation n'est examinée que de façon anonymisée : "
              "ni nom, ni adresse, ni date de naissance. La commission ne peut alors formuler que des conseils "
              "généraux au professionnel.")
    para(doc, "Par exception, en cas de danger grave et imminent pour la personne ou pour des tiers, la situation "
              "peut être examinée de façon nominative sans accord préalable ; la personne en est alors informée a "
              "posteriori par son référent, dans un délai de quinze jours.")
    para(doc, "La personne peut demander à être reçue par la commission ou à s'y faire représenter par une personne "
              "de confiance. Elle peut à tout moment retirer son accord.")

    article(doc, 7, "Confidentialité")
    para(doc, "Chaque participant signe chaque année la charte de confidentialité du CLSM. Les documents de séance "
              "ne quittent pas la salle ; les données nominatives sont conservées par le secrétariat du CLSM au "
              "plus deux ans après la clôture de la situation, puis détruites.")

    article(doc, 8, "Engagements des parties")
    bullets(doc, [
        "La Ville met à disposition les locaux, le secrétariat et le SCHS, et porte le poste de coordination.",
        "L'EPSM garantit la présence de l'EMPP à chaque séance et un premier contact avec la personne dans les "
        "quinze jours suivant une orientation.",
        "Ornelle Habitat suspend, le temps de l'examen, les procédures contentieuses engagées contre un locataire "
        "dont la situation est inscrite, hors cas de danger, et met à disposition sa conseillère sociale.",
        "Le Département mobilise la MDS et examine en priorité les demandes au fonds de solidarité pour le "
        "logement (FSL) issues de la commission.",
        "Le SIAO examine en priorité les demandes d'hébergement ou de logement accompagné issues de la "
        "commission, y compris vers le programme « Un chez-soi d'abord » de Valmoreau.",
        "L'ARS et l'État apportent les financements prévus à l'article 9.",
    ])

    article(doc, 9, "Dispositions financières")
    para(doc, "Les contributions financières annuelles des parties sont les suivantes{4} :")
    rows = [
        ("Financeur", "Objet du financement", "2025", "2026 (prév.)", "2027 (prév.)"),
        ("ARS Grand Est (fonds d'intervention régional)", "Poste de coordination (0,5 ETP dédié à la commission) "
         "et supervision des professionnels", "45 000 €", "45 000 €", "45 000 €"),
        ("État — crédits politique de la ville (contrat de ville)", "Actions dans les trois QPV : formation des "
         "gardiens d'immeuble, interprétariat, aller-vers", "18 000 €", "18 000 €", "18 000 €"),
        ("Département de Haute-Ornelle", "Fonds d'intervention incurie (part départementale)", "12 000 €",
         "12 000 €", "12 000 €"),
        ("Ornelle Habitat", "Fonds d'intervention incurie (part bailleur){6}", "8 000 €", "8 000 €", "8 000 €"),
        ("Ville de Montferrange", "Fonds d'intervention incurie (10 000 €) ; locaux, secrétariat et complément "
         "de coordination (12 000 €)", "22 000 €", "22 000 €", "22 000 €"),
        ("Total", "", "105 000 €", "105 000 €", "105 000 €"),
    ]
    tbl = doc.add_table(rows=0, cols=5)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = tbl.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = ""
            p = cells[j].paragraphs[0]
            for piece in re.split(r"(\{\d\})", v):
                m = re.match(r"\{(\d)\}", piece)
                if m:
                    rr = p.add_run()
                    rr._r.get_or_add_rPr().append(
                        parse_xml('<w:vertAlign xmlns:w="%s" w:val="superscript"/>' % W_NS))
                    rr._r.append(parse_xml('<w:footnoteReference xmlns:w="%s" w:id="%s"/>' % (W_NS, m.group(1))))
                elif piece:
                    rr = p.add_run(piece)
                    rr.bold = i == 0 or row[0] == "Total"
            if i == 0:
                shade(cells[j], "D9E7EC")
    para(doc, "Les sommes sont versées à la Ville de Montferrange, porteuse du CLSM, au plus tard le 30 juin de "
              "chaque année, sur présentation d'un appel de fonds.")

    article(doc, 10, "Fonds d'intervention incurie")
    para(doc, "Le fonds d'intervention incurie, doté de 30 000 € par an (Département, Ornelle Habitat et Ville), "
              "finance le désencombrement, le nettoyage, la désinsectisation et le petit équipement des logements "
              "concernés par une situation d'incurie. Il est mobilisé sur décision de la commission, avec l'accord "
              "de la personne, et géré par le CCAS{5}. Une visite de l'EMPP ou du CMP précède toute intervention, "
              "et l'intervention est préparée avec la personne, pièce par pièce, sans tri imposé.")

    article(doc, 11, "Évaluation")
    para(doc, "La coordinatrice tient un tableau de suivi mensuel comprenant au moins : le nombre de situations "
              "examinées et de premières présentations, l'origine des saisines, la part des habitants des QPV, la "
              "part des situations avec accord écrit, les issues et le délai entre la saisine et l'examen "
              "(objectif : moins de 21 jours). Un bilan annuel est présenté à la séance plénière du CLSM au cours "
              "du premier trimestre de l'année suivante.")

    article(doc, 12, "Durée, révision et résiliation")
    para(doc, "La présente convention prend effet le 1er février 2025 pour une durée de trois ans, soit jusqu'au "
              "31 janvier 2028. Elle peut être modifiée par avenant. Chaque partie peut la résilier par lettre "
              "recommandée avec un préavis de trois mois ; la résiliation ne remet pas en cause les engagements "
              "de l'année en cours.")

    para(doc, "Fait à Montferrange, le 30 janvier 2025, en huit exemplaires originaux.")
    sig = [("Pour", "Nom et qualité", "Signature"),
           ("la Ville de Montferrange", "Bernard Lhuillier, maire", ""),
           ("le CCAS de Montferrange", "Josiane Fabre, vice-présidente", ""),
           ("l'EPSM de Haute-Ornelle", "Françoise Keller, directrice", ""),
           ("Ornelle Habitat", "Philippe Marchetti, directeur général", ""),
           ("le Département de Haute-Ornelle", "Gérard Thirion, président du conseil départemental", ""),
           ("l'ARS Grand Est", "Hélène Mercier, déléguée territoriale", ""),
           ("l'État", "Laure Bernardin, sous-préfète chargée de la politique de la ville", ""),
           ("l'association Trajectoires (SIAO)", "Yves Colin, président", "")]
    st2 = doc.add_table(rows=0, cols=3)
    st2.style = "Table Grid"
    for i, row in enumerate(sig):
        cells = st2.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True
                shade(cells[j], "D9E7EC")
    para(doc, "Annexes : 1. fiche de saisine ; 2. formulaire d'accord de la personne ; 3. charte de "
              "confidentialité du CLSM. Contact : Maëlle Schaller, coordinatrice du CLSM, 03 99 00 41 27.")

    add_footnotes_part(doc)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
