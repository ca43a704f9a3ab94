"""HTML replay page of a webinar: video iframe, chapter list with times, full transcript in <details>.

Chapter times are computed from the transcript itself (150 words a minute, a 3 s pause between turns and
15 s at each chapter change for slide switches), so that they are consistent with what is said.
Writes paragraph start times to /tmp/newdocs5_html_times.json for the question file.
"""
import html
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-03-20_ressources-villes-auvergne_webinaire-mda-clsm-jeunes.html"

LP = "Laure Piquemal"
TA = "Thomas Arnaudet"
SB = "Samia Benali"

# (chapter title or None, speaker, text)
T = [
    ("Ouverture et présentation des intervenants", LP,
     "Bonjour à toutes et à tous, et bienvenue à ce webinaire de Ressources Villes Auvergne consacré à la "
     "santé mentale des jeunes qui vivent dans les quartiers prioritaires. Je suis Laure Piquemal, chargée "
     "de mission santé au centre de ressources. Nous sommes un peu plus de 90 inscrits aujourd'hui : des "
     "coordinateurs de Conseils locaux de santé mentale, des chefs de projet politique de la ville, des "
     "éducateurs de prévention spécialisée et quelques élus. C'est un format court, une dizaine de minutes. "
     "Je vais d'abord donner la parole au docteur Thomas Arnaudet, pédopsychiatre et médecin coordinateur de "
     "la Maison des adolescents du Val d'Allier, puis à Samia Benali, qui coordonne le Conseil local de santé "
     "mentale de Rochebrune-sur-Allier. Vous pouvez poser vos questions dans le chat tout au long de la "
     "séance, nous y répondrons dans la dernière partie."),
    ("Présentation de la Maison des adolescents", TA,
     "Merci Laure, et bonjour à tous. Une Maison des adolescents, ou MDA, c'est un lieu d'accueil, d'écoute "
     "et d'orientation pour les jeunes de 11 à 25 ans, pour leurs parents, et pour les professionnels qui "
     "les accompagnent. La nôtre a ouvert en 2009 à Rochebrune-sur-Allier. Elle est portée par un groupement "
     "d'intérêt public qui associe le centre hospitalier, le département et la caisse d'allocations "
     "familiales. L'accueil est gratuit et confidentiel, et l'on peut venir sans rendez-vous le mercredi et "
     "le samedi matin."),
    (None, TA,
     "En 2024, nous avons accueilli 1 460 jeunes, soit une hausse de 18 % par rapport à 2023. Les motifs "
     "les plus fréquents sont l'anxiété, les idées suicidaires, les conflits familiaux et le harcèlement, y "
     "compris en ligne. Ce qui nous a alertés, c'est que seulement 22 % des jeunes accueillis habitent un "
     "quartier prioritaire, alors que ces quartiers regroupent près d'un tiers des 11-25 ans de "
     "l'agglomération. Autrement dit, les jeunes des quartiers ne viennent pas jusqu'à nous, ou ils arrivent "
     "trop tard, souvent par les urgences."),
    (None, TA,
     "Je précise un point qui revient souvent : une MDA n'est pas un centre médico-psychologique. Le CMP "
     "assure des soins psychiatriques dans la durée, avec un suivi par une équipe de secteur. La MDA, elle, "
     "fait de l'accueil généraliste et de l'évaluation, avec au maximum cinq entretiens, puis elle oriente "
     "vers le soin si c'est nécessaire. Notre délai moyen pour un premier rendez-vous est de 9 jours, alors "
     "qu'il dépasse six mois au CMP infanto-juvénile."),
    ("Pass'Ados, l'équipe mobile qui va vers les jeunes des QPV", TA,
     "C'est ce constat qui nous a conduits à créer, en septembre 2023, une équipe mobile que nous avons "
     "appelée Pass'Ados. Elle compte deux éducateurs spécialisés et une psychologue, soit 2,5 équivalents "
     "temps plein. L'équipe va là où sont les jeunes : au pied des immeubles, dans les centres sociaux, "
     "dans les collèges, au local de la prévention spécialisée. Elle tient des permanences avancées chaque "
     "mercredi après-midi dans les trois quartiers prioritaires de la ville : Les Chaumettes, La Verrerie et "
     "Montplaisir-Haut."),
    (None, TA,
     "En 2024, Pass'Ados a rencontré 318 jeunes, dont 41 % n'avaient jamais eu de contact avec un "
     "professionnel de la santé mentale. Pour 96 d'entre eux, l'équipe a organisé un relais vers la MDA, et "
     "pour 27 autres un relais direct vers le soin, c'est-à-dire le CMP ou un psychiatre libéral. Le budget "
     "annuel de l'équipe est de 102 000 euros : 64 000 euros viennent de l'Agence régionale de santé et "
     "38 000 euros des crédits du contrat de ville."),
    ("Le rôle du Conseil local de santé mentale", SB,
     "Merci Thomas. Je vais vous expliquer comment le CLSM s'est articulé avec tout cela. Notre Conseil "
     "local de santé mentale existe depuis 2017. Il est coprésidé par l'adjoint au maire chargé de la santé "
     "et par le directeur du centre hospitalier. Il y a trois ans, les partenaires nous ont dit : nous avons "
     "un angle mort, ce sont les jeunes des quartiers. Nous avons donc créé en 2022 un groupe de travail "
     "Jeunesse, qui réunit aujourd'hui 27 partenaires : la MDA, l'Éducation nationale, la prévention "
     "spécialisée, les centres sociaux, la mission locale, deux bailleurs sociaux et le service jeunesse de "
     "la ville."),
    (None, SB,
     "Le CLSM a joué trois rôles. Premier rôle : faire remonter le besoin et l'inscrire dans le contrat de "
     "ville, ce qui a permis de mobiliser les 38 000 euros. Deuxième rôle : ouvrir des portes. C'est le CLSM "
     "qui a négocié avec les centres sociaux et avec le bailleur Allier Logis la mise à disposition des "
     "salles pour les permanences. Troisième rôle : former. Nous avons organisé des sensibilisations de trois "
     "heures pour les animateurs, les médiateurs et les gardiens d'immeuble, pour qu'ils sachent repérer un "
     "jeune en difficulté et à qui l'adresser. Depuis 2022, 142 professionnels ont été sensibilisés."),
    (None, SB,
     "Enfin, nous avons mis en place une réunion mensuelle de concertation, où l'on étudie, avec l'accord "
     "du jeune et de sa famille, les situations qui restent bloquées. Nous en avons étudié 19 en 2024. Ce "
     "qui marche, c'est que tout le monde se connaît maintenant : un éducateur sait qui appeler à la MDA, et "
     "la MDA sait à quel animateur du centre social faire confiance."),
    ("Questions des participants", LP,
     "Merci beaucoup Samia. Nous avons plusieurs questions dans le chat. Ophélie, qui coordonne un CLSM en "
     "milieu rural, demande : est-ce que les parents peuvent venir seuls à la Maison des adolescents ?"),
    (None, TA,
     "Oui, tout à fait, et c'est même essentiel. En 2024, 31 % des premières demandes venaient des parents, "
     "sans le jeune. On reçoit le parent, on l'aide à comprendre ce qui se passe, et souvent le jeune vient "
     "ensuite. Dans les quartiers, nous animons aussi avec les centres sociaux un groupe de parole pour les "
     "parents, un jeudi soir par mois."),
    (None, LP,
     "Deuxième question, de Mehdi, chef de projet contrat de ville : comment avez-vous évalué Pass'Ados ?"),
    (None, SB,
     "L'évaluation est en cours. Elle a été confiée à l'Observatoire régional de la santé, l'ORS, qui rendra "
     "ses conclusions en juin 2025. Nous suivons déjà trois indicateurs simples : le nombre de jeunes "
     "rencontrés, la part de ceux qui arrivent jusqu'à la MDA, et le délai entre le premier contact et le "
     "premier entretien."),
    (None, LP,
     "Une dernière question, anonyme : est-ce que Pass'Ados intervient aussi pendant les vacances scolaires ?"),
    (None, TA,
     "Oui, et c'est même là que c'est le plus utile, parce que les collèges sont fermés. L'été dernier, "
     "l'équipe a tenu des permanences quatre soirs par semaine pendant tout le mois de juillet, en lien avec "
     "les animations de rue des centres sociaux."),
    ("Conclusion et prochains rendez-vous", LP,
     "Merci à tous les deux. Je retiens trois messages. D'abord, aller vers les jeunes là où ils sont, "
     "plutôt que d'attendre qu'ils poussent la porte. Ensuite, s'appuyer sur le CLSM pour que les "
     "partenaires se connaissent et partagent les situations. Enfin, croiser les financements de l'ARS et du "
     "contrat de ville. Le support de présentation et ce replay seront disponibles sur notre site dans la "
     "semaine. Notre prochain webinaire aura lieu le 15 mai 2025 et portera sur la santé mentale des "
     "personnes âgées isolées. Bonne fin de journée à toutes et à tous."),
]

WPM = 150


def fmt(s):
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def main():
    t = 6.0  # jingle
    starts, chapters = [], []
    for chap, spk, txt in T:
        if chap and starts:
            t += 15
        if chap:
            chapters.append((int(t), chap))
        starts.append(int(t))
        t += len(txt.split()) / WPM * 60 + 3
    total = int(t) + 10

    parts = []
    parts.append("""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Replay – Maisons des adolescents et CLSM : aller vers les jeunes des quartiers | Ressources Villes Auvergne</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Replay du webinaire du 20 mars 2025 : la Maison des adolescents du Val d'Allier et le CLSM de Rochebrune-sur-Allier présentent l'équipe mobile Pass'Ados.">
<link rel="stylesheet" href="/themes/rva/css/style.css">
</head>
<body class="page-replay">
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/rva/img/logo-rva.svg" alt="Ressources Villes Auvergne"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/politique-de-la-ville">Politique de la ville</a></li>
      <li><a href="/sante">Santé</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/replays" aria-current="page">Replays</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<main id="contenu">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/replays">Replays</a> › Webinaire MDA et CLSM</nav>
<article class="replay">
<p class="surtitre">Cycle « Santé mentale et quartiers » – webinaire n° 4</p>
<h1>Maisons des adolescents et CLSM : aller vers les jeunes des quartiers prioritaires</h1>
<p class="meta">Webinaire du jeudi 20 mars 2025, 11 h 00 – Durée : """ + f"{total // 60} min" + """</p>
<div class="video-wrapper">
  <iframe src="https://player.vimeo.com/video/1067245318?h=8c1f0e2a7d" width="960" height="540"
    title="Replay du webinaire Maisons des adolescents et CLSM" frameborder="0"
    allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>
</div>
<section class="intervenants">
<h2>Intervenants</h2>
<ul>
  <li><strong>Dr Thomas Arnaudet</strong>, pédopsychiatre, médecin coordinateur de la Maison des adolescents (MDA) du Val d'Allier</li>
  <li><strong>Samia Benali</strong>, coordinatrice du Conseil local de santé mentale (CLSM) de Rochebrune-sur-Allier</li>
  <li>Animation : <strong>Laure Piquemal</strong>, chargée de mission santé, Ressources Villes Auvergne</li>
</ul>
</section>
<section class="chapitres">
<h2>Chapitres</h2>
<ul class="chapter-list">
""")
    for s, chap in chapters:
        parts.append(f'  <li><a href="#t={s}" data-time="{s}">{fmt(s)}</a> – {html.escape(chap, quote=False)}</li>\n')
    parts.append("""</ul>
</section>
<section class="transcription">
<h2>Transcription</h2>
<details>
<summary>Afficher la transcription</summary>
<div class="transcript-body">
""")
    for (chap, spk, txt) in T:
        parts.append(f"<p><strong>{spk} :</strong> {html.escape(txt, quote=False)}</p>\n")
    parts.append("""</div>
</details>
</section>
<section class="ressources">
<h2>Pour aller plus loin</h2>
<ul>
  <li><a href="/sites/default/files/2025-03/support-webinaire-mda-clsm.pdf">Support de présentation (PDF, 2,1 Mo)</a></li>
  <li><a href="/replays/sante-mentale-personnes-agees-isolees">Webinaire du 15 mai 2025 : santé mentale des personnes âgées isolées</a></li>
</ul>
</section>
</article>
</main>
<footer class="site-footer">
  <p>Ressources Villes Auvergne – centre de ressources politique de la ville – 12, rue des Gras, Rochebrune-sur-Allier</p>
  <p><a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></p>
</footer>
</body>
</html>
""")
    OUT.write_text("".join(parts), encoding="utf-8")
    Path("/tmp/newdocs5_html_times.json").write_text(json.dumps(
        {"paragraph_starts": starts, "chapters": chapters, "total": total}, ensure_ascii=False, indent=1))
    print("wrote", OUT, "chapters:", [(fmt(s), c) for s, c in chapters], "total", total,
          "words", sum(len(x[2].split()) for x in T))


if __name__ == "__main__":
    main()
