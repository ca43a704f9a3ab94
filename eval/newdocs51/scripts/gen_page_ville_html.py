# -*- coding: utf-8 -*-
"""Génère la page web de la Ville de Vireval « Précarité et santé mentale : qui fait quoi ? » (.html) :
menu d'accessibilité (liens d'évitement, contraste, taille du texte), en-tête et menu principal, fil d'Ariane en
<ol>, bloc « Chiffres clés » en <div>, sections en <h2>, tableau de la domiciliation par organisme, site et année
(rowspan sur l'organisme, colspan sur l'année et sur la ligne de total), encadré, pied de page.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-09_ville-vireval_precarite-sante-mentale-qui-fait-quoi.html")

# (organisme, site, [(en cours au 31/12, premières domiciliations) pour 2023, 2024, 2025])
DOMI = [
    ("CCAS de Vireval", "Antenne centre-ville (hôtel de ville, guichet 4)", [(790, 401), (861, 436), (912, 452)]),
    ("CCAS de Vireval", "Antenne Les Glacis (maison France services)", [(262, 128), (301, 149), (328, 171)]),
    ("Associations agréées", "Accueil de jour La Halte (Solidarité Vireval)", [(318, 190), (346, 205), (377, 226)]),
    ("Associations agréées", "Le Phare (SAMU social et CHRS)", [(141, 88), (158, 97), (166, 101)]),
]


def fmt(n):
    return "{:,}".format(n).replace(",", "\u202f")


def table():
    h = ['<table class="donnees">',
         '<caption>Domiciliation administrative à Vireval : attestations en cours au 31 décembre et premières '
         'domiciliations de l\'année, par organisme et par site</caption>',
         '<thead><tr><th scope="col" rowspan="2">Organisme</th><th scope="col" rowspan="2">Site</th>'
         '<th scope="colgroup" colspan="2">2023</th><th scope="colgroup" colspan="2">2024</th>'
         '<th scope="colgroup" colspan="2">2025</th></tr>',
         '<tr>' + '<th scope="col">En cours au 31/12</th><th scope="col">Premières domiciliations</th>' * 3
         + '</tr></thead><tbody>']
    prev = None
    for org, site, vals in DOMI:
        cells = ""
        if org != prev:
            span = sum(1 for o, _, _ in DOMI if o == org)
            cells += '<th scope="rowgroup" rowspan="%d">%s</th>' % (span, org)
        prev = org
        cells += '<th scope="row">%s</th>' % site
        cells += "".join("<td>%s</td><td>%s</td>" % (fmt(a), fmt(b)) for a, b in vals)
        h.append("<tr>%s</tr>" % cells)
    tot = [(sum(v[y][0] for _, _, v in DOMI), sum(v[y][1] for _, _, v in DOMI)) for y in range(3)]
    h.append('<tr class="total"><th scope="row" colspan="2">Total Vireval</th>%s</tr>'
             % "".join("<td>%s</td><td>%s</td>" % (fmt(a), fmt(b)) for a, b in tot))
    h.append("</tbody></table>")
    h.append('<p class="source">Source : CCAS de Vireval et associations agréées, rapports annuels de domiciliation '
             'transmis à la préfecture. Une personne ne peut être domiciliée que dans un seul organisme.</p>')
    return "\n".join(h)


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Précarité et santé mentale : qui fait quoi ? — Ville de Vireval</title>
<meta name="description" content="Accès aux droits et aux soins des personnes sans domicile ou hébergées en urgence à Vireval : 115, SIAO, maraudes, domiciliation, PASS psy, EMPP, interprétariat.">
<link rel="stylesheet" href="/static/css/vireval.css">
<script src="/static/js/accessibilite.js" defer></script>
<style>.chiffre{font-size:2.2em;font-weight:bold;color:#005a8c}.cle{display:inline-block;width:23%}</style>
</head>
<body>
<div id="menu-accessibilite" role="navigation" aria-label="Menu d'accessibilité">
  <ul class="liens-evitement">
    <li><a href="#contenu">Aller au contenu</a></li>
    <li><a href="#menu-principal">Aller au menu</a></li>
    <li><a href="#recherche">Aller à la recherche</a></li>
  </ul>
  <div class="parametres-affichage">
    <span>Paramètres d'affichage :</span>
    <button type="button" data-action="contraste">Contraste renforcé</button>
    <button type="button" data-action="texte-plus" aria-label="Agrandir le texte">A+</button>
    <button type="button" data-action="texte-moins" aria-label="Réduire le texte">A-</button>
    <button type="button" data-action="police-dys">Police adaptée à la dyslexie</button>
  </div>
  <p class="conformite">Accessibilité : partiellement conforme (RGAA 4.1)</p>
</div>
<header>
  <a class="logo" href="/">Ville de Vireval</a>
  <form id="recherche" role="search" action="/recherche"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form>
  <nav id="menu-principal" aria-label="Menu principal"><ul>
    <li><a href="/ma-ville/">Ma ville</a></li><li><a href="/demarches/">Démarches</a></li>
    <li><a href="/solidarites-sante/">Solidarités et santé</a></li><li><a href="/quartiers/">Quartiers</a></li>
    <li><a href="/agenda/">Agenda</a></li></ul></nav>
</header>
<nav class="fil-ariane" aria-label="Fil d'Ariane"><ol>
  <li><a href="/">Accueil</a></li>
  <li><a href="/solidarites-sante/">Solidarités et santé</a></li>
  <li><a href="/solidarites-sante/sante-mentale/">Santé mentale</a></li>
  <li aria-current="page">Précarité et santé mentale : qui fait quoi ?</li>
</ol></nav>
<main id="contenu">
<h1>Précarité et santé mentale : qui fait quoi ?</h1>
<p class="date">Publié le 9 janvier 2026 — mis à jour le 7 janvier 2026 par la direction de la santé publique</p>
<p class="chapo">À Vireval, la Ville, le centre hospitalier, l'État et les associations travaillent ensemble, au sein
du conseil local de santé mentale (CLSM), pour que les personnes à la rue, hébergées en urgence ou sans adresse
puissent ouvrir leurs droits et accéder aux soins, y compris en santé mentale. Cette page présente les principaux
dispositifs et les chiffres de la domiciliation.</p>

<section class="chiffres-cles" aria-labelledby="titre-chiffres">
<h2 id="titre-chiffres">Chiffres clés</h2>
<div class="cle"><div class="chiffre">57 800</div><div class="libelle">habitants à Vireval (recensement 2022)</div></div>
<div class="cle"><div class="chiffre">24 %</div><div class="libelle">taux de pauvreté à Vireval en 2021</div><div class="precision">47 % aux Glacis, 41 % au Moulin-Blanc ; 19 % en Scarpe-Sensée, 18 % dans les Hauts-de-France, 14,5 % en France métropolitaine</div></div>
<div class="cle"><div class="chiffre">1 783</div><div class="libelle">personnes domiciliées à Vireval au 31 décembre 2025</div><div class="precision">dont 1 240 au CCAS ; 6 870 dans tout le département</div></div>
<div class="cle"><div class="chiffre">5 nuits</div><div class="libelle">de maraude par semaine du 1er novembre au 31 mars</div><div class="precision">3 nuits le reste de l'année</div></div>
</section>

<h2>Vous êtes à la rue, ou vous voyez quelqu'un en difficulté dehors</h2>
<p>Appelez le <strong>115</strong>, numéro gratuit de la veille sociale, joignable 24 h/24 et 7 j/7, y compris pour
signaler une autre personne. Le 115 est géré pour tout le département de Scarpe-Sensée par le <abbr title="service
intégré de l'accueil et de l'orientation">SIAO</abbr>, porté par l'association Cap Logis, qui recense les demandes
et attribue les places d'hébergement d'urgence et d'insertion.</p>
<p>En journée, la ligne de signalement du SAMU social (association Le Phare) est joignable au 03 99 00 27 15, du lundi
au vendredi de 9 h à 18 h. En cas de danger vital, appelez le 15.</p>

<h2>Se domicilier : avoir une adresse pour ouvrir ses droits</h2>
<p>La domiciliation (on parle aussi d'« élection de domicile ») permet à une personne sans domicile stable de
recevoir son courrier et de faire valoir ses droits : assurance maladie, RSA, demande de logement social, papiers
d'identité. Elle est gratuite. Elle est assurée par le CCAS pour les personnes qui ont un lien avec Vireval, ou par
une association agréée par le préfet.</p>
<p><strong>Comment faire ?</strong> Présentez-vous au guichet 4 de l'hôtel de ville, sans rendez-vous le lundi et le
mercredi de 8 h 30 à 12 h, ou à l'antenne des Glacis (maison France services) le jeudi de 13 h 30 à 17 h, avec une
pièce d'identité si vous en avez une. Un entretien permet de vérifier le lien avec la commune ; l'attestation est
délivrée dans un délai de deux mois au plus et elle est valable un an. Le courrier doit être retiré au moins une
fois tous les trois mois.</p>
__TABLE__

<h2>Se soigner, y compris quand on va mal psychiquement</h2>
<ul>
<li><strong>PASS psy</strong> (permanence d'accès aux soins de santé en psychiatrie) du centre hospitalier : CMP Les
Tilleuls, 14 rue de l'Abbaye, sans rendez-vous du lundi au vendredi de 9 h à 12 h ; permanences le mardi matin à La
Halte et le jeudi après-midi à l'espace Jacques-Brel. Tél. 03 99 00 41 20.</li>
<li><strong>PASS</strong> de l'hôpital général pour les soins somatiques : 03 99 00 40 00.</li>
<li><strong>EMPP</strong> (équipe mobile psychiatrie précarité) : elle intervient à la demande des professionnels
(maraudes, accueils de jour, centres d'hébergement, hôtels) ; elle ne reçoit pas de demandes directes du public.</li>
<li><strong>Accueil de jour La Halte</strong>, 3 place des Glacis : café, douches, laverie, bagagerie, permanence
sociale, du lundi au samedi de 8 h 30 à 16 h.</li>
</ul>

<div class="encadre" role="note">
<h3>Interprétariat : ne faites pas traduire par un proche</h3>
<p>Les professionnels du réseau précarité peuvent réserver un interprète professionnel auprès de l'association
Langues en Partage. Depuis 2025, l'interprétariat par téléphone pendant les permanences dans les quartiers
prioritaires des Glacis et du Moulin-Blanc est financé par le contrat de ville « Engagements Quartiers 2030 ».</p>
</div>

<h2>Le CLSM et son groupe de travail « précarité et santé mentale »</h2>
<p>Créé en juin 2023, le groupe de travail est co-piloté par le Dr Thomas Vandamme (EMPP, centre hospitalier) et
Samia Belkacem (association Le Phare). Il réunit les structures du réseau précarité tous les deux mois. Une cellule
de situations complexes examine, avec l'accord des personnes, les situations qui nécessitent une coordination.
Contact : Claire Dumoulin, coordinatrice du CLSM, 03 99 00 18 46, clsm@vireval.example.</p>

<h2>Qui finance ?</h2>
<p>L'agence régionale de santé (ARS) Hauts-de-France finance la PASS psy et l'EMPP (notamment par le fonds
d'intervention régional, FIR) ; l'État, par la direction départementale de l'emploi, du travail et des solidarités
(DDETS), finance le 115, le SIAO, les maraudes et l'hébergement d'urgence ; la Ville finance le CCAS et la
coordination du CLSM ; le contrat de ville soutient les actions dans les quartiers prioritaires ; la Fondation pour
le logement des défavorisés (nouveau nom de la Fondation Abbé Pierre depuis 2025) soutient l'espace hygiène de
l'accueil de jour La Halte.</p>
</main>
<aside class="a-voir-aussi"><h2>À voir aussi</h2><ul>
<li><a href="/solidarites-sante/ccas/">Le CCAS</a></li>
<li><a href="/solidarites-sante/sante-mentale/clsm/">Le conseil local de santé mentale</a></li>
<li><a href="/quartiers/contrat-de-ville/">Le contrat de ville Engagements Quartiers 2030</a></li></ul></aside>
<footer>
<p>Ville de Vireval — Direction de la santé publique — 2 place de l'Hôtel-de-Ville — 03 99 00 18 40 — sante@vireval.example</p>
<ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site/">Plan du site</a></li></ul>
</footer>
</body>
</html>
"""

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(PAGE.replace("__TABLE__", table()))
    print(OUT)
