# -*- coding: utf-8 -*-
"""Dépliant trois volets (pli roulé) mis en page sous Scribus et exporté en PDF pour l'imprimeur.

Imitation : deux pages A4 paysage de trois volets chacune, dans l'ordre d'imposition et non de lecture : page 1
(extérieur) = volet rabattu intérieur (5), dos (6), couverture (1) ; page 2 (intérieur) = volets 2, 3, 4 ; cadres de
texte indépendants par volet, titres en capitales, liste à puces « ▸ » dessinées, encadré des gestes en cas de
surdose numérotés, mentions d'impression au dos ; métadonnées Creator/Producer « Scribus 1.6.2 ».
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-02_caarud-l-escale_depliant-accueil-reduction-des-risques.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Sans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", LIB + "LiberationSans-Bold.ttf"))
W, H = landscape(A4)
PW = W / 3
TEAL, ORANGE, INK = HexColor("#00695C"), HexColor("#F57C00"), HexColor("#212121")


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


class Panel:
    def __init__(self, c, idx):
        self.c, self.x, self.y, self.w = c, idx * PW + 22, H - 40, PW - 44

    def title(self, s, size=15, color=TEAL):
        self.y -= 6
        for line in wrap(s.upper(), "Sans-Bold", size, self.w):
            self.c.setFont("Sans-Bold", size)
            self.c.setFillColor(color)
            self.c.drawString(self.x, self.y, line)
            self.y -= size * 1.2
        self.y -= 4

    def para(self, s, size=9.5, font="Sans", color=INK, indent=0, mark=None):
        first = True
        for line in wrap(s, font, size, self.w - indent):
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            if first and mark:
                self.c.setFillColor(ORANGE)
                self.c.drawString(self.x, self.y, mark)
                self.c.setFillColor(color)
            self.c.drawString(self.x + indent, self.y, line)
            self.y -= size * 1.3
            first = False
        self.y -= 4

    def bullets(self, items):
        for it in items:
            self.para(it, indent=11, mark="▸")


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setCreator("Scribus 1.6.2")
    c.setProducer("Scribus PDF Library 1.6.2")
    c.setTitle("Depliant_Escale_2026_BAT3")
    # ---- page 1 : extérieur (volets 5, 6, 1)
    p5 = Panel(c, 0)
    p5.title("Les maraudes")
    p5.para("L'équipe de L'Escale vient aussi à votre rencontre dans les quartiers, avec du matériel, un café et du "
            "temps pour parler.")
    p5.bullets(["Le mardi et le vendredi, de 19 h à 22 h : Grèves-Basses (parvis de la tour Mistral) puis "
                "Bellevue-Sud (parking du centre commercial)",
                "Un jeudi par mois à Sarrebach-les-Forges avec l'unité mobile du CSAPA Le Relais",
                "Avec un médiateur pair : quelqu'un qui est passé par là"])
    p5.title("Le mercredi, la psy vient à L'Escale")
    p5.para("Depuis septembre 2025, une infirmière de l'équipe mobile psychiatrie précarité (EMPP) est présente à "
            "l'accueil le mercredi de 14 h à 17 h. Sans rendez-vous, pour parler du sommeil, de l'angoisse, des "
            "voix, des idées noires, ou pour reprendre un traitement arrêté.")
    p6 = Panel(c, 1)
    p6.title("Nous trouver")
    p6.para("CAARUD L'Escale", font="Sans-Bold", size=11)
    p6.para("12 rue du Port-Sec, Vervinval — bus ligne 3, arrêt « Port-Sec »")
    p6.para("Accueil collectif : lundi, mardi, jeudi et vendredi de 13 h 30 à 17 h 30 ; mercredi de 10 h à "
            "17 h 30. Fermé le week-end et les jours fériés.")
    p6.para("Tél. 03 26 40 18 72 — escale@rives-et-liens.example")
    p6.para("Urgence : 15 (SAMU) ou 112")
    p6.y -= 30
    p6.para("L'Escale est gérée par l'association Rives & Liens et financée par l'Assurance maladie (ONDAM "
            "médico-social) via l'ARS Grand Est. Avec le soutien de la Ville de Vervinval et du CLSM de Vervinval.",
            size=7.5, color=HexColor("#616161"))
    p6.para("Imprimé à 2 000 exemplaires par Imprimerie des Coteaux, Vervinval — février 2026. Ne pas jeter sur la "
            "voie publique.", size=7.5, color=HexColor("#616161"))
    c.setFillColor(TEAL)
    c.rect(2 * PW, 0, PW, H, stroke=0, fill=1)
    p1 = Panel(c, 2)
    p1.y = H - 150
    p1.title("L'Escale", 40, white)
    p1.title("CAARUD de Vervinval", 17, white)
    p1.y -= 20
    p1.para("Accueil, réduction des risques, sans jugement", 14, "Sans-Bold", white)
    p1.y -= 150
    p1.para("Anonyme · Gratuit · Sans rendez-vous", 13, "Sans", white)
    c.showPage()
    # ---- page 2 : intérieur (volets 2, 3, 4)
    p2 = Panel(c, 0)
    p2.title("Un CAARUD, c'est quoi ?")
    p2.para("CAARUD veut dire Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de "
            "drogues. C'est un lieu où vous pouvez venir tel que vous êtes, que vous consommiez ou non, sans qu'on "
            "vous demande d'arrêter.")
    p2.para("Vous voulez réduire ou arrêter ? On vous accompagne vers le CSAPA L'Envol, qui propose des soins et "
            "des traitements de substitution, et on peut venir avec vous au premier rendez-vous.")
    p2.title("Ici, pas de jugement")
    p2.para("Vous n'avez pas à donner votre nom. Ce que vous nous dites reste entre nous. Les mineurs sont "
            "accueillis à partir de 16 ans.")
    p3 = Panel(c, 1)
    p3.title("Ce qu'on vous propose")
    p3.bullets(["Matériel stérile : seringues, kits base (pipe en verre, embouts), roule-ta-paille, préservatifs",
                "Récupération du matériel usagé",
                "Naloxone en spray nasal et formation de 10 minutes à son utilisation",
                "Douche, machine à laver, café, recharge de téléphone",
                "Dépistage rapide du VIH et de l'hépatite C (TROD)",
                "Aide pour les papiers : domiciliation, couverture santé, RSA",
                "Analyse de produits : envoi d'échantillons au laboratoire partenaire, résultat sous 15 jours",
                "Un groupe de parole le jeudi à 15 h, animé avec un médiateur pair"])
    p4 = Panel(c, 2)
    p4.title("Surdose : les bons gestes", color=ORANGE)
    p4.para("Signes : la personne ne réagit pas, respire très lentement ou ronfle bizarrement, lèvres bleues, "
            "pupilles en tête d'épingle.")
    for i, s in enumerate(["Parlez-lui fort, pincez-la : vérifiez si elle réagit.",
                           "Appelez le 15 et dites « surdose ».",
                           "Donnez la naloxone : une pulvérisation dans une narine, tête en arrière.",
                           "Mettez la personne en position latérale de sécurité et restez avec elle.",
                           "Pas de réaction après 3 minutes ? Deuxième dose dans l'autre narine."], 1):
        p4.para("%d. %s" % (i, s), indent=0)
    p4.para("La naloxone agit sur les opioïdes (héroïne, méthadone, morphine, fentanyl). Elle est sans danger, même "
            "si vous vous trompez. Demandez votre kit gratuit à l'accueil.", size=9, font="Sans-Bold")
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
