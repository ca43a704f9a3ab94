"""Doc 2: a deck exported from PowerPoint as "notes pages": slide image at the top of each
portrait page (title + bullets), the speaker's notes below, the page number at the bottom."""
import pathlib

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib import colors

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-11-20_ptsm-haut-lizon_bilan-pssm-2023-2025-pages-de-notes.pdf"

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

SLIDES = [
    {
        "title": "Premiers secours en santé mentale dans le Haut-Lizon",
        "subtitle": ["Bilan 2023-2025 et feuille de route 2026",
                     "Comité de suivi du PTSM – Lizonne, 20 novembre 2025",
                     "Dr Isabelle Ferrand, psychiatre, présidente de la commission prévention",
                     "Karim Oudjani, chargé de mission PTSM"],
        "notes": [
            "Bonjour à toutes et à tous, merci d'être venus aussi nombreux à ce comité de suivi. Cette présentation fait le point sur l'action 4.2 du projet territorial de santé mentale, « Développer les compétences de premier recours en santé mentale », trois ans après son lancement.",
            "Isabelle présentera le cadre de la formation et les chiffres ; je présenterai ensuite les difficultés rencontrées et la feuille de route pour 2026. Nous garderons une vingtaine de minutes pour les échanges.",
        ],
    },
    {
        "title": "Les PSSM, de quoi parle-t-on ?",
        "bullets": [
            "Formation citoyenne de 2 jours (14 heures)",
            "Inspirée du programme australien Mental Health First Aid",
            "Repérer, aborder et orienter une personne en difficulté psychique",
            "Un plan d'action en cinq étapes : AERER",
            "Modules Standard, Jeunes et Travail",
            "Formateurs accrédités par PSSM France",
        ],
        "notes": [
            "Il faut insister sur un point : le secouriste n'est ni un soignant ni un thérapeute. Comme pour les gestes de premiers secours physiques, il s'agit d'apporter une aide en attendant que la personne soit prise en charge par un professionnel.",
            "Le plan d'action AERER se décline ainsi : Approcher, évaluer et assister en cas de crise ; Écouter activement et sans jugement ; Réconforter et informer ; Encourager à aller vers des professionnels ; Renseigner sur les autres ressources disponibles.",
            "Le module Jeunes s'adresse aux adultes qui côtoient des adolescents et des jeunes adultes : parents, enseignants, animateurs. Le module Travail est destiné aux collègues et aux managers.",
        ],
    },
    {
        "title": "Chiffres clés 2023-2025",
        "bullets": [
            "2023 : 186 secouristes formés (14 sessions)",
            "2024 : 342 secouristes formés (25 sessions)",
            "2025 (au 31 octobre) : 411 secouristes formés (29 sessions)",
            "Total : 939 secouristes en trois ans",
            "Satisfaction des stagiaires : 94 %",
        ],
        "notes": [
            "L'objectif fixé par le PTSM était de 600 secouristes à la fin de l'année 2025 : il est largement dépassé, avec plus de 900 personnes formées. Attention toutefois, le chiffre de 2025 s'arrête au 31 octobre et trois sessions sont encore programmées en décembre.",
            "Le remplissage moyen est de 13,9 stagiaires pour 16 places. Les sessions du vendredi et du samedi sont les plus demandées ; celles de juillet et d'août ont été annulées faute d'inscrits, nous ne les reprogrammerons pas.",
        ],
    },
    {
        "title": "Qui a été formé ?",
        "bullets": [
            "Professionnels du social et du médico-social : 38 %",
            "Éducation nationale et périscolaire : 21 %",
            "Habitants et bénévoles associatifs : 17 %",
            "Élus et agents municipaux : 12 %",
            "Autres (entreprises, bailleurs, forces de l'ordre) : 12 %",
        ],
        "notes": [
            "Ces pourcentages portent sur l'ensemble des trois années. Les professionnels restent majoritaires, ce qui est logique puisque les employeurs financent souvent la formation.",
            "Les habitants et bénévoles ne représentent qu'un stagiaire sur six environ : c'est pour cette raison que nous avons ouvert en 2025 des sessions délocalisées dans les quartiers prioritaires, ce que montre la diapositive suivante. Les élus, eux, ont été formés surtout dans les communes dotées d'un CLSM.",
        ],
    },
    {
        "title": "Zoom : les quartiers prioritaires de Lizonne",
        "bullets": [
            "2 QPV : Le Moulin-Rouge et Les Tilleuls",
            "7 sessions délocalisées en centre social en 2025",
            "96 habitants formés en QPV en 2025 (22 en 2024)",
            "Financement : contrat de ville (12 600 €) et ARS",
            "Garde d'enfants assurée pendant les deux jours",
        ],
        "notes": [
            "C'est l'évolution dont nous sommes le plus fiers. La garde d'enfants a été décisive : près de la moitié des stagiaires habitantes élèvent seules leurs enfants et n'auraient pas pu se libérer deux journées complètes.",
            "Les sessions ont été coanimées par une formatrice accréditée qui a grandi aux Tilleuls, ce qui a beaucoup aidé pour la mobilisation. Les centres sociaux ont relayé les inscriptions par le bouche-à-oreille plutôt que par affichage.",
        ],
    },
    {
        "title": "Les difficultés",
        "bullets": [
            "Seulement 6 formateurs actifs dans le département",
            "2 départs de formateurs en 2025",
            "Coût moyen : 250 € par stagiaire",
            "11 % d'abandon entre le premier et le second jour",
            "Aucun suivi des secouristes après la formation",
        ],
        "notes": [
            "Le coût de 250 euros comprend la rémunération des deux formateurs, le manuel remis à chaque stagiaire, la location de la salle et les repas. Il est pris en charge par les employeurs pour les professionnels et par le PTSM pour les habitants.",
            "Les abandons concernent surtout les salariés inscrits sur des sessions en semaine, rappelés par leur employeur le second jour. Et nous ne savons presque rien de ce que font les secouristes ensuite : c'est le principal angle mort de l'action.",
        ],
    },
    {
        "title": "Feuille de route 2026",
        "bullets": [
            "500 nouveaux secouristes en 2026",
            "Former 4 nouveaux formateurs (financement ARS)",
            "Déployer le module Jeunes auprès des parents et des animateurs",
            "Créer un réseau des secouristes du Haut-Lizon",
            "Proposer un module de mise à jour aux secouristes de 2023",
        ],
        "notes": [
            "Le module de mise à jour est recommandé tous les trois ans : les premiers secouristes, formés en 2023, sont donc concernés dès l'an prochain. Il dure une demi-journée.",
            "La première rencontre du réseau des secouristes aura lieu le 12 mars 2026 à la médiathèque de Lizonne. Le budget prévisionnel de l'action pour 2026 est de 148 000 euros, dont 90 000 euros demandés à l'ARS dans le cadre du fonds d'intervention régional.",
        ],
    },
    {
        "title": "Contacts",
        "bullets": [
            "Coordination PTSM : Karim Oudjani – 05 55 41 27 90",
            "ptsm@haut-lizon.example",
            "Inscriptions : www.pssm-haut-lizon.example",
            "Prochain comité de suivi : juin 2026",
        ],
        "notes": [
            "Merci de votre attention. Nous prenons maintenant vos questions. Les diapositives et ces notes seront envoyées à tous les participants avec le compte rendu du comité.",
        ],
    },
]

W, H = A4


def draw_page(c, i, slide):
    # slide "image": 16:9 rectangle with a thin border
    sw = 17 * cm
    sh = sw * 9 / 16
    x0 = (W - sw) / 2
    y0 = H - 2 * cm - sh
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.rect(x0, y0, sw, sh)
    c.setFillColor(colors.HexColor("#1F4E79"))
    c.rect(x0, y0 + sh - 0.35 * cm, sw, 0.35 * cm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1F4E79"))
    if "subtitle" in slide:
        c.setFont("DVB", 17)
        c.drawCentredString(W / 2, y0 + sh * 0.62, slide["title"])
        c.setFont("DV", 11)
        c.setFillColor(colors.black)
        y = y0 + sh * 0.47
        for s in slide["subtitle"]:
            c.drawCentredString(W / 2, y, s)
            y -= 0.6 * cm
    else:
        c.setFont("DVB", 17)
        c.drawString(x0 + 0.8 * cm, y0 + sh - 1.5 * cm, slide["title"])
        c.setFont("DV", 11.5)
        c.setFillColor(colors.black)
        y = y0 + sh - 2.7 * cm
        for b in slide["bullets"]:
            c.drawString(x0 + 1.0 * cm, y, "•")
            c.drawString(x0 + 1.5 * cm, y, b)
            y -= 0.8 * cm
    c.setFont("DV", 7)
    c.setFillColor(colors.grey)
    c.drawRightString(x0 + sw - 0.3 * cm, y0 + 0.25 * cm, str(i))
    # notes
    style = ParagraphStyle("notes", fontName="DV", fontSize=11, leading=15, spaceAfter=8)
    paras = [Paragraph(p, style) for p in slide["notes"]]
    f = Frame(2.5 * cm, 2.5 * cm, W - 5 * cm, y0 - 1.2 * cm - 2.5 * cm, showBoundary=0)
    f.addFromList(paras, c)
    c.setFont("DV", 9)
    c.setFillColor(colors.black)
    c.drawRightString(W - 1.5 * cm, 1.2 * cm, str(i))


def main():
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle("PSSM Haut-Lizon – bilan 2023-2025")
    c.setAuthor("Karim Oudjani")
    for i, s in enumerate(SLIDES, 1):
        draw_page(c, i, s)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
