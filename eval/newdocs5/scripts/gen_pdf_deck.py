"""16:9 PDF slide deck "exported from a design tool" (reportlab).

Every visual line is its own small text box (one drawString call at an absolute position); the title is
split over two boxes, big numbers and their labels are separate boxes, and the footer (logo text, slide
number) is drawn first on every page, as design tools often emit it before the content.
"""
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-01-28_cites-sante-nouvelle-aquitaine_pssm-quartiers-lormiac.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SansL", FD + "DejaVuSans-ExtraLight.ttf"))

W, H = 960, 540
TEAL = HexColor("#0f6e74")
CORAL = HexColor("#e4694c")
GREY = HexColor("#4a4a4a")
LIGHT = HexColor("#eef5f5")
N_SLIDES = 12


class Deck:
    def __init__(self):
        self.c = canvas.Canvas(str(OUT), pagesize=(W, H))
        self.c.setTitle("PSSM dans les quartiers de Lormiac - bilan 2022-2024")
        self.c.setAuthor("Cités & Santé Nouvelle-Aquitaine")
        self.c.setCreator("Canva")
        self.n = 0

    def box(self, x, y, text, font="Sans", size=16, color=GREY):
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, text)

    def start(self, dark=False):
        self.n += 1
        c = self.c
        if dark:
            c.setFillColor(TEAL)
            c.rect(0, 0, W, H, stroke=0, fill=1)
        # footer first: logo text + slide number, as separate boxes
        col = white if dark else TEAL
        c.setFillColor(CORAL)
        c.circle(48, 30, 9, stroke=0, fill=1)
        self.box(64, 25, "Cités & Santé", "SansB", 10, col)
        self.box(140, 25, "Nouvelle-Aquitaine", "Sans", 10, col)
        self.box(W - 60, 25, str(self.n), "SansB", 11, col)

    def title(self, l1, l2=None, y=470):
        self.c.setFillColor(CORAL)
        self.c.rect(50, y - 8 - (34 if l2 else 0), 6, 42 + (34 if l2 else 0), stroke=0, fill=1)
        self.box(70, y, l1, "SansB", 28, TEAL)
        if l2:
            self.box(70, y - 34, l2, "SansB", 28, TEAL)

    def lines(self, x, y, items, size=17, step=30, font="Sans", bullet=None, color=GREY):
        for it in items:
            if bullet:
                self.c.setFillColor(CORAL)
                self.c.circle(x - 12, y + 6, 3.5, stroke=0, fill=1)
            self.box(x, y, it, font, size, color)
            y -= step
        return y

    def end(self):
        self.c.showPage()


def build():
    d = Deck()
    c = d.c

    # 1. cover
    d.start(dark=True)
    d.box(70, 400, "Premiers secours en santé mentale", "SansB", 38, white)
    d.box(70, 352, "dans les quartiers de Lormiac", "SansB", 38, white)
    d.box(70, 300, "Bilan du déploiement 2022-2024", "Sans", 22, white)
    d.box(70, 220, "Rencontre régionale des coordinateurs CLSM", "Sans", 15, white)
    d.box(70, 198, "Saint-Éloi-de-Vienne, 28 janvier 2025", "Sans", 15, white)
    d.box(70, 140, "Élodie Marchetti, coordinatrice du CLSM de Lormiac", "SansL", 14, white)
    d.box(70, 120, "Bastien Roudier, chargé de mission, Cités & Santé Nouvelle-Aquitaine", "SansL", 14, white)
    d.end()

    # 2. sommaire
    d.start()
    d.title("Sommaire")
    items = ["Le contexte lormiacais", "Le programme PSSM en bref", "Trois chiffres clés",
             "Qui a été formé ?", "PSSM Standard ou PSSM Jeunes ?", "Le financement",
             "Ce qu'en disent les secouristes", "Limites et perspectives"]
    y = 400
    for i, it in enumerate(items, 1):
        d.box(90, y, f"{i:02d}", "SansB", 20, CORAL)
        d.box(140, y, it, "Sans", 19, GREY)
        y -= 40
    d.end()

    # 3. contexte
    d.start()
    d.title("Lormiac : une ville moyenne,", "trois quartiers prioritaires")
    y = d.lines(90, 360, [
        "48 200 habitants, dont 11 900 dans les quartiers prioritaires",
        "de la politique de la ville (QPV) : Le Grand Pré, Les Rives",
        "et Saint-Exupéry.",
    ], bullet=True)
    y = d.lines(90, y - 14, [
        "Taux de pauvreté : 41 % dans les QPV, contre 16 % pour l'ensemble",
        "de la commune.",
    ], bullet=True)
    y = d.lines(90, y - 14, [
        "Un Conseil local de santé mentale (CLSM) créé en 2019, porté par",
        "la Ville et le centre hospitalier spécialisé des Landiers.",
    ], bullet=True)
    d.lines(90, y - 14, [
        "2021 : le diagnostic du CLSM fait du repérage précoce de la",
        "souffrance psychique sa priorité n° 1.",
    ], bullet=True)
    d.end()

    # 4. programme PSSM
    d.start()
    d.title("Le programme PSSM", "en bref")
    y = d.lines(90, 360, [
        "Premiers secours en santé mentale (PSSM) : version française",
        "du Mental Health First Aid (MHFA) né en Australie en 2000.",
    ], bullet=True)
    y = d.lines(90, y - 14, [
        "Une formation de 2 jours (14 heures) animée par des formateurs",
        "accrédités par PSSM France.",
    ], bullet=True)
    y = d.lines(90, y - 14, [
        "Le secouriste apprend un plan d'action en cinq étapes, AERER :",
    ], bullet=True)
    d.lines(120, y - 4, [
        "Approcher, évaluer, assister en cas de crise",
        "Écouter sans jugement",
        "Réconforter et informer",
        "Encourager à aller vers des professionnels",
        "Renseigner sur les autres ressources disponibles",
    ], size=15, step=24, color=TEAL)
    d.end()

    # 5. chiffres clés
    d.start()
    d.title("2022-2024 :", "trois chiffres clés")
    for i, (num, l1, l2) in enumerate([
        ("612", "secouristes formés", "en trois ans"),
        ("47", "sessions organisées", "dans les trois QPV"),
        ("38 %", "des secouristes habitent", "un quartier prioritaire"),
    ]):
        x = 70 + i * 290
        c.setFillColor(LIGHT)
        c.roundRect(x, 130, 260, 230, 14, stroke=0, fill=1)
        d.box(x + 30, 260, num, "SansB", 64, CORAL)
        d.box(x + 30, 215, l1, "Sans", 17, GREY)
        d.box(x + 30, 192, l2, "Sans", 17, GREY)
    d.end()

    # 6. qui a été formé
    d.start()
    d.title("Qui a été formé ?", "Répartition des 612 secouristes")
    rows = [("Habitants relais et bénévoles", "233"),
            ("Salariés d'associations de quartier", "131"),
            ("Professionnels du CCAS", "96"),
            ("Gardiens et agents des bailleurs sociaux", "84"),
            ("Enseignants et animateurs jeunesse", "68")]
    y = 350
    for lab, val in rows:
        c.setFillColor(TEAL)
        c.rect(560, y - 4, int(val) * 1.2, 22, stroke=0, fill=1)
        d.box(90, y, lab, "Sans", 17, GREY)
        d.box(500, y, val, "SansB", 17, TEAL)
        y -= 46
    d.box(90, y - 6, "Les hommes ne représentent que 27 % des personnes formées.", "Sans", 15, CORAL)
    d.end()

    # 7. comparaison deux colonnes
    d.start()
    d.title("PSSM Standard ou PSSM Jeunes ?", "Deux modules complémentaires")
    for x, head, items in [
        (70, "PSSM Standard", ["Pour tout adulte", "Troubles de l'adulte : dépression,",
                                "anxiété, psychose, addictions", "Durée : 14 heures",
                                "35 sessions à Lormiac", "471 secouristes formés",
                                "Coût : 220 € par stagiaire"]),
        (500, "PSSM Jeunes", ["Pour les adultes au contact", "de jeunes de 11 à 18 ans",
                               "Crises d'adolescence, harcèlement,", "troubles alimentaires",
                               "Durée : 14 heures", "12 sessions à Lormiac",
                               "141 secouristes formés", "Coût : 250 € par stagiaire"]),
    ]:
        c.setFillColor(LIGHT)
        c.roundRect(x, 70, 390, 320, 12, stroke=0, fill=1)
        d.box(x + 24, 355, head, "SansB", 22, CORAL)
        d.lines(x + 24, 318, items, size=16, step=28)
    d.end()

    # 8. financement
    d.start()
    d.title("Le financement", "118 000 € sur trois ans")
    y = 360
    for lab, val, pct in [("Agence régionale de santé (ARS)", "52 000 €", "44 %"),
                          ("Contrat de ville (crédits politique de la ville)", "46 000 €", "39 %"),
                          ("Ville de Lormiac", "20 000 €", "17 %")]:
        d.box(90, y, lab, "Sans", 18, GREY)
        d.box(620, y, val, "SansB", 18, TEAL)
        d.box(760, y, pct, "Sans", 18, CORAL)
        y -= 50
    d.lines(90, y - 20, [
        "Les sessions sont gratuites pour les stagiaires ; les repas sont pris en",
        "charge par le CCAS.",
    ], size=15, step=24)
    d.end()

    # 9. retours
    d.start()
    d.title("Ce qu'en disent", "les secouristes")
    d.box(90, 370, "Questionnaire à 6 mois : 214 répondants", "SansB", 17, TEAL)
    for i, (num, l1, l2) in enumerate([
        ("81 %", "se sentent plus à l'aise", "pour aborder une personne"),
        ("57 %", "ont utilisé le plan d'action", "au moins une fois"),
        ("29 %", "ont orienté quelqu'un vers", "le CMP"),
    ]):
        x = 90 + i * 280
        d.box(x, 270, num, "SansB", 46, CORAL)
        d.box(x, 235, l1, "Sans", 15, GREY)
        d.box(x, 215, l2, "Sans", 15, GREY)
    d.box(90, 150, "« Avant, je changeais de trottoir. Maintenant, je m'arrête et je demande si ça va. »",
          "SansL", 15, GREY)
    d.box(90, 128, "Un gardien d'immeuble du quartier des Rives", "Sans", 12, TEAL)
    d.box(90, 90, "CMP : centre médico-psychologique", "Sans", 11, GREY)
    d.end()

    # 10. limites
    d.start()
    d.title("Limites", "constatées")
    d.lines(90, 360, [
        "Des hommes difficiles à mobiliser (27 % des personnes formées).",
        "Aucun module de rappel : les acquis s'érodent après un an.",
        "Un délai de 4 mois pour un premier rendez-vous au CMP adulte :",
        "les secouristes orientent, mais l'aval est saturé.",
        "Peu de sessions le soir ou le samedi pour les habitants qui travaillent.",
    ], bullet=True, step=40)
    d.end()

    # 11. perspectives
    d.start()
    d.title("Perspectives", "2025-2026")
    d.lines(90, 360, [
        "Former 300 secouristes supplémentaires d'ici fin 2026.",
        "Créer un module de rappel de 3 heures 30, un an après la formation.",
        "Ouvrir deux sessions par an le samedi au centre social des Rives.",
        "Animer un réseau des secouristes de Lormiac : une rencontre par trimestre.",
        "Négocier avec le CMP un créneau d'accueil rapide pour les orientations PSSM.",
    ], bullet=True, step=40)
    d.end()

    # 12. merci
    d.start(dark=True)
    d.box(70, 380, "Merci !", "SansB", 44, white)
    d.box(70, 300, "Élodie Marchetti – clsm@lormiac.example", "Sans", 17, white)
    d.box(70, 272, "Bastien Roudier – b.roudier@cites-sante-na.example", "Sans", 17, white)
    d.box(70, 200, "Les supports de la rencontre sont en ligne sur", "SansL", 15, white)
    d.box(70, 178, "www.cites-sante-na.example/rencontres", "Sans", 15, white)
    d.end()

    assert d.n == N_SLIDES, d.n
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    build()
