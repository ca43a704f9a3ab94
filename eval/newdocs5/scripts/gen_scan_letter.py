"""Scanned signed letter (2 pages) -> image-only PDF, no text layer.

Renders the letter with Pillow (DejaVu Serif, 200 dpi A4), adds a slight rotation and grey noise,
then saves the two images as a PDF with Pillow (images only).
"""
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-02-11_ars-grand-est_lettre-financement-clsm-ferrancourt.pdf"
SCRATCH = Path("/tmp/newdocs5_scan")
SCRATCH.mkdir(exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
W, H = 1654, 2339  # A4 at 200 dpi
ML, MR = 190, 190
BODY = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 30)
BOLD = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 30)
HEAD = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 36)
SMALL = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 24)
ITAL = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 27)
LINE = 44


def wrap(text, font, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if font.getlength(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, number):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = 170
        self.number = number

    def para(self, text, font=BODY, indent=0, gap=18, hang=0):
        width = W - ML - MR - indent
        lines = wrap(text, font, width)
        for i, ln in enumerate(lines):
            x = ML + indent + (hang if i > 0 else 0)
            self.d.text((x, self.y), ln, font=font, fill=20)
            self.y += LINE
        self.y += gap

    def footer(self):
        txt = f"ARS Grand Est – Délégation territoriale de l'Argonne – page {self.number}/2"
        self.d.line((ML, H - 170, W - MR, H - 170), fill=120, width=2)
        self.d.text((ML, H - 150), txt, font=SMALL, fill=70)


def letterhead(p):
    d = p.d
    # logo block
    d.rectangle((ML, 120, ML + 120, 240), outline=40, width=4)
    d.text((ML + 22, 150), "ARS", font=HEAD, fill=30)
    d.text((ML + 150, 125), "Agence régionale de santé Grand Est", font=BOLD, fill=20)
    d.text((ML + 150, 165), "Délégation territoriale de l'Argonne", font=BODY, fill=20)
    d.text((ML + 150, 205), "Pôle prévention et promotion de la santé", font=SMALL, fill=50)
    y = 330
    for ln in ["Madame Claire Dubreuil-Hamon", "Maire de Ferrancourt", "Hôtel de ville",
               "1, place de la Halle", "55900 Ferrancourt"]:
        d.text((900, y), ln, font=BODY, fill=20)
        y += LINE
    d.text((900, y + 30), "Sainte-Aure, le 11 février 2025", font=BODY, fill=20)
    p.y = 640
    p.para("Réf. : DT-ARG/PPS/2025-0147", SMALL, gap=0)
    p.para("Affaire suivie par : Olivier Saint-Cyr, chargé de mission santé mentale", SMALL, gap=24)
    p.para("Objet : Cofinancement du poste de coordination du Conseil local de santé mentale "
           "(CLSM) de Ferrancourt pour l'année 2025", BOLD, gap=30)


PAGE1 = [
    "Madame la Maire,",
    "Par courrier du 9 décembre 2024, vous avez sollicité le renouvellement du soutien de l'Agence "
    "régionale de santé (ARS) au poste de coordination du Conseil local de santé mentale (CLSM) de "
    "Ferrancourt, créé en 2021 et porté par le centre communal d'action sociale (CCAS).",
    "J'ai le plaisir de vous informer qu'après l'avis favorable du comité régional de sélection, réuni "
    "le 28 janvier 2025, l'ARS Grand Est accorde au CCAS de Ferrancourt une subvention de 27 500 euros "
    "pour l'année 2025, au titre du Fonds d'intervention régional (FIR).",
    "Ce montant représente 50 % du coût total du poste, estimé à 55 000 euros charges comprises pour un "
    "équivalent temps plein (ETP). Il est en nette hausse par rapport à 2024, année où la participation "
    "de l'Agence s'élevait à 22 000 euros pour un poste à 0,8 ETP. Le reste du financement est assuré "
    "par la Ville de Ferrancourt, à hauteur de 17 500 euros, et par l'Établissement public de santé "
    "mentale (EPSM) de l'Argonne, à hauteur de 10 000 euros.",
    "Ce soutien est assorti des engagements suivants :",
]
ENGAGEMENTS = [
    "1. maintenir un temps de coordination d'au moins un ETP pendant toute l'année 2025 ;",
    "2. réunir l'assemblée plénière du CLSM au moins une fois par an et son comité de pilotage au "
    "moins deux fois par an ;",
    "3. inscrire les actions du CLSM dans le projet territorial de santé mentale (PTSM) de l'Argonne ;",
    "4. porter une attention particulière aux deux quartiers prioritaires de la politique de la ville "
    "(QPV) de la commune, Les Tanneries et le Bois-Joli, qui comptent 6 840 habitants, soit 31 % de la "
    "population communale ;",
    "5. transmettre un bilan d'activité à la délégation territoriale avant le 31 mars 2026.",
]
PAGE2 = [
    "La subvention sera versée en deux fois : une avance de 70 %, soit 19 250 euros, à la signature de la "
    "convention financière, puis le solde de 30 %, soit 8 250 euros, à la réception du bilan d'activité.",
    "Je tiens à souligner la qualité du travail engagé depuis 2021 par la coordinatrice du CLSM, "
    "Mme Hélène Varin. La cellule de coordination des situations complexes, qui réunit chaque mois le "
    "CCAS, l'EPSM, les bailleurs sociaux et les services de la Ville, a examiné 23 situations en 2024, "
    "contre 14 en 2023. Le partenariat signé avec le bailleur Argonne Habitat a par ailleurs permis "
    "d'éviter 9 expulsions locatives.",
    "Par ailleurs, l'Agence financera à hauteur de 4 800 euros deux sessions de formation aux Premiers "
    "secours en santé mentale (PSSM) destinées aux gardiens d'immeuble et aux agents d'accueil du CCAS. "
    "Ces sessions devront être organisées avant la fin du mois de novembre 2025.",
    "Pour 2026, je vous invite à engager dès à présent la réflexion sur l'élargissement du CLSM aux "
    "quatre communes voisines de la communauté de communes du Pays d'Argonne, ce qui permettrait de "
    "couvrir environ 38 000 habitants. Un financement complémentaire pourra être étudié dans ce cadre.",
    "Mes services, et en particulier M. Olivier Saint-Cyr, restent à votre disposition pour préparer la "
    "convention financière et le prochain comité de pilotage.",
    "Je vous prie d'agréer, Madame la Maire, l'expression de ma considération distinguée.",
]


def signature(p):
    x0 = 900
    p.y += 10
    for ln in ["Pour le directeur général de l'ARS Grand Est", "et par délégation,",
               "La directrice de la délégation territoriale,"]:
        p.d.text((x0, p.y), ln, font=ITAL, fill=30)
        p.y += 40
    # hand-drawn looking scribble
    rnd = random.Random(7)
    pts, x, y = [], x0 + 40, p.y + 70
    for i in range(46):
        x += rnd.randint(6, 14)
        y = p.y + 70 + int(38 * np.sin(i / 2.3)) + rnd.randint(-8, 8)
        pts.append((x, y))
    p.d.line(pts, fill=25, width=4, joint="curve")
    p.d.line((x0 + 30, p.y + 125, x0 + 420, p.y + 105), fill=40, width=3)
    p.y += 160
    p.d.text((x0, p.y), "Dr Agnès Morvillier", font=BOLD, fill=20)
    p.y += 90


def degrade(img, angle, seed):
    rnd = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 10  # paper is not pure white
    a += rnd.normal(0, 9, a.shape)  # grey noise
    speck = rnd.random(a.shape) < 0.0006  # dust
    a[speck] = 90
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))


def main():
    p1 = Page(1)
    letterhead(p1)
    for t in PAGE1:
        p1.para(t)
    for t in ENGAGEMENTS:
        p1.para(t, indent=30, gap=8, hang=36)
    p1.footer()

    p2 = Page(2)
    p2.y = 200
    for t in PAGE2:
        p2.para(t)
    signature(p2)
    p2.para("Copie : M. Patrice Lenoir, directeur du CCAS de Ferrancourt ; Mme Hélène Varin, "
            "coordinatrice du CLSM ; Direction de l'EPSM de l'Argonne.", SMALL)
    p2.footer()

    imgs = [degrade(p1.img, 0.6, 1), degrade(p2.img, -0.8, 2)]
    for i, im in enumerate(imgs, 1):
        im.save(SCRATCH / f"page{i}.png")
    imgs[0].convert("RGB").save(OUT, "PDF", resolution=200, save_all=True,
                                append_images=[imgs[1].convert("RGB")])
    print("wrote", OUT)


if __name__ == "__main__":
    main()
