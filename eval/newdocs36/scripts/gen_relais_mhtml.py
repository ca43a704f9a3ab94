# -*- coding: utf-8 -*-
"""Génère l'archive web .mhtml (« Enregistrer la page » d'un navigateur) de la page « Pôle asile et santé » du
site de l'association Le Relais des Deux Rives, telle qu'elle était le 18 novembre 2025.

Structure MIME multipart/related comme les enregistrements de Chrome (« Saved by Blink ») : une partie HTML en
quoted-printable, une feuille de style en quoted-printable, un logo PNG en base64. La page a un bandeau cookies,
un menu, un fil d'Ariane, un article avec un tableau des horaires d'ouverture et un glossaire en <dl>, une
barre latérale d'actualités datées, un formulaire d'inscription à la lettre d'information et un pied de site.

Tout est inventé (association, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-18_relais-deux-rives_pole-asile-sante.mhtml")
URL = "https://www.relais-deux-rives.example/nos-actions/pole-asile-sante/"
BOUNDARY = "----MultipartBoundary--Qm7ZkR3vT0pLx9sWc2AeNfYdHu8jGb4iKo6Ez1Vn5M----"

HTML = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pôle asile et santé – Le Relais des Deux Rives</title>
<meta name="description" content="CADA, HUDA, santé et médiateurs pairs : l'accompagnement des demandeurs d'asile à Sarrelmont.">
<link rel="stylesheet" href="https://www.relais-deux-rives.example/wp-content/themes/deuxrives/style.css?ver=2.4.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied'});</script>
<style>.screen-reader-text{position:absolute;left:-9999px}</style>
</head>
<body class="page-template-default page page-id-214">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
<p>Nous utilisons des cookies de mesure d'audience pour améliorer ce site. Vous pouvez les accepter, les refuser ou
personnaliser vos choix à tout moment depuis la page « Données personnelles ».</p>
<button class="btn-accept">Tout accepter</button> <button class="btn-refuse">Tout refuser</button>
<a href="/donnees-personnelles/">Personnaliser</a>
</div>
<a class="screen-reader-text" href="#contenu">Aller au contenu</a>
<header class="site-header">
<div class="top-bar"><span>📞 03 99 00 51 10</span> <span>✉ contact@relais-deux-rives.example</span>
<a href="/faire-un-don/" class="btn-don">Faire un don</a></div>
<a href="/" class="logo"><img src="https://www.relais-deux-rives.example/wp-content/uploads/logo-deux-rives.png" alt="Le Relais des Deux Rives — accueillir, accompagner, relier"></a>
<nav class="main-nav" aria-label="Menu principal">
<ul>
<li><a href="/">Accueil</a></li>
<li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li>
<li class="current-menu-parent"><a href="/nos-actions/">Nos actions</a>
<ul class="sub-menu">
<li><a href="/nos-actions/hebergement-urgence/">Hébergement d'urgence</a></li>
<li class="current-menu-item"><a href="/nos-actions/pole-asile-sante/">Pôle asile et santé</a></li>
<li><a href="/nos-actions/insertion-emploi/">Insertion et emploi</a></li>
<li><a href="/nos-actions/apprentissage-francais/">Apprentissage du français</a></li>
</ul></li>
<li><a href="/agenda/">Agenda</a></li>
<li><a href="/actualites/">Actualités</a></li>
<li><a href="/benevolat/">Devenir bénévole</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</nav>
</header>
<div class="site-content">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/nos-actions/">Nos actions</a> › <span>Pôle asile et santé</span></nav>
<main id="contenu">
<article class="page">
<h1>Pôle asile et santé</h1>
<p class="updated">Mis à jour le <time datetime="2025-11-12">12 novembre 2025</time></p>
<p class="chapo">Depuis 1998, Le Relais des Deux Rives accueille à Sarrelmont des personnes contraintes à l'exil.
Notre pôle asile héberge et accompagne les demandeurs d'asile pendant toute la durée de leur procédure, et fait de
leur santé, y compris leur santé mentale, une priorité dès l'arrivée.</p>

<h2>Nos dispositifs d'hébergement</h2>
<h3>Le CADA Les Deux Rives</h3>
<p>Notre centre d'accueil pour demandeurs d'asile compte <strong>180 places</strong> : 60 sur le site collectif de
la rue de la Fonderie, dans le quartier des Forges, et 120 en appartements diffus dans la ville. Une équipe de
douze salariés y assure l'accompagnement administratif, juridique, social et sanitaire des familles et des
personnes isolées, jusqu'à la décision définitive sur leur demande d'asile.</p>
<h3>L'HUDA</h3>
<p>Notre hébergement d'urgence pour demandeurs d'asile propose <strong>95 places</strong> en appartements partagés,
principalement dans les quartiers du Haut-Fourneau et de Bellevue. Les personnes y sont orientées par l'OFII,
souvent en attendant une place en CADA.</p>
<p>Au 31 octobre 2025, nous avions accompagné depuis le début de l'année 262 personnes en CADA et 171 en HUDA,
avec un taux d'occupation moyen de 97 %.</p>

<h2>La santé, une priorité dès l'arrivée</h2>
<p>Chaque personne accueillie se voit proposer, dans le mois qui suit son arrivée, un <strong>rendez-vous santé
d'accueil</strong> avec notre infirmière et un interprète professionnel : point sur les vaccinations, les
traitements, le sommeil, et premières démarches pour la couverture maladie. Notre référente santé, Manon
Steiner, coordonne ensuite les orientations vers les médecins généralistes des maisons de santé, la PASS psy et
la consultation Escale du centre hospitalier.</p>
<p>Le CADA dispose d'une psychologue à mi-temps, qui reçoit sur rendez-vous et anime un groupe de parole pour les
hommes isolés. L'HUDA, lui, n'a aujourd'hui aucun temps de psychologue financé : nous plaidons avec le conseil
local de santé mentale (CLSM) pour qu'il en obtienne un.</p>
<blockquote><p>« Beaucoup de nos résidents ne dorment plus. Avant de parler de traumatisme, on parle de sommeil :
c'est une porte d'entrée que tout le monde accepte. »</p><footer>— Manon Steiner, référente santé</footer></blockquote>

<h2>Pairs &amp; Passerelles : des médiateurs pairs pour aller vers le soin</h2>
<p>Lancé en avril 2025 avec le CLSM de Sarrelmont, grâce au soutien de l'ARS Grand Est et du contrat de ville, le
programme <strong>Pairs &amp; Passerelles</strong> s'appuie sur des personnes qui ont elles-mêmes connu l'exil.
Formés à la médiation en santé, nos médiateurs pairs accompagnent les personnes vers les soins : ils
expliquent le fonctionnement de l'hôpital, prennent le bus avec elles jusqu'au rendez-vous, les aident à ne pas
se perdre entre les services. Ils sont aujourd'hui six, et deux recrutements sont en cours.</p>
<p><strong>Comment faire appel à un médiateur pair ?</strong> Les professionnels remplissent la demande
d'accompagnement en ligne ; les personnes peuvent aussi venir directement à la permanence du mercredi
après-midi ou appeler le 06 99 00 73 28. L'accompagnement est gratuit et confidentiel.</p>

<h2>Horaires d'ouverture</h2>
<table class="horaires">
<caption>Horaires du pôle asile et santé (4 rue de la Fonderie, Sarrelmont)</caption>
<thead><tr><th scope="col">Service</th><th scope="col">Lundi</th><th scope="col">Mardi</th><th scope="col">Mercredi</th><th scope="col">Jeudi</th><th scope="col">Vendredi</th></tr></thead>
<tbody>
<tr><th scope="row">Accueil administratif</th><td>9 h – 12 h 30 / 13 h 30 – 17 h</td><td>9 h – 12 h 30 / 13 h 30 – 17 h</td><td>9 h – 12 h 30</td><td>9 h – 12 h 30 / 13 h 30 – 17 h</td><td>9 h – 12 h 30 / 13 h 30 – 16 h</td></tr>
<tr><th scope="row">Permanence santé, sans rendez-vous</th><td>—</td><td>9 h – 12 h</td><td>—</td><td>9 h – 12 h</td><td>—</td></tr>
<tr><th scope="row">Psychologue du CADA, sur rendez-vous</th><td>13 h 30 – 17 h</td><td>—</td><td>9 h – 12 h 30</td><td>—</td><td>13 h 30 – 16 h</td></tr>
<tr><th scope="row">Permanence juridique (recours CNDA)</th><td>—</td><td>14 h – 17 h</td><td>—</td><td>—</td><td>9 h – 12 h</td></tr>
<tr><th scope="row">Pairs &amp; Passerelles</th><td>—</td><td>—</td><td>14 h – 17 h</td><td>—</td><td>—</td></tr>
</tbody>
</table>
<p class="note">Fermeture annuelle du mercredi 24 décembre 2025 au vendredi 2 janvier 2026. Les résidents du CADA et de
l'HUDA peuvent joindre l'astreinte au 03 99 00 51 99.</p>

<h2>Petit glossaire de l'asile</h2>
<dl class="glossaire">
<dt>ADA</dt><dd>Allocation pour demandeur d'asile, versée par l'OFII pendant la procédure ; son montant dépend de la composition familiale et du mode d'hébergement.</dd>
<dt>BPI</dt><dd>Bénéficiaire de la protection internationale : personne qui a obtenu le statut de réfugié ou la protection subsidiaire.</dd>
<dt>CADA</dt><dd>Centre d'accueil pour demandeurs d'asile : hébergement avec un accompagnement administratif, social et médical complet, jusqu'à la décision définitive. Taux d'encadrement : un équivalent temps plein pour 15 personnes.</dd>
<dt>CNDA</dt><dd>Cour nationale du droit d'asile, qui examine les recours contre les décisions de l'OFPRA.</dd>
<dt>DNA</dt><dd>Dispositif national d'accueil : l'ensemble des places d'hébergement pour demandeurs d'asile et réfugiés (CADA, HUDA, CPH…).</dd>
<dt>HUDA</dt><dd>Hébergement d'urgence pour demandeurs d'asile : mêmes missions d'hébergement que le CADA, mais avec un accompagnement plus léger (un équivalent temps plein pour 25 personnes).</dd>
<dt>Médiateur pair</dt><dd>Personne ayant elle-même vécu l'exil, formée à la médiation en santé (70 heures de formation initiale), qui accompagne ses pairs vers les soins. Le médiateur pair n'est pas un interprète : il n'assiste pas aux consultations.</dd>
<dt>OFII</dt><dd>Office français de l'immigration et de l'intégration : il oriente les demandeurs d'asile vers un hébergement et verse l'ADA.</dd>
<dt>OFPRA</dt><dd>Office français de protection des réfugiés et apatrides, qui instruit les demandes d'asile.</dd>
<dt>PASS psy</dt><dd>Permanence d'accès aux soins de santé en psychiatrie du centre hospitalier : elle reçoit les personnes sans couverture maladie.</dd>
<dt>SPADA</dt><dd>Structure du premier accueil des demandeurs d'asile : elle aide à préparer le dossier et assure la domiciliation.</dd>
</dl>
</article>
</main>
<aside id="sidebar" class="widget-area" aria-label="Barre latérale">
<section class="widget widget-news">
<h2 class="widget-title">Actualités</h2>
<ul>
<li><time datetime="2025-11-12">12/11/2025</time> <a href="/actualites/portes-ouvertes-cada-2025/">Portes ouvertes du CADA le samedi 6 décembre, de 10 h à 16 h</a></li>
<li><time datetime="2025-10-28">28/10/2025</time> <a href="/actualites/podcast-quartiers-en-sante/">Santé mentale et exil : écoutez Nora Haddad (consultation Escale) dans le podcast « Quartiers en santé »</a></li>
<li><time datetime="2025-10-03">03/10/2025</time> <a href="/actualites/recrutement-mediateurs-pairs/">Nous recrutons deux médiateurs pairs (langues : somali et albanais)</a></li>
<li><time datetime="2025-09-19">19/09/2025</time> <a href="/actualites/pass-psy-haut-fourneau/">La PASS psy tient désormais une permanence au Haut-Fourneau, le jeudi après-midi</a></li>
<li><time datetime="2025-06-20">20/06/2025</time> <a href="/actualites/journee-mondiale-refugies-2025/">Journée mondiale des réfugiés : retour en images</a></li>
</ul>
<a class="more" href="/actualites/">Toutes les actualités</a>
</section>
<section class="widget widget-newsletter">
<h2 class="widget-title">Lettre d'information</h2>
<p>Recevez chaque trimestre les nouvelles de l'association.</p>
<form action="/newsletter/inscription/" method="post" class="newsletter-form">
<label for="nl-email">Votre adresse électronique</label>
<input type="email" id="nl-email" name="email" placeholder="prenom.nom@exemple.fr" required>
<label><input type="checkbox" name="consent" required> J'accepte que mes données soient utilisées pour l'envoi de la lettre d'information.</label>
<button type="submit">Je m'abonne</button>
</form>
</section>
<section class="widget widget-don">
<h2 class="widget-title">Nous soutenir</h2>
<p>Un don de 50 € vous revient à 17 € après réduction d'impôt.</p>
<a href="/faire-un-don/" class="btn">Je donne</a>
</section>
</aside>
</div>
<footer class="site-footer">
<div class="footer-col"><strong>Le Relais des Deux Rives</strong><br>4 rue de la Fonderie, Sarrelmont<br>03 99 00 51 10 · contact@relais-deux-rives.example</div>
<div class="footer-col">Association de droit local (loi de 1908), inscrite au registre des associations du tribunal judiciaire de Sarrelmont.</div>
<div class="footer-col"><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/plan-du-site/">Plan du site</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a></div>
<p class="copyright">© 2025 Le Relais des Deux Rives — Nos partenaires : État (DDETS), ARS Grand Est, Ville de Sarrelmont, Fondation des Forges</p>
</footer>
<script src="https://www.relais-deux-rives.example/wp-content/themes/deuxrives/js/cookie-banner.js?ver=2.4.1"></script>
</body>
</html>
"""

CSS = """body{font-family:"Source Sans Pro",Arial,sans-serif;color:#1f2933;margin:0}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#123c44;color:#fff;padding:1em;z-index:99}
.site-content{display:grid;grid-template-columns:3fr 1fr;gap:2em;max-width:1180px;margin:auto}
.horaires th,.horaires td{border:1px solid #c9d6d8;padding:.4em .6em}
.glossaire dt{font-weight:700;color:#0f5257;margin-top:.6em}
"""


def tiny_png(w=48, h=16):
    """Petit logo PNG en damier (deux couleurs de la charte), écrit à la main."""
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes([15, 82, 87]) if (x // 8 + y // 8) % 2 else bytes([224, 122, 95])
                                   for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def main():
    parts = []
    head = ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: %s\r\n"
            "Subject: =?utf-8?Q?P=C3=B4le_asile_et_sant=C3=A9_=E2=80=93_Le_Relais_des_Deux_Rives?=\r\n"
            "Date: Tue, 18 Nov 2025 10:42:17 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n\r\n" % (URL, BOUNDARY))
    parts.append("--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-4A1C0E2B7D9F3A6E5C8B0D1F2E3A4B5C@mhtml.blink>\r\n"
                 "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n%s\r\n"
                 % (BOUNDARY, URL, qp(HTML)))
    parts.append("--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                 "Content-Location: https://www.relais-deux-rives.example/wp-content/themes/deuxrives/style.css?ver=2.4.1"
                 "\r\n\r\n%s\r\n" % (BOUNDARY, qp(CSS)))
    b64 = base64.encodebytes(tiny_png()).decode("ascii").replace("\n", "\r\n")
    parts.append("--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Location: https://www.relais-deux-rives.example/wp-content/uploads/logo-deux-rives.png"
                 "\r\n\r\n%s\r\n" % (BOUNDARY, b64))
    data = head + "".join(parts) + "--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(data.encode("ascii"))
    print("écrit :", OUT, len(data), "octets")


if __name__ == "__main__":
    main()
