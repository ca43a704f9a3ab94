# -*- coding: utf-8 -*-
"""Page « Sport sur ordonnance » du site de la Maison Sport-Santé Durance-Littoral, construit avec Webflow et
enregistrée depuis le navigateur.

Imitation : <html data-wf-page / data-wf-site>, commentaire « Last Published », feuille de style sur
cdn.prod.website-files (ici .example), classes Webflow (w-nav, w-nav-menu, w-container, w-layout-grid, w-richtext,
w-tabs / w-tab-menu / w-tab-content / w-tab-pane avec un seul onglet « w--tab-active », les autres présents dans le
DOM), compteurs « chiffres clés » dont la valeur est dans un <div class="counter-number">, étapes en grille de cartes
« step-card » numérotées « 01 » … « 05 », FAQ en dropdowns (w-dropdown) repliés, formulaire w-form avec messages
« w-form-done » / « w-form-fail » cachés, pied de page et badge « Made in Webflow ».
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-20_mss-durance-littoral_sport-sur-ordonnance.html")

STEPS = [
    ("01", "Parlez-en à votre médecin",
     "Votre médecin traitant, ou le médecin spécialiste qui vous suit (psychiatre compris), rédige une prescription "
     "d'activité physique adaptée sur un formulaire dédié ou une simple ordonnance. Elle mentionne vos limitations "
     "éventuelles et les contre-indications."),
    ("02", "Prenez rendez-vous pour votre bilan",
     "Appelez-nous au 04 42 17 63 90 ou remplissez le formulaire en bas de cette page. Nous vous rappelons sous 5 "
     "jours ouvrés pour fixer la date du bilan initial, au siège ou à l'antenne des Oliviers-Hauts."),
    ("03", "Le bilan initial (1 heure)",
     "Un enseignant en APA fait le point avec vous : vos envies, vos habitudes, votre condition physique (test de "
     "marche de 6 minutes, équilibre, souplesse) et un questionnaire de qualité de vie. Apportez votre ordonnance, "
     "votre carte Vitale et une tenue confortable."),
    ("04", "Votre programme de 12 semaines",
     "Deux séances collectives d'une heure par semaine, en petits groupes de 8 personnes au maximum : marche "
     "nordique, renforcement musculaire, gym douce, aquagym ou jardinage adapté selon les sites."),
    ("05", "Le bilan final et la suite",
     "À la fin du cycle, un second bilan mesure vos progrès. Nous vous aidons ensuite à trouver un club, une "
     "association ou un créneau municipal près de chez vous pour continuer. Un appel de suivi est prévu à 6 mois."),
]

FAQ = [
    ("Le sport sur ordonnance est-il remboursé ?",
     "Non. L'activité physique adaptée prescrite n'est pas remboursée par l'Assurance maladie. Certaines mutuelles "
     "la prennent en charge en partie : renseignez-vous auprès de la vôtre. À la MSS, le bilan initial est gratuit "
     "et le programme de 12 semaines coûte 30 €. Il est gratuit pour les bénéficiaires de la complémentaire santé "
     "solidaire (C2S)."),
    ("Qui peut prescrire ?",
     "Tout médecin, qu'il soit généraliste ou spécialiste. Depuis 2023, la prescription n'est plus réservée aux "
     "patients en affection de longue durée (ALD) : elle est ouverte aux personnes atteintes d'une maladie "
     "chronique ou présentant des facteurs de risque, ainsi qu'aux personnes en perte d'autonomie."),
    ("Je suis suivi pour un trouble psychique, est-ce pour moi ?",
     "Oui. Près de trois personnes sur dix que nous accompagnons vivent avec un trouble psychique. Nous proposons "
     "aussi le programme « Bouger pour aller mieux », réservé aux personnes orientées par un soignant, le GEM "
     "L'Envolée ou l'hôpital de jour Les Micocouliers."),
    ("Je n'ai pas de médecin traitant, comment faire ?",
     "Venez quand même : l'accueil direct ne demande aucune ordonnance. Lors de votre bilan, nous pouvons aussi "
     "vous aider à trouver un médecin traitant avec la maison de santé du quartier."),
]


def main():
    steps = "\n".join(
        '          <div class="step-card"><div class="step-number">%s</div><h3 class="heading-step">%s</h3>'
        '<p class="paragraph-step">%s</p></div>' % s for s in STEPS)
    faq = "\n".join(
        '        <div data-hover="false" data-delay="0" class="faq-item w-dropdown">\n'
        '          <div class="faq-question w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div><div>%s</div></div>\n'
        '          <nav class="faq-answer w-dropdown-list"><p class="paragraph-faq">%s</p></nav>\n'
        '        </div>' % f for f in FAQ)
    html = """<!DOCTYPE html><!--  Last Published: Tue Jan 20 2026 09:42:17 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.mss-durance-littoral.example" data-wf-page="65a1f3c2e8d4b70012ab34cd" data-wf-site="65a1f3c2e8d4b70012ab3400" lang="fr">
<head>
  <meta charset="utf-8">
  <title>Sport sur ordonnance : comment ça marche ? | Maison Sport-Santé Durance-Littoral</title>
  <meta content="Activité physique adaptée prescrite par votre médecin : les étapes, les tarifs, les lieux. Maison sport-santé de Castelvérane et Sainte-Luce-du-Var." name="description">
  <meta content="width=device-width, initial-scale=1" name="viewport">
  <meta content="Webflow" name="generator">
  <link href="https://cdn.prod.website-files.example/65a1f3c2e8d4b70012ab3400/css/mss-durance-littoral.webflow.shared.4e2b1c.css" rel="stylesheet" type="text/css">
  <script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head>
<body class="body">
  <div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
    <div class="container-nav w-container">
      <a href="/" aria-current="page" class="brand w-nav-brand"><img src="images/logo-mss.svg" loading="lazy" alt="Maison Sport-Santé Durance-Littoral"></a>
      <nav role="navigation" class="nav-menu w-nav-menu">
        <a href="/" class="nav-link w-nav-link">Accueil</a>
        <a href="/qui-sommes-nous" class="nav-link w-nav-link">Qui sommes-nous</a>
        <a href="/sport-sur-ordonnance" aria-current="page" class="nav-link w-nav-link w--current">Sport sur ordonnance</a>
        <a href="/nos-activites" class="nav-link w-nav-link">Nos activités</a>
        <a href="/professionnels" class="nav-link w-nav-link">Professionnels</a>
        <a href="/contact" class="nav-link button-nav w-nav-link">Nous contacter</a>
      </nav>
      <div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
    </div>
  </div>
  <section class="section-hero">
    <div class="w-layout-blockcontainer container w-container">
      <div class="hero-tag">Activité physique adaptée</div>
      <h1 class="heading-hero">Sport sur ordonnance : comment ça marche ?</h1>
      <p class="paragraph-hero">Votre médecin vous a conseillé de bouger, ou vous en avez simplement envie ? La Maison Sport-Santé vous accompagne, avec ou sans ordonnance, à Castelvérane et à Sainte-Luce-du-Var.</p>
      <a href="#formulaire" class="button-primary w-button">Demander un bilan</a>
    </div>
  </section>
  <section class="section-chiffres">
    <div class="w-layout-grid grid-chiffres">
      <div class="counter-block"><div class="counter-number">612</div><div class="counter-label">personnes accompagnées en 2025</div></div>
      <div class="counter-block"><div class="counter-number">57</div><div class="counter-label">médecins prescripteurs</div></div>
      <div class="counter-block"><div class="counter-number">3</div><div class="counter-label">lieux d'accueil</div></div>
      <div class="counter-block"><div class="counter-number">0 €</div><div class="counter-label">pour le bilan initial</div></div>
    </div>
  </section>
  <section class="section-content">
    <div class="w-layout-blockcontainer container w-container">
      <div class="rich-text w-richtext">
        <h2>Le sport sur ordonnance, qu'est-ce que c'est ?</h2>
        <p>Depuis la loi de modernisation de notre système de santé de 2016, un médecin peut prescrire une <strong>activité physique adaptée (APA)</strong> à ses patients. L'APA n'est pas un cours de sport comme les autres : elle est encadrée par un professionnel formé (le plus souvent un enseignant en APA) qui tient compte de votre état de santé, de vos traitements et de vos capacités du moment.</p>
        <p>Une <strong>maison sport-santé (MSS)</strong> est un lieu d'accueil, de bilan et d'orientation reconnu par les ministères chargés des sports et de la santé. On y vient avec une ordonnance… ou sans.</p>
      </div>
      <h2 class="heading-section">Les 5 étapes de votre parcours</h2>
      <div class="w-layout-grid grid-steps">
%s
      </div>
      <h2 class="heading-section">Avec ou sans ordonnance : quelle différence ?</h2>
      <div data-current="Avec ordonnance" data-easing="ease" data-duration-in="300" data-duration-out="100" class="tabs w-tabs">
        <div class="tabs-menu w-tab-menu" role="tablist">
          <a data-w-tab="Avec ordonnance" class="tab-link w-inline-block w-tab-link w--current" role="tab"><div>Avec ordonnance</div></a>
          <a data-w-tab="Sans ordonnance" class="tab-link w-inline-block w-tab-link" role="tab" tabindex="-1"><div>Sans ordonnance</div></a>
        </div>
        <div class="tabs-content w-tab-content">
          <div data-w-tab="Avec ordonnance" class="tab-pane w-tab-pane w--tab-active" role="tabpanel">
            <div class="w-richtext"><p><strong>Avec une prescription d'APA</strong>, vous accédez au programme complet de 12 semaines encadré par un enseignant en APA, avec un bilan initial, un bilan final et un compte rendu envoyé à votre médecin. Les places sont attribuées en priorité aux personnes orientées par un médecin.</p></div>
          </div>
          <div data-w-tab="Sans ordonnance" class="tab-pane w-tab-pane" role="tabpanel">
            <div class="w-richtext"><p><strong>Sans prescription</strong>, vous êtes reçu en accueil direct pour un entretien d'orientation de 30 minutes. Nous vous proposons ensuite une activité « passerelle » (marche du mardi, gym douce) ou un club partenaire du réseau sport-santé, mais pas le programme de 12 semaines. Aucun compte rendu n'est envoyé à un médecin.</p></div>
          </div>
        </div>
      </div>
      <h2 class="heading-section">Où nous trouver ?</h2>
      <div class="w-layout-grid grid-lieux">
        <div class="lieu-card"><h3>Siège — Castelvérane</h3><p>14 avenue des Platanes, 13 790 Castelvérane<br>Du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 18 h</p></div>
        <div class="lieu-card"><h3>Antenne des Oliviers-Hauts</h3><p>Centre social La Bastide, 3 allée des Genêts<br>Mardi et jeudi, 9 h – 12 h ; permanence sans rendez-vous le jeudi de 14 h à 17 h</p></div>
        <div class="lieu-card"><h3>Sainte-Luce-du-Var</h3><p>Gymnase Paul-Rigaud, chemin du Plan-Fleuri<br>Groupes le lundi et le mercredi, 10 h – 12 h</p></div>
      </div>
      <h2 class="heading-section">Questions fréquentes</h2>
      <div class="faq-wrapper">
%s
      </div>
      <div id="formulaire" class="form-block w-form">
        <h2 class="heading-section">Demander un bilan</h2>
        <form id="wf-form-Demande-bilan" name="wf-form-Demande-bilan" data-name="Demande bilan" method="get" class="form" aria-label="Demande bilan">
          <label for="Nom">Nom et prénom</label><input class="text-field w-input" maxlength="256" name="Nom" data-name="Nom" type="text" id="Nom" required="">
          <label for="Telephone">Téléphone</label><input class="text-field w-input" maxlength="256" name="Telephone" data-name="Telephone" type="tel" id="Telephone" required="">
          <label for="Lieu">Lieu souhaité</label><select id="Lieu" name="Lieu" data-name="Lieu" class="select-field w-select"><option value="Siège">Siège — Castelvérane</option><option value="Oliviers-Hauts">Antenne des Oliviers-Hauts</option><option value="Sainte-Luce">Sainte-Luce-du-Var</option></select>
          <label class="w-checkbox"><input type="checkbox" id="Ordonnance" name="Ordonnance" data-name="Ordonnance" class="w-checkbox-input"><span class="w-form-label" for="Ordonnance">J'ai une prescription d'activité physique adaptée</span></label>
          <input type="submit" data-wait="Envoi en cours..." class="button-primary w-button" value="Envoyer ma demande">
        </form>
        <div class="w-form-done" tabindex="-1" role="region" aria-label="Demande bilan success"><div>Merci ! Votre demande a bien été envoyée. Nous vous rappelons sous 5 jours ouvrés.</div></div>
        <div class="w-form-fail" tabindex="-1" role="region" aria-label="Demande bilan failure"><div>Oups ! Une erreur s'est produite. Appelez-nous au 04 42 17 63 90.</div></div>
      </div>
    </div>
  </section>
  <footer class="footer">
    <div class="w-layout-blockcontainer container w-container">
      <div class="w-layout-grid grid-footer">
        <div><div class="footer-title">Maison Sport-Santé Durance-Littoral</div><p class="footer-text">Association loi 1901 reconnue maison sport-santé depuis 2021.<br>contact@mss-durance-littoral.example</p></div>
        <div><div class="footer-title">Partenaires</div><p class="footer-text">ARS Provence-Alpes-Côte d'Azur · DRAJES · Ville de Castelvérane · CPAM</p></div>
        <div><div class="footer-title">Liens</div><a href="/mentions-legales" class="footer-link">Mentions légales</a><a href="/accessibilite" class="footer-link">Accessibilité : partiellement conforme</a></div>
      </div>
      <div class="footer-bottom">© 2026 Maison Sport-Santé Durance-Littoral. Page mise à jour le 20 janvier 2026.</div>
    </div>
  </footer>
  <a class="w-webflow-badge" href="https://webflow.example/?utm_campaign=brandjs"><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-icon.svg" alt="" style="margin-right: 8px;"><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-text.svg" alt="Made in Webflow"></a>
  <script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f3c2e8d4b70012ab3400" type="text/javascript"></script>
  <script src="https://cdn.prod.website-files.example/65a1f3c2e8d4b70012ab3400/js/webflow.8f2c1d.js" type="text/javascript"></script>
</body>
</html>
""" % (steps, faq)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print(OUT)


if __name__ == "__main__":
    main()
