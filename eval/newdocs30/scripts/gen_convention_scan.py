# -*- coding: utf-8 -*-
"""Génère la convention de partenariat « Campus Bien-Être » 2025-2027 sous forme de PDF scanné (3 pages d'images,
sans couche texte) : texte dessiné avec Pillow à 200 dpi, légère rotation, bruit, tampon, signatures manuscrites
simulées. Le texte dessiné est enregistré dans convention_scan_text.json (une entrée par page) pour check.py.
"""
import json
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-15_universite-brevalec_convention-campus-bien-etre.pdf")
TEXT_JSON = os.path.join(HERE, "convention_scan_text.json")

DPI = 200
W, H = 1654, 2339
ML, MR, MT = 165, 165, 150
FONT_DIR = "/usr/share/fonts/truetype/liberation/"
F = {
    "n": ImageFont.truetype(FONT_DIR + "LiberationSerif-Regular.ttf", 33),
    "b": ImageFont.truetype(FONT_DIR + "LiberationSerif-Bold.ttf", 33),
    "i": ImageFont.truetype(FONT_DIR + "LiberationSerif-Italic.ttf", 33),
    "t": ImageFont.truetype(FONT_DIR + "LiberationSerif-Bold.ttf", 46),
    "st": ImageFont.truetype(FONT_DIR + "LiberationSerif-Bold.ttf", 38),
    "s": ImageFont.truetype(FONT_DIR + "LiberationSerif-Regular.ttf", 26),
}
LH = 43

random.seed(15092025)

# ------------------------------------------------------------------ contenu (blocs par page)
# ("title"|"subtitle"|"center"|"para"|"bold"|"bullet"|"table"|"sign"|"gap", contenu)
PAGES = [
    [
        ("small", "UNIVERSITÉ DE BRÉVALEC — VILLE DE BRÉVALEC — CRVE BRETAGNE OUEST — EPSM DE KERBELLEC — ARS BRETAGNE"),
        ("gap", 30),
        ("title", "CONVENTION DE PARTENARIAT"),
        ("subtitle", "« CAMPUS BIEN-ÊTRE » 2025-2027"),
        ("center", "relative à la santé mentale des étudiants de Brévalec"),
        ("center", "Convention n° CBE-2025-04"),
        ("gap", 20),
        ("bold", "Entre les soussignés :"),
        ("bullet", "l'Université de Brévalec, représentée par son président, le Pr Hervé Le Squer, ci-après "
                   "« l'Université » ;"),
        ("bullet", "la Ville de Brévalec, représentée par sa maire, Mme Anne Guivarc'h, ci-après « la Ville » ;"),
        ("bullet", "le Centre régional de la vie étudiante (CRVE) Bretagne Ouest, représenté par son directeur, "
                   "M. Olivier Rolland, ci-après « le CRVE » ;"),
        ("bullet", "l'Établissement public de santé mentale (EPSM) de Kerbellec, représenté par sa directrice, "
                   "Mme Sylvie Jaouen, ci-après « l'EPSM » ;"),
        ("bullet", "l'Agence régionale de santé (ARS) Bretagne, délégation départementale du Penhoët, représentée "
                   "par son délégué départemental, M. Franck Le Moal, ci-après « l'ARS »."),
        ("gap", 8),
        ("para", "Vu le code de l'éducation ;"),
        ("para", "Vu le contrat local de santé de Brévalec 2023-2027 ;"),
        ("para", "Vu la délibération du conseil municipal de Brévalec du 30 juin 2025 ;"),
        ("para", "Vu la délibération du conseil d'administration de l'Université du 8 juillet 2025 ;"),
        ("gap", 12),
        ("bold", "Préambule"),
        ("para", "L'enquête Bien-être étudiant conduite en mars 2025 a montré qu'un étudiant sur trois présente des "
                 "symptômes dépressifs. Les parties, membres du groupe étudiants du conseil local de santé mentale "
                 "(CLSM) de Brévalec, décident d'unir leurs moyens pour prévenir la souffrance psychique, repérer plus "
                 "tôt les étudiants en difficulté et faciliter leur accès aux soins."),
        ("gap", 12),
        ("bold", "Article 1 – Objet"),
        ("para", "La présente convention définit les engagements des parties dans le programme « Campus Bien-Être » "
                 "et fixe les règles du protocole PASSERELLE de repérage et d'orientation des étudiants en crise "
                 "suicidaire (article 4)."),
        ("gap", 12),
        ("bold", "Article 2 – Durée"),
        ("para", "La convention est conclue pour les années universitaires 2025-2026 et 2026-2027. Elle prend effet "
                 "le 1er septembre 2025 et s'achève le 31 août 2027. Son renouvellement fera l'objet d'un avenant."),
    ],
    [
        ("bold", "Article 3 – Engagements des parties"),
        ("para", "3.1. L'Université, par son service de santé étudiante (SSE) :"),
        ("bullet", "maintient au moins 3,2 ETP de psychologue ;"),
        ("bullet", "finance le dispositif Pass'Psy Campus, dans la limite de 8 séances par étudiant et par année "
                   "universitaire ;"),
        ("bullet", "recrute et forme les étudiants relais santé (ERS)."),
        ("para", "3.2. La Ville, par le CLSM, assure la coordination du programme et le secrétariat du comité de "
                 "pilotage ; elle organise chaque année une journée de sensibilisation ouverte à tous les étudiants."),
        ("para", "3.3. Le CRVE forme aux premiers secours en santé mentale (PSSM) tous les référents de ses résidences "
                 "de Brévalec et désigne un correspondant PASSERELLE par résidence."),
        ("para", "3.4. L'EPSM met à disposition du SSE un infirmier de liaison à hauteur de 0,2 ETP, soit une journée "
                 "par semaine. Il réserve au CMP Brévalec-Centre deux créneaux d'évaluation par semaine pour les "
                 "étudiants orientés par le SSE."),
        ("para", "3.5. L'ARS soutient financièrement le programme (article 5) et en suit les indicateurs."),
        ("gap", 12),
        ("bold", "Article 4 – Protocole PASSERELLE"),
        ("para", "4.1. Toute personne (référent, ERS, enseignant, personnel) qui repère un étudiant en crise "
                 "suicidaire l'oriente sans délai :"),
        ("bullet", "en journée, vers le SSE (02 99 00 18 40) ;"),
        ("bullet", "la nuit, le week-end et les jours fériés, vers CAP 24, centre d'accueil psychiatrique du CH de "
                   "Brévalec (02 99 00 36 24) ;"),
        ("bullet", "en cas de danger immédiat, elle appelle le 15."),
        ("para", "4.2. Le CMP Brévalec-Centre reçoit en évaluation, dans un délai de 72 heures, tout étudiant orienté "
                 "par le SSE."),
        ("para", "4.3. Après un passage aux urgences ou une hospitalisation, le SSE recontacte l'étudiant dans les "
                 "7 jours suivant sa sortie."),
        ("para", "4.4. Une fiche de liaison PASSERELLE accompagne chaque orientation. Elle n'est transmise qu'avec "
                 "l'accord de l'étudiant."),
        ("para", "4.5. Une cellule de veille réunissant le SSE, l'EPSM, le CRVE et le CLSM se réunit chaque mois "
                 "pour examiner, de façon anonymisée, les situations orientées."),
    ],
    [
        ("bold", "Article 5 – Financement"),
        ("para", "Les contributions annuelles des parties sont les suivantes :"),
        ("table", [("Partie", "Nature de la contribution", "Montant annuel"),
                   ("Université (CVEC)", "Pass'Psy Campus, psychologues, ERS", "285 000 €"),
                   ("ARS Bretagne", "Fonds d'intervention régional", "45 000 €"),
                   ("Ville de Brévalec", "Coordination du CLSM, prévention", "22 000 €"),
                   ("CRVE Bretagne Ouest", "Formations PSSM des référents", "18 000 €"),
                   ("EPSM de Kerbellec", "Infirmier de liaison (valorisation)", "11 000 €"),
                   ("Total", "", "381 000 €")]),
        ("para", "Les versements de la Ville et de l'ARS interviennent avant le 31 mars de chaque année, sur "
                 "présentation du bilan de l'année précédente."),
        ("gap", 8),
        ("bold", "Article 6 – Gouvernance"),
        ("para", "Un comité de pilotage, coprésidé par la vice-présidente de l'Université chargée de la vie "
                 "étudiante et par l'adjointe au maire déléguée à la santé, se réunit deux fois par an. La "
                 "coordinatrice du CLSM en assure le secrétariat."),
        ("gap", 8),
        ("bold", "Article 7 – Évaluation"),
        ("para", "Les indicateurs suivis sont notamment le délai d'accès à un psychologue du SSE, le nombre de "
                 "bénéficiaires de Pass'Psy Campus, le nombre de référents formés aux PSSM et le nombre de "
                 "situations orientées par le protocole PASSERELLE."),
        ("gap", 8),
        ("bold", "Article 8 – Résiliation"),
        ("para", "Chaque partie peut résilier la convention par lettre recommandée, avec un préavis de trois mois."),
        ("gap", 8),
        ("para", "Fait à Brévalec, le 15 septembre 2025, en cinq exemplaires originaux."),
        ("sign", [("Pour l'Université de Brévalec,", "le président, Pr Hervé Le Squer"),
                  ("Pour la Ville de Brévalec,", "la maire, Anne Guivarc'h"),
                  ("Pour le CRVE Bretagne Ouest,", "le directeur, Olivier Rolland"),
                  ("Pour l'EPSM de Kerbellec,", "la directrice, Sylvie Jaouen"),
                  ("Pour l'ARS Bretagne,", "le délégué départemental, Franck Le Moal")]),
    ],
]


def wrap(text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scribble(d, x, y, w):
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((x + t * w, y + 28 * math.sin(t * 11 + random.random()) * (1 - t * 0.4)
                    + random.uniform(-4, 4)))
    d.line(pts, fill=(20, 30, 90), width=3)
    d.line([(x + 10, y + 40), (x + w * 0.8, y + 25)], fill=(20, 30, 90), width=2)


def render_page(blocks, page_no):
    img = Image.new("RGB", (W, H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    drawn = []
    y = MT
    tw = W - ML - MR
    for kind, content in blocks:
        if kind == "gap":
            y += content
            continue
        if kind in ("title", "subtitle", "center", "small"):
            font = {"title": F["t"], "subtitle": F["st"], "center": F["i"], "small": F["s"]}[kind]
            for ln in wrap(content, font, tw):
                lw = font.getlength(ln)
                d.text(((W - lw) / 2, y), ln, font=font, fill=(15, 15, 15))
                drawn.append(ln)
                y += int(font.size * 1.35)
            continue
        if kind in ("para", "bold"):
            font = F["b"] if kind == "bold" else F["n"]
            for ln in wrap(content, font, tw):
                d.text((ML, y), ln, font=font, fill=(15, 15, 15))
                drawn.append(ln)
                y += LH
            y += 6
            continue
        if kind == "bullet":
            lines = wrap(content, F["n"], tw - 50)
            d.text((ML + 12, y), "–", font=F["n"], fill=(15, 15, 15))
            for ln in lines:
                d.text((ML + 50, y), ln, font=F["n"], fill=(15, 15, 15))
                drawn.append(ln)
                y += LH
            continue
        if kind == "table":
            cols = [430, 640, 254]
            x0 = ML
            rh = 54
            for r_i, row in enumerate(content):
                x = x0
                font = F["b"] if r_i in (0, len(content) - 1) else F["n"]
                for c_i, cell in enumerate(row):
                    d.rectangle([x, y, x + cols[c_i], y + rh], outline=(30, 30, 30), width=2)
                    if c_i == 2 and r_i > 0:
                        d.text((x + cols[c_i] - 14 - font.getlength(cell), y + 10), cell, font=font, fill=(15, 15, 15))
                    else:
                        d.text((x + 12, y + 10), cell, font=font, fill=(15, 15, 15))
                    x += cols[c_i]
                drawn.append(" ".join(c for c in row if c))
                y += rh
            y += 20
            continue
        if kind == "sign":
            colw = tw // 2
            for i, (l1, l2) in enumerate(content):
                cx = ML + (i % 2) * colw
                cy = y + (i // 2) * 190
                d.text((cx, cy), l1, font=F["n"], fill=(15, 15, 15))
                d.text((cx, cy + 40), l2, font=F["i"], fill=(15, 15, 15))
                scribble(d, cx + 40, cy + 115, 300 + random.randint(-40, 60))
                drawn.append(l1)
                drawn.append(l2)
            y += ((len(content) + 1) // 2) * 190
            continue
        raise ValueError(kind)
    if y > H - 140:
        raise SystemExit("page %d déborde (y=%d)" % (page_no, y))
    foot = "Convention Campus Bien-Être 2025-2027 — page %d/3" % page_no
    d.text(((W - F["s"].getlength(foot)) / 2, H - 105), foot, font=F["s"], fill=(60, 60, 60))
    drawn.append(foot)
    # paraphes en bas à droite
    for k in range(3):
        scribble(d, W - 420 + k * 95, H - 190, 70)
    if page_no == 1:  # tampon d'arrivée
        st = Image.new("RGBA", (560, 150), (0, 0, 0, 0))
        sd = ImageDraw.Draw(st)
        sd.rectangle([4, 4, 555, 145], outline=(170, 30, 40, 210), width=5)
        sd.text((24, 18), "REÇU LE 18 SEPT. 2025", font=F["b"], fill=(170, 30, 40, 210))
        sd.text((24, 72), "Direction de la vie étudiante", font=F["s"], fill=(170, 30, 40, 210))
        st = st.rotate(8, expand=True)
        img.paste(st, (W - 760, H - 520), st)
        drawn.append("REÇU LE 18 SEPT. 2025")
        drawn.append("Direction de la vie étudiante")
    return img, drawn


def degrade(img):
    img = img.convert("L")
    img = img.rotate(random.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235)
    px = img.load()
    for _ in range(9000):  # poussières
        x, y = random.randrange(W), random.randrange(H)
        px[x, y] = random.randint(60, 180)
    noise = Image.effect_noise((W, H), 14)
    img = Image.blend(img, noise.point(lambda v: 235 + (v - 128) // 6), 0.12)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # ombre de reliure à gauche
    d = ImageDraw.Draw(img)
    for k in range(40):
        d.line([(k, 0), (k, H)], fill=int(150 + k * 2))
    return img


def main():
    pages, texts = [], []
    for i, blocks in enumerate(PAGES, 1):
        img, drawn = render_page(blocks, i)
        pages.append(degrade(img))
        texts.append(drawn)
    pages[0].save(OUT, save_all=True, append_images=pages[1:], resolution=DPI)
    with open(TEXT_JSON, "w", encoding="utf-8") as f:
        json.dump({"file": os.path.basename(OUT), "pages": texts}, f, ensure_ascii=False, indent=1)
    print("écrit", OUT, "et", TEXT_JSON)


if __name__ == "__main__":
    main()
