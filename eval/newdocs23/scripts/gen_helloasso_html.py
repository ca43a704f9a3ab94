# -*- coding: utf-8 -*-
"""Page d'inscription HelloAsso (« billetterie ») du GEM L'Envolée pour le cycle de printemps des randos-santé,
enregistrée depuis le navigateur.

Imitation : application Nuxt (<div id="__nuxt">, data-v-… sur chaque balise, <script id="__NUXT_DATA__"> en JSON),
en-tête HelloAsso « Connexion / Créer un compte », bandeau de l'association avec logo, titre de la campagne, bloc
« Date et lieu », description en texte riche (HTML saisi par l'association), liste des tarifs en cartes
(« Tarif », prix, « places restantes », bouton « + »), questions complémentaires du formulaire, mention du modèle
solidaire de HelloAsso (« contribution volontaire »), pied de page HelloAsso et bannière de consentement (Didomi).
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-03_gem-l-envolee_inscription-randos-sante-printemps.html")

SORTIES = [("jeudi 9 avril", "Colline Saint-Jean et parcours santé", "5 km", "facile"),
           ("jeudi 16 avril", "Canal de Marseille, de la Tourrache au Vieux-Moulin", "6 km", "facile"),
           ("jeudi 23 avril", "Plateau des Garrigues", "7 km", "moyen"),
           ("jeudi 30 avril", "Jardin des Cigales — sortie jardin et pique-nique", "3 km", "très facile"),
           ("jeudi 7 mai", "Sentier des Oliviers, Sainte-Luce-du-Var", "6 km", "facile"),
           ("jeudi 21 mai", "Gorges du Rouvelan", "8 km", "moyen"),
           ("jeudi 28 mai", "Bord de mer, calanque de Port-Aubette", "6 km", "facile"),
           ("jeudi 4 juin", "Lac de la Sambre", "7 km", "moyen"),
           ("jeudi 11 juin", "Forêt domaniale des Pins-Blancs", "6 km", "facile"),
           ("jeudi 18 juin", "Colline Saint-Jean — sortie de clôture et goûter partagé", "4 km", "très facile")]


def main():
    v = 'data-v-3a7c91e2'
    rows = "\n".join('<tr %s><td %s>%s</td><td %s>%s</td><td %s>%s</td><td %s>%s</td></tr>'
                     % (v, v, a, v, b, v, c, v, dd) for a, b, c, dd in SORTIES)
    html = """<!DOCTYPE html>
<html lang="fr" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>Randos-santé du jeudi — cycle de printemps 2026 - GEM L'Envolée - HelloAsso</title>
<meta name="description" content="Inscrivez-vous aux randos-santé du jeudi du GEM L'Envolée : 10 sorties accompagnées du 9 avril au 18 juin 2026.">
<meta property="og:site_name" content="HelloAsso">
<link rel="stylesheet" href="https://www.helloasso.example/_nuxt/entry.7d1e4b2a.css">
</head>
<body>
<div id="__nuxt"><div id="__layout">
<div class="didomi-notice" id="didomi-host" role="dialog" aria-label="Consentement">
  <p>HelloAsso et ses partenaires utilisent des cookies pour mesurer l'audience et améliorer votre expérience. <a href="https://www.helloasso.example/confidentialite">En savoir plus</a></p>
  <button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button><button>Personnaliser</button>
</div>
<header class="HaHeader" %(v)s>
  <a href="https://www.helloasso.example" class="HaHeader--Logo" %(v)s><img src="/_nuxt/logo-helloasso.svg" alt="HelloAsso" %(v)s></a>
  <nav class="HaHeader--Nav" %(v)s><a href="https://www.helloasso.example/e/recherche" %(v)s>Découvrir des associations</a><a href="https://www.helloasso.example/connexion" %(v)s>Connexion</a><a href="https://www.helloasso.example/inscription" class="Button" %(v)s>Créer un compte</a></nav>
</header>
<main class="CampaignPage" %(v)s>
<section class="CampaignHeader" %(v)s>
  <div class="CampaignHeader--Organism" %(v)s><img src="https://cdn.helloasso.example/img/logos/gem-l-envolee.png" alt="" %(v)s><a href="https://www.helloasso.example/associations/gem-l-envolee" %(v)s>GEM L'Envolée</a></div>
  <h1 class="CampaignHeader--Title" %(v)s>Randos-santé du jeudi — cycle de printemps 2026</h1>
  <p class="CampaignHeader--Type" %(v)s>Billetterie · Sport</p>
</section>
<section class="Block Block-DateAndPlace" %(v)s>
  <h2 %(v)s>Date et lieu</h2>
  <p %(v)s>Du jeudi 9 avril 2026 au jeudi 18 juin 2026, de 9 h 30 à 12 h 30</p>
  <p %(v)s>Départ : place du Marché des Oliviers-Hauts, 13 790 Castelvérane</p>
</section>
<section class="Block Block-Description" %(v)s>
  <h2 %(v)s>Description</h2>
  <div class="RichText" %(v)s>
  <p>Le groupe d'entraide mutuelle (GEM) L'Envolée est une association d'usagers de la psychiatrie, financée par l'ARS, où les adhérents s'entraident et organisent eux-mêmes leurs activités. Chaque jeudi de printemps, nous partons marcher ensemble, à notre rythme, dans les collines, au bord de l'eau ou au jardin.</p>
  <p><strong>Les randos-santé, c'est :</strong></p>
  <ul>
    <li>10 sorties de 2 heures de marche environ, accessibles sans entraînement ;</li>
    <li>un groupe de 14 marcheurs au maximum par sortie ;</li>
    <li>deux pairs accompagnateurs formés (Sylvie et Mourad) et Karim, animateur du GEM ;</li>
    <li>un enseignant en activité physique adaptée de la Maison Sport-Santé Durance-Littoral sur les sorties de niveau « moyen » ;</li>
    <li>le transport aller-retour en minibus, prêté par le service des sports de la ville de Castelvérane.</li>
  </ul>
  <p><strong>Programme des sorties</strong></p>
  <table><thead><tr %(v)s><th>Date</th><th>Destination</th><th>Distance</th><th>Niveau</th></tr></thead><tbody>
%(rows)s
  </tbody></table>
  <p><strong>À prévoir :</strong> de bonnes chaussures fermées, une gourde d'un litre, un chapeau, votre traitement habituel si vous en prenez un à midi. Le goûter de clôture est offert par le GEM.</p>
  <p><strong>Pas besoin d'être adhérent pour s'inscrire</strong> : les professionnels, les proches et les habitants du quartier sont les bienvenus. Les personnes orientées par l'hôpital de jour Les Micocouliers ou par la Maison Sport-Santé sont prioritaires jusqu'au 27 mars.</p>
  <p>En cas d'alerte canicule (vigilance orange ou rouge), la sortie est remplacée par un atelier au GEM. Vous êtes prévenu par SMS la veille avant 18 h.</p>
  <p>Une question ? Karim Benaïssa, animateur — 06 71 24 58 03 — gem.lenvolee@asso-castelverane.example</p>
  </div>
</section>
<section class="Block Block-Tiers" %(v)s>
  <h2 %(v)s>Tarifs</h2>
  <div class="TierCard" %(v)s><p class="TierCard--Name" %(v)s>Cycle complet (10 sorties) — adhérent du GEM</p><p class="TierCard--Price" %(v)s>Gratuit</p><p class="TierCard--Remaining" %(v)s>9 places restantes</p><button class="TierCard--Add" aria-label="Ajouter" %(v)s>+</button></div>
  <div class="TierCard" %(v)s><p class="TierCard--Name" %(v)s>Cycle complet (10 sorties) — non-adhérent</p><p class="TierCard--Price" %(v)s>10,00 €</p><p class="TierCard--Description" %(v)s>Comprend l'adhésion annuelle au GEM (5 €) et la participation au minibus.</p><p class="TierCard--Remaining" %(v)s>4 places restantes</p><button class="TierCard--Add" aria-label="Ajouter" %(v)s>+</button></div>
  <div class="TierCard" %(v)s><p class="TierCard--Name" %(v)s>Sortie à l'unité</p><p class="TierCard--Price" %(v)s>2,00 €</p><p class="TierCard--Description" %(v)s>Selon les places disponibles, réservation au plus tard le mardi précédent.</p><button class="TierCard--Add" aria-label="Ajouter" %(v)s>+</button></div>
  <div class="TierCard" %(v)s><p class="TierCard--Name" %(v)s>Professionnel accompagnant (soignant, travailleur social)</p><p class="TierCard--Price" %(v)s>Gratuit</p><p class="TierCard--Remaining" %(v)s>3 places restantes</p><button class="TierCard--Add" aria-label="Ajouter" %(v)s>+</button></div>
</section>
<section class="Block Block-Form" %(v)s>
  <h2 %(v)s>Informations complémentaires demandées</h2>
  <label %(v)s>Personne à prévenir en cas d'urgence (nom et téléphone) *</label><input type="text" required %(v)s>
  <label %(v)s>Avez-vous une contre-indication médicale à la marche ? *</label><select %(v)s><option>Non</option><option>Oui, j'en parle à l'animateur</option></select>
  <label %(v)s>Souhaitez-vous le minibus ? *</label><select %(v)s><option>Oui, départ place du Marché</option><option>Non, je viens par mes propres moyens</option></select>
  <label %(v)s>Structure qui vous oriente (facultatif)</label><select %(v)s><option>Aucune</option><option>Hôpital de jour Les Micocouliers</option><option>Maison Sport-Santé Durance-Littoral</option><option>CMP</option><option>Autre</option></select>
</section>
<section class="Block Block-Contribution" %(v)s>
  <p %(v)s>HelloAsso est une entreprise solidaire d'utilité sociale. Nous fournissons nos technologies de paiement gratuitement, sans frais ni commission, à plus de 350 000 associations françaises. Les contributions volontaires que vous laissez à HelloAsso sont notre unique source de revenus.</p>
</section>
</main>
<footer class="HaFooter" %(v)s>
  <a href="https://www.helloasso.example/cgu" %(v)s>Conditions générales d'utilisation</a> · <a href="https://www.helloasso.example/confidentialite" %(v)s>Politique de confidentialité</a> · <a href="https://centredaide.helloasso.example" %(v)s>Centre d'aide</a>
  <p %(v)s>© HelloAsso 2026 — Page publiée le 3 mars 2026 par GEM L'Envolée</p>
</footer>
</div></div>
<script type="application/json" id="__NUXT_DATA__">[{"state":1},{"campaign":2},{"formSlug":"randos-sante-du-jeudi-printemps-2026","organizationSlug":"gem-l-envolee","formType":"Event"}]</script>
<script src="https://www.helloasso.example/_nuxt/entry.7d1e4b2a.js" defer></script>
</body>
</html>
""" % {"v": v, "rows": rows}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print(OUT)


if __name__ == "__main__":
    main()
