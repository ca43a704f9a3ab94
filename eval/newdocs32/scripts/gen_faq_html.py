# -*- coding: utf-8 -*-
"""Génère la page HTML « FAQ — Se soigner après la détention » du Centre ressource Santé mentale et Justice de
la Garlande (CReSMJ), mise à jour le 15 janvier 2026.

Mise en page : bandeau cookies en tête de <body>, en-tête avec logo et menu, fil d'Ariane, <main> avec h1,
chapeau, sommaire des rubriques, accordéon (h3 > button[aria-expanded] + div.panel[hidden]) regroupé en trois
rubriques, encadré « Numéros utiles », pied de page (adresse, mentions, date de mise à jour), script de
l'accordéon.
"""
import os
import html

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-15_cresmj-garlande_faq-soins-apres-detention.html")

SECTIONS = [
    ("proches", "Pour les personnes libérées et leurs proches", [
        ("Mon proche sort de détention : aura-t-il ses médicaments le jour de sa sortie ?",
         ["<p>Oui. Depuis le 1er juillet 2025, le protocole signé par le centre pénitentiaire d'Aurimont-Lestrac, "
          "le SPIP, l'USMP, le SMPR, le CSAPA L'Escale, l'association HSG et la Ville d'Aurimont prévoit la remise "
          "d'un <strong>kit sortie</strong> : un traitement pour 7 jours, une ordonnance couvrant 28 jours, une "
          "lettre de liaison pour le médecin et une carte « Contacts santé ».</p>",
          "<p>Pour une sortie le vendredi après 14 h, la veille d'un jour férié ou le week-end, le traitement "
          "remis couvre 10 jours.</p>"]),
        ("Et si la libération n'était pas prévue (sortie « sèche ») ?",
         ["<p>Le greffe prévient l'unité sanitaire. Si elle est fermée, il remet une enveloppe scellée préparée "
          "à l'avance, avec 3 jours de traitement et une ordonnance. Conseil : présentez l'ordonnance en "
          "pharmacie le jour même.</p>"]),
        ("Je prends un traitement de substitution et je sors un samedi. Comment faire ?",
         ["<p>Le CSAPA L'Escale, 9 rue de la Fonderie à Aurimont, ouvre le samedi de 9 h à 12 h pour les relais "
          "de traitement de substitution aux opiacés (TSO). Le rendez-vous est fixé avant la sortie, dans les 72 "
          "heures qui suivent la libération.</p>",
          "<p>Attention : l'antenne du CSAPA à Saint-Amans-la-Tour n'est ouverte que le mercredi. Si vous sortez "
          "vers Saint-Amans un vendredi, le premier relais se fait à Aurimont.</p>"]),
        ("Je suis un parent, un conjoint : où trouver du soutien ?",
         ["<p>Deux ressources, gratuites :</p><ul>"
          "<li>le <strong>groupe de parole des proches</strong>, le premier samedi du mois de 10 h à 12 h, à la "
          "Maison des familles de Bellevue, 3 place des Tilleuls à Aurimont ;</li>"
          "<li>la <strong>ligne Parenthèse Proches</strong>, ligne d'écoute nationale pour les familles de "
          "personnes détenues, au 03 99 00 62 18, du lundi au vendredi de 10 h à 19 h.</li></ul>",
          "<p>Le secret médical s'applique aussi vis-à-vis des familles, mais vous pouvez toujours transmettre "
          "des informations à l'équipe soignante.</p>"]),
        ("Mon fils a 19 ans et sort de détention. Qui peut l'aider pour la formation et l'emploi ?",
         ["<p>La mission locale d'Aurimont et de la Garlande propose le <strong>Parcours Tremplin 16-25</strong> "
          "aux jeunes sous main de justice. La référente justice, Inès Cabrol, tient une permanence au SPIP "
          "d'Aurimont le jeudi matin et au SPIP de Saint-Amans-la-Tour le premier mardi du mois "
          "(05 99 00 58 20).</p>"]),
    ]),
    ("soins", "Comprendre les soins et la justice", [
        ("USMP, SMPR : qui fait quoi en détention ?",
         ["<p>L'<strong>unité sanitaire en milieu pénitentiaire</strong> (USMP) assure les soins somatiques ; "
          "au centre pénitentiaire d'Aurimont-Lestrac, elle dépend du centre hospitalier d'Aurimont. Le "
          "<strong>service médico-psychologique régional</strong> (SMPR), rattaché au CHS du Pech-Lauzun, "
          "assure les soins psychiatriques et psychologiques des personnes détenues.</p>"]),
        ("Obligation de soins ou injonction de soins : quelle différence ?",
         ["<p>L'<strong>obligation de soins</strong> est décidée par le juge ; la personne choisit librement "
          "son médecin ou son psychologue et remet régulièrement des attestations de suivi à son CPIP. "
          "L'<strong>injonction de soins</strong> suppose une expertise médicale préalable et l'intervention "
          "d'un médecin coordonnateur, qui fait le lien entre le soignant et le juge.</p>",
          "<p>Dans les deux cas, le contenu des consultations reste couvert par le secret médical.</p>"]),
        ("Le conseiller du SPIP a-t-il accès à mon dossier médical ?",
         ["<p>Non. Le CPIP ne connaît ni le diagnostic ni le traitement. Dans le cadre du protocole, et avec "
          "votre accord écrit, il est seulement informé qu'un rendez-vous a été honoré ou non.</p>"]),
        ("Combien de temps faut-il attendre pour un premier rendez-vous au CMP ?",
         ["<p>Le protocole prévoit un rendez-vous dans les 10 jours ouvrés après la sortie pour les personnes "
          "suivies par le SMPR, pris avant la libération. En dehors de ce cadre, les délais médians observés en "
          "2025 étaient de 9 jours au CMP Aurimont-Nord, 14 jours au CMP Aurimont-Sud et 23 jours au CMP de "
          "Saint-Amans-la-Tour.</p>"]),
    ]),
    ("dispositifs", "Les dispositifs d'accompagnement à Aurimont", [
        ("Qu'est-ce que Cap Sortie et qui peut en bénéficier ?",
         ["<p>Cap Sortie est le programme de sortie accompagnée lancé en mars 2024 par le SPIP, le SMPR et "
          "l'association Habitat Solidaire Garlande. Il s'adresse aux personnes détenues à Lestrac, suivies par "
          "le SMPR, volontaires, qui sortent vers Aurimont ou son agglomération. La préparation commence 90 jours "
          "avant la sortie et l'accompagnement dure 6 mois.</p>",
          "<p>Les sorties vers Saint-Amans-la-Tour ne sont pas encore couvertes : l'extension est prévue au "
          "second semestre 2026.</p>"]),
        ("Qu'est-ce qu'un travailleur pair ?",
         ["<p>C'est un professionnel qui a lui-même connu la détention ou les troubles psychiques, formé et "
          "salarié pour accompagner des personnes qui vivent la même situation. À Aurimont, le travailleur pair "
          "de HSG attend les personnes inscrites dans Cap Sortie devant la porte du centre pénitentiaire le jour "
          "de leur libération.</p>"]),
        ("Faut-il être abstinent ou sous traitement pour entrer à Toit d'Abord ?",
         ["<p>Non. Toit d'Abord Aurimont applique le principe du <em>logement d'abord</em> : l'accès à un "
          "logement ordinaire, avec un accompagnement à domicile, sans condition d'abstinence ni de traitement. "
          "Le dispositif compte 18 places, dont 6 réservées à des personnes sortant de détention.</p>"]),
        ("Qui a créé ce centre ressource et que propose-t-il aux professionnels ?",
         ["<p>Le CReSMJ a été ouvert en septembre 2021 par le CHS du Pech-Lauzun, avec le soutien de l'agence "
          "régionale de santé. Il propose de la documentation, des formations et un appui aux équipes du SPIP, "
          "des CMP et des associations de la Haute-Garlande. Prochaine formation : « Repérer la crise suicidaire "
          "après la libération », mardi 10 février 2026 à Aurimont.</p>"]),
    ]),
]


def build():
    out = ["""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQ — Se soigner après la détention | CReSMJ Garlande</title>
<meta name="description" content="Questions fréquentes sur la continuité des soins à la sortie de détention en Haute-Garlande.">
<link rel="stylesheet" href="/assets/css/site.css">
<style>
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem;z-index:99}
.panel[hidden]{display:none}.accordion h3 button{all:inherit;cursor:pointer}
</style>
</head>
<body>
<div class="cookie-banner" id="cookies" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience anonymes. Vous pouvez les accepter ou les refuser.</p>
  <button type="button" id="cookies-ok">Tout accepter</button>
  <button type="button" id="cookies-no">Tout refuser</button>
  <a href="/cookies">Personnaliser</a>
</div>
<header class="site-header">
  <a class="logo" href="/">CReSMJ <span>Centre ressource Santé mentale et Justice de la Garlande</span></a>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="/le-centre">Le centre</a></li>
      <li><a href="/ressources">Ressources</a></li>
      <li><a href="/formations">Formations</a></li>
      <li><a href="/annuaire">Annuaire</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/ressources">Ressources</a></li>
    <li><a href="/ressources/sortie-de-detention">Sortie de détention</a></li>
    <li aria-current="page">FAQ — Se soigner après la détention</li>
  </ol>
</nav>
<main id="contenu">
  <h1>Se soigner après la détention : vos questions, nos réponses</h1>
  <p class="chapo">Personnes libérées, familles, professionnels : cette foire aux questions rassemble les réponses
  aux questions qui nous sont le plus souvent posées sur la continuité des soins à la sortie du centre
  pénitentiaire d'Aurimont-Lestrac. Elle tient compte du protocole du 12 juin 2025.</p>
  <nav class="toc" aria-label="Rubriques">
    <ul>"""]
    for sid, title, _ in SECTIONS:
        out.append('      <li><a href="#%s">%s</a></li>' % (sid, html.escape(title)))
    out.append("    </ul>\n  </nav>")
    n = 0
    for sid, title, qas in SECTIONS:
        out.append('  <section class="accordion" id="%s">\n    <h2>%s</h2>' % (sid, html.escape(title)))
        for q, paras in qas:
            n += 1
            out.append('    <h3><button type="button" aria-expanded="false" aria-controls="r%d" id="q%d">%s'
                       '</button></h3>' % (n, n, html.escape(q)))
            out.append('    <div class="panel" id="r%d" role="region" aria-labelledby="q%d" hidden>' % (n, n))
            for p in paras:
                out.append("      " + p)
            out.append("    </div>")
        out.append("  </section>")
    out.append("""  <aside class="encadre">
    <h2>Numéros utiles</h2>
    <ul>
      <li>CReSMJ (accueil) : 05 99 00 47 10</li>
      <li>CMP Aurimont-Nord : 05 99 00 44 10</li>
      <li>CSAPA L'Escale : 05 99 00 52 80</li>
      <li>Ligne Parenthèse Proches : 03 99 00 62 18</li>
      <li>En cas d'urgence vitale : 15</li>
    </ul>
  </aside>
  <p class="maj">Page mise à jour le 15 janvier 2026 — rédaction : équipe documentaire du CReSMJ.</p>
</main>
<footer class="site-footer">
  <p>Centre ressource Santé mentale et Justice de la Garlande (CReSMJ) — 12 avenue des Platanes, Aurimont —
  05 99 00 47 10 — contact@cresmj-garlande.example</p>
  <p>Le CReSMJ est un service du CHS du Pech-Lauzun.</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
</footer>
<script>
document.querySelectorAll('.accordion h3 button').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open));
    p.hidden = open;
  });
});
['cookies-ok', 'cookies-no'].forEach(function (id) {
  document.getElementById(id).addEventListener('click', function () {
    document.getElementById('cookies').remove();
  });
});
</script>
</body>
</html>
""")
    return "\n".join(out)


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(build())
    print("écrit", OUT)


if __name__ == "__main__":
    main()
