# -*- coding: utf-8 -*-
"""Génère l'archive web .mhtml de l'article du site du Département de Seine-Bocage « Prévention du suicide : 3114,
VigilanS, premiers secours en santé mentale » publié le 10 septembre 2025 (Journée mondiale de prévention du
suicide).

Structure MIME multipart/related comme un enregistrement de Chrome (« Saved by Blink ») : HTML en
quoted-printable, CSS en quoted-printable, image PNG en base64. La page a un bandeau cookies, un en-tête avec
menu, un fil d'Ariane, une barre « Partager » (réseaux, courriel, copier le lien), l'article avec chiffres clés,
un tableau comparatif, une FAQ en accordéon (<details>/<summary>) et un pied de site.

Tout est inventé (département, ville, personnes, chiffres, numéros en 02 99 00, domaines .example).
"""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-10_seine-bocage_prevention-suicide-3114-vigilans.mhtml")
URL = "https://www.seine-bocage.example/actualites/sante/prevention-suicide-3114-vigilans-pssm"
BOUNDARY = "----MultipartBoundary--r8Tq2LmW5xZ0vB7nC4kJ9hG1fD6sA3eY----"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Prévention du suicide : 3114, VigilanS et premiers secours en santé mentale | Département de Seine-Bocage</title>
<meta name="description" content="Le Département et ses partenaires se mobilisent pour la Journée mondiale de prévention du suicide.">
<link rel="stylesheet" href="https://www.seine-bocage.example/themes/sb2024/css/main.css?v=7.3">
<script>var _paq=window._paq=window._paq||[];_paq.push(['requireConsent']);</script>
</head>
<body class="page-article rubrique-sante">
<div id="cookie-banner" class="cookie-consent" role="dialog" aria-modal="true" aria-label="Vos choix en matière de cookies">
<p><strong>Ce site utilise des cookies.</strong> Certains sont nécessaires à son fonctionnement, d'autres nous
permettent de mesurer l'audience et de vous proposer des vidéos. Vous pouvez modifier vos choix à tout moment via
le lien « Gestion des cookies » en bas de page.</p>
<button type="button" class="cc-accept">Accepter tout</button>
<button type="button" class="cc-deny">Continuer sans accepter</button>
<button type="button" class="cc-custom">Personnaliser</button>
</div>
<header class="site-header">
<a class="logo" href="/"><img src="https://www.seine-bocage.example/themes/sb2024/img/logo-seine-bocage.png" alt="Département de Seine-Bocage"></a>
<nav class="main-nav" aria-label="Menu principal">
<ul>
<li><a href="/solidarites/">Solidarités</a></li>
<li><a href="/sante/">Santé</a></li>
<li><a href="/colleges-jeunesse/">Collèges et jeunesse</a></li>
<li><a href="/routes-mobilites/">Routes et mobilités</a></li>
<li><a href="/le-departement/">Le Département</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › <a href="/actualites/sante/">Santé</a> › Prévention du suicide</nav>
<main id="contenu">
<article class="article">
<p class="article-meta">Publié le <time datetime="2025-09-10">10 septembre 2025</time> · Rubrique Santé · Lecture 6 min</p>
<h1>Prévention du suicide : le Département et ses partenaires se mobilisent</h1>
<div class="share-bar" aria-label="Partager">
<span class="share-label">Partager</span>
<a class="share-facebook" href="https://facebook.example/sharer?u=https%3A%2F%2Fwww.seine-bocage.example%2Factualites%2Fsante%2Fprevention-suicide-3114-vigilans-pssm">Facebook</a>
<a class="share-linkedin" href="https://linkedin.example/shareArticle?url=https%3A%2F%2Fwww.seine-bocage.example%2Factualites%2Fsante%2Fprevention-suicide-3114-vigilans-pssm">LinkedIn</a>
<a class="share-x" href="https://x.example/intent/post?url=https%3A%2F%2Fwww.seine-bocage.example%2Factualites%2Fsante%2Fprevention-suicide-3114-vigilans-pssm">X</a>
<a class="share-mail" href="mailto:?subject=Pr%C3%A9vention%20du%20suicide">Courriel</a>
<button type="button" class="share-copy">Copier le lien</button>
</div>
<p class="chapo">À l'occasion de la Journée mondiale de prévention du suicide, ce mercredi 10 septembre, le Département
de Seine-Bocage rappelle les ressources qui existent pour les personnes en souffrance, leurs proches et les
professionnels : le numéro national 3114, le dispositif de recontact VigilanS et les formations aux premiers secours
en santé mentale (PSSM).</p>

<h2>Un département plus touché que la moyenne</h2>
<p>La Normandie fait partie des régions les plus touchées par le suicide, et la Seine-Bocage davantage encore. En 2021,
118 habitants du département sont décédés par suicide. Le taux de mortalité par suicide y atteint 19,8 décès pour
100 000 habitants (taux standardisé), contre 17,9 en Normandie et 13,4 en France métropolitaine. Les hommes
représentent près de trois décès sur quatre. On compte par ailleurs environ 1 150 hospitalisations pour tentative
de suicide chaque année dans les établissements du département.</p>

<table class="chiffres">
<caption>Les chiffres clés en Seine-Bocage</caption>
<thead><tr><th>Indicateur</th><th>Seine-Bocage</th><th>Normandie</th><th>France</th></tr></thead>
<tbody>
<tr><td>Taux standardisé de décès par suicide (2021, pour 100 000 hab.)</td><td>19,8</td><td>17,9</td><td>13,4</td></tr>
<tr><td>Appels au 3114 en 2024</td><td>6 480</td><td>41 200</td><td>—</td></tr>
<tr><td>Personnes incluses dans VigilanS en 2024</td><td>812</td><td>5 340</td><td>—</td></tr>
<tr><td>Secouristes en santé mentale formés (cumul à juin 2025)</td><td>2 130</td><td>—</td><td>plus de 200 000</td></tr>
</tbody>
</table>

<h2>Le 3114, une écoute professionnelle 24 h/24</h2>
<p>Ouvert depuis le 1er octobre 2021, le 3114 est le numéro national de prévention du suicide. Gratuit et accessible
24 heures sur 24, 7 jours sur 7, il est tenu par des infirmiers et des psychologues formés à l'intervention de
crise. En Normandie, les appels de la journée sont traités par le centre répondant régional ; la nuit, ils sont
basculés vers un centre répondant d'une autre région. En 2024, 6 480 appels ont été passés depuis la Seine-Bocage, soit
18 % de plus qu'en 2023.</p>

<h2>VigilanS : ne pas perdre le contact après une tentative</h2>
<p>VigilanS est déployé en Seine-Bocage depuis janvier 2020. Après une tentative de suicide, la personne reçoit à sa
sortie des urgences une carte ressource avec un numéro à appeler. L'équipe VigilanS la rappelle entre le 10e et le
21e jour ; si elle ne peut pas être jointe ou si la situation l'exige, des cartes postales personnalisées lui sont
envoyées pendant six mois. En 2024, 812 personnes ont été incluses dans le dispositif en Seine-Bocage, contre 701 en
2023.</p>

<h2>Former 3 000 secouristes en santé mentale d'ici 2027</h2>
<p>Comme on apprend les gestes de premiers secours, on peut apprendre à repérer une personne en souffrance psychique,
à lui parler et à l'orienter. Le Département a déjà formé 340 de ses agents (centres départementaux d'action sociale,
protection maternelle et infantile, aide sociale à l'enfance). Au total, 2 130 secouristes en santé mentale ont été
formés en Seine-Bocage par l'ensemble des organismes, et l'objectif départemental est d'atteindre 3 000 secouristes d'ici 2027.
À Ormeval, la Ville et le bailleur Sèves Habitat forment leurs agents et leurs gardiens d'immeuble dans le cadre du
conseil local de santé mentale.</p>

<h2>Un appel à projets pour les territoires</h2>
<p>Pour la deuxième année, le Département consacre 60 000 euros à un appel à projets « Santé mentale et prévention du
suicide ». En 2025, neuf projets ont été retenus, dont trois portés par des conseils locaux de santé mentale : le CLSM
d'Ormeval reçoit 6 000 euros pour des ateliers d'habitants au Val-Fleuri, le CLSM de Hautrive 7 500 euros et le
CLSM intercommunal du Pays de Bray-Bocage 5 000 euros.</p>

<blockquote class="citation"><p>« Parler du suicide ne pousse pas au passage à l'acte. Au contraire, poser la question
directement, c'est souvent ouvrir une porte. »</p><footer>— Marie-Hélène Costil, vice-présidente du Département
chargée des solidarités et de la santé</footer></blockquote>

<section class="faq" aria-labelledby="faq-titre">
<h2 id="faq-titre">Questions fréquentes</h2>
<details>
<summary>Qui peut appeler le 3114 ?</summary>
<div class="faq-reponse"><p>Toute personne qui pense au suicide, mais aussi un proche inquiet, une personne endeuillée
par suicide ou un professionnel qui a besoin d'un avis sur une situation. L'appel est gratuit et confidentiel.</p></div>
</details>
<details>
<summary>Le 3114 remplace-t-il le 15 ?</summary>
<div class="faq-reponse"><p>Non. En cas de danger vital immédiat (tentative en cours, blessure, intoxication), appelez
le 15 ou le 112. Le 3114 n'est pas un numéro d'urgence vitale, mais les écoutants peuvent déclencher les secours
si nécessaire.</p></div>
</details>
<details>
<summary>Comment une personne entre-t-elle dans VigilanS ?</summary>
<div class="faq-reponse"><p>C'est le médecin des urgences ou du service qui a pris en charge la tentative de suicide
qui propose l'inclusion, avec l'accord de la personne. Le médecin traitant reçoit un courrier d'information.
La personne garde sa carte ressource et peut appeler elle-même l'équipe VigilanS du lundi au vendredi, de 9 h à
18 h.</p></div>
</details>
<details>
<summary>Combien coûte une formation aux premiers secours en santé mentale ?</summary>
<div class="faq-reponse"><p>Le module standard dure deux jours (14 heures). Il est gratuit pour les agents du Département
et pour les professionnels des structures partenaires de l'appel à projets. Pour les autres participants, le
tarif pratiqué par les organismes accrédités est généralement de 250 euros par personne.</p></div>
</details>
<details>
<summary>Un CLSM, qu'est-ce que c'est ?</summary>
<div class="faq-reponse"><p>Un conseil local de santé mentale est une instance de concertation entre élus, psychiatrie
publique, usagers, aidants et acteurs locaux, sur le territoire d'une commune ou d'une intercommunalité. Le
département en compte quatre : Ormeval, Hautrive, Pays de Bray-Bocage et Littoral-Sud.</p></div>
</details>
<details>
<summary>Où trouver de l'aide près de chez moi ?</summary>
<div class="faq-reponse"><p>Votre médecin traitant et le centre médico-psychologique (CMP) de votre secteur restent
les premiers interlocuteurs. À Ormeval, l'équipe mobile de crise du centre hospitalier du Val de Sèves intervient à
domicile en semaine (02 99 00 45 12). La liste des CMP est disponible sur la page « Santé mentale » du site.</p></div>
</details>
</section>

<p class="contact">Contact presse : direction de la communication du Département, 02 99 00 10 10,
presse@seine-bocage.example</p>
</article>
</main>
<footer class="site-footer">
<p>Département de Seine-Bocage — Hôtel du Département, 1 place de la Préfecture, Hautrive</p>
<ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/cookies/">Gestion des cookies</a></li></ul>
</footer>
</body>
</html>
"""

CSS = """body{font-family:Marianne,Arial,sans-serif;margin:0;color:#161616}
.cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#0b3d5c;color:#fff;padding:1em 2em;z-index:1000}
.share-bar{display:flex;gap:.6em;align-items:center;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:.4em 0}
.faq details{border:1px solid #ccd;margin:.4em 0;padding:.5em 1em}
.faq summary{font-weight:700;cursor:pointer}
table.chiffres td,table.chiffres th{border:1px solid #bbb;padding:.3em .6em}
"""


def tiny_png(w=40, h=20):
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes([11, 61, 92]) if (x // 5 + y // 5) % 2 else bytes([120, 180, 90])
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
            "Subject: =?utf-8?Q?Pr=C3=A9vention_du_suicide_=3A_3114=2C_VigilanS?=\r\n"
            "Date: Wed, 10 Sep 2025 16:05:41 +0200\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n\r\n" % (URL, BOUNDARY))
    parts = ["--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-7C2E9A41B0D35F86E1A4C7D2B9F0E3A6@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n%s\r\n"
             % (BOUNDARY, URL, qp(HTML)),
             "--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: https://www.seine-bocage.example/themes/sb2024/css/main.css?v=7.3\r\n\r\n%s\r\n"
             % (BOUNDARY, qp(CSS))]
    b64 = base64.encodebytes(tiny_png()).decode("ascii").replace("\n", "\r\n")
    parts.append("--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Location: https://www.seine-bocage.example/themes/sb2024/img/logo-seine-bocage.png"
                 "\r\n\r\n%s\r\n" % (BOUNDARY, b64))
    data = head + "".join(parts) + "--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(data.encode("ascii"))
    print("écrit :", OUT, len(data), "octets")


if __name__ == "__main__":
    main()
