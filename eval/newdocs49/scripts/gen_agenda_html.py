# -*- coding: utf-8 -*-
"""Génère la page HTML de l'agenda de la ville de Kervallon pour les Semaines d'information sur la santé
mentale (SISM) 2025, du 6 au 19 octobre 2025, programme « jeunes ».

Mise en forme voulue : en-tête de site et menu, fil d'Ariane, introduction, chaque événement dans un <article>
avec <time datetime=…>, un lieu (<address>), un public, et un lien d'inscription ; un tableau des structures
partenaires ; un pied de page avec les coordonnées ; le balisage d'une fenêtre surgissante « lettre
d'information » (masquée, avec formulaire) et un script.

Tout est inventé (ville, structures, personnes, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-22_ville-kervallon_agenda-sism-2025-jeunes.html")

BASE = "https://www.kervallon.example/agenda/sism-2025"

# (id, datetime, libellé de date, titre, lieu, adresse, public, description, inscription ou None, mention)
EVENTS = [
    ("cine-debat", "2025-10-06T18:30", "Lundi 6 octobre 2025, 18 h 30", "Ciné-débat « Les Rêveurs »",
     "Cinéma Le Celtic", "4 rue Nominoë, Kervallon", "Lycéens, étudiants, parents",
     "Projection suivie d'un échange avec une psychologue de la Maison des adolescents et un jeune "
     "ambassadeur bien-être. Entrée 4 €, gratuite pour les moins de 18 ans.", "cine-debat", None),
    ("forum", "2025-10-07T14:00", "Mardi 7 octobre 2025, 14 h – 17 h",
     "Forum « Santé mentale des jeunes : qui fait quoi à Kervallon ? »", "Hôtel de ville, salle du conseil",
     "1 place de la Mairie, Kervallon", "Professionnels de l'éducation, du social, de l'animation et du sport",
     "Stands de la MDA, du PAEJ Point Virgule, de la mission locale, du CMP infanto-juvénile et de l'Éducation "
     "nationale. Présentation du guide « Orienter un jeune » du CLSM à 15 h.", "forum", None),
    ("portes-ouvertes", "2025-10-08T14:00", "Mercredi 8 octobre 2025, 14 h – 18 h",
     "Portes ouvertes de l'antenne MDA de Pen ar Roz", "Maison de quartier du Roz",
     "2 allée des Goélands, Kervallon (quartier Pen ar Roz)", "Jeunes de 11 à 25 ans et leurs familles",
     "Rencontre avec l'équipe de l'antenne, goûter préparé par le conseil citoyen, atelier graff.", None,
     "Entrée libre, sans inscription"),
    ("radio", "2025-10-08T12:15", "Mercredi 8 octobre 2025, 12 h 15", "Émission spéciale sur Radio Bro Kervallon",
     "Radio Bro Kervallon, 97,2 FM", "En direct et en podcast sur rbk.example", "Tout public",
     "Le Midi de RBK reçoit la directrice de la Maison des adolescents et une psychologue du PAEJ.", None,
     "À écouter en direct"),
    ("conference-ecrans", "2025-10-09T18:00", "Jeudi 9 octobre 2025, 18 h – 20 h",
     "Conférence « Écrans et sommeil des ados : on en parle ? »", "Médiathèque Youenn-Drezen, auditorium",
     "10 quai de l'Odet, Kervallon", "Parents, professionnels",
     "Avec le Dr Aziliz Cornec, médecin du sommeil au centre hospitalier, et Thomas Kerjean, éducateur à la "
     "MDA. Résultats locaux du Baromètre jeunesse 2025.", "conference-ecrans", None),
    ("cafe-parents", "2025-10-11T10:00", "Samedi 11 octobre 2025, 10 h – 12 h",
     "Café des parents « Harcèlement : en parler à la maison »", "Centre social de Kerbrézel",
     "5 rue Nominoë, Kervallon (quartier Kerbrézel)", "Parents d'enfants de 10 à 18 ans",
     "Animé par le PAEJ Point Virgule et une infirmière scolaire. Garde d'enfants possible sur place.",
     "cafe-parents", None),
    ("pssm", "2025-10-13T09:00", "Lundi 13 et mardi 14 octobre 2025, 9 h – 17 h",
     "Formation Premiers secours en santé mentale, module Jeunes", "Médiathèque Youenn-Drezen, salle Ouessant",
     "10 quai de l'Odet, Kervallon", "Éducateurs et entraîneurs des clubs sportifs",
     "Deux journées (14 heures) pour apprendre à repérer, aborder et orienter un jeune de 11 à 18 ans en "
     "difficulté. Formation gratuite, financée par l'ARS Bretagne.", None, "Complet — liste d'attente auprès du CLSM"),
    ("futsal", "2025-10-15T14:00", "Mercredi 15 octobre 2025, 14 h – 17 h",
     "Tournoi de futsal « Bouge ta tête »", "Gymnase de Kerbrézel", "rue Anjela-Duval, Kervallon",
     "Jeunes de 12 à 17 ans, équipes de cinq",
     "Tournoi et stand du PAEJ Point Virgule : quiz santé mentale, goodies, rencontre avec les éducateurs.",
     "futsal", None),
    ("etudiants", "2025-10-16T12:00", "Jeudi 16 octobre 2025, 12 h – 14 h",
     "Midi étudiant « Voir un psy sans se ruiner : Mon soutien psy, Santé Psy Étudiant »", "IUT de Kervallon, hall B",
     "Campus de Kerlann, Kervallon", "Étudiants",
     "Le service de santé étudiante explique les deux dispositifs et comment prendre rendez-vous. "
     "Repas offert aux 80 premiers inscrits.", "etudiants", None),
    ("theatre-forum", "2025-10-17T20:00", "Vendredi 17 octobre 2025, 20 h",
     "Théâtre-forum « Je like, tu harcèles ? »", "Salle des fêtes de Pen ar Roz",
     "Place du Marché, Kervallon (quartier Pen ar Roz)", "Collégiens, lycéens et parents, à partir de 11 ans",
     "Par la compagnie Ar Vag. Les spectateurs remplacent les comédiens pour changer le cours de la scène.",
     "theatre-forum", None),
    ("marche", "2025-10-18T09:30", "Samedi 18 octobre 2025, 9 h 30 – 12 h",
     "Balade « La santé mentale, on en parle en marchant »", "Départ : parvis de l'hôtel de ville",
     "1 place de la Mairie, Kervallon", "Tout public",
     "Balade de 5 km le long de l'Odet avec des haltes animées par les partenaires du CLSM.", None,
     "Sans inscription"),
]

PARTNERS = [
    ("Maison des adolescents (MDA) d'Aven-et-Odet", "Accueil, écoute, évaluation et orientation des 11-25 ans et de leurs parents",
     "03 99 00 52 10"),
    ("Antenne MDA de Pen ar Roz", "Permanences de proximité de la MDA en quartier prioritaire", "03 99 00 52 18"),
    ("PAEJ Point Virgule (association Horizons Jeunes)", "Écoute anonyme et gratuite des 12-25 ans, aller-vers",
     "03 99 00 63 40"),
    ("Mission locale du Pays de Kervallon", "Insertion des 16-25 ans, référente santé, psychologue", "03 99 00 70 15"),
    ("CMP infanto-juvénile du CH de Kervallon", "Soins psychiatriques des moins de 18 ans", "03 99 00 58 30"),
    ("Service de santé étudiante de l'IUT", "Consultations médicales et psychologiques des étudiants", "03 99 00 81 22"),
    ("CIO de Kervallon", "Psychologues de l'Éducation nationale", "03 99 00 66 05"),
    ("Ville de Kervallon — politique de la ville", "Contrat de ville, quartiers Kerbrézel et Pen ar Roz", "03 99 00 40 00"),
]


def esc(s):
    return html.escape(s, quote=True)


def article(e):
    eid, dtm, label, title, place, addr, public, desc, reg, mention = e
    if reg:
        link = '<a class="btn" href="%s/inscription/%s">S\'inscrire</a>' % (BASE, reg)
    else:  # pas d'inscription obligatoire : mention + lien d'inscription facultative ou de liste d'attente
        link = ('<span class="badge">%s</span> <a class="btn btn-light" href="%s/inscription/%s">%s</a>'
                % (esc(mention), BASE, eid, "Liste d'attente" if eid == "pssm" else "Inscription facultative"))
    return """      <article class="event" id="%s">
        <h3>%s</h3>
        <p class="when"><time datetime="%s">%s</time></p>
        <p class="where">Lieu : <span class="place">%s</span></p>
        <address>%s</address>
        <p class="public">Public : %s</p>
        <p>%s</p>
        <p class="register">%s</p>
      </article>""" % (eid, esc(title), dtm, esc(label), esc(place), esc(addr), esc(public), esc(desc), link)


def main():
    arts = "\n".join(article(e) for e in sorted(EVENTS, key=lambda e: e[1]))
    rows = "\n".join("          <tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), c) for a, b, c in PARTNERS)
    page = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>SISM 2025 : le programme jeunes | Ville de Kervallon</title>
  <meta name="description" content="Agenda des Semaines d'information sur la santé mentale 2025 à Kervallon">
  <link rel="stylesheet" href="/static/css/site.css">
  <style>.event{border-left:4px solid #0b4f6c;padding:.5em 1em;margin:1em 0}.modal[hidden]{display:none}</style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="https://www.kervallon.example/">Ville de Kervallon</a>
    <nav aria-label="Menu principal">
      <ul><li><a href="/mairie/">Mairie</a></li><li><a href="/solidarites/">Solidarités et santé</a></li>
      <li><a href="/jeunesse/">Jeunesse</a></li><li><a href="/agenda/">Agenda</a></li></ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <a href="/">Accueil</a> › <a href="/agenda/">Agenda</a> › SISM 2025
  </nav>
  <main>
    <h1>Semaines d'information sur la santé mentale 2025 : le programme jeunes</h1>
    <p class="updated">Publié le <time datetime="2025-09-22">22 septembre 2025</time></p>
    <p class="intro">Du 6 au 19 octobre 2025, la ville de Kervallon et le conseil local de santé mentale (CLSM)
    consacrent leurs Semaines d'information sur la santé mentale aux 11-25 ans. Onze rendez-vous gratuits ou à
    petit prix, dans le centre-ville et dans les quartiers de Kerbrézel et de Pen ar Roz, pour les jeunes, les
    parents et les professionnels. Les inscriptions sont ouvertes jusqu'à la veille de chaque événement, dans la
    limite des places disponibles.</p>
    <section class="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">Les rendez-vous</h2>
%s
    </section>
    <section class="partners">
      <h2>Les structures partenaires</h2>
      <table>
        <caption>Structures partenaires des SISM 2025 à Kervallon</caption>
        <thead><tr><th>Structure</th><th>Mission</th><th>Téléphone</th></tr></thead>
        <tbody>
%s
        </tbody>
      </table>
      <p>Avec le soutien de l'ARS Bretagne, du contrat de ville de Kervallon, de la CAF d'Aven-et-Odet et de la
      Fondation de France.</p>
    </section>
    <section class="urgence">
      <h2>Besoin d'aide maintenant ?</h2>
      <p>En cas de danger immédiat, appelez le 15. Idées suicidaires, pour soi ou pour un proche : 3114, numéro
      national de prévention du suicide, gratuit, 24 h/24. Harcèlement et cyberharcèlement : 3018.</p>
    </section>
  </main>
  <footer class="site-footer">
    <div class="contact">
      <h2>Contact</h2>
      <p>Coordination des SISM : Gwenaëlle Le Bihan, coordinatrice du conseil local de santé mentale</p>
      <p>Hôtel de ville, 1 place de la Mairie, Kervallon</p>
      <p>Tél. 03 99 00 41 20 — <a href="mailto:clsm@kervallon.example">clsm@kervallon.example</a></p>
      <p>Accueil du service santé : du lundi au vendredi, 9 h – 12 h et 14 h – 17 h</p>
    </div>
    <p class="legal"><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité :
    partiellement conforme</a> · © Ville de Kervallon 2025</p>
  </footer>
  <div class="modal" id="newsletter-popup" role="dialog" aria-modal="true" aria-labelledby="nl-title" hidden>
    <div class="modal-content">
      <button class="close" type="button" aria-label="Fermer">×</button>
      <h2 id="nl-title">Restez informé·e</h2>
      <p>Recevez chaque mois l'agenda jeunesse et santé de la ville.</p>
      <form action="https://lettre.kervallon.example/inscription" method="post">
        <label for="nl-email">Votre adresse électronique</label>
        <input type="email" id="nl-email" name="email" required>
        <label><input type="checkbox" name="rgpd" required> J'accepte de recevoir la lettre d'information</label>
        <button type="submit">Je m'abonne</button>
      </form>
    </div>
  </div>
  <script>
    setTimeout(function(){document.getElementById('newsletter-popup').hidden=false;},15000);
  </script>
</body>
</html>
""" % (arts, rows)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)
    print("écrit :", OUT, len(EVENTS), "événements")


if __name__ == "__main__":
    main()
