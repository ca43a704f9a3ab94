# -*- coding: utf-8 -*-
"""Diaporama Google Slides exporté en PDF (Fichier > Télécharger > Document PDF).

Imitation : pages 16:9 de 720 × 405 pt, pas de numéros de diapositive, pas de notes de l'orateur, zones de texte
posées librement (l'ordre du flux suit l'ordre d'empilement, pas l'ordre de lecture), polices Arial (ici Liberation
Sans, métrique identique), une diapositive d'icônes à libellés courts, un graphique inséré comme image (valeurs
uniquement dans la légende placée sous l'image), producteur « Skia/PDF m131 Google Docs Renderer ».
"""
import io
import os

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-20_rqb_sante-mentale-perinatale-qpv-bretons.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))

W, H = 720, 405
TEAL = HexColor("#1B6F6A")
CORAL = HexColor("#E2704F")
SAND = HexColor("#F6EFE6")
INK = HexColor("#23303A")
GREY = HexColor("#6B7780")


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def box(c, x, y_top, width, text, font="Arial", size=14, color=INK, leading=None, align="left"):
    """Zone de texte Google Slides : x, y_top en points depuis le coin supérieur gauche."""
    leading = leading or size * 1.25
    y = H - y_top - size
    for para in text.split("\n"):
        for line in wrap(para, font, size, width) or [""]:
            c.setFont(font, size)
            c.setFillColor(color)
            if align == "center":
                c.drawCentredString(x + width / 2, y, line)
            elif align == "right":
                c.drawRightString(x + width, y, line)
            else:
                c.drawString(x, y, line)
            y -= leading
    return H - y


def background(c, band=True):
    c.setFillColor(white)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    if band:
        c.setFillColor(TEAL)
        c.rect(0, H - 6, W, 6, fill=1, stroke=0)


def title(c, text, size=24):
    box(c, 36, 22, 640, text, "Arial-Bold", size, TEAL)


def chart_png():
    """Graphique à barres « collé » comme image : les valeurs n'existent qu'en pixels."""
    img = Image.new("RGB", (1400, 640), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 28)
    data = [("Brévanec", 22), ("Trégonvel", 20), ("Lorvenn", 18), ("Montgarel", 16),
            ("Ensemble QPV", 19), ("Hors QPV", 12)]
    base, left, bw, gap = 560, 110, 150, 70
    d.line((left - 20, base, 1360, base), fill="#555555", width=3)
    for g in range(0, 26, 5):
        y = base - g * 20
        d.line((left - 20, y, 1360, y), fill="#DDDDDD", width=1)
        d.text((20, y - 14), "%d %%" % g, font=f, fill="#555555")
    for i, (lab, v) in enumerate(data):
        x = left + i * (bw + gap)
        col = "#1B6F6A" if i < 4 else ("#E2704F" if i == 4 else "#9AA5AD")
        d.rectangle((x, base - v * 20, x + bw, base), fill=col)
        d.text((x + 40, base - v * 20 - 40), "%d %%" % v, font=fb, fill="#222222")
        d.text((x, base + 18), lab, font=f, fill="#222222")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


def icon(c, cx, cy, kind):
    """Pictogrammes vectoriels simples (pas de texte)."""
    c.setFillColor(SAND)
    c.circle(cx, cy, 30, fill=1, stroke=0)
    c.setStrokeColor(TEAL)
    c.setFillColor(TEAL)
    c.setLineWidth(2.5)
    if kind == "maternite":
        c.rect(cx - 14, cy - 14, 28, 24, fill=0)
        c.line(cx - 5, cy, cx + 5, cy)
        c.line(cx, cy - 5, cx, cy + 5)
        c.line(cx - 18, cy + 10, cx, cy + 20)
        c.line(cx, cy + 20, cx + 18, cy + 10)
    elif kind == "pmi":
        c.circle(cx, cy + 8, 7, fill=1)
        c.roundRect(cx - 13, cy - 16, 26, 18, 6, fill=0)
    elif kind == "medecin":
        c.circle(cx - 6, cy + 6, 8, fill=0)
        c.line(cx + 2, cy + 6, cx + 14, cy - 10)
        c.circle(cx + 14, cy - 13, 4, fill=1)
    elif kind == "pharmacie":
        c.rect(cx - 5, cy - 16, 10, 32, fill=1, stroke=0)
        c.rect(cx - 16, cy - 5, 32, 10, fill=1, stroke=0)
    elif kind == "laep":
        c.circle(cx - 9, cy + 6, 6, fill=1)
        c.circle(cx + 10, cy + 1, 4, fill=1)
        c.line(cx - 9, cy, cx - 9, cy - 16)
        c.line(cx + 10, cy - 3, cx + 10, cy - 16)
    elif kind == "creche":
        c.rect(cx - 15, cy - 14, 30, 18, fill=0)
        c.line(cx - 15, cy + 4, cx, cy + 16)
        c.line(cx, cy + 16, cx + 15, cy + 4)
        c.circle(cx, cy - 5, 4, fill=1)


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Santé mentale périnatale QPV bretons - Rencontre régionale CLSM 20-11-2025")
    c.setProducer("Skia/PDF m131 Google Docs Renderer")
    c.setCreator("")
    c.setAuthor("")

    # 1 — titre
    background(c, band=False)
    c.setFillColor(TEAL)
    c.rect(0, 0, 250, H, fill=1, stroke=0)
    c.setFillColor(CORAL)
    c.circle(250, 120, 46, fill=1, stroke=0)
    box(c, 290, 70, 400, "Santé mentale périnatale et parentalité dans les quartiers prioritaires bretons",
        "Arial-Bold", 28, TEAL, 34)
    box(c, 290, 190, 400, "État des lieux 2024 et leviers pour les CLSM", "Arial", 17, INK)
    box(c, 290, 290, 400, "3e Rencontre régionale des CLSM bretons — Lorvenn, Espace Ty Kreiz, 20 novembre 2025",
        "Arial", 12, GREY)
    box(c, 290, 330, 400, "Soizic Kervella, chargée de mission santé, Ressources Quartiers Bretagne (RQB)\n"
        "Dr Yann Le Bihan, pédopsychiatre, équipe Cocon, CH de Brévanec", "Arial", 11, GREY)
    box(c, 30, 330, 200, "RQB", "Arial-Bold", 30, white)
    c.showPage()

    # 2 — programme
    background(c)
    title(c, "Au programme")
    items = ["1. Pourquoi parler de périnatalité dans un CLSM ?", "2. Les chiffres 2024 en Bretagne",
             "3. Deux entretiens à ne pas manquer : EPP et EPNP", "4. Trois expériences de quartier",
             "5. Leviers et calendrier 2026"]
    y = 95
    for it in items:
        box(c, 70, y, 560, it, "Arial", 18, INK)
        y += 44
    c.showPage()

    # 3 — pourquoi (zones libres, ordre d'empilement ≠ ordre de lecture)
    background(c)
    box(c, 400, 110, 280, "« Je me disais que mes enfants seraient mieux sans moi. Je ne l'ai dit à personne "
        "pendant deux mois. »\n— une mère de Kerjaouen, 2024", "Arial-Italic", 15, CORAL, 21)
    title(c, "Pourquoi en parler dans un CLSM ?")
    box(c, 40, 90, 320, "La dépression post-partum touche 10 à 20 % des mères, et environ 1 père sur 10 "
        "dans l'année qui suit la naissance.", "Arial", 14, INK, 19)
    box(c, 40, 170, 320, "Le suicide est l'une des premières causes de mortalité maternelle dans l'année "
        "qui suit l'accouchement.", "Arial", 14, INK, 19)
    box(c, 40, 250, 320, "Dans les quartiers prioritaires, les mères cumulent les facteurs de risque : "
        "isolement, précarité, exil, logement suroccupé.", "Arial", 14, INK, 19)
    box(c, 400, 300, 280, "Les 1 000 premiers jours : de la grossesse aux 2 ans de l'enfant.", "Arial-Bold", 12,
        TEAL)
    c.showPage()

    # 4 — chiffres clés : grands nombres d'abord, libellés ajoutés ensuite (zones séparées)
    background(c)
    title(c, "Les chiffres 2024 en Bretagne")
    nums = [(50, "1 476"), (215, "38"), (380, "19 %"), (545, "47 jours")]
    for x, n in nums:
        c.setFillColor(SAND)
        c.roundRect(x - 10, 110, 150, 200, 10, fill=1, stroke=0)
    for x, n in nums:
        box(c, x - 5, 140, 140, n, "Arial-Bold", 34 if len(n) < 6 else 28, CORAL, align="center")
    labels = ["naissances chez des mères domiciliées en QPV",
              "quartiers prioritaires de la politique de la ville en Bretagne",
              "des mères en QPV avec un score EPDS ≥ 12 à 6-8 semaines",
              "délai moyen d'un premier rendez-vous en CMP adulte"]
    for (x, _), lab in zip(nums, labels):
        box(c, x, 205, 130, lab, "Arial", 12, INK, 15, align="center")
    box(c, 40, 360, 640, "Sources : ORPB (Observatoire régional de la périnatalité de Bretagne), cohorte 2024 ; "
        "enquête RQB auprès des CMP, 2025.", "Arial", 9, GREY)
    c.showPage()

    # 5 — graphique image, valeurs seulement dans la légende
    background(c)
    title(c, "Un repérage positif plus fréquent dans les QPV")
    c.drawImage(chart_png(), 90, 95, width=540, height=540 * 640 / 1400)
    box(c, 60, 318, 600, "Figure 1 – Part des mères ayant un score EPDS ≥ 12 entre 6 et 8 semaines après "
        "l'accouchement, 2024. Brévanec (Kerjaouen, Moulin-Vert) : 22 % ; Trégonvel (La Madeleine-Haute) : 20 % ; "
        "Lorvenn (Kervénic, Bois-du-Chêne) : 18 % ; Montgarel (Les Courtils) : 16 % ; ensemble des QPV bretons : "
        "19 % ; Bretagne hors QPV : 12 %. Source : ORPB, cohorte des 11 maternités participantes (n = 3 912 mères).",
        "Arial-Italic", 9.5, GREY, 12)
    c.showPage()

    # 6 — comparaison EPP / EPNP
    background(c)
    title(c, "Deux entretiens à ne pas manquer")
    for x, head, col in ((40, "EPP — entretien prénatal précoce", TEAL),
                         (380, "EPNP — entretien postnatal précoce", CORAL)):
        c.setFillColor(col)
        c.rect(x, H - 110, 300, 34, fill=1, stroke=0)
        box(c, x + 10, 84, 280, head, "Arial-Bold", 14, white)
    left = ["Obligatoire depuis mai 2020", "Proposé dès le 4e mois de grossesse",
            "Avec une sage-femme ou un médecin", "Prépare la naissance, repère les vulnérabilités",
            "Réalisé en 2024 : 58 % des mères en QPV contre 79 % hors QPV"]
    right = ["Obligatoire depuis juillet 2022", "Entre la 4e et la 8e semaine après l'accouchement",
             "Second entretien possible entre la 10e et la 14e semaine",
             "Repère la dépression post-partum, associe le co-parent",
             "Réalisé en 2024 : 39 % des mères en QPV contre 61 % hors QPV"]
    for x, items in ((48, left), (388, right)):
        y = 130
        for it in items:
            box(c, x, y, 285, "• " + it, "Arial", 13, INK, 17)
            y += 17 * len(wrap("• " + it, "Arial", 13, 285)) + 10
    c.showPage()

    # 7 — icônes et libellés courts
    background(c)
    title(c, "Six portes d'entrée pour repérer")
    kinds = [("maternite", "Maternité"), ("pmi", "PMI"), ("medecin", "Médecin traitant"),
             ("pharmacie", "Pharmacie"), ("laep", "LAEP"), ("creche", "Crèche")]
    for i, (k, lab) in enumerate(kinds):
        cx = 90 + i * 108
        icon(c, cx, 215, k)
    for i, (k, lab) in enumerate(kinds):
        cx = 90 + i * 108
        box(c, cx - 50, 232, 100, lab, "Arial-Bold", 12, INK, align="center")
    box(c, 60, 300, 600, "Objectif 2026 : dans chaque quartier, au moins un professionnel formé au repérage "
        "derrière chacune de ces portes.", "Arial", 13, GREY, align="center")
    c.showPage()

    # 8 — freins (post-it posés en vrac)
    background(c)
    title(c, "Ce qui freine dans les quartiers")
    notes = [(60, 100, "Isolement : pas de famille proche"), (400, 92, "Barrière de la langue"),
             (230, 180, "Peur du placement des enfants"), (480, 200, "Délais en CMP adulte"),
             (70, 260, "Sorties de maternité précoces (J2)"), (330, 280, "Méconnaissance des LAEP")]
    for x, y, t in notes:
        c.setFillColor(SAND)
        c.rect(x, H - y - 60, 180, 60, fill=1, stroke=0)
    for x, y, t in reversed(notes):
        box(c, x + 10, y + 12, 160, t, "Arial", 13, INK, 16)
    c.showPage()

    # 9 — trois expériences
    background(c)
    title(c, "Trois expériences de quartier")
    exps = [("Brévanec (Finistère)", "Cocon", "Équipe mobile de psychiatrie périnatale du CH de Brévanec, créée "
             "en 2021 : 148 dyades parent-bébé suivies en 2024."),
            ("Lorvenn (Morbihan)", "La Roulotte des Petits", "LAEP itinérant dans un bus aménagé, porté par le "
             "centre social Ti an Holl depuis mars 2023, à Kervénic et au Bois-du-Chêne."),
            ("Trégonvel (Côtes-d'Armor)", "Premiers Pas Ensemble", "Visites à domicile d'un binôme sage-femme "
             "libérale + TISF, du 7e mois de grossesse aux 6 mois du bébé, depuis septembre 2024.")]
    for i, (place, name, txt) in enumerate(exps):
        x = 36 + i * 222
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.roundRect(x, 60, 205, 270, 8, fill=0, stroke=1)
        box(c, x + 12, 95, 185, name, "Arial-Bold", 16, CORAL)
        box(c, x + 12, 125, 185, place, "Arial", 11, GREY)
        box(c, x + 12, 160, 185, txt, "Arial", 12.5, INK, 16)
    c.showPage()

    # 10 — focus Cocon
    background(c)
    title(c, "Focus : l'équipe mobile Cocon (Brévanec)")
    box(c, 40, 80, 360, "Qui ?\n1 pédopsychiatre, 2 infirmières puéricultrices, 1 psychologue, 0,5 ETP "
        "d'assistante sociale", "Arial", 14, INK, 19)
    box(c, 40, 170, 360, "Où ?\nÀ domicile, en PMI ou à la maternité avant la sortie", "Arial", 14, INK, 19)
    box(c, 40, 240, 360, "Comment ?\nSur orientation d'un professionnel (maternité, PMI, médecin, sage-femme, "
        "LAEP) : pas d'accès direct des familles", "Arial", 14, INK, 19)
    c.setFillColor(CORAL)
    c.roundRect(440, 110, 240, 170, 12, fill=1, stroke=0)
    box(c, 450, 140, 220, "9 jours", "Arial-Bold", 40, white, align="center")
    box(c, 450, 200, 220, "délai moyen avant la première visite (contre 47 jours en CMP adulte)", "Arial", 13,
        white, 16, align="center")
    c.showPage()

    # 11 — leviers
    background(c)
    title(c, "Cinq leviers pour les CLSM")
    levers = ["Inscrire la périnatalité dans la feuille de route du CLSM",
              "Former les professionnels de première ligne au repérage (EPDS, question 10)",
              "Aller vers les familles : LAEP itinérants, visites à domicile",
              "Associer les pères et les co-parents",
              "Recourir à l'interprétariat professionnel"]
    for i, t in enumerate(levers):
        y = 82 + i * 54
        c.setFillColor(TEAL)
        c.circle(62, H - y - 12, 15, fill=1, stroke=0)
        box(c, 47, y + 2, 30, str(i + 1), "Arial-Bold", 16, white, align="center")
        box(c, 95, y + 2, 580, t, "Arial", 16, INK)
    c.showPage()

    # 12 — calendrier 2026 (frise : dates au-dessus, libellés au-dessous, zones séparées)
    background(c)
    title(c, "Calendrier 2026")
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(50, 200, 670, 200)
    steps = [("29 janvier 2026", "Lancement du groupe régional « Périnatalité & quartiers »"),
             ("Mars 2026", "Kit de repérage diffusé aux LAEP bretons"),
             ("Juin 2026", "Formation de 120 professionnels de première ligne (4 sessions)"),
             ("Octobre 2026", "Deuxième état des lieux régional")]
    for i, (d, t) in enumerate(steps):
        x = 90 + i * 170
        c.setFillColor(CORAL)
        c.circle(x, 200, 9, fill=1, stroke=0)
    for i, (d, t) in enumerate(steps):
        x = 90 + i * 170
        box(c, x - 75, 155, 150, d, "Arial-Bold", 13, TEAL, align="center")
    for i, (d, t) in enumerate(steps):
        x = 90 + i * 170
        box(c, x - 75, 225, 150, t, "Arial", 12, INK, 15, align="center")
    c.showPage()

    # 13 — ressources
    background(c)
    title(c, "Pour aller plus loin")
    res = ["Fiche repère RQB « Périnatalité et santé mentale » : www.rqb.example/perinatalite",
           "Questionnaire parents du CLSM de Brévanec (183 réponses, automne 2025)",
           "Guide Parents & Bébés 2026 de la Ville de Lorvenn",
           "Podcast « Parents d'ici », épisode 3 (CLSM de Brévanec)",
           "En cas d'urgence : 15 — prévention du suicide : 3114"]
    y = 95
    for r in res:
        box(c, 60, y, 600, "→ " + r, "Arial", 15, INK)
        y += 42
    c.showPage()

    # 14 — merci
    background(c, band=False)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    box(c, 60, 120, 600, "Merci !", "Arial-Bold", 44, white, align="center")
    box(c, 60, 200, 600, "Soizic Kervella — soizic.kervella@rqb.example\nDr Yann Le Bihan — cocon@ch-brevanec.example",
        "Arial", 15, white, 22, align="center")
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
