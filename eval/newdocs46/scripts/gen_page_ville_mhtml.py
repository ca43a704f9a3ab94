# -*- coding: utf-8 -*-
"""Génère l'archive web .mhtml (« Enregistrer la page » de Chromium) de la page « Réseau de sentinelles » du
site de la ville de Pont-Vernel, telle qu'elle était le 24 novembre 2025.

Structure MIME multipart/related comme les enregistrements de Chrome (« Saved by Blink ») : une partie HTML en
quoted-printable, une feuille de style en quoted-printable, un logo PNG en base64. La page a un menu, un fil
d'Ariane, un article (chiffres, étapes pour devenir sentinelle, questions fréquentes), un encadré « Contacts »
en barre latérale, une liste « À lire aussi » et un pied de site.

Tout est inventé (ville, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-24_ville-pont-vernel_reseau-sentinelles.mhtml")
URL = "https://www.pont-vernel.example/vivre-a-pont-vernel/sante/prevention-du-suicide/reseau-de-sentinelles/"
BOUNDARY = "----MultipartBoundary--Vr8PqK2mZt5LxW0sYc7AeNfHd3uJgB6iKo9Ej1Tn4R----"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Réseau de sentinelles – Ville de Pont-Vernel</title>
<meta name="description" content="Devenir sentinelle à Pont-Vernel : repérer, aller vers, orienter les personnes en souffrance psychique.">
<link rel="stylesheet" href="https://www.pont-vernel.example/themes/ville/css/main.css?v=5.2">
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
</head>
<body class="page-interieure rubrique-sante">
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="entete">
<a href="/" class="logo"><img src="https://www.pont-vernel.example/themes/ville/img/logo-pont-vernel.png" alt="Ville de Pont-Vernel"></a>
<form class="recherche" action="/recherche/"><input type="search" name="q" placeholder="Rechercher sur le site"></form>
<nav class="menu-principal" aria-label="Menu principal">
<ul>
<li><a href="/mairie/">Mairie</a></li>
<li class="actif"><a href="/vivre-a-pont-vernel/">Vivre à Pont-Vernel</a>
<ul>
<li><a href="/vivre-a-pont-vernel/enfance-jeunesse/">Enfance et jeunesse</a></li>
<li class="actif"><a href="/vivre-a-pont-vernel/sante/">Santé</a></li>
<li><a href="/vivre-a-pont-vernel/solidarites/">Solidarités (CCAS)</a></li>
<li><a href="/vivre-a-pont-vernel/quartiers/">Quartiers et politique de la ville</a></li>
</ul></li>
<li><a href="/demarches/">Démarches</a></li>
<li><a href="/agenda/">Agenda</a></li>
<li><a href="/actualites/">Actualités</a></li>
</ul>
</nav>
</header>
<nav class="fil-ariane" aria-label="Fil d'Ariane"><ol>
<li><a href="/">Accueil</a></li>
<li><a href="/vivre-a-pont-vernel/">Vivre à Pont-Vernel</a></li>
<li><a href="/vivre-a-pont-vernel/sante/">Santé</a></li>
<li><a href="/vivre-a-pont-vernel/sante/prevention-du-suicide/">Prévention du suicide</a></li>
<li aria-current="page">Réseau de sentinelles</li>
</ol></nav>
<div class="conteneur">
<main id="contenu">
<article>
<h1>Réseau de sentinelles : repérer, aller vers, orienter</h1>
<p class="maj">Publié le <time datetime="2024-09-05">5 septembre 2024</time> – mis à jour le <time datetime="2025-11-24">24 novembre 2025</time></p>
<p class="chapo">Depuis 2022, la Ville et son conseil local de santé mentale (CLSM) forment des habitants et des
professionnels pour repérer les personnes en souffrance et les accompagner vers l'aide dont elles ont besoin.
Au 15 novembre 2025, <strong>141 sentinelles</strong> ont été formées à Pont-Vernel.</p>

<h2>Une sentinelle, qu'est-ce que c'est ?</h2>
<p>Une sentinelle est une personne de confiance, déjà présente dans la vie du quartier (gardienne d'immeuble,
pharmacien, animatrice de centre social, agent d'accueil, voisin engagé...), qui a suivi une formation pour
reconnaître les signes d'une crise suicidaire, oser en parler et passer le relais aux bons interlocuteurs.
Elle ne remplace pas les soignants : elle fait le lien.</p>

<h2>Le réseau en quelques chiffres</h2>
<ul class="chiffres">
<li><strong>141</strong> sentinelles formées depuis avril 2022</li>
<li><strong>15</strong> sessions du module sentinelle organisées</li>
<li><strong>6</strong> réunions du réseau par an, avec une psychologue du CMP</li>
<li><strong>2</strong> quartiers prioritaires couverts : le Clos-Moulin et Beauséjour-Les Tilleuls</li>
</ul>

<h2>Comment devenir sentinelle ?</h2>
<ol class="etapes">
<li>Prenez contact avec la coordinatrice du CLSM (voir l'encadré Contacts) pour un court entretien de présentation.</li>
<li>Inscrivez-vous à une session du module sentinelle : une journée de 9 h à 17 h, gratuite, en groupe de 12 personnes au plus.</li>
<li>Signez la charte de la sentinelle : confidentialité, bienveillance, et jamais rester seul face à une situation de danger.</li>
<li>Rejoignez le réseau : une réunion tous les deux mois et un professionnel référent joignable en semaine.</li>
</ol>
<p>Prochaines sessions du module sentinelle : <strong>jeudi 15 janvier 2026</strong> (centre social du Clos-Moulin)
et <strong>jeudi 12 mars 2026</strong> (médiathèque Simone-Veil).</p>

<h2>Questions fréquentes</h2>
<h3>Faut-il être professionnel de santé ?</h3>
<p>Non. Un quart des sentinelles sont des habitants ou des bénévoles associatifs, les autres sont des
gardiens, des travailleurs sociaux, des agents municipaux, des pharmaciens ou des personnels des écoles. Il faut
seulement avoir 18 ans révolus et être en contact régulier avec le public.</p>
<h3>Que faire si une personne est en danger immédiat ?</h3>
<p>Appelez le 15 (SAMU) ou le 112. Ne laissez pas la personne seule et éloignez si possible les moyens dangereux.</p>
<h3>Qui finance le réseau ?</h3>
<p>Le réseau est financé par l'Agence régionale de santé (ARS) de Normandie, par le contrat de ville
« Engagements Quartiers 2030 » de Pont-Vernel, et par la Ville, qui y consacre 11 500 € par an et met à
disposition ses salles.</p>
<h3>Et après une tentative de suicide ?</h3>
<p>Les personnes hospitalisées après une tentative de suicide peuvent bénéficier du dispositif VigilanS, piloté
par le CHU d'Aubremont : appels et cartes postales pendant six mois. L'inscription se fait à l'hôpital,
pas auprès de la Ville.</p>
</article>
</main>
<aside class="barre-laterale">
<section class="encadre-contacts" aria-labelledby="titre-contacts">
<h2 id="titre-contacts">Contacts</h2>
<dl>
<dt>Coordination du CLSM</dt>
<dd>Maëlle Guéroult, coordinatrice<br>Centre communal d'action sociale, 4 place de la Halle<br>
Tél. 03 99 00 41 20 – portable 06 99 00 41 27<br><a href="mailto:clsm@pont-vernel.example">clsm@pont-vernel.example</a></dd>
<dt>Élu référent</dt>
<dd>Thierry Lemarchand, adjoint au maire chargé de la santé et des solidarités</dd>
<dt>En cas de détresse</dt>
<dd>3114, numéro national de prévention du suicide, gratuit, 24 h/24</dd>
<dt>CMP adultes</dt>
<dd>12 rue des Tanneurs – 03 99 00 52 30</dd>
</dl>
</section>
<section class="a-lire-aussi" aria-labelledby="titre-lire">
<h2 id="titre-lire">À lire aussi</h2>
<ul>
<li><a href="/vivre-a-pont-vernel/sante/clsm/">Le conseil local de santé mentale</a></li>
<li><a href="/vivre-a-pont-vernel/sante/prevention-du-suicide/postvention-etablissements-scolaires/">Après un suicide : le protocole de postvention dans les établissements scolaires</a></li>
<li><a href="/actualites/2025/09/webinaire-sentinelles-replay/">Replay du webinaire du 10 septembre 2025</a></li>
<li><a href="/vivre-a-pont-vernel/sante/semaines-information-sante-mentale/">Semaines d'information sur la santé mentale</a></li>
<li><a href="/vivre-a-pont-vernel/quartiers/contrat-de-ville/">Le contrat de ville Engagements Quartiers 2030</a></li>
</ul>
</section>
</aside>
</div>
<footer class="pied">
<p>Ville de Pont-Vernel – Hôtel de ville, 1 place de la République – Tél. 03 99 00 30 00</p>
<ul class="liens-pied"><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site/">Plan du site</a></li></ul>
</footer>
</body>
</html>
"""

CSS = """body{font-family:Marianne,Arial,sans-serif;color:#1e1e1e;margin:0}
.conteneur{display:grid;grid-template-columns:3fr 1fr;gap:2rem;max-width:1200px;margin:auto}
.fil-ariane ol{list-style:none;display:flex;gap:.4rem}.fil-ariane li+li:before{content:"›";margin-right:.4rem}
.encadre-contacts{border:2px solid #0b6e4f;padding:1rem;background:#eef7f3}
"""


def tiny_png(w=40, h=16):
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes([11, 110, 79]) if (x // 8 + y // 8) % 2 else bytes([250, 250, 245])
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
            "Subject: =?utf-8?Q?R=C3=A9seau_de_sentinelles_=E2=80=93_Ville_de_Pont-Vernel?=\r\n"
            "Date: Mon, 24 Nov 2025 16:05:41 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n\r\n" % (URL, BOUNDARY))
    parts = ["--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-7B2E91C04D5A3F68E1B7C9D20A4F6E13@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n%s\r\n"
             % (BOUNDARY, URL, qp(HTML))]
    parts.append("--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                 "Content-Location: https://www.pont-vernel.example/themes/ville/css/main.css?v=5.2"
                 "\r\n\r\n%s\r\n" % (BOUNDARY, qp(CSS)))
    b64 = base64.encodebytes(tiny_png()).decode("ascii").replace("\n", "\r\n")
    parts.append("--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Location: https://www.pont-vernel.example/themes/ville/img/logo-pont-vernel.png"
                 "\r\n\r\n%s\r\n" % (BOUNDARY, b64))
    data = head + "".join(parts) + "--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(data.encode("ascii"))
    print("écrit :", OUT, len(data), "octets")


if __name__ == "__main__":
    main()
