# -*- coding: utf-8 -*-
"""Génère la page « Qui sommes-nous ? » du site du GEM Le Phare (Ligneray, quartier des Tilleuls), en .htm.

Mise en forme voulue : menu de navigation (<nav>), fil d'Ariane, tableau des horaires SANS <th> (la première
ligne est une ligne de <td> en gras), liste de définitions <dl> (« Les mots du GEM »), appels de notes en
<sup><a href="#note-n"> renvoyant à une liste de notes <ol>, encadré « Adhérer », pied de page (<footer>) avec
l'adresse. Des faits ne figurent que dans les notes ou dans les cellules du tableau.

Tout est inventé (association, personnes, montants, numéros en 06 99 00 / 02 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-04_gem-le-phare_qui-sommes-nous.htm")


def note(n):
    return '<sup id="appel-%d"><a href="#note-%d" class="appel">%d</a></sup>' % (n, n, n)


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Qui sommes-nous ? — GEM Le Phare, Ligneray</title>
<meta name="description" content="Le GEM Le Phare, groupe d'entraide mutuelle du quartier des Tilleuls à Ligneray.">
<meta name="last-modified" content="2025-11-04">
<style>
body {{ font-family: Verdana, Arial, sans-serif; font-size: 14px; color: #1d2b36; margin: 0; }}
#bandeau {{ background: #0b4f6c; color: #fff; padding: 12px 24px; }}
nav ul {{ list-style: none; margin: 0; padding: 0; background: #e9f2f6; }}
nav li {{ display: inline-block; padding: 8px 14px; }}
main {{ max-width: 880px; margin: 0 auto; padding: 16px 24px; }}
table.horaires td {{ border: 1px solid #9cc3d5; padding: 4px 10px; }}
table.horaires tr.entete td {{ font-weight: bold; background: #d4e6ee; }}
dt {{ font-weight: bold; margin-top: 8px; }}
.encadre {{ border: 2px solid #f29f05; background: #fff7e6; padding: 8px 16px; }}
footer {{ background: #0b4f6c; color: #fff; padding: 12px 24px; font-size: 12px; }}
</style>
</head>
<body>
<div id="bandeau"><span class="logo">&#9728; GEM Le Phare</span> — <em>« Ici, on s'entraide »</em></div>
<nav aria-label="Menu principal">
<ul>
<li><a href="/index.htm">Accueil</a></li>
<li><a href="/qui-sommes-nous.htm" aria-current="page">Qui sommes-nous ?</a></li>
<li><a href="/activites.htm">Activités</a></li>
<li><a href="/agenda.htm">Agenda</a></li>
<li><a href="/adherer.htm">Adhérer</a></li>
<li><a href="/partenaires.htm">Partenaires</a></li>
<li><a href="/contact.htm">Contact</a></li>
</ul>
</nav>
<main>
<p class="ariane"><a href="/index.htm">Accueil</a> &gt; Qui sommes-nous ?</p>
<h1>Qui sommes-nous ?</h1>
<p><em>Page mise à jour le 4 novembre 2025.</em></p>

<h2>Un groupe d'entraide mutuelle au cœur des Tilleuls</h2>
<p>Le Phare est un groupe d'entraide mutuelle (GEM) ouvert le 15 mars 2021 à la maison de quartier des Tilleuls,
dans l'un des deux quartiers prioritaires de Ligneray. C'est une association loi 1901 de personnes qui vivent ou
ont vécu des troubles psychiques, et qui ont décidé de se retrouver pour rompre l'isolement, s'entraider et
monter des projets ensemble. Ici, personne ne vous demande votre diagnostic.</p>
<p>Au 31 octobre 2025, le GEM compte 57 adhérents{n1}. Près de deux adhérents sur trois habitent aux Tilleuls ou à la
Croix-Verte. En moyenne, 13 personnes passent chaque après-midi d'ouverture.</p>
<p>Le GEM est animé par Bastien Moreau, animateur salarié à temps plein, et par les adhérents eux-mêmes. Le
conseil d'administration est présidé par Fatou Diallo depuis l'assemblée générale du 12 avril 2025.</p>

<h2>Qui fait quoi ?</h2>
<p>Comme le prévoit le cahier des charges national des GEM, Le Phare est accompagné par un <strong>parrain</strong> :
l'association Horizons Ligneray, qui nous soutient depuis la création. Jusqu'au 31 décembre 2024, Horizons
Ligneray était aussi notre <strong>gestionnaire</strong> (comptabilité, fiches de paie). Depuis le 1er janvier 2025,
l'association Le Phare gère elle-même son budget et emploie directement son animateur{n2}.</p>
<p>Notre voisin le GEM La Passerelle, au centre-ville, fonctionne autrement : il est parrainé par Solidarité Psy
Loire-Bocage, l'association de familles, et reste géré par Horizons Ligneray.</p>

<h2>Horaires et lieux</h2>
<table class="horaires">
<tr class="entete"><td>Jour</td><td>Horaires</td><td>Lieu</td><td>Ce qui s'y passe</td></tr>
<tr><td>Mardi</td><td>14 h – 18 h 30</td><td>Maison de quartier des Tilleuls, salle 2</td><td>Accueil libre, jeux, atelier cuisine un mardi sur deux</td></tr>
<tr><td>Mercredi</td><td>14 h – 18 h 30</td><td>Maison de quartier des Tilleuls, salle 2</td><td>Accueil libre ; le premier mercredi du mois, permanence du médiateur de santé pair du CMP de 14 h à 16 h</td></tr>
<tr><td>Jeudi</td><td>17 h – 20 h</td><td>Maison de quartier des Tilleuls, salle 2</td><td>« Soirée du jeudi » : repas partagé, chacun apporte un plat</td></tr>
<tr><td>Vendredi</td><td>14 h – 18 h 30</td><td>Jardin partagé des Tilleuls (repli en salle 2 s'il pleut)</td><td>Jardinage et sorties ; réunion des adhérents le dernier vendredi du mois à 17 h</td></tr>
<tr><td>Lundi, samedi, dimanche</td><td>Fermé</td><td>—</td><td>Fermeture annuelle : les deux premières semaines d'août</td></tr>
</table>

<h2>Les mots du GEM</h2>
<dl>
<dt>GEM (groupe d'entraide mutuelle)</dt>
<dd>Association de personnes concernées par des troubles psychiques, ou par un handicap psychique, qui s'organise
pour s'entraider. Ce n'est ni un lieu de soin, ni un accueil de jour médico-social.</dd>
<dt>Adhérent</dt>
<dd>Personne qui a rejoint l'association en payant sa cotisation. Seuls les adhérents votent à l'assemblée générale.
On peut venir découvrir le GEM deux fois sans adhérer.</dd>
<dt>Parrain</dt>
<dd>Association ou organisme qui soutient le GEM, l'aide à prendre ses décisions et intervient en cas de difficulté,
sans décider à sa place.</dd>
<dt>Gestionnaire</dt>
<dd>Organisme qui, à la demande du GEM, tient sa comptabilité et porte ses contrats de travail. Un GEM peut s'en
passer s'il gère lui-même ses fonds.</dd>
<dt>Animateur</dt>
<dd>Salarié du GEM qui facilite la vie du groupe et les activités, mais n'est pas un soignant.</dd>
<dt>Pair-aidance</dt>
<dd>Aide apportée par une personne qui a vécu des difficultés semblables. Au GEM, elle est bénévole ; au CMP, elle
est le métier des médiateurs de santé pairs.</dd>
<dt>Rétablissement</dt>
<dd>Chemin personnel pour retrouver une vie qui a du sens, avec ou sans symptômes.</dd>
<dt>CNSA</dt>
<dd>Caisse nationale de solidarité pour l'autonomie : elle finance les GEM, par l'intermédiaire de l'ARS.</dd>
</dl>

<h2>Nos financements en 2025</h2>
<p>Le fonctionnement du GEM est financé principalement par la CNSA : la subvention 2025, notifiée par l'ARS Pays de
la Loire en juin, s'élève à 86 400 €{n3}. La ville de Ligneray prend en charge le loyer et les charges de la salle à
hauteur de 6 000 €. Au titre du contrat de ville, nous avons obtenu 8 000 € pour les ateliers ouverts aux habitants
du quartier{n4}. Les cotisations complètent le budget.</p>

<div class="encadre">
<h3>Adhérer au Phare</h3>
<p>Venez nous rencontrer deux fois, sans engagement, aux heures d'ouverture. Si le GEM vous plaît, vous remplissez un
bulletin d'adhésion et vous réglez la cotisation : 5 € par an, gratuite la première année pour les personnes qui
touchent un minimum social. Aucun certificat médical n'est demandé.</p>
</div>

<h2>Notes</h2>
<ol class="notes">
<li id="note-1">41 adhérents au 31 décembre 2024 ; le GEM en comptait 14 à sa première assemblée générale, en
juin 2021. <a href="#appel-1">↩</a></li>
<li id="note-2">Décision de l'assemblée générale extraordinaire du 18 novembre 2024, votée à l'unanimité des
adhérents présents. <a href="#appel-2">↩</a></li>
<li id="note-3">Le forfait est le même pour tous les GEM de la région : 82 900 € en 2024, 86 400 € en 2025, soit
une hausse de 4,2 %. <a href="#appel-3">↩</a></li>
<li id="note-4">Montant accordé en avril 2025 ; nous avions demandé 9 000 €. <a href="#appel-4">↩</a></li>
</ol>
</main>
<footer>
<p><strong>GEM Le Phare</strong> — Maison de quartier des Tilleuls, 3 place des Tilleuls, 99120 Ligneray</p>
<p>Téléphone : 06 99 00 57 12 — Courriel : contact@gem-lephare.example</p>
<p>Bus ligne 4, arrêt « Tilleuls-Centre » — Association loi 1901 — Parrain : Horizons Ligneray</p>
<p>© 2025 GEM Le Phare — <a href="/mentions-legales.htm">Mentions légales</a></p>
</footer>
</body>
</html>
""".format(n1=note(1), n2=note(2), n3=note(3), n4=note(4))


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
