# -*- coding: utf-8 -*-
"""La Lettre de la MDA du Pays de Vernaux n° 12 (automne 2025) : lettre d'information en trois colonnes,
mise en page HTML/CSS (column-count: 3, césure automatique « hyphens: auto » en français, lettrine
::first-letter sur l'édito, encadré « Chiffres clés » qui couvre les trois colonnes, bandeau titre, agenda
en tableau, pied de page), imprimée en PDF A4 par Chromium sans en-têtes ni pieds du navigateur."""
import os
import subprocess
import tempfile

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-20_mda-pays-de-vernaux_lettre-information-n12.pdf")

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Lettre de la MDA n° 12</title>
<style>
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { font-family: "DejaVu Serif", serif; font-size: 9.6pt; line-height: 1.32; color: #222; margin: 0; }
.mast { background: #6a1b4d; color: #fff; padding: 8px 12px; display: flex; justify-content: space-between;
        align-items: flex-end; }
.mast h1 { font-family: "DejaVu Sans", sans-serif; font-size: 26pt; margin: 0; letter-spacing: 1px; }
.mast .num { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; text-align: right; }
.tag { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #6a1b4d; border-bottom: 2px solid #6a1b4d;
       padding: 3px 0; margin-bottom: 8px; }
.cols { column-count: 3; column-gap: 7mm; column-rule: 0.5px solid #bbb; hyphens: auto; text-align: justify; }
.cols h2 { font-family: "DejaVu Sans", sans-serif; font-size: 11.5pt; color: #6a1b4d; margin: 4px 0 3px;
           break-after: avoid; hyphens: manual; text-align: left; }
.cols p { margin: 0 0 5px; }
.edito p:first-of-type::first-letter { float: left; font-size: 34pt; line-height: 0.9; padding: 2px 4px 0 0;
           color: #6a1b4d; font-family: "DejaVu Sans", sans-serif; }
.sign { text-align: right; font-style: italic; }
.box { column-span: all; background: #f6e9f0; border: 1px solid #6a1b4d; margin: 8px 0; padding: 6px 10px;
       display: flex; justify-content: space-around; font-family: "DejaVu Sans", sans-serif; }
.box div { text-align: center; width: 15%; }
.box b { display: block; font-size: 17pt; color: #6a1b4d; }
.box small { font-size: 7.5pt; }
.boxtitle { column-span: all; font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: #6a1b4d;
            margin-top: 6px; }
.quote { font-style: italic; border-left: 3px solid #6a1b4d; padding-left: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; text-align: left; }
td { border-bottom: 1px solid #ccc; padding: 2px 3px; vertical-align: top; }
.foot { margin-top: 10px; border-top: 2px solid #6a1b4d; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt;
        padding-top: 4px; color: #444; }
</style></head>
<body>
<div class="mast"><h1>La Lettre de la MDA</h1>
<div class="num">Maison des adolescents du Pays de Vernaux<br>N° 12 — Automne 2025</div></div>
<div class="tag">Accueil, écoute, orientation des 11-25 ans et de leurs parents — Vernaux-les-Forges et Hauts de Vernaux</div>

<div class="cols">
<div class="edito">
<h2>Édito</h2>
<p>Cette rentrée restera pour notre équipe celle de l'ouverture de l'antenne des Hauts de Vernaux. Depuis des
années, les partenaires du quartier nous le disaient : pour beaucoup de jeunes, traverser la ville jusqu'à la
rue Victor-Hugo, c'est déjà trop loin. Nous sommes désormais à deux pas de chez eux. Cette lettre revient aussi
sur une année de formations aux premiers secours en santé mentale dans les collèges, et donne la parole à
Lucas, qui anime avec nous le Café des ados. Bonne lecture à toutes et à tous.</p>
<p class="sign">Sophie Gaillard, directrice</p>
</div>

<h2>Une antenne au cœur des Hauts de Vernaux</h2>
<p>L'antenne de la Maison des adolescents a ouvert ses portes le 15 septembre 2025 dans la maison de quartier
Jean-Jaurès, 2 place du Marché. Une psychologue et une éducatrice y accueillent les jeunes le mardi et le jeudi
de 14 h à 19 h, et le mercredi de 10 h à 17 h, avec ou sans rendez-vous.</p>
<p>En deux mois, 87 jeunes y ont été reçus, dont près des deux tiers n'étaient jamais venus à la Maison des
adolescents. « Beaucoup passent d'abord pour voir, puis reviennent la semaine suivante », observe l'éducatrice
de l'antenne. L'ouverture a été financée dans le cadre du contrat de ville, avec le soutien de l'ARS.</p>

<h2>Premiers secours en santé mentale : 60 personnels de collège formés</h2>
<p>Au cours de l'année scolaire 2024-2025, 60 personnels de quatre collèges du Pays de Vernaux (conseillers
principaux d'éducation, assistants d'éducation, infirmières scolaires, professeurs) ont suivi le module Jeunes
des premiers secours en santé mentale, en cinq sessions animées par Relais Santé Jeunes de Bourgogne.</p>
<p>Les formés disent surtout avoir gagné en assurance : savoir engager la conversation, poser la question du
suicide sans détour, et connaître les bonnes portes où orienter. En 2026, trois sessions seront proposées aux
associations de parents d'élèves.</p>

<div class="boxtitle">Chiffres clés 2024 de la Maison des adolescents</div>
<div class="box">
<div><b>1 032</b><small>jeunes accueillis</small></div>
<div><b>412</b><small>parents reçus</small></div>
<div><b>3 870</b><small>entretiens</small></div>
<div><b>58 %</b><small>de filles</small></div>
<div><b>27 %</b><small>résident en quartier prioritaire</small></div>
<div><b>15,8 ans</b><small>âge moyen</small></div>
</div>

<h2>Portrait : Lucas, ambassadeur santé mentale</h2>
<p>Lucas a 22 ans. Il a grandi à la Combe-aux-Loups et a lui-même été accompagné par la Maison des adolescents
à 16 ans. Depuis 2024, il est ambassadeur santé mentale : formé au module Standard des premiers secours en
santé mentale, il co-anime le Café des ados le dernier vendredi de chaque mois, de 17 h à 19 h.</p>
<p class="quote">« Je ne fais pas le psy. Je dis juste aux plus jeunes que parler, ce n'est pas être faible,
et je leur montre où est la porte. »</p>

<h2>Nouveau : le Point écoute parents</h2>
<p>Parce que les parents sont souvent les premiers à s'inquiéter, un Point écoute parents est ouvert le lundi
de 18 h à 20 h, sans rendez-vous, au siège de la Maison des adolescents. Une psychologue et une conseillère
conjugale et familiale y reçoivent les parents seuls ou en couple.</p>

<h2>Dossier : quand l'angoisse empêche d'aller en cours</h2>
<p>Depuis deux ans, l'équipe voit arriver davantage de collégiens qui ne parviennent plus à franchir la porte
de leur établissement. En 2024, 71 jeunes ont été reçus pour un refus scolaire anxieux, contre 39 en 2022.
Derrière ce terme, il ne s'agit ni de paresse ni de caprice : l'angoisse est réelle, souvent accompagnée de
maux de ventre, de troubles du sommeil, et elle s'aggrave à mesure que l'absence se prolonge.</p>
<p>La Maison des adolescents propose aux familles un premier entretien commun avec le jeune et ses parents,
puis un suivi psychologique de quelques séances. Un travail est mené en lien avec l'infirmière et le CPE du
collège pour préparer un retour progressif, parfois par demi-journées. Lorsque la situation le demande, le
jeune est orienté vers le centre médico-psychologique infanto-juvénile ou vers l'hôpital de jour.</p>
<p>« Plus on intervient tôt, plus le retour est simple », rappelle le médecin de l'équipe. Les parents qui
s'inquiètent peuvent venir sans le jeune au Point écoute parents : c'est souvent la première étape.</p>

<h2>Un partenariat avec le PAEJ de Chalmont</h2>
<p>Depuis le printemps, la Maison des adolescents et le Point Accueil Écoute Jeunes « La Passerelle » de
Chalmont-sur-Saône se retrouvent tous les deux mois pour une réunion d'analyse de situations. Objectif :
éviter les ruptures de parcours lorsqu'un jeune accueilli au PAEJ a besoin d'un accompagnement plus long ou
pluridisciplinaire. Les deux équipes ont aussi rédigé une fiche commune d'orientation, diffusée aux collèges
des deux communes.</p>

<h2>Ce que disent les jeunes</h2>
<p>En juin, 146 jeunes accueillis ont répondu au questionnaire de satisfaction annuel. 91 % recommanderaient
la Maison des adolescents à un ami. Ce qu'ils apprécient le plus : « ne pas être jugé », « pouvoir venir sans
les parents », « qu'on me rappelle quand je ne viens pas ». Ce qu'ils aimeraient : des horaires plus tardifs
et une présence sur les réseaux sociaux, chantier ouvert pour 2026.</p>

<h2>Agenda</h2>
<table>
<tr><td>4 décembre 2025, 20 h</td><td>Soirée-débat « Écrans et sommeil des ados », cinéma Le Familia, Vernaux-les-Forges</td></tr>
<tr><td>22 et 23 janvier 2026</td><td>Formation PSSM module Jeunes pour les animateurs périscolaires (complet)</td></tr>
<tr><td>12 février 2026</td><td>Réunion des partenaires de l'antenne des Hauts de Vernaux</td></tr>
<tr><td>27 mars 2026</td><td>Café des ados spécial « Parler de soi sur les réseaux »</td></tr>
</table>
</div>

<div class="foot">Maison des adolescents du Pays de Vernaux — 9 rue Victor-Hugo, Vernaux-les-Forges — 03 84 00 12 34 —
www.mda-pays-vernaux.example — Directrice de la publication : Sophie Gaillard — Lettre gratuite, également
disponible en version numérique. Ne pas jeter sur la voie publique.</div>
</body></html>
"""


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "lettre.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(HTML)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + OUT, "file://" + src], check=True, capture_output=True)
    print(OUT)


if __name__ == "__main__":
    main()
