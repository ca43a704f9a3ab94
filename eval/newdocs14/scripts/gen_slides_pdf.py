# -*- coding: utf-8 -*-
"""Génère le diaporama PDF (20 pages 16:9) de la journée régionale des CLSM du Grand Est.

Les diapositives sont écrites en HTML puis imprimées par Chromium headless :
  chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=out.pdf slides.html
La page de titre n'est pas numérotée : le numéro imprimé sur chaque diapositive vaut (page du PDF - 1).
Tout est fictif (villes, personnes, chiffres, domaines .example).
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus",
                   "2026-11-19_pole-villes-solidaires-ge_diaporama-panorama-clsm-grand-est-2026.pdf")

FOOT = "Journée régionale des CLSM du Grand Est — Roncourt-sur-Moselle, 19 novembre 2026"

CSS = """
@page { size: 297mm 167mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; color: #1d2b3a; }
.slide { width: 297mm; height: 167mm; position: relative; overflow: hidden; page-break-after: always;
         padding: 14mm 18mm 16mm 18mm; background: #ffffff; }
.slide:last-child { page-break-after: auto; }
.band { position: absolute; top: 0; left: 0; width: 100%; height: 5mm; background: #0f6a73; }
.logo { position: absolute; top: 7mm; right: 12mm; font-size: 8pt; color: #0f6a73; font-weight: bold; }
h1 { font-size: 26pt; margin: 0 0 6mm 0; color: #0f6a73; }
h2 { font-size: 21pt; margin: 2mm 0 6mm 0; color: #0f6a73; }
p, li { font-size: 13pt; line-height: 1.35; }
.foot { position: absolute; bottom: 5mm; left: 18mm; font-size: 7.5pt; color: #6b7a88; }
.num { position: absolute; bottom: 5mm; right: 12mm; font-size: 9pt; color: #0f6a73; font-weight: bold; }
.title { background: #0f6a73; color: white; }
.title h1 { color: white; font-size: 32pt; margin-top: 18mm; }
.title .sub { font-size: 15pt; }
.title .who { position: absolute; bottom: 14mm; left: 18mm; font-size: 11pt; line-height: 1.5; }
.section { background: #e7f2f3; }
.section h1 { margin-top: 45mm; font-size: 34pt; }
.kpis { display: flex; flex-wrap: wrap; gap: 6mm; }
.kpi { width: 78mm; height: 44mm; border: 0.6mm solid #0f6a73; border-radius: 3mm; padding: 4mm; }
.kpi .big { font-size: 30pt; font-weight: bold; color: #c2410c; display: block; }
.kpi .lbl { font-size: 11pt; display: block; margin-top: 2mm; }
.map { position: relative; height: 110mm; }
.dep { position: absolute; width: 52mm; border: 0.4mm solid #0f6a73; border-radius: 2mm; padding: 2mm;
       background: #f3f8f8; font-size: 10pt; }
.dep b { display: block; font-size: 18pt; color: #c2410c; }
.cols { display: flex; gap: 10mm; }
.col { flex: 1; border-top: 2mm solid #0f6a73; padding-top: 3mm; }
.col.alt { border-top-color: #c2410c; }
.col h3 { margin: 0 0 2mm 0; font-size: 15pt; }
.col dl { margin: 0; font-size: 11pt; }
.col dt { font-weight: bold; margin-top: 2mm; }
.col dd { margin: 0 0 0 4mm; }
table { border-collapse: collapse; font-size: 11.5pt; }
th, td { border: 0.3mm solid #9fb3bf; padding: 1.6mm 3mm; text-align: left; }
th { background: #0f6a73; color: white; }
.bar { display: inline-block; height: 4mm; background: #c2410c; vertical-align: middle; margin-right: 2mm; }
.quiz li { margin-bottom: 3mm; }
.small { font-size: 10pt; color: #45566a; }
.two { display: flex; gap: 12mm; }
.two > div { flex: 1; }
.tl { display: flex; justify-content: space-between; margin-top: 12mm; }
.tl div { width: 40mm; border-left: 1mm solid #c2410c; padding-left: 3mm; font-size: 10.5pt; }
.tl b { display: block; font-size: 17pt; color: #c2410c; }
"""


def slide(num, body, cls=""):
    parts = ['<section class="slide %s">' % cls, '<div class="band"></div>',
             '<div class="logo">Pôle Villes Solidaires Grand Est</div>', body]
    if num is not None:
        parts.append('<div class="foot">%s</div>' % FOOT)
        parts.append('<div class="num">%d</div>' % num)
    parts.append("</section>")
    return "\n".join(parts)


SLIDES = []

# Page 1 : titre (non numérotée)
SLIDES.append(slide(None, """
<h1>Les CLSM du Grand Est en 2026</h1>
<p class="sub">Panorama régional et perspectives</p>
<p class="sub">Journée régionale des Conseils locaux de santé mentale<br>Roncourt-sur-Moselle — jeudi 19 novembre 2026</p>
<div class="who">Mathilde Kessler, chargée de mission santé, Pôle Villes Solidaires Grand Est<br>
Dr Antoine Grosjean, psychiatre, coordinateur régional des CLSM (ARS Grand Est / CH de Lorquin-Val)<br>
Sophie Wendling, coordinatrice du CLSM de Valmont-Saint-Loup</div>
""", "title"))

# 1 : sommaire
SLIDES.append(slide(1, """
<h2>Au programme</h2>
<ol>
<li>Où en sont les CLSM de la région ?</li>
<li>Chiffres clés 2026</li>
<li>La carte des CLSM par département</li>
<li>CLSM et PTSM : qui fait quoi ?</li>
<li>Deux retours d'expérience</li>
<li>Quiz</li>
<li>Perspectives 2027-2028 et pour aller plus loin</li>
</ol>
<p class="small">Les données sont issues de l'enquête annuelle du réseau régional (questionnaire envoyé aux 48 CLSM actifs ou en
préfiguration, 46 réponses, clôture le 30 juin 2026).</p>
"""))

# 2 : section
SLIDES.append(slide(2, "<h1>1. Où en sont les CLSM de la région ?</h1>", "section"))

# 3 : frise
SLIDES.append(slide(3, """
<h2>Quinze ans de CLSM dans le Grand Est</h2>
<div class="tl">
<div><b>2009</b>Premier CLSM de la région, à Valmont-Saint-Loup (Moselle)</div>
<div><b>2016</b>Instruction nationale sur les CLSM : 12 CLSM dans la région</div>
<div><b>2019</b>Création du réseau régional et du poste de coordinateur régional</div>
<div><b>2022</b>Les 10 PTSM du Grand Est sont signés</div>
<div><b>2026</b>41 CLSM actifs et 7 en préfiguration</div>
</div>
<p class="small" style="margin-top:14mm">Le réseau régional est animé par le Pôle Villes Solidaires Grand Est (centre de ressources politique de la
ville) avec l'appui de l'ARS Grand Est.</p>
"""))

# 4 : chiffres clés
SLIDES.append(slide(4, """
<h2>Chiffres clés 2026</h2>
<div class="kpis">
<div class="kpi"><span class="big">41</span><span class="lbl">CLSM actifs au 30 juin 2026</span></div>
<div class="kpi"><span class="big">7</span><span class="lbl">CLSM en préfiguration</span></div>
<div class="kpi"><span class="big">63 %</span><span class="lbl">des QPV de la région couverts par un CLSM</span></div>
<div class="kpi"><span class="big">28,4</span><span class="lbl">ETP de coordination financés</span></div>
<div class="kpi"><span class="big">1 240</span><span class="lbl">membres des assemblées plénières</span></div>
<div class="kpi"><span class="big">9 sur 10</span><span class="lbl">départements ont au moins un CLSM</span></div>
</div>
"""))

# 5 : financement
SLIDES.append(slide(5, """
<h2>Qui finance la coordination ?</h2>
<div class="two">
<div>
<p>Coût moyen d'un poste de coordination à temps plein :</p>
<p style="font-size:28pt;color:#c2410c;font-weight:bold;margin:2mm 0">52 000 €</p>
<p>par an, charges comprises</p>
</div>
<div>
<table>
<tr><th>Financeur</th><th>Part moyenne</th></tr>
<tr><td>ARS Grand Est</td><td>50 %</td></tr>
<tr><td>Communes et intercommunalités</td><td>35 %</td></tr>
<tr><td>Crédits de la politique de la ville</td><td>15 %</td></tr>
</table>
<p class="small">Moyenne calculée sur les 41 CLSM actifs ; 6 CLSM fonctionnent avec un mi-temps de coordination.</p>
</div>
</div>
"""))

# 6 : évolution
SLIDES.append(slide(6, """
<h2>Évolution du nombre de CLSM actifs</h2>
<table>
<tr><th>Année</th><th>2019</th><th>2020</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th><th>2026</th></tr>
<tr><td>CLSM actifs</td><td>22</td><td>24</td><td>27</td><td>30</td><td>33</td><td>36</td><td>38</td><td>41</td></tr>
</table>
<p>+ 19 CLSM en sept ans, soit près de trois nouveaux CLSM par an.</p>
<p class="small">Source : enquêtes annuelles du réseau régional, situation au 30 juin de chaque année.</p>
"""))

# 7 : carte
deps = [
    ("Ardennes (08)", "2 CLSM", 38, 0),
    ("Marne (51)", "5 CLSM", 32, 30),
    ("Meuse (55)", "0 CLSM — 1 en projet", 92, 22),
    ("Aube (10)", "3 CLSM", 26, 62),
    ("Haute-Marne (52)", "1 CLSM", 80, 76),
    ("Meurthe-et-Moselle (54)", "7 CLSM", 150, 40),
    ("Moselle (57)", "8 CLSM", 178, 4),
    ("Vosges (88)", "2 CLSM", 142, 82),
    ("Bas-Rhin (67)", "8 CLSM", 212, 36),
    ("Haut-Rhin (68)", "5 CLSM", 204, 78),
]
boxes = "\n".join('<div class="dep" style="left:%dmm;top:%dmm">%s<b>%s</b></div>' % (x, y, n, c)
                  for n, c, x, y in deps)
SLIDES.append(slide(7, """
<h2 style="margin-bottom:2mm">La carte des CLSM par département (juin 2026)</h2>
<div class="map">%s</div>
""" % boxes))

# 8 : section
SLIDES.append(slide(8, "<h1>2. CLSM et PTSM : qui fait quoi ?</h1>", "section"))

# 9 : comparaison deux colonnes
SLIDES.append(slide(9, """
<h2>Deux dispositifs complémentaires</h2>
<div class="cols">
<div class="col">
<h3>Conseil local de santé mentale (CLSM)</h3>
<dl>
<dt>Échelle</dt><dd>Commune ou intercommunalité</dd>
<dt>Pilotage</dt><dd>Élu local, psychiatrie publique, usagers et aidants</dd>
<dt>Instances</dt><dd>Assemblée plénière, comité de pilotage, groupes de travail</dd>
<dt>Durée</dt><dd>Sans limite de durée</dd>
<dt>Objet</dt><dd>Coordonner les acteurs de proximité autour des habitants</dd>
</dl>
</div>
<div class="col alt">
<h3>Projet territorial de santé mentale (PTSM)</h3>
<dl>
<dt>Échelle</dt><dd>Département (territoire de santé mentale)</dd>
<dt>Pilotage</dt><dd>Acteurs de santé mentale, arrêté par le directeur général de l'ARS</dd>
<dt>Instances</dt><dd>Comité de suivi, diagnostic territorial partagé</dd>
<dt>Durée</dt><dd>Cinq ans, décliné en contrat territorial (CTSM)</dd>
<dt>Objet</dt><dd>Organiser les parcours de santé mentale sans rupture</dd>
</dl>
</div>
</div>
<p class="small">Le CLSM est souvent la déclinaison locale d'une action du PTSM : ils ne se remplacent pas.</p>
"""))

# 10 : thématiques
themes = [("Logement et habitat", 78), ("Jeunesse", 61), ("Prévention du suicide", 54),
          ("Lutte contre la stigmatisation", 49), ("Accès aux soins", 44), ("Personnes âgées", 22)]
rows = "\n".join('<tr><td>%s</td><td><span class="bar" style="width:%dmm"></span>%d %%</td></tr>' % (t, v, v)
                 for t, v in themes)
SLIDES.append(slide(10, """
<h2>Les thèmes des groupes de travail</h2>
<table>
<tr><th>Thème</th><th>Part des CLSM ayant un groupe de travail sur ce thème</th></tr>
%s
</table>
<p class="small">Plusieurs thèmes possibles par CLSM ; base : 41 CLSM actifs.</p>
""" % rows))

# 11 : situations complexes
SLIDES.append(slide(11, """
<h2>Les instances de situations complexes</h2>
<ul>
<li>29 CLSM sur 41 disposent d'une cellule de situations complexes (ou « cellule de veille »)</li>
<li>412 situations examinées en 2025 (contre 356 en 2024)</li>
<li>Délai moyen entre la saisine et l'examen : 23 jours</li>
<li>Motif le plus fréquent : le risque de perte du logement (4 situations sur 10)</li>
</ul>
<p class="small">Chaque cellule dispose d'une charte de confidentialité signée par ses membres.</p>
"""))

# 12 : section
SLIDES.append(slide(12, "<h1>3. Deux retours d'expérience</h1>", "section"))

# 13 : REX 1
SLIDES.append(slide(13, """
<h2>Valmont-Saint-Loup (Moselle) : les sentinelles du quartier Bellevue</h2>
<ul>
<li>Depuis 2024, 36 habitants, gardiens d'immeuble et commerçants formés au repérage de la souffrance psychique</li>
<li>Formation de 2 jours assurée par l'équipe mobile psychiatrie-précarité</li>
<li>Un numéro unique de la coordinatrice pour orienter sans délai</li>
<li>58 orientations vers le CMP ou le médecin traitant en 2025</li>
</ul>
<p class="small">Contact : Sophie Wendling, coordinatrice du CLSM de Valmont-Saint-Loup</p>
"""))

# 14 : REX 2
SLIDES.append(slide(14, """
<h2>Pays de Marvaux (Aube) : une permanence psy à la maison France services</h2>
<ul>
<li>Une psychologue du CMP présente deux demi-journées par semaine à la maison France services de Marvaux</li>
<li>Accueil sans rendez-vous le mardi matin, sur rendez-vous le jeudi après-midi</li>
<li>187 personnes reçues en 2025, dont 41 % n'avaient jamais consulté</li>
<li>Financement : ARS et crédits de la politique de la ville (contrat de ville 2024-2030)</li>
</ul>
"""))

# 15 : quiz
SLIDES.append(slide(15, """
<h2>Quiz : vrai ou faux ?</h2>
<ol class="quiz">
<li>Un CLSM est obligatoire dans les communes de plus de 20 000 habitants.</li>
<li>Le CLSM est présidé par le maire ou son représentant.</li>
<li>Les usagers et leurs proches sont membres du CLSM.</li>
<li>Le PTSM remplace le CLSM là où il existe.</li>
</ol>
<p class="small">Levez la main, ou répondez dans l'outil de sondage avec le code 4417.</p>
"""))

# 16 : réponses
SLIDES.append(slide(16, """
<h2>Quiz : les réponses</h2>
<ol class="quiz">
<li><b>Faux</b> — aucun texte n'impose de créer un CLSM : c'est une démarche volontaire de la commune.</li>
<li><b>Vrai</b> — le maire ou un élu qu'il désigne préside l'assemblée plénière.</li>
<li><b>Vrai</b> — usagers, GEM et associations de familles font partie des membres.</li>
<li><b>Faux</b> — le PTSM et le CLSM sont complémentaires.</li>
</ol>
"""))

# 17 : perspectives
SLIDES.append(slide(17, """
<h2>Perspectives 2027-2028</h2>
<ul>
<li>Objectif : 50 CLSM actifs d'ici fin 2028</li>
<li>Un premier CLSM dans la Meuse en 2027 (Bar-la-Forge, en préfiguration)</li>
<li>Une formation commune des coordinateurs en 4 modules, dès mars 2027</li>
<li>Un observatoire partagé des situations complexes</li>
</ul>
<table>
<tr><th>Date</th><th>Rendez-vous du réseau régional</th></tr>
<tr><td>28 janvier 2027</td><td>Rencontre des coordinateurs (visio)</td></tr>
<tr><td>16 mars 2027</td><td>Lancement régional des SISM</td></tr>
<tr><td>10 juin 2027</td><td>Séminaire élus et CLSM à Roncourt-sur-Moselle</td></tr>
</table>
"""))

# 18 : pour aller plus loin
SLIDES.append(slide(18, """
<h2>Pour aller plus loin</h2>
<ul>
<li>Le centre de ressources : https://www.pole-villes-solidaires-ge.example/sante-mentale</li>
<li>Annuaire des CLSM du Grand Est : https://www.pole-villes-solidaires-ge.example/annuaire-clsm</li>
<li>Guide « Créer un CLSM en 10 étapes » : https://www.pole-villes-solidaires-ge.example/guide-creer-clsm.pdf</li>
<li>Les PTSM du Grand Est : https://www.ars-grand-est.example/ptsm</li>
<li>Replay des journées régionales : https://www.pole-villes-solidaires-ge.example/replays</li>
</ul>
"""))

# 19 : merci
SLIDES.append(slide(19, """
<h1 style="margin-top:30mm">Merci de votre attention</h1>
<p>Questions et échanges avec la salle</p>
<p class="small">Mathilde Kessler — m.kessler@pole-villes-solidaires-ge.example — 03 87 00 41 26<br>
Dr Antoine Grosjean — coordination.clsm@ars-grand-est.example</p>
"""))


def main():
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les CLSM du Grand Est en 2026</title>'
            '<style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(SLIDES)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "slides.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer",
                        "--print-to-pdf=" + os.path.abspath(OUT), src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("écrit", OUT, len(SLIDES), "diapositives")


if __name__ == "__main__":
    main()
