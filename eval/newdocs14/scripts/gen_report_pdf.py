# -*- coding: utf-8 -*-
"""Génère le rapport PDF (13 pages A4) de l'ORSAS Normandie sur les CLSM et les quartiers prioritaires.

Pages construites une à une en HTML (en-tête et pied de page répétés, notes de bas de page placées en bas de
chaque page), imprimées par Chromium headless :
  chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=out.pdf rapport.html
Tout est fictif (organismes, villes, personnes, chiffres, domaines .example).
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus",
                   "2026-10-06_orsas-normandie_rapport-clsm-quartiers-prioritaires-normandie-2026.pdf")

NPAGES = 13
HEAD = "ORSAS Normandie — Les conseils locaux de santé mentale en Normandie : état des lieux 2026"
FOOT = "Rapport d'étude — octobre 2026"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Serif', Georgia, serif; color: #222; font-size: 10pt; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        padding: 24mm 20mm 26mm 20mm; }
.page:last-child { page-break-after: auto; }
.head { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #555;
        border-bottom: 0.3mm solid #7a2e5c; padding-bottom: 1.5mm; font-family: 'DejaVu Sans', sans-serif; }
.foot { position: absolute; bottom: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #555;
        border-top: 0.3mm solid #7a2e5c; padding-top: 1.5mm; font-family: 'DejaVu Sans', sans-serif; }
.foot .pn { float: right; }
.notes { position: absolute; bottom: 17mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #333;
         border-top: 0.2mm solid #999; padding-top: 1mm; }
.notes p { margin: 0.6mm 0; line-height: 1.25; }
h1 { font-family: 'DejaVu Sans', sans-serif; color: #7a2e5c; font-size: 17pt; margin: 0 0 4mm 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; color: #7a2e5c; font-size: 13pt; margin: 5mm 0 2.5mm 0; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; margin: 4mm 0 2mm 0; }
p { margin: 0 0 2.4mm 0; line-height: 1.4; text-align: justify; }
li { margin-bottom: 1.2mm; line-height: 1.35; }
sup { font-size: 6.5pt; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; font-family: 'DejaVu Sans', sans-serif;
        font-size: 8.5pt; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.5pt; padding-bottom: 1.2mm; }
th, td { border: 0.25mm solid #b8a3b0; padding: 1.1mm 2mm; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f1e6ee; }
tr.total td { font-weight: bold; background: #f7f1f5; }
.src { font-size: 7.5pt; color: #555; margin-top: -1mm; }
.box { border: 0.5mm solid #7a2e5c; background: #fbf6f9; padding: 3mm 4mm; margin: 3mm 0; border-radius: 1.5mm; }
.box p { font-style: italic; margin-bottom: 1mm; }
.box .who { font-style: normal; font-size: 8.5pt; text-align: right; color: #7a2e5c; }
.cover { background: #7a2e5c; color: white; padding: 40mm 22mm; }
.cover h1 { color: white; font-size: 24pt; line-height: 1.25; }
.cover .sub { font-size: 13pt; margin-top: 6mm; }
.cover .meta { position: absolute; bottom: 30mm; left: 22mm; right: 22mm; font-size: 10pt; line-height: 1.6; }
.kf { display: flex; gap: 3mm; margin: 3mm 0; }
.kf div { flex: 1; border: 0.4mm solid #7a2e5c; padding: 2mm; text-align: center; font-size: 8pt;
          font-family: 'DejaVu Sans', sans-serif; }
.kf b { display: block; font-size: 15pt; color: #7a2e5c; }
.toc p { text-align: left; margin: 1.2mm 0; }
.reco { border-left: 1.2mm solid #7a2e5c; padding: 1mm 0 1mm 3mm; margin: 0 0 3mm 0; }
.reco b { color: #7a2e5c; }
dl.acr { font-size: 9pt; columns: 1; }
dl.acr dt { font-weight: bold; float: left; width: 22mm; }
dl.acr dd { margin: 0 0 1.2mm 24mm; }
"""


def page(n, body, notes=None):
    parts = ['<section class="page">',
             '<div class="head">%s</div>' % HEAD, body]
    if notes:
        parts.append('<div class="notes">%s</div>' % "".join("<p>%s</p>" % x for x in notes))
    parts.append('<div class="foot">%s<span class="pn">page %d / %d</span></div>' % (FOOT, n, NPAGES))
    parts.append("</section>")
    return "\n".join(parts)


def table(caption, head, rows, total=None, source=None):
    h = "<table><caption>%s</caption><tr>%s</tr>" % (caption, "".join("<th>%s</th>" % c for c in head))
    for r in rows:
        h += "<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r)
    if total:
        h += '<tr class="total">%s</tr>' % "".join("<td>%s</td>" % c for c in total)
    h += "</table>"
    if source:
        h += '<p class="src">%s</p>' % source
    return h


def box(quote, who):
    return '<div class="box"><p>« %s »</p><p class="who">— %s</p></div>' % (quote, who)


PAGES = []

# 1. Couverture
PAGES.append("""<section class="page cover">
<p style="font-size:10pt;letter-spacing:1px">OBSERVATOIRE RÉGIONAL DE SANTÉ ET D'ACTION SOCIALE DE NORMANDIE</p>
<h1>Santé mentale et quartiers prioritaires en Normandie</h1>
<p class="sub">Les conseils locaux de santé mentale (CLSM) : état des lieux 2026</p>
<p class="sub">Rapport d'étude — octobre 2026</p>
<div class="meta">
Étude réalisée à la demande de l'ARS Normandie et de Normandie Quartiers Ressources<br>
Auteurs : Clémence Vautier, chargée d'études ; Hugo Lemarchand, statisticien ;<br>
Dr Nadia Ferchichi, médecin de santé publique, directrice de l'ORSAS Normandie<br>
www.orsas-normandie.example
</div>
</section>""")

# 2. Sommaire
PAGES.append(page(2, """
<h1>Sommaire</h1>
<div class="toc">
<p>Synthèse ........................................................................ 3</p>
<p>1. Contexte et méthode ............................................................ 4</p>
<p>2. Le déploiement des CLSM en Normandie ............................................ 5</p>
<p>3. Les moyens de la coordination .................................................. 6</p>
<p>4. L'activité des CLSM ............................................................ 8</p>
<p>5. La santé mentale des habitants des quartiers prioritaires ...................... 9</p>
<p>6. Freins et leviers .............................................................. 10</p>
<p>7. Recommandations ................................................................ 11</p>
<p>Annexe 1. Liste des acronymes ................................................... 12</p>
<p>Annexe 2. Les CLSM de Normandie par département ................................. 12</p>
<p>Annexe 3. Méthode détaillée ..................................................... 13</p>
</div>
<h2>Remerciements</h2>
<p>L'ORSAS Normandie remercie les coordinatrices et coordinateurs des CLSM qui ont répondu au questionnaire, les
professionnels rencontrés en entretien ainsi que les habitantes et habitants qui ont participé aux groupes de
discussion de Vireval, Port-Caux, Alençay et Cherbrac.</p>
<h2>Citation suggérée</h2>
<p>Vautier C., Lemarchand H., Ferchichi N. <i>Santé mentale et quartiers prioritaires en Normandie. Les conseils
locaux de santé mentale : état des lieux 2026.</i> Caen-Hérouville : ORSAS Normandie, octobre 2026, 13 p.</p>
<p>Les opinions exprimées dans les encadrés de témoignage n'engagent que leurs auteurs. Les témoignages ont été
anonymisés.</p>
"""))

# 3. Synthèse
PAGES.append(page(3, """
<h1>Synthèse</h1>
<p>Fin 2025, la Normandie compte <b>24 conseils locaux de santé mentale</b> actifs, contre 15 fin 2021. Leur
développement s'est accéléré depuis la signature des contrats de ville 2024-2030, qui ont fait de la santé mentale un
axe prioritaire dans quatre départements sur cinq. La Seine-Maritime concentre à elle seule 9 CLSM, l'Orne 2.</p>
<p>Deux tiers des quartiers prioritaires de la région (<b>39 QPV sur 58, soit 67 %</b>) sont désormais couverts par
un CLSM. La couverture reste faible dans l'Orne (43 %) et la Manche (50 %).</p>
<p>Les moyens de coordination ont progressé : <b>17,8 ETP</b> en 2025 contre 12,9 en 2023. Mais huit CLSM
fonctionnent encore avec moins d'un mi-temps de coordination, et la moitié des postes sont financés par des crédits
annuels non reconduits automatiquement. Le coût total de la coordination atteint 1 275 000 euros en 2025, financé à
48 % par l'ARS.</p>
<p>Les instances de situations complexes sont devenues le cœur de l'activité : <b>297 situations</b> examinées en
2025, soit 55 % de plus qu'en 2023. Près d'une sur deux concerne un risque de perte du logement.</p>
<p>Les habitants des QPV restent plus exposés : le taux de bénéficiaires d'antidépresseurs y est supérieur de 18 %
à celui du reste de la région, et le délai médian d'un premier rendez-vous en CMP pour enfants et adolescents
atteint 126 jours en 2025.</p>
<div class="kf">
<div><b>24</b>CLSM actifs fin 2025</div>
<div><b>67 %</b>des QPV couverts</div>
<div><b>17,8</b>ETP de coordination</div>
<div><b>297</b>situations complexes examinées</div>
</div>
<p>Le rapport formule <b>huit recommandations</b> (R1 à R8, page 11), dont la sécurisation pluriannuelle des postes
de coordination, la couverture des 19 QPV sans CLSM et la création d'un tableau de bord régional annuel.</p>
"""))

# 4. Contexte et méthode
PAGES.append(page(4, """
<h1>1. Contexte et méthode</h1>
<h2>1.1 Pourquoi cette étude ?</h2>
<p>Les conseils locaux de santé mentale sont des espaces de concertation et de coordination entre les élus d'un
territoire, la psychiatrie publique, les usagers, les aidants et l'ensemble des acteurs locaux (bailleurs, services
sociaux, police municipale, éducation nationale, associations). Présidés par le maire ou l'élu qu'il désigne, ils
définissent des actions de prévention, d'accès aux soins et d'inclusion sociale adaptées aux besoins du territoire.</p>
<p>En 2025, l'ARS Normandie et Normandie Quartiers Ressources, centre de ressources régional de la politique de la
ville, ont souhaité disposer d'un état des lieux de ces conseils dans les quartiers prioritaires<sup>1</sup>, afin
de préparer la révision à mi-parcours des projets territoriaux de santé mentale (PTSM) et d'outiller les
signataires des contrats de ville.</p>
<h2>1.2 Ce que nous avons fait</h2>
<p>L'étude combine trois approches, conduites entre novembre 2025 et mai 2026 :</p>
<ul>
<li>une enquête par questionnaire en ligne auprès des 24 CLSM actifs au 31 décembre 2025<sup>2</sup> : 22 ont
répondu, soit un taux de réponse de 92 % ;</li>
<li>31 entretiens semi-directifs avec des coordinateurs, des élus, des psychiatres, des bailleurs sociaux et des
délégués du préfet ;</li>
<li>quatre groupes de discussion avec 37 habitantes et habitants de quartiers prioritaires, à Vireval (Calvados),
Port-Caux (Seine-Maritime), Alençay (Orne) et Cherbrac (Manche).</li>
</ul>
<p>Les indicateurs de santé proviennent du Système national des données de santé (SNDS)<sup>3</sup> et des
rapports d'activité des établissements autorisés en psychiatrie.</p>
<h2>1.3 Limites</h2>
<p>Les données d'activité des CLSM sont déclaratives et les définitions (par exemple ce qu'est une « situation
complexe ») varient d'un territoire à l'autre. Les comparaisons entre départements doivent donc être lues avec
prudence, notamment pour l'Orne, où les effectifs sont faibles. Les deux CLSM non répondants ont été comptés dans
les tableaux de déploiement mais pas dans les tableaux d'activité.</p>
""", notes=[
    "1. Quartiers prioritaires de la politique de la ville (QPV) de la géographie prioritaire en vigueur au 1er janvier 2024.",
    "2. Les trois CLSM en préfiguration au 31 décembre 2025 (Lisors, Mortagne-la-Haye et Yport-Vallée) ne sont pas comptés.",
    "3. Exploitation ORSAS Normandie des données de remboursement 2024 ; taux standardisés sur l'âge et le sexe.",
]))

# 5. Déploiement
PAGES.append(page(5, """
<h1>2. Le déploiement des CLSM en Normandie</h1>
<p>Le nombre de CLSM actifs est passé de 15 à 24 entre 2021 et 2025. Tous les départements ont progressé, mais à
des rythmes différents : la Seine-Maritime et le Calvados, qui disposaient déjà d'un réseau ancien, ont continué de
s'équiper, tandis que l'Orne n'a vu naître qu'un seul nouveau conseil sur la période.</p>
""" + table("Tableau 1. Nombre de CLSM actifs par département, 2021-2025 (en nombre de CLSM au 31 décembre)",
            ["Département", "2021", "2022", "2023", "2024", "2025"],
            [["Calvados", "4", "4", "5", "5", "6"],
             ["Eure", "2", "3", "3", "4", "4"],
             ["Manche", "2", "2", "3", "3", "3"],
             ["Orne", "1", "1", "2", "2", "2"],
             ["Seine-Maritime", "6", "7", "7", "8", "9"]],
            total=["Total Normandie", "15", "17", "20", "22", "24"],
            source="Source : enquête ORSAS Normandie 2026, recensement ARS Normandie.") + """
<p>La couverture des quartiers prioritaires progresse au même rythme. Un QPV est considéré comme couvert lorsqu'il
est situé sur le territoire d'une commune ou d'une intercommunalité dotée d'un CLSM actif<sup>4</sup>.</p>
""" + table("Tableau 2. Couverture des QPV par un CLSM, 2025 (en nombre de QPV et en % des QPV du département)",
            ["Département", "QPV", "dont couverts par un CLSM", "Taux de couverture"],
            [["Calvados", "12", "9", "75 %"],
             ["Eure", "9", "5", "56 %"],
             ["Manche", "6", "3", "50 %"],
             ["Orne", "7", "3", "43 %"],
             ["Seine-Maritime", "24", "19", "79 %"]],
            total=["Total", "58", "39", "67 %"],
            source="Source : ANCT, géographie prioritaire 2024 ; enquête ORSAS Normandie 2026.") + """
<p>Dix-neuf quartiers prioritaires restent donc en dehors de tout CLSM. Il s'agit le plus souvent de quartiers de
petites villes, où la commune seule n'a pas les moyens de financer une coordination et où l'intercommunalité ne s'est
pas encore saisie du sujet.</p>
""", notes=["4. Ce critère surestime la couverture réelle : un CLSM communal peut n'avoir engagé aucune action dans un QPV donné."]))

# 6. Moyens de la coordination (1)
PAGES.append(page(6, box(
    "Avant le CLSM, chacun gérait ses situations dans son coin. Aujourd'hui, quand un gardien s'inquiète pour un "
    "locataire, il sait qui appeler, et on se voit dans les quinze jours.",
    "Coordinatrice d'un CLSM du Calvados") + """
<h1>3. Les moyens de la coordination</h1>
<p>La coordination est la condition de fonctionnement d'un CLSM : c'est elle qui prépare les instances, anime les
groupes de travail, tient le lien avec les partenaires et porte les projets. En 2025, les 24 CLSM de la région
disposent ensemble de 17,8 équivalents temps plein (ETP)<sup>5</sup> de coordination, contre 12,9 en 2023.</p>
""" + table("Tableau 3. Temps de coordination des CLSM par département, 2023-2025 (en équivalents temps plein)",
            ["Département", "2023", "2024", "2025"],
            [["Calvados", "3,2", "3,7", "4,5"],
             ["Eure", "1,8", "2,5", "2,8"],
             ["Manche", "1,5", "2,0", "2,0"],
             ["Orne", "0,8", "1,0", "1,3"],
             ["Seine-Maritime", "5,6", "6,4", "7,2"]],
            total=["Total", "12,9", "15,6", "17,8"],
            source="Source : enquête ORSAS Normandie 2026 (22 CLSM répondants, complétée par l'ARS pour les deux non répondants).") + """
<p>La moyenne régionale s'établit à 0,74 ETP par CLSM. Elle masque de fortes disparités : huit CLSM fonctionnent
avec moins d'un mi-temps, souvent assuré par un agent du CCAS ou du service santé de la ville qui cumule d'autres
fonctions, tandis que les trois CLSM intercommunaux de Seine-Maritime disposent chacun d'au moins 1,5 ETP.</p>
<p>Le profil des coordinateurs s'est professionnalisé : 71 % ont un diplôme de niveau master (santé publique,
développement social, psychologie), et la durée moyenne d'occupation du poste est de 2 ans et 10 mois. Le
renouvellement rapide des personnes est cité par les partenaires comme l'un des principaux risques pour la continuité
des actions.</p>
""", notes=["5. Un ETP correspond à un poste à temps plein, soit 1 607 heures travaillées par an."]))

# 7. Moyens (2) financement
PAGES.append(page(7, """
<h2>3.1 Qui finance la coordination ?</h2>
<p>Le coût total de la coordination des CLSM (salaires chargés, frais de fonctionnement, actions portées
directement par la coordination) est estimé à 1 275 000 euros en 2025, soit environ 71 600 euros par ETP.</p>
""" + table("Tableau 4. Financement de la coordination des CLSM selon le financeur, 2025 (en euros et en % du total)",
            ["Financeur", "Montant", "Part"],
            [["ARS Normandie (fonds d'intervention régional)", "612 000", "48 %"],
             ["Communes et EPCI", "446 000", "35 %"],
             ["Crédits politique de la ville (État, ANCT)", "153 000", "12 %"],
             ["Conseils départementaux", "38 000", "3 %"],
             ["Autres (CPAM, bailleurs sociaux, fondations)", "26 000", "2 %"]],
            total=["Total", "1 275 000", "100 %"],
            source="Source : enquête ORSAS Normandie 2026 ; budgets déclarés par les CLSM.") + """
<p>Le financement de l'ARS prend la forme d'une subvention annuelle du fonds d'intervention régional, plafonnée à
50 % du coût du poste<sup>6</sup>. Seuls 9 CLSM sur 24 bénéficient d'une convention pluriannuelle ; pour les autres,
la reconduction dépend chaque année d'un nouveau dossier. Les crédits de la politique de la ville financent surtout
des actions (ateliers, formations, permanences) plutôt que le poste lui-même.</p>
""" + box(
    "Le poste de coordination est financé d'année en année. On passe un temps fou à remplir des dossiers au lieu "
    "d'animer le réseau, et chaque mois de décembre on se demande si on sera encore là en mars.",
    "Coordinateur d'un CLSM de l'Orne") + """
<p>Les élus rencontrés soulignent que la participation de l'intercommunalité reste l'exception : seuls 4 des 24 CLSM
sont portés par un EPCI. Or la plupart des QPV encore non couverts se trouvent dans des villes de moins de 20 000
habitants, pour lesquelles un portage intercommunal serait le plus pertinent.</p>
""", notes=["6. Instruction régionale de l'ARS Normandie du 14 mars 2023 relative au soutien des CLSM."]))

# 8. Activité
PAGES.append(page(8, """
<h1>4. L'activité des CLSM</h1>
<h2>4.1 Les instances de situations complexes</h2>
<p>Vingt CLSM sur vingt-deux répondants disposent d'une instance dédiée à l'examen de situations individuelles
complexes, sous des noms variés (cellule de veille, commission santé mentale-habitat, RESAD<sup>7</sup>). Leur
activité a fortement augmenté.</p>
""" + table("Tableau 5. Situations individuelles examinées en instance de situations complexes, 2023-2025 (en nombre de situations)",
            ["Département", "2023", "2024", "2025"],
            [["Calvados", "48", "61", "77"],
             ["Eure", "20", "34", "41"],
             ["Manche", "15", "18", "26"],
             ["Orne", "6", "9", "14"],
             ["Seine-Maritime", "102", "118", "139"]],
            total=["Total", "191", "240", "297"],
            source="Source : enquête ORSAS Normandie 2026, 20 CLSM ayant une instance.") + """
<p>En 2025, 46 % des situations examinées portaient sur un risque de perte du logement (impayés, troubles du
voisinage, incurie), 21 % sur un refus de soins, 14 % sur l'isolement d'une personne âgée et 19 % sur d'autres motifs.
Le délai médian entre la saisine et l'examen est de 19 jours.</p>
<h2>4.2 Les groupes de travail</h2>
""" + table("Tableau 6. Part des CLSM ayant un groupe de travail actif, par thème, 2025 (en % des 24 CLSM)",
            ["Thème", "Part des CLSM"],
            [["Logement et habitat", "83 %"], ["Jeunesse", "58 %"], ["Prévention du suicide", "50 %"],
             ["Lutte contre la stigmatisation", "46 %"], ["Parentalité", "29 %"], ["Personnes âgées", "21 %"],
             ["Addictions", "17 %"]],
            source="Plusieurs thèmes possibles par CLSM.") + """
<p>Tous les CLSM participent aux Semaines d'information sur la santé mentale (SISM) ; 15 ont organisé en 2025 au
moins une action dans un QPV à cette occasion.</p>
""", notes=["7. Réseau d'évaluation des situations d'adultes en difficulté, appellation utilisée dans deux CLSM de la Manche."]))

# 9. Santé des habitants
PAGES.append(page(9, box(
    "On nous parle de santé mentale, mais ici le premier sujet c'est la solitude. Le café-rencontre du mercredi, "
    "c'est ça qui m'a fait ressortir de chez moi.",
    "Habitante d'un quartier prioritaire de Seine-Maritime, groupe de discussion de Port-Caux") + """
<h1>5. La santé mentale des habitants des quartiers prioritaires</h1>
<p>Les indicateurs disponibles confirment une exposition plus forte des habitants des QPV aux troubles psychiques,
alors même que l'offre de soins y est moins accessible.</p>
""" + table("Tableau 7. Taux standardisé de bénéficiaires d'antidépresseurs, 2024 (pour 1 000 habitants)",
            ["Département", "Habitants des QPV", "Hors QPV", "Écart"],
            [["Calvados", "92,4", "78,1", "+ 18 %"],
             ["Eure", "88,0", "74,6", "+ 18 %"],
             ["Manche", "95,7", "80,3", "+ 19 %"],
             ["Orne", "97,2", "83,5", "+ 16 %"],
             ["Seine-Maritime", "90,6", "76,9", "+ 18 %"]],
            total=["Normandie", "91,8", "77,8", "+ 18 %"],
            source="Source : SNDS 2024, exploitation ORSAS Normandie.") + """
""" + table("Tableau 8. Délai d'attente pour un premier rendez-vous en CMP, 2023-2025 (en jours, valeur médiane)",
            ["Public", "2023", "2024", "2025"],
            [["CMP adultes", "58", "66", "74"],
             ["CMP enfants et adolescents (CMPEA)", "97", "112", "126"]],
            source="Source : rapports d'activité des établissements autorisés en psychiatrie<sup>8</sup>.") + """
<p>Aucun psychiatre libéral n'est installé dans 41 des 58 QPV de la région. Dans les groupes de discussion, les
habitants citent d'abord le médecin généraliste, la pharmacie et le centre social comme lieux où parler de leur
mal-être.</p>
""", notes=["8. Données de 9 établissements sur 11 ; valeurs médianes pondérées par la file active."]))

# 10. Freins et leviers
PAGES.append(page(10, """
<h1>6. Freins et leviers</h1>
<p>Les entretiens et les groupes de discussion font ressortir des constats largement partagés d'un territoire à
l'autre.</p>
<h2>6.1 Ce qui freine</h2>
<ul>
<li>l'instabilité des financements de la coordination, renouvelés chaque année ;</li>
<li>le renouvellement rapide des coordinateurs et la perte de mémoire qui en résulte ;</li>
<li>la faible présence de la psychiatrie infanto-juvénile dans les instances ;</li>
<li>la participation encore marginale des habitants et des usagers, souvent limitée à un représentant de GEM ;</li>
<li>la méconnaissance du CLSM par les services de l'État et par certains élus de quartier.</li>
</ul>
<h2>6.2 Ce qui aide</h2>
<ul>
<li>un portage politique clair, avec un élu référent présent aux assemblées plénières ;</li>
<li>l'inscription du CLSM dans le contrat de ville et dans le contrat local de santé (CLS) ;</li>
<li>un binôme coordinateur-psychiatre identifié et disponible ;</li>
<li>des actions visibles dans les quartiers : permanences, cafés-rencontres, formations de sentinelles ;</li>
<li>l'appui du réseau régional animé par Normandie Quartiers Ressources (deux rencontres par an).</li>
</ul>
""" + box(
    "Le CLSM nous a permis de rencontrer le CMP. Avant, pour nous, c'était une porte fermée ; maintenant on a un nom, "
    "un numéro, et on peut préparer une orientation avec la famille.",
    "Directrice d'un centre social de la Manche") + """
<p>Enfin, plusieurs interlocuteurs regrettent l'absence d'outil commun de suivi : chaque CLSM construit ses propres
indicateurs, ce qui rend difficile toute lecture régionale. C'est l'objet de la recommandation R8.</p>
"""))

# 11. Recommandations
recos = [
    ("R1", "Sécuriser le financement des postes de coordination par des conventions pluriannuelles d'au moins trois ans, signées par l'ARS, les collectivités et l'État."),
    ("R2", "Couvrir en priorité les 19 QPV sans CLSM, notamment dans l'Orne et la Manche, en encourageant le portage intercommunal."),
    ("R3", "Porter à un ETP au minimum la coordination de chaque CLSM dont le territoire compte au moins un QPV."),
    ("R4", "Généraliser les instances de situations complexes et adopter une charte de confidentialité commune à la région."),
    ("R5", "Associer les habitants et les pairs-aidants aux instances, avec au moins deux représentants d'usagers par assemblée plénière."),
    ("R6", "Développer l'aller-vers en santé mentale dans les QPV (permanences, équipes mobiles) en lien avec les contrats de ville 2024-2030."),
    ("R7", "Réduire les délais d'accès aux CMP pour enfants et adolescents en donnant une priorité aux orientations issues des CLSM."),
    ("R8", "Mettre en place un tableau de bord régional annuel des CLSM, animé par l'ORSAS Normandie et Normandie Quartiers Ressources."),
]
PAGES.append(page(11, "<h1>7. Recommandations</h1><p>Les recommandations s'adressent à l'ARS Normandie, aux "
                  "collectivités, aux services de l'État et aux établissements de psychiatrie. Elles ont été discutées "
                  "avec le comité de suivi de l'étude le 8 septembre 2026.</p>" +
                  "".join('<div class="reco"><b>%s.</b> %s</div>' % r for r in recos)))

# 12. Annexes 1 et 2
acr = [("ALD", "Affection de longue durée"), ("ANCT", "Agence nationale de la cohésion des territoires"),
       ("ARS", "Agence régionale de santé"), ("CCAS", "Centre communal d'action sociale"),
       ("CLS", "Contrat local de santé"), ("CLSM", "Conseil local de santé mentale"),
       ("CMP", "Centre médico-psychologique"),
       ("CMPEA", "Centre médico-psychologique pour enfants et adolescents"),
       ("EMPP", "Équipe mobile psychiatrie-précarité"),
       ("EPCI", "Établissement public de coopération intercommunale"), ("ETP", "Équivalent temps plein"),
       ("FIR", "Fonds d'intervention régional"), ("GEM", "Groupe d'entraide mutuelle"),
       ("NQR", "Normandie Quartiers Ressources"),
       ("ORSAS", "Observatoire régional de santé et d'action sociale"),
       ("PTSM", "Projet territorial de santé mentale"),
       ("QPV", "Quartier prioritaire de la politique de la ville"),
       ("RESAD", "Réseau d'évaluation des situations d'adultes en difficulté"),
       ("SISM", "Semaines d'information sur la santé mentale"), ("SNDS", "Système national des données de santé")]
clsm = [("Calvados", "Vireval (2014), Port-en-Auge (2016), Saint-Crespin-du-Bessin (2019), Cœur de Bocage – intercommunal (2021), Ouistreval (2023), Condé-la-Haute (2025)"),
        ("Eure", "Pont-Audelin (2015), Val-de-Charentonne (2018), Gaillon-Seine (2022), Les Andelis (2024)"),
        ("Manche", "Cherbrac (2013), Granvallon (2019), Coutansais – intercommunal (2023)"),
        ("Orne", "Alençay (2017), Domfrais (2023)"),
        ("Seine-Maritime", "Rouvray-sur-Seine (2011), Port-Caux (2012), Dieppeval (2014), Saint-Étienne-du-Valois (2016), Falaises d'Albâtre – intercommunal (2018), Hauts-de-Rouvray (2020), Caux-Austreberthe – intercommunal (2022), Caux-Seine – intercommunal (2024), Bresle-Maritime (2025)")]
PAGES.append(page(12, "<h1>Annexe 1. Liste des acronymes</h1><dl class=\"acr\">" +
                  "".join("<dt>%s</dt><dd>%s</dd>" % a for a in acr) + "</dl>" +
                  "<h1 style=\"margin-top:5mm\">Annexe 2. Les CLSM de Normandie par département</h1>" +
                  table("CLSM actifs au 31 décembre 2025 (année de création entre parenthèses)",
                        ["Département", "CLSM"], clsm)))

# 13. Annexe 3
PAGES.append(page(13, """
<h1>Annexe 3. Méthode détaillée</h1>
<h2>Questionnaire</h2>
<p>Le questionnaire comptait 46 questions réparties en cinq blocs : identité du CLSM, gouvernance, moyens, activité,
perspectives. Il a été envoyé le 17 novembre 2025 aux 24 coordinations, avec deux relances, et clos le 30 janvier
2026. Les réponses ont été contrôlées par téléphone lorsque les chiffres déclarés s'écartaient de plus de 30 % de
ceux de l'année précédente.</p>
<h2>Entretiens</h2>
<p>Les 31 entretiens (durée moyenne : 1 h 05) se répartissent ainsi : 11 coordinateurs, 6 élus, 5 psychiatres ou
cadres de santé, 4 représentants de bailleurs sociaux, 3 délégués du préfet, 2 représentants d'usagers.</p>
<h2>Groupes de discussion</h2>
<p>Les quatre groupes ont réuni 37 personnes (de 7 à 11 par groupe), recrutées par les centres sociaux et les GEM.
Les échanges, d'une durée de deux heures, ont été animés par deux chargées d'études de l'ORSAS et n'ont pas été
enregistrés ; des notes anonymisées ont été prises.</p>
<h2>Comité de suivi</h2>
<p>Le comité de suivi réunissait l'ARS Normandie, Normandie Quartiers Ressources, la préfecture de région, deux
coordinatrices de CLSM, l'UNAFAM Normandie et un représentant des GEM. Il s'est réuni trois fois (décembre 2025,
mars 2026 et septembre 2026).</p>
<p style="margin-top:10mm;font-size:8.5pt">ORSAS Normandie — 3 rue des Tilleuls, 14200 Caen-Hérouville —
contact@orsas-normandie.example — ISBN 978-2-00000-214-6 — Dépôt légal : octobre 2026. Reproduction autorisée
avec mention de la source.</p>
"""))


def main():
    assert len(PAGES) == NPAGES
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les CLSM en Normandie : état des '
            'lieux 2026</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(PAGES)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "rapport.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer",
                        "--print-to-pdf=" + os.path.abspath(OUT), src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
