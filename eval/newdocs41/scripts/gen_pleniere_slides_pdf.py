# -*- coding: utf-8 -*-
"""Diaporama PDF paysage (11 diapositives) de la plénière du CLSM du 22 janvier 2026 (reportlab)."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-22_clsm-lauvigny_pleniere-gt-enfance-jeunesse.pdf")
W, H = 960, 540
BLUE, GREY = HexColor("#1F6F8B"), HexColor("#555555")
FOOT = "CLSM de Lauvigny-sur-Selle — Plénière du 22 janvier 2026 — GT enfance-jeunesse"

S = [
 ("Santé mentale des enfants et des adolescents", [
   "Groupe de travail enfance-jeunesse : diagnostic et plan d'action 2026-2028",
   "", "Séance plénière du conseil local de santé mentale (CLSM)",
   "Jeudi 22 janvier 2026 — salle des fêtes de l'hôtel de ville",
   "Présenté par le Dr Hélène Vasseur (CH de Lauvigny-sur-Selle) et Karima Benali (programme de réussite éducative)"]),
 ("Le groupe de travail en bref", [
   "– Créé en janvier 2024 après le diagnostic local de santé mentale",
   "– 27 membres issus de 14 structures : CMP-IJ, MDA, PMI, Éducation nationale, PRE, centres sociaux, CAF…",
   "– 5 réunions en 2025, une tous les deux mois environ",
   "– Co-pilotes : Dr Hélène Vasseur et Karima Benali",
   "– Coordination : Manon Delattre, coordinatrice du CLSM"]),
 ("Le territoire", [
   "– Lauvigny-sur-Selle : 48 300 habitants, dont 10 950 de moins de 18 ans",
   "– Deux quartiers prioritaires (QPV) : Les Tisserands (4 860 habitants) et La Briqueterie (3 720 habitants)",
   "– Les QPV regroupent 24 % des moins de 18 ans de la ville",
   "– Taux de pauvreté : 41 % aux Tisserands, 36 % à La Briqueterie, 17 % pour l'ensemble de la ville"]),
 ("CMP infanto-juvénile : des délais encore trop longs", [
   "Délai moyen avant le 1er rendez-vous de soins en 2025 :",
   "– Site Centre : 24 semaines",
   "– Site des Tisserands : 27 semaines",
   "– Antenne de Fressain-le-Bois : 18 semaines",
   "– Tous sites : 24 semaines (29 en 2024)",
   "Entretien d'accueil : 15 jours en moyenne en 2025, contre 20 jours en 2024",
   "844 demandes reçues en 2025 (+2,4 % sur un an)"]),
 ("CHART", []),
 ("Maison des adolescents et Cap'Ados", [
   "– MDA : environ 800 jeunes accueillis en 2025 (chiffre provisoire au 15 janvier)",
   "– 112 jeunes orientés par la MDA vers le CMP-IJ",
   "– Cap'Ados, équipe mobile d'aller-vers lancée en mars 2024 :",
   "   141 interventions et 389 jeunes rencontrés en 2025",
   "   permanences aux collèges Jules-Ferry et Louise-Michel et au centre social Arc-en-Ciel"]),
 ("École et PMI", [
   "– Collège Louise-Michel : infirmière scolaire présente 3 jours sur 5 en 2025-2026",
   "   → demande du GT : un poste à temps plein à la rentrée 2026",
   "– 3 PsyEN EDA pour environ 4 200 écoliers de la circonscription",
   "– Bilans de santé PMI en école maternelle (3-4 ans), année 2024-2025 :",
   "   71 % des enfants aux Tisserands, 76 % à La Briqueterie, 88 % dans le reste de la ville"]),
 ("Mon soutien psy et soutien à la parentalité", [
   "– Mon soutien psy, au 15 janvier 2026 : 11 psychologues conventionnés à Lauvigny-sur-Selle,",
   "   dont 4 reçoivent des enfants et 1 seul installé en QPV",
   "   (maison de santé pluriprofessionnelle des Tisserands, depuis le 5 janvier 2026)",
   "– PSFP, cohorte 1 (septembre-décembre 2025, centre social Les Navettes) :",
   "   11 familles inscrites, 9 familles allées jusqu'à la 14e séance, 23 enfants concernés"]),
 ("Plan d'action 2026-2028 : cinq actions", [
   "1. Accueillir plus vite — entretien d'accueil sous 15 jours sur tous les sites (pilote : CH)",
   "2. Ne pas laisser attendre seul — ateliers « En attendant » étendus au site Centre (pilotes : CMP-IJ et MDA)",
   "3. Aller vers — Cap'Ados au lycée professionnel Jean-Prouvé (pilote : MDA)",
   "4. Soutenir les parents — deux cohortes PSFP par an, une par QPV (pilote : PRE, Ville)",
   "5. Former et outiller — 60 professionnels formés PSSM jeunes en 2026 et fiche réflexe « Qui appeler ? »",
   "   (pilote : CLSM)"]),
 ("Financement demandé", [
   "– ARS Hauts-de-France, fonds d'intervention régional (FIR) : 30 000 € par an, soit 90 000 € sur trois ans",
   "– Conseil départemental de la Haute-Selle : 12 000 € par an (PSFP et ateliers « En attendant »)",
   "– Contrat de ville : 15 000 € par an",
   "– Total sollicité sur 2026-2028 : 171 000 €"]),
 ("Objectifs et prochaines étapes", [
   "– Délai avant le 1er rendez-vous de soins ramené à 16 semaines au plus sur chaque site d'ici au 31 décembre 2027",
   "– Entretien d'accueil sous 15 jours dès 2026",
   "– Prochaine réunion du GT : mardi 27 janvier 2026, relevé de décisions diffusé ensuite",
   "– Vote du plan d'action par la plénière : aujourd'hui",
   "Contact : Manon Delattre — clsm@lauvigny.example — 03 99 00 63 40"]),
]

c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("GT enfance-jeunesse — plénière du CLSM du 22 janvier 2026")
c.setAuthor("CLSM de Lauvigny-sur-Selle")
N = len(S)
for i, (title, lines) in enumerate(S, 1):
    c.setFillColor(BLUE); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(white); c.setFont("Helvetica-Bold", 24)
    c.drawString(40, H - 46, title if title != "CHART" else "Liste d'attente du CMP-IJ au 31 décembre")
    c.setFillColor(HexColor("#222222"))
    if title == "CHART":
        vals = [("2023", 279), ("2024", 324), ("2025", 256)]
        x0, y0 = 200, 110
        for k, (lab, v) in enumerate(vals):
            x = x0 + k * 200
            h = v * 0.9
            c.setFillColor(HexColor("#7FB3C8") if k < 2 else BLUE)
            c.rect(x, y0, 110, h, stroke=0, fill=1)
            c.setFillColor(HexColor("#222222")); c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(x + 55, y0 + h + 10, "%d enfants" % v)
            c.setFont("Helvetica", 16)
            c.drawCentredString(x + 55, y0 - 24, lab)
        c.setFont("Helvetica-Oblique", 13)
        c.drawString(40, 60, "Enfants ayant eu leur entretien d'accueil mais pas encore de rendez-vous de soins ; "
                             "fin 2025, 100 d'entre eux habitent un QPV (39 %).")
    else:
        y = H - 120
        big = i == 1
        for ln in lines:
            font, size = ("Helvetica-Bold" if big and ln == lines[0] else "Helvetica"), (20 if big else 17)
            while stringWidth(ln.strip(), font, size) > W - 110:
                size -= 0.5
            c.setFont(font, size)
            c.drawString(40 if not ln.startswith("   ") else 70, y, ln.strip())
            y -= 34 if big else 32
    c.setFillColor(GREY); c.setFont("Helvetica", 10)
    c.drawString(40, 20, FOOT)
    c.drawRightString(W - 40, 20, "%d / %d" % (i, N))
    c.showPage()
c.save()
print("écrit", OUT)
