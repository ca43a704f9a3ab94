# -*- coding: utf-8 -*-
"""Page web du CMP infanto-juvénile du CH de Lauvigny-sur-Selle (.html)."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-20_ch-lauvigny_cmp-infanto-juvenile.html")

ACC = [
    ("Qui peut consulter au CMP infanto-juvénile ?",
     "<p>Le CMP accueille les enfants et adolescents <strong>de la naissance à 16 ans révolus</strong> qui habitent "
     "Lauvigny-sur-Selle ou l'une des 23 communes du secteur. Un jeune déjà suivi peut poursuivre ses soins "
     "jusqu'à 18 ans. Au-delà de 16 ans, pour une première demande, adressez-vous au CMP adultes ou, entre 11 et "
     "21 ans, à la Maison des adolescents.</p>"),
    ("Comment demander un rendez-vous ?",
     "<ol><li>Un parent (ou le titulaire de l'autorité parentale) téléphone au secrétariat du site le plus proche "
     "de son domicile, du lundi au vendredi de 9 h à 12 h 30 et de 13 h 30 à 17 h.</li>"
     "<li>Aucune ordonnance n'est nécessaire ; un courrier du médecin traitant, de la PMI ou de l'infirmière "
     "scolaire est <em>souhaité mais pas obligatoire</em>.</li>"
     "<li>Le secrétariat fixe un entretien d'accueil avec une infirmière ou une assistante sociale.</li>"
     "<li>La demande est ensuite présentée à la réunion clinique du mardi, qui décide du type de soins.</li></ol>"
     "<p>Les professionnels (écoles, PMI, MDA) ne peuvent pas inscrire un enfant à la place de ses parents : ils "
     "les aident à appeler.</p>"),
    ("Que se passe-t-il lors du premier rendez-vous ?",
     "<p>Le premier rendez-vous est un <strong>entretien d'accueil</strong> d'environ une heure, avec l'enfant et "
     "au moins un parent. Ce n'est pas encore un soin : il sert à comprendre la demande, à repérer une éventuelle "
     "urgence et à orienter. Apportez le carnet de santé et, si vous en avez, les comptes rendus des bilans "
     "déjà réalisés.</p>"),
    ("Et pendant l'attente ?",
     "<p>Après l'entretien d'accueil, l'attente avant le premier rendez-vous de soins peut durer plusieurs mois. "
     "Vous n'êtes pas seuls :</p><ul>"
     "<li>les <strong>ateliers « En attendant »</strong>, co-animés avec la Maison des adolescents, réunissent "
     "les parents un mercredi matin par mois au site des Tisserands (inscription au secrétariat) ;</li>"
     "<li>à partir de 3 ans, votre enfant peut bénéficier de séances chez un psychologue partenaire du dispositif "
     "<strong>Mon soutien psy</strong>, prises en charge par l'Assurance maladie ;</li>"
     "<li>si la situation s'aggrave, rappelez le secrétariat : l'infirmière d'accueil réévalue la demande.</li></ul>"),
    ("En cas d'urgence",
     "<p>Le CMP n'est pas un service d'urgence. En cas de danger immédiat, appelez le 15. En cas de crise "
     "suicidaire, le 3114 répond jour et nuit. Les urgences pédiatriques du CH de Lauvigny-sur-Selle reçoivent "
     "les enfants jusqu'à 15 ans et 3 mois.</p>"),
    ("Combien cela coûte-t-il ?",
     "<p>Rien. Les consultations au CMP sont prises en charge intégralement par l'Assurance maladie, sans avance "
     "de frais ni dépassement d'honoraires.</p>"),
]

ROWS = [("Site Centre", "8 rue Jean-Jaurès", "13 jours", "22 semaines", "03 99 00 41 20"),
        ("Site des Tisserands", "2 place de la Navette (quartier Les Tisserands)", "15 jours", "25 semaines",
         "03 99 00 41 35"),
        ("Antenne de Fressain-le-Bois", "maison de santé, 5 rue du Lavoir", "9 jours", "15 semaines",
         "03 99 00 41 50")]

acc = "\n".join('<details%s><summary>%s</summary>\n%s\n</details>' % (" open" if i == 0 else "", q, a)
                for i, (q, a) in enumerate(ACC))
rows = "\n".join("<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ROWS)

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>CMP infanto-juvénile — Centre hospitalier de Lauvigny-sur-Selle</title>
<meta name="description" content="Centre médico-psychologique pour enfants et adolescents : sites, délais, contacts.">
<style>
body{font-family:Arial,sans-serif;max-width:960px;margin:auto;color:#222}
nav.breadcrumb ol{list-style:none;display:flex;gap:.4em;padding:0}
nav.breadcrumb li+li:before{content:"›";margin-right:.4em}
details{border:1px solid #c9d6df;margin:.4em 0;padding:.4em .8em}
summary{font-weight:bold;cursor:pointer}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em}
.contact{background:#eef5f8;padding:1em}
</style>
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<header><a href="/" class="logo">Centre hospitalier de Lauvigny-sur-Selle</a>
<nav class="main"><a href="/patients/">Patients</a> <a href="/services/">Services</a> <a href="/recrutement/">Recrutement</a></nav></header>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol>
<li><a href="/">Accueil</a></li><li><a href="/services/">Nos services</a></li>
<li><a href="/services/psychiatrie-enfant-adolescent/">Pôle de psychiatrie de l'enfant et de l'adolescent</a></li>
<li aria-current="page">CMP infanto-juvénile</li></ol></nav>
<main>
<h1>Centre médico-psychologique infanto-juvénile (CMP-IJ)</h1>
<p class="updated">Page mise à jour le <time datetime="2026-01-20">20 janvier 2026</time></p>
<p>Le CMP infanto-juvénile est le lieu de consultation de proximité du pôle de psychiatrie de l'enfant et de
l'adolescent. Pédopsychiatres, psychologues, psychomotriciens, infirmières, assistantes sociales et éducateurs y
proposent consultations, bilans, suivis individuels et groupes thérapeutiques. Il compte trois sites : le site
Centre, le site des Tisserands, implanté au cœur du quartier prioritaire, et l'antenne de Fressain-le-Bois.</p>
<h2>Questions fréquentes</h2>
<div class="accordion">
%s
</div>
<h2>Délais d'attente actuels</h2>
<table>
<caption>Délais moyens constatés par site au 15 janvier 2026 (demandes non urgentes)</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Adresse</th><th scope="col">Délai avant l'entretien d'accueil</th>
<th scope="col">Délai avant le premier rendez-vous de soins</th><th scope="col">Secrétariat</th></tr></thead>
<tbody>
%s
</tbody></table>
<p class="note">Les délais sont recalculés chaque trimestre sur les trois derniers mois. Les situations urgentes
repérées à l'accueil sont vues sous 72 heures. Priorité est donnée aux enfants de moins de 6 ans.</p>
<section class="contact" id="contact">
<h2>Nous contacter</h2>
<address>
CMP infanto-juvénile — secrétariat central<br>
8 rue Jean-Jaurès, 80990 Lauvigny-sur-Selle<br>
Téléphone : <a href="tel:+33399004120">03 99 00 41 20</a><br>
Courriel : <a href="mailto:cmp-ij@ch-lauvigny.example">cmp-ij@ch-lauvigny.example</a> (pas de demande de rendez-vous par courriel)<br>
Cheffe de pôle : Dr Hélène Vasseur — cadre de santé : Franck Dhainaut
</address>
</section>
</main>
<footer><p>© 2026 Centre hospitalier de Lauvigny-sur-Selle — <a href="/mentions-legales/">Mentions légales</a> —
<a href="/accessibilite/">Accessibilité : partiellement conforme</a></p></footer>
</body>
</html>
""" % (acc, rows)

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("écrit", OUT)
