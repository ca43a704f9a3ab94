# -*- coding: utf-8 -*-
"""Génère le rapport PDF « Baromètre de la santé mentale dans les quartiers prioritaires de Lussac-Val-d'Orbe —
édition 2026 » (Observatoire santé-social Bourgogne-Franche-Comté, 18 juin 2026).

Le HTML est écrit ici puis imprimé par Chromium headless (--print-to-pdf), comme un rapport exporté d'un CMS ou d'un
outil de publication web : en-tête et pied de page courants en boîtes de marge CSS (@page), tableaux sur quatre
années (unités dans la légende seulement, mots dans certaines cellules), notes de fin de section, encadrés,
recommandations et glossaire. Tout est fictif.
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-06-18_oss-bfc_barometre-sante-mentale-qpv-lussac-val-d-orbe-2026.pdf")

CSS = """
@page {
  size: A4;
  margin: 24mm 19mm 22mm 19mm;
  @top-left { content: "Baromètre santé mentale des quartiers prioritaires"; font: 7.5pt 'DejaVu Sans'; color: #5b6b7a; }
  @top-right { content: "Lussac-Val-d'Orbe · Édition 2026"; font: 7.5pt 'DejaVu Sans'; color: #5b6b7a; }
  @bottom-left { content: "OSS-BFC — Observatoire santé-social Bourgogne-Franche-Comté"; font: 7pt 'DejaVu Sans'; color: #5b6b7a; }
  @bottom-right { content: "p. " counter(page) " / " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #5b6b7a; }
}
@page :first {
  @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; }
}
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.42; color: #1d2731; text-align: justify; }
h1, h2, h3, .sans { font-family: 'DejaVu Sans', sans-serif; }
h2 { font-size: 14pt; color: #0b5d7a; border-bottom: 2px solid #0b5d7a; padding-bottom: 3px; margin-top: 18px; break-after: avoid; }
h3 { font-size: 11pt; color: #0b5d7a; margin-bottom: 4px; break-after: avoid; }
.cover { height: 245mm; position: relative; }
.cover .band { background: #0b5d7a; color: white; padding: 26mm 19mm 16mm 19mm; margin: 0 -19mm; }
.cover .band h1 { font-size: 24pt; margin: 0 0 8px 0; line-height: 1.2; }
.cover .band p { font-size: 12pt; margin: 4px 0; }
.cover .meta { margin-top: 22mm; font-family: 'DejaVu Sans'; font-size: 10pt; }
.cover .foot { position: absolute; bottom: 0; font-size: 8.5pt; color: #5b6b7a; font-family: 'DejaVu Sans'; }
.pb { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 4px 0; font-family: 'DejaVu Sans'; font-size: 8.6pt; break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.8pt; padding-bottom: 4px; color: #0b5d7a; }
th { background: #dfeaf0; border: 1px solid #9db4c0; padding: 3px 5px; text-align: center; }
td { border: 1px solid #9db4c0; padding: 3px 5px; text-align: center; }
td:first-child { text-align: left; }
tr.total td { font-weight: bold; background: #f1f5f7; }
.source { font-family: 'DejaVu Sans'; font-size: 7.6pt; color: #5b6b7a; margin: 0 0 10px 0; }
.notes { font-size: 8pt; border-top: 1px solid #9db4c0; margin-top: 10px; padding-top: 4px; }
.notes p { margin: 2px 0; }
.box { border-left: 4px solid #e3a33b; background: #fdf5e7; padding: 6px 10px; margin: 10px 0; font-size: 9.4pt; break-inside: avoid; }
.quote { font-style: italic; margin: 6px 18px; color: #34495e; }
.reco { border: 1px solid #9db4c0; padding: 6px 10px; margin: 7px 0; break-inside: avoid; }
.reco b.n { color: #0b5d7a; }
.toc p { margin: 3px 0; font-family: 'DejaVu Sans'; font-size: 9.5pt; }
dl.gloss dt { font-weight: bold; font-family: 'DejaVu Sans'; float: left; width: 28mm; clear: left; }
dl.gloss dd { margin: 0 0 4px 30mm; }
"""

BODY = """
<div class="cover">
 <div class="band">
  <p class="sans" style="font-size:9pt;letter-spacing:1px">OBSERVATOIRE SANTÉ-SOCIAL BOURGOGNE-FRANCHE-COMTÉ · RAPPORT D'ÉTUDE</p>
  <h1>Baromètre de la santé mentale dans les quartiers prioritaires de Lussac-Val-d'Orbe</h1>
  <p>Édition 2026 — données 2022 à 2025</p>
  <p>Les Grands Prés · Champ-Rollin · La Chênaie-Basse</p>
 </div>
 <div class="meta">
  <p><b>Commanditaires :</b> Communauté d'agglomération Lussac-Val-d'Orbe, Conseil local de santé mentale intercommunal, avec le soutien de l'ARS Bourgogne-Franche-Comté et de la délégation du préfet pour la politique de la ville.</p>
  <p><b>Rédaction :</b> Camille Roux-Delorme, chargée d'études ; Dr Antoine Meyrieux, médecin de santé publique. <b>Enquête de terrain :</b> Inès Ouattara, Lucas Perrot.</p>
  <p><b>Date :</b> juin 2026</p>
 </div>
 <div class="foot">Citation conseillée : OSS-BFC, Baromètre de la santé mentale dans les quartiers prioritaires de Lussac-Val-d'Orbe, édition 2026, juin 2026, 10 p. — Document téléchargeable sur www.oss-bfc.example/publications. Reproduction autorisée avec mention de la source.</div>
</div>

<div class="pb"></div>
<h2>Sommaire</h2>
<div class="toc">
<p>Synthèse ............................................................................................................ 3</p>
<p>1. Contexte et méthode ....................................................................................... 3</p>
<p>2. Profil des trois quartiers prioritaires ................................................................. 4</p>
<p>3. Recours aux soins en santé mentale ................................................................. 5</p>
<p>4. Ce que disent les habitants : l'enquête 2025 ..................................................... 7</p>
<p>5. Offre de soins et d'accompagnement ................................................................ 8</p>
<p>6. Recommandations ........................................................................................... 9</p>
<p>Glossaire des sigles ............................................................................................. 10</p>
</div>
<h3>Avertissement</h3>
<p>Ce baromètre est la deuxième édition d'un travail engagé en 2022 à la demande du conseil local de santé mentale (CLSM) intercommunal. La première édition, publiée en mars 2023, portait sur les données 2019 à 2022 ; certaines séries ont depuis été recalculées selon le nouveau découpage des quartiers prioritaires entré en vigueur le 1<sup>er</sup> janvier 2024, ce qui explique de légers écarts avec les chiffres publiés alors. Les chiffres de l'édition 2023 ne doivent donc pas être comparés directement à ceux présentés ici.</p>
<p>Les effectifs inférieurs à dix sont masqués (« s » dans les tableaux) pour respecter le secret statistique. Les pourcentages étant arrondis, leur somme peut différer de 100.</p>

<h2 class="pb">Synthèse</h2>
<ul>
<li>Les trois quartiers prioritaires de l'agglomération comptent <b>11 510 habitants</b> en 2025, soit 17 % de la population intercommunale.</li>
<li>La file active des patients des QPV suivis en CMP adultes a augmenté de <b>24 %</b> entre 2022 et 2025 (de 393 à 489 patients), plus vite que dans le reste de l'agglomération (+ 9 %).</li>
<li>Le délai médian d'attente pour un premier rendez-vous au CMP adultes de Lussac a culminé à <b>quatorze semaines en 2024</b> avant de redescendre à douze semaines en 2025 ; au CMP infanto-juvénile, il atteint vingt-neuf semaines en 2025.</li>
<li>Le taux de passages aux urgences pour motif psychiatrique des habitants des QPV reste environ <b>1,7 fois supérieur</b> à celui du reste de l'agglomération.</li>
<li>L'enquête 2025 auprès de 612 habitants montre une hausse du sentiment de solitude (31 % contre 24 % en 2022) ; seuls 27 % savent qui appeler en cas de crise suicidaire.</li>
<li>Neuf recommandations sont formulées (section 6), dont l'ouverture d'une consultation avancée du CMP dans le quartier des Grands Prés.</li>
</ul>

<h2>1. Contexte et méthode</h2>
<p>La communauté d'agglomération Lussac-Val-d'Orbe regroupe 23 communes et 67 700 habitants. Trois quartiers prioritaires de la politique de la ville (QPV) y sont situés : les Grands Prés et Champ-Rollin à Lussac-sur-Orbe, ville-centre, et la Chênaie-Basse à Vaulmières. Le contrat de ville « Engagements Quartiers 2030 », signé en avril 2024, fait de la santé mentale l'une de ses quatre priorités transversales, à la suite des travaux du CLSM intercommunal créé en 2018.</p>
<p>Le baromètre croise quatre sources de données :</p>
<ul>
<li>les données de l'Assurance maladie issues du Système national des données de santé (SNDS), pour les remboursements de soins et les affections de longue durée<sup>1</sup> ;</li>
<li>les résumés de passage aux urgences (RPU) du centre hospitalier de Lussac-sur-Orbe, géolocalisés à l'adresse de résidence ;</li>
<li>les files actives des centres médico-psychologiques (CMP) du secteur, transmises par le département d'information médicale du centre hospitalier spécialisé du Val d'Orbe ;</li>
<li>une enquête par questionnaire auprès des habitants, conduite en face à face de septembre à novembre 2025 (612 répondants de 18 ans et plus, contre 540 en 2022), complétée par quatre groupes de discussion<sup>2</sup>.</li>
</ul>
<p>Les enquêteurs ont été recrutés pour partie parmi les habitants des quartiers, formés pendant trois jours par l'observatoire, et rémunérés. Les questionnaires ont été passés au marché, dans les centres sociaux, à la sortie des écoles et au porte-à-porte. Le taux d'acceptation a été de 58 %.</p>
<div class="notes">
<p><sup>1</sup> Les affections de longue durée (ALD) pour affection psychiatrique correspondent à l'ALD n° 23 « affections psychiatriques de longue durée ».</p>
<p><sup>2</sup> Un groupe de jeunes de 16 à 25 ans, un groupe de parents, un groupe de personnes âgées de 60 ans et plus et un groupe de professionnels de première ligne (gardiens, animateurs, agents d'accueil).</p>
</div>

<h2 class="pb">2. Profil des trois quartiers prioritaires</h2>
<p>Les trois quartiers présentent des profils contrastés. Les Grands Prés, grand ensemble des années 1960 de près de 1 900 logements sociaux, concentrent à eux seuls la moitié de la population des QPV de l'agglomération. Champ-Rollin est un quartier plus récent, marqué par une forte proportion de familles monoparentales. La Chênaie-Basse, à Vaulmières, est un petit quartier de cités ouvrières où la part des personnes âgées vivant seules est la plus élevée.</p>
<table>
<caption>Tableau 1 – Principales caractéristiques des quartiers prioritaires en 2025</caption>
<tr><th>Quartier</th><th>Commune</th><th>Population</th><th>Moins de 25 ans</th><th>Taux de pauvreté</th><th>Ménages d'une personne</th><th>Bénéficiaires de la CSS</th></tr>
<tr><td>Les Grands Prés</td><td>Lussac-sur-Orbe</td><td>5 840</td><td>41 %</td><td>47 %</td><td>36 %</td><td>38 %</td></tr>
<tr><td>Champ-Rollin</td><td>Lussac-sur-Orbe</td><td>3 210</td><td>44 %</td><td>43 %</td><td>29 %</td><td>35 %</td></tr>
<tr><td>La Chênaie-Basse</td><td>Vaulmières</td><td>2 460</td><td>30 %</td><td>39 %</td><td>45 %</td><td>31 %</td></tr>
<tr class="total"><td>Ensemble des QPV</td><td>—</td><td>11 510</td><td>39 %</td><td>44 %</td><td>36 %</td><td>36 %</td></tr>
<tr><td>Agglomération</td><td>—</td><td>67 700</td><td>28 %</td><td>15 %</td><td>34 %</td><td>12 %</td></tr>
</table>
<p class="source">Sources : Insee, recensement de la population et Filosofi ; CPAM, 2025. CSS : complémentaire santé solidaire.</p>
<p>Le taux de pauvreté des QPV (44 %) est près de trois fois supérieur à celui de l'agglomération. Or la précarité est, avec l'isolement, l'un des déterminants les mieux établis de la souffrance psychique : les habitants des quartiers cumulent ainsi des facteurs de risque plus nombreux et un accès plus difficile aux soins, que la section suivante documente.</p>
<div class="box"><b>À retenir.</b> Près d'un habitant des QPV sur trois bénéficie de la complémentaire santé solidaire. Le reste à charge n'est donc pas, pour les consultations remboursées, le principal obstacle ; il le redevient pour les psychologues non conventionnés et pour les dépassements d'honoraires des psychiatres libéraux, absents des quartiers.</div>
<p>Entre 2022 et 2025, la population des trois quartiers a légèrement diminué (− 2 %), sous l'effet de l'opération de renouvellement urbain des Grands Prés, qui a conduit à la démolition de deux barres (196 logements) en 2023 et au relogement de leurs occupants, pour un tiers hors du quartier. Les professionnels rencontrés signalent que ces relogements ont fragilisé plusieurs locataires suivis en psychiatrie, privés de leurs repères et de leur réseau de voisinage.</p>

<h2 class="pb">3. Recours aux soins en santé mentale</h2>
<h3>3.1 Le suivi en centre médico-psychologique</h3>
<p>Le CMP est la porte d'entrée publique et gratuite du soin psychiatrique de secteur. Le nombre d'habitants des QPV suivis par les CMP adultes progresse chaque année depuis 2022, avec une hausse particulièrement nette en 2024, année de la réouverture de l'antenne de Vaulmières après dix-huit mois de fermeture faute de psychiatre.</p>
<table>
<caption>Tableau 2 – Habitants des QPV suivis en CMP adultes (file active annuelle, nombre de patients)</caption>
<tr><th>Quartier de résidence</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>Les Grands Prés</td><td>214</td><td>236</td><td>251</td><td>263</td></tr>
<tr><td>Champ-Rollin</td><td>118</td><td>124</td><td>139</td><td>147</td></tr>
<tr><td>La Chênaie-Basse</td><td>61</td><td>58</td><td>72</td><td>79</td></tr>
<tr class="total"><td>Total QPV</td><td>393</td><td>418</td><td>462</td><td>489</td></tr>
</table>
<p class="source">Source : département d'information médicale du CHS du Val d'Orbe (RIM-P), traitement OSS-BFC.</p>
<p>Rapportée à la population, la file active représente 42 patients pour 1 000 habitants dans les QPV en 2025, contre 29 pour 1 000 dans le reste de l'agglomération. Cette différence traduit à la fois des besoins plus importants et le fait que les habitants des quartiers, faute de psychiatres et de psychologues libéraux à proximité, se tournent davantage vers le secteur public<sup>3</sup>.</p>
<h3>3.2 Des délais d'attente qui restent longs</h3>
<p>Les délais d'accès à un premier rendez-vous constituent la principale difficulté citée par les professionnels comme par les habitants. Le tableau 3 présente les délais médians relevés chaque année au mois d'octobre par les secrétariats.</p>
<table>
<caption>Tableau 3 – Délai médian d'attente pour un premier rendez-vous (en semaines)</caption>
<tr><th>Structure</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>CMP adultes de Lussac-sur-Orbe</td><td>9</td><td>11</td><td>14</td><td>12</td></tr>
<tr><td>Antenne CMP adultes de Vaulmières</td><td>fermée</td><td>fermée</td><td>7</td><td>10</td></tr>
<tr><td>CMP infanto-juvénile de Lussac-sur-Orbe</td><td>21</td><td>24</td><td>26</td><td>29</td></tr>
<tr><td>Psychologues partenaires « Mon soutien psy » (QPV)</td><td>non mesuré</td><td>3</td><td>4</td><td>5</td></tr>
</table>
<p class="source">Source : secrétariats des CMP, relevé d'octobre ; annuaire Ameli pour les psychologues partenaires. Lecture : en 2025, la moitié des nouveaux patients du CMP adultes de Lussac-sur-Orbe ont attendu plus de douze semaines.</p>
<p>La légère amélioration observée en 2025 au CMP adultes de Lussac-sur-Orbe s'explique par la mise en place, en janvier 2025, d'un accueil infirmier de premier niveau sans rendez-vous le lundi et le jeudi matin, qui permet d'évaluer et d'orienter les demandes. Au CMP infanto-juvénile, en revanche, la situation continue de se dégrader : le départ en retraite d'un des deux pédopsychiatres, non remplacé, a allongé la liste d'attente, qui comptait 212 enfants en octobre 2025.</p>
<div class="quote">« On nous dit six mois pour mon fils. Six mois, à son âge, c'est une année scolaire. » — une mère, groupe de discussion des parents, Champ-Rollin</div>
<h3>3.3 Le recours aux urgences</h3>
<p>Faute d'un accès rapide aux consultations, une partie des situations se résout aux urgences. Les habitants des QPV y ont recours pour motif psychiatrique nettement plus souvent que les autres habitants de l'agglomération<sup>4</sup>.</p>
<table>
<caption>Tableau 4 – Passages aux urgences pour motif psychiatrique (taux annuel pour 10 000 habitants)</caption>
<tr><th>Territoire de résidence</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>QPV de l'agglomération</td><td>148</td><td>156</td><td>171</td><td>168</td></tr>
<tr><td>Agglomération hors QPV</td><td>92</td><td>95</td><td>101</td><td>99</td></tr>
<tr><td>Département</td><td>87</td><td>90</td><td>94</td><td>96</td></tr>
</table>
<p class="source">Source : résumés de passage aux urgences (RPU), CH de Lussac-sur-Orbe ; Observatoire régional des urgences pour le département.</p>
<p>Parmi ces passages, les gestes suicidaires représentent environ un sur cinq. Chez les 15-24 ans des quartiers, le taux de passages pour geste suicidaire a presque doublé entre 2022 et 2025, une évolution qui concerne surtout les jeunes filles et qui rejoint les tendances observées au niveau national depuis la crise sanitaire.</p>
<p>Enfin, les habitants des QPV représentent 31 % des personnes ayant fait l'objet de soins psychiatriques sans consentement en 2025, alors qu'ils ne représentent que 17 % de la population de l'agglomération. Cette surreprésentation, déjà relevée dans l'édition précédente, appelle un travail spécifique du CLSM sur la prévention des crises et l'intervention précoce.</p>
<div class="notes">
<p><sup>3</sup> Aucun psychiatre libéral n'est installé dans les trois quartiers ; le plus proche exerce en centre-ville de Lussac-sur-Orbe, avec dépassements d'honoraires.</p>
<p><sup>4</sup> Motif psychiatrique : diagnostic principal relevant du chapitre F de la CIM-10 (codes F00 à F99), ainsi que les passages pour lésions auto-infligées (codes X60 à X84).</p>
</div>

<h2 class="pb">4. Ce que disent les habitants : l'enquête 2025</h2>
<p>L'enquête en face à face permet de compléter les données de recours aux soins par le point de vue des habitants, y compris de ceux qui ne consultent pas. Le questionnaire de 2025 reprend l'essentiel de celui de 2022, ce qui permet de suivre l'évolution de plusieurs indicateurs ; deux questions ont été ajoutées, sur la connaissance du numéro national de prévention du suicide et sur l'usage des réseaux sociaux<sup>5</sup>.</p>
<table>
<caption>Tableau 5 – Indicateurs de l'enquête habitants (part des répondants de 18 ans et plus)</caption>
<tr><th>Indicateur</th><th>2022</th><th>2025</th><th>Évolution</th></tr>
<tr><td>Se sent souvent ou très souvent seul</td><td>24 %</td><td>31 %</td><td>en hausse</td></tr>
<tr><td>A connu un épisode de détresse psychologique dans l'année</td><td>29 %</td><td>33 %</td><td>en hausse</td></tr>
<tr><td>Connaît le CMP de son secteur</td><td>38 %</td><td>44 %</td><td>en hausse</td></tr>
<tr><td>A renoncé à consulter un psychologue pour raison financière</td><td>19 %</td><td>21 %</td><td>stable</td></tr>
<tr><td>Sait qui appeler en cas de crise suicidaire (3114)</td><td>non mesuré</td><td>27 %</td><td>—</td></tr>
<tr><td>A déjà entendu parler du CLSM</td><td>6 %</td><td>12 %</td><td>en hausse, mais faible</td></tr>
<tr><td>Pense qu'une personne ayant un trouble psychique est dangereuse</td><td>35 %</td><td>28 %</td><td>en baisse</td></tr>
</table>
<p class="source">Source : enquêtes habitants OSS-BFC 2022 (n = 540) et 2025 (n = 612), données redressées sur l'âge, le sexe et le quartier.</p>
<p>La hausse du sentiment de solitude est la plus marquée chez les personnes de 60 ans et plus vivant seules (42 % en 2025) et chez les 18-24 ans (37 %). Dans ce dernier groupe, près d'un jeune sur deux déclare passer plus de quatre heures par jour sur les réseaux sociaux, et 41 % rapportent un épisode de détresse psychologique dans l'année, soit la proportion la plus élevée de toutes les classes d'âge.</p>
<p>La diminution de la part des habitants associant trouble psychique et dangerosité (de 35 % à 28 %) est un signal encourageant, que les acteurs rencontrés relient aux actions de déstigmatisation menées pendant les Semaines d'information sur la santé mentale et à la présence du groupe d'entraide mutuelle (GEM) Le Fil d'Ariane à Champ-Rollin depuis 2021.</p>
<div class="quote">« Avant, quand on parlait d'aller voir un psy, on disait que t'étais fou. Maintenant les jeunes en parlent plus, même sur TikTok. Mais pour trouver quelqu'un, c'est autre chose. » — un jeune homme, 19 ans, groupe de discussion des jeunes</div>
<p>Interrogés sur ce qui les aiderait le plus, les habitants citent en premier lieu « un endroit dans le quartier où parler sans rendez-vous » (46 %), devant « des rendez-vous plus rapides » (39 %) et « des informations claires sur qui fait quoi » (28 %)<sup>6</sup>.</p>
<div class="notes">
<p><sup>5</sup> En 2022, la question sur la solitude proposait quatre modalités de réponse au lieu de cinq ; les résultats ont été recodés pour être comparables.</p>
<p><sup>6</sup> Question à choix multiples, deux réponses possibles : le total dépasse 100 %.</p>
</div>

<h2 class="pb">5. Offre de soins et d'accompagnement</h2>
<p>L'offre en santé mentale accessible aux habitants des QPV repose très majoritairement sur le secteur public et sur le tissu associatif. La densité de professionnels libéraux y est nettement inférieure à celle du reste du territoire.</p>
<table>
<caption>Tableau 6 – Densité de professionnels de santé en exercice libéral en 2025 (pour 10 000 habitants)</caption>
<tr><th>Profession</th><th>QPV</th><th>Agglomération</th><th>Département</th></tr>
<tr><td>Médecins généralistes</td><td>6,1</td><td>8,4</td><td>7,9</td></tr>
<tr><td>Psychiatres</td><td>aucun</td><td>1,2</td><td>1,0</td></tr>
<tr><td>Psychologues</td><td>2,3</td><td>5,8</td><td>4,9</td></tr>
<tr><td>Infirmiers</td><td>11,7</td><td>13,2</td><td>14,0</td></tr>
</table>
<p class="source">Source : répertoire partagé des professionnels de santé (RPPS), ARS Bourgogne-Franche-Comté.</p>
<p>Les principales ressources identifiées sur le territoire sont les suivantes :</p>
<ul>
<li>le CMP adultes de Lussac-sur-Orbe (rue Pasteur) et son antenne de Vaulmières, ouverte deux jours par semaine depuis sa réouverture en mars 2024 ;</li>
<li>le CMP infanto-juvénile de Lussac-sur-Orbe, qui accueille les enfants et adolescents jusqu'à 16 ans ;</li>
<li>l'équipe mobile psychiatrie précarité (EMPP) du Val d'Orbe, qui intervient dans les structures d'hébergement et, depuis 2025, une fois par mois au centre social des Grands Prés ;</li>
<li>la Maison des adolescents du Val d'Orbe et le point accueil écoute jeunes (PAEJ) « Le Tremplin », installé à Champ-Rollin ;</li>
<li>le GEM Le Fil d'Ariane, à Champ-Rollin, qui compte 38 adhérents ;</li>
<li>onze psychologues libéraux partenaires du dispositif « Mon soutien psy » sur l'agglomération, dont deux seulement exercent dans un quartier prioritaire.</li>
</ul>
<p>Le CLSM intercommunal, créé en 2018, est coordonné par une professionnelle à 0,8 équivalent temps plein, rattachée au service santé de l'agglomération. Il réunit une assemblée plénière annuelle et trois groupes de travail (logement et santé mentale, jeunesse, prévention du suicide). Les acteurs rencontrés saluent son rôle d'interconnaissance, mais regrettent que le temps de coordination ne permette pas d'animer une cellule de concertation sur les situations individuelles complexes, pourtant demandée par les bailleurs.</p>
<div class="box"><b>Un point de vigilance : l'information.</b> Dans l'enquête, 56 % des habitants ne connaissent pas le CMP de leur secteur et 88 % n'ont jamais entendu parler du CLSM. Les professionnels de première ligne (gardiens, agents d'accueil des mairies, animateurs) sont pourtant les premiers sollicités : 71 % de ceux qui ont répondu au questionnaire professionnel disent avoir été confrontés au moins une fois par mois à un habitant en souffrance psychique, et seuls 23 % ont suivi une formation sur le sujet.</div>

<h2 class="pb">6. Recommandations</h2>
<p>Les recommandations ci-dessous ont été discutées avec le comité de pilotage du CLSM le 2 juin 2026. Elles sont classées par ordre de priorité ; le porteur indiqué est pressenti et n'engage pas les structures citées tant qu'elles ne les ont pas validées.</p>
<div class="reco"><b class="n">R1.</b> Ouvrir une consultation avancée du CMP adultes dans le quartier des Grands Prés, une demi-journée par semaine, dans les locaux du centre social, d'ici la fin de l'année 2027. <i>Porteur pressenti : CHS du Val d'Orbe.</i></div>
<div class="reco"><b class="n">R2.</b> Ramener le délai médian d'attente au CMP infanto-juvénile sous seize semaines d'ici 2028, en priorisant le recrutement d'un pédopsychiatre et le renfort de la pratique avancée infirmière. <i>Porteurs pressentis : CHS du Val d'Orbe, ARS.</i></div>
<div class="reco"><b class="n">R3.</b> Former aux premiers secours en santé mentale (PSSM) au moins soixante professionnels de première ligne des quartiers d'ici 2028 : gardiens d'immeuble, agents d'accueil, animateurs, médiateurs. <i>Porteurs pressentis : CLSM, bailleurs sociaux.</i></div>
<div class="reco"><b class="n">R4.</b> Faire connaître le numéro national de prévention du suicide (3114) par une campagne dans les trois quartiers, conçue avec des habitants, et mesurer son effet lors de la prochaine enquête. <i>Porteur pressenti : CLSM.</i></div>
<div class="reco"><b class="n">R5.</b> Porter le temps de coordination du CLSM à un équivalent temps plein, afin notamment de créer une cellule de concertation sur les situations complexes. <i>Porteurs pressentis : agglomération, ARS.</i></div>
<div class="reco"><b class="n">R6.</b> Accompagner, si ses adhérents le souhaitent, l'ouverture d'une antenne du GEM Le Fil d'Ariane à la Chênaie-Basse, où l'isolement des personnes âgées est le plus marqué. <i>Porteur pressenti : GEM Le Fil d'Ariane.</i></div>
<div class="reco"><b class="n">R7.</b> Créer un lieu d'écoute sans rendez-vous dans chaque quartier, en s'appuyant sur les structures existantes (centres sociaux, PAEJ), en réponse à la première attente exprimée par les habitants. <i>Porteurs pressentis : centres sociaux, PAEJ Le Tremplin.</i></div>
<div class="reco"><b class="n">R8.</b> Reconduire l'enquête habitants en 2028, avec un module spécifique pour les 15-24 ans construit avec la Maison des adolescents. <i>Porteur pressenti : OSS-BFC.</i></div>
<div class="reco"><b class="n">R9.</b> Obtenir chaque année des CMP et des urgences des données par quartier de résidence, afin d'alimenter un tableau de bord annuel du CLSM. <i>Porteurs pressentis : CHS du Val d'Orbe, CH de Lussac-sur-Orbe.</i></div>
<p>Le coût des recommandations R1, R3, R4 et R7 a été estimé à environ 185 000 euros par an, hors recrutements médicaux ; les autres relèvent pour l'essentiel de la réorganisation de moyens existants. Le financement pourrait mobiliser le fonds d'intervention régional, les crédits de la politique de la ville et la participation des bailleurs sociaux au titre de l'abattement de taxe foncière.</p>

<h2 class="pb">Glossaire des sigles</h2>
<dl class="gloss">
<dt>ALD</dt><dd>Affection de longue durée</dd>
<dt>ARS</dt><dd>Agence régionale de santé</dd>
<dt>CHS</dt><dd>Centre hospitalier spécialisé (en psychiatrie)</dd>
<dt>CIM-10</dt><dd>Classification internationale des maladies, dixième révision</dd>
<dt>CLSM</dt><dd>Conseil local de santé mentale</dd>
<dt>CMP</dt><dd>Centre médico-psychologique</dd>
<dt>CSS</dt><dd>Complémentaire santé solidaire</dd>
<dt>EMPP</dt><dd>Équipe mobile psychiatrie précarité</dd>
<dt>GEM</dt><dd>Groupe d'entraide mutuelle</dd>
<dt>OSS-BFC</dt><dd>Observatoire santé-social Bourgogne-Franche-Comté</dd>
<dt>PAEJ</dt><dd>Point accueil écoute jeunes</dd>
<dt>PSSM</dt><dd>Premiers secours en santé mentale</dd>
<dt>QPV</dt><dd>Quartier prioritaire de la politique de la ville</dd>
<dt>RIM-P</dt><dd>Recueil d'informations médicalisé en psychiatrie</dd>
<dt>RPPS</dt><dd>Répertoire partagé des professionnels de santé</dd>
<dt>RPU</dt><dd>Résumé de passage aux urgences</dd>
<dt>SNDS</dt><dd>Système national des données de santé</dd>
<dt>3114</dt><dd>Numéro national de prévention du suicide, gratuit, joignable 24 heures sur 24 et 7 jours sur 7</dd>
</dl>
<p style="margin-top:14mm;font-size:8.5pt" class="sans">Observatoire santé-social Bourgogne-Franche-Comté — 14, rue des Tanneries, 21000 Dijon (adresse fictive) — contact@oss-bfc.example — 03 80 00 00 00. Les remerciements de l'équipe vont aux habitants qui ont accepté de répondre, aux enquêteurs et aux membres du comité de pilotage du CLSM.</p>
"""


def main():
    html = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Baromètre santé mentale QPV "
            "Lussac-Val-d'Orbe 2026</title><style>%s</style></head><body>%s</body></html>" % (CSS, BODY))
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "barometre.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(tmp, "profile"),
                    "--print-to-pdf=" + OUT, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
    import pypdf
    print("%s : %d pages" % (os.path.basename(OUT), len(pypdf.PdfReader(OUT).pages)))


if __name__ == "__main__":
    main()
