# -*- coding: utf-8 -*-
"""Génère l'archive web .mhtml de la page « Prescription muséale » du musée d'art et d'histoire
Jacques-Lenormand (Quillebourg), telle qu'enregistrée par un navigateur le 3 février 2026.

Structure MIME multipart/related (« Saved by Blink ») : partie HTML en quoted-printable, feuille de style en
quoted-printable, logo PNG en base64. La page a un menu, un fil d'Ariane, un article (étapes numérotées, citation
d'un médecin, chiffres au 31 janvier 2026), un bloc « Informations pratiques » en <dl>, un tableau des horaires
d'ouverture (basse et haute saison, nocturne), une barre latérale d'actualités datées et un pied de site.

Tout est inventé (musée, personnes, chiffres ; numéros en 03 99 00 ; domaines .example).
"""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-03_musee-lenormand_prescription-museale.mhtml")
URL = "https://www.musee-lenormand.example/visiter/prescription-museale/"
BOUNDARY = "----MultipartBoundary--Lq3XvN8cR2tYw5KzP0aHdJ7mF4sB9gE6uC1oTiV----"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prescription muséale | Musée Jacques-Lenormand – Quillebourg</title>
<meta name="description" content="Votre médecin peut vous prescrire des visites au musée : mode d'emploi de l'ordonnance muséale.">
<link rel="stylesheet" href="https://www.musee-lenormand.example/assets/css/site.css?v=3.2">
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
</head>
<body class="page page-visiter">
<header class="bandeau">
<a href="/" class="logo"><img src="https://www.musee-lenormand.example/assets/img/logo-lenormand.png" alt="Musée d'art et d'histoire Jacques-Lenormand — Ville de Quillebourg"></a>
<nav class="menu" aria-label="Menu principal">
<ul>
<li><a href="/">Accueil</a></li>
<li><a href="/collections/">Collections</a></li>
<li><a href="/expositions/">Expositions</a></li>
<li class="actif"><a href="/visiter/">Visiter</a></li>
<li><a href="/agenda/">Agenda</a></li>
<li><a href="/publics/">Tous les publics</a></li>
<li><a href="/le-musee/">Le musée</a></li>
</ul>
</nav>
<form class="recherche" action="/recherche/"><input type="search" name="q" placeholder="Rechercher"><button>OK</button></form>
</header>
<div class="conteneur">
<nav class="ariane" aria-label="Fil d'Ariane"><a href="/">Accueil</a> &gt; <a href="/visiter/">Visiter</a> &gt; <span>Prescription muséale</span></nav>
<main id="contenu">
<article>
<h1>La prescription muséale : quand votre médecin vous prescrit le musée</h1>
<p class="maj">Page mise à jour le <time datetime="2026-02-02">2 février 2026</time></p>
<p class="chapo">Depuis le 3 mars 2025, les médecins de Quillebourg et des environs peuvent prescrire des visites
au musée Jacques-Lenormand. Regarder une œuvre, prendre le temps, sortir de chez soi, partager un moment : la
visite culturelle vient compléter le soin, sans jamais le remplacer. Le dispositif est conduit par le musée avec la
communauté professionnelle territoriale de santé (CPTS) du Bocage quillebourgeois et le centre hospitalier
spécialisé du Bocage, dans le cadre du conseil local de santé mentale.</p>

<h2>Comment ça marche ?</h2>
<ol class="etapes">
<li><strong>Votre médecin vous remet une ordonnance muséale.</strong> Elle peut être rédigée par un médecin
généraliste membre de la CPTS ou par un psychiatre du CHS du Bocage. Parlez-en lors de votre consultation : c'est
votre médecin qui juge si la démarche vous convient.</li>
<li><strong>Présentez l'ordonnance à l'accueil du musée</strong> dans les trois mois qui suivent sa date, avec une
pièce d'identité. Aucune information médicale ne vous sera demandée.</li>
<li><strong>Vous recevez le pass « Respirer au musée »</strong>, nominatif et valable six mois. Il donne droit à
cinq entrées gratuites, pour vous et pour une personne qui vous accompagne à chaque visite.</li>
<li><strong>Si vous le souhaitez, réservez une visite « Pause regard »</strong> avec la médiatrice culturelle (voir
ci-dessous). Vous pouvez aussi visiter librement, à votre rythme.</li>
</ol>
<p>Le pass peut être renouvelé une fois, sur une nouvelle ordonnance.</p>

<h2>Pour qui ?</h2>
<p>La prescription muséale s'adresse aux adultes qui traversent une période d'anxiété, de déprime ou d'isolement,
qui vivent avec un trouble psychique stabilisé, une maladie chronique ou des douleurs persistantes, ou qui
sortent d'une hospitalisation. Il n'est pas nécessaire d'habiter Quillebourg : toute personne qui réside dans la
Seine-Bocage peut en bénéficier.</p>

<h2>Les visites « Pause regard »</h2>
<p>Une visite « Pause regard » n'est pas une visite guidée classique : pendant 45 minutes, un petit groupe de huit
personnes au plus s'arrête devant une ou deux œuvres seulement, pour les regarder lentement, échanger ses
impressions si on le souhaite, ou simplement se taire. Aucune connaissance en art n'est nécessaire. Les visites
ont lieu le jeudi à 14 h 30 et sont animées par Aurore Delaunay, médiatrice culturelle du musée.</p>
<blockquote class="citation"><p>« Je ne prescris pas le musée à la place d'un traitement, je le prescris pour
que mon patient ressorte de chez lui et retrouve le goût de regarder quelque chose qui n'est pas sa
souffrance. »</p><footer>— Dr Julien Marais, médecin généraliste, président de la CPTS du Bocage quillebourgeois</footer></blockquote>

<h2>Le dispositif en chiffres</h2>
<p>Au 31 janvier 2026, 187 ordonnances muséales ont été délivrées par 31 médecins prescripteurs (27 médecins
généralistes et 4 psychiatres). 126 personnes ont déjà utilisé leur pass, pour un total de 389 visites, et 58 %
des visites se font accompagnées d'un proche. Les visites « Pause regard » affichent complet huit fois sur dix.</p>

<h2>Vous êtes médecin ?</h2>
<p>Les carnets d'ordonnances muséales sont fournis gratuitement par la CPTS du Bocage quillebourgeois
(03 99 00 19 80, contact@cpts-bocage.example). Chaque ordonnance est numérotée : seul l'original est accepté à
l'accueil. Une présentation du dispositif d'une heure peut être organisée dans votre cabinet ou votre maison de
santé, sur demande auprès de la médiatrice.</p>

<section class="infos-pratiques">
<h2>Informations pratiques</h2>
<dl>
<dt>Adresse</dt><dd>Musée d'art et d'histoire Jacques-Lenormand, 12 place de l'Abbaye, Quillebourg</dd>
<dt>Accès</dt><dd>Bus ligne 3, arrêt Abbaye ; depuis le Val-Fleuri, ligne 5 directe (environ 20 minutes). Parking de l'Abbaye à 100 m.</dd>
<dt>Tarifs</dt><dd>Plein tarif 7 € ; tarif réduit 4 € ; gratuit pour les moins de 26 ans, pour tous le premier dimanche du mois, et avec le pass « Respirer au musée ».</dd>
<dt>Durée du pass</dt><dd>Six mois à compter de sa remise, cinq entrées pour le titulaire et un accompagnant.</dd>
<dt>Visites « Pause regard »</dt><dd>Le jeudi à 14 h 30, 45 minutes, huit personnes au plus. Réservation obligatoire au moins 48 heures à l'avance.</dd>
<dt>Accessibilité</dt><dd>Bâtiment accessible en fauteuil roulant (ascenseur), fauteuils et cannes-sièges prêtés à l'accueil, boucle magnétique à la billetterie.</dd>
<dt>Contact</dt><dd>Aurore Delaunay, médiatrice culturelle — 03 99 00 27 45 — mediation@musee-lenormand.example</dd>
</dl>
</section>

<table class="horaires">
<caption>Horaires d'ouverture du musée</caption>
<thead><tr><th scope="col">Période</th><th scope="col">Du mardi au vendredi</th><th scope="col">Samedi et dimanche</th></tr></thead>
<tbody>
<tr><th scope="row">Basse saison (1er octobre – 31 mars)</th><td>10 h – 12 h 30 et 13 h 30 – 17 h 30</td><td>14 h – 18 h</td></tr>
<tr><th scope="row">Haute saison (1er avril – 30 septembre)</th><td>10 h – 18 h</td><td>10 h – 19 h</td></tr>
<tr><th scope="row">Nocturne (premier jeudi du mois)</th><td>jusqu'à 21 h, entrée gratuite après 18 h</td><td>—</td></tr>
</tbody>
</table>
<p class="note">Fermé le lundi, ainsi que les 1er janvier, 1er mai, 1er novembre et 25 décembre. Fermeture des
caisses 30 minutes avant la fermeture.</p>
</article>
</main>
<aside class="colonne">
<section class="bloc-actus">
<h2>Actualités du musée</h2>
<ul>
<li><time datetime="2026-02-02">2 février 2026</time> — <a href="/actualites/pause-regard-samedi/">Nouveau : des visites « Pause regard » aussi le samedi à 10 h 30, à partir du 7 mars 2026</a></li>
<li><time datetime="2026-01-15">15 janvier 2026</time> — <a href="/expositions/peintres-estuaire/">Exposition « Les peintres de l'estuaire », jusqu'au 26 avril 2026</a></li>
<li><time datetime="2025-11-03">3 novembre 2025</time> — <a href="/actualites/regards-croises-bilan/">« Regards croisés » : 2 870 visiteurs pour l'exposition des ateliers de l'hôpital de jour</a></li>
<li><time datetime="2025-03-03">3 mars 2025</time> — <a href="/actualites/lancement-prescription-museale/">Lancement de la prescription muséale avec la CPTS</a></li>
</ul>
</section>
<section class="bloc-lettre">
<h2>La lettre du musée</h2>
<form action="/lettre/" method="post"><label for="m">Votre courriel</label><input type="email" id="m" name="m"><button>S'inscrire</button></form>
</section>
</aside>
</div>
<footer class="pied">
<p>Musée d'art et d'histoire Jacques-Lenormand — 12 place de l'Abbaye, Quillebourg — 03 99 00 27 00</p>
<p>Un équipement de la Ville de Quillebourg. Musée de France. <a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité</a> · <a href="/plan/">Plan du site</a></p>
</footer>
</body>
</html>
"""

CSS = """body{font-family:"Marianne",Arial,sans-serif;color:#222;margin:0}
.conteneur{display:grid;grid-template-columns:3fr 1fr;gap:2rem;max-width:1200px;margin:auto}
.horaires th,.horaires td{border:1px solid #bbb;padding:.35em .6em}
.infos-pratiques dt{font-weight:700;margin-top:.5em}
.citation{border-left:4px solid #8a1538;padding-left:1em;font-style:italic}
"""


def tiny_png(w=40, h=16):
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes([138, 21, 56]) if (x // 4 + y // 4) % 2 else bytes([245, 240, 230])
                                   for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def main():
    head = ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: %s\r\n"
            "Subject: =?utf-8?Q?Prescription_mus=C3=A9ale_|_Mus=C3=A9e_Jacques-Lenormand?=\r\n"
            "Date: Tue, 3 Feb 2026 15:07:42 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n\r\n" % (URL, BOUNDARY))
    parts = ["--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-9B2E41C07A3D5F8E6B1C0D4A2F3E5B7C@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n%s\r\n"
             % (BOUNDARY, URL, qp(HTML)),
             "--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: https://www.musee-lenormand.example/assets/css/site.css?v=3.2\r\n\r\n%s\r\n"
             % (BOUNDARY, qp(CSS))]
    b64 = base64.encodebytes(tiny_png()).decode("ascii").replace("\n", "\r\n")
    parts.append("--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Location: https://www.musee-lenormand.example/assets/img/logo-lenormand.png\r\n\r\n%s\r\n"
                 % (BOUNDARY, b64))
    data = head + "".join(parts) + "--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(data.encode("ascii"))
    print("écrit :", OUT, len(data), "octets")


if __name__ == "__main__":
    main()
