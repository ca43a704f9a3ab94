# -*- coding: utf-8 -*-
"""Génère la page d'actualité du site de la Ville de Verlaincourt « Crue de l'Ornelle : un an après »
(8 avril 2026), enregistrée en une seule page web .mhtml (document fictif).

Format : MIME multipart/related (comme l'enregistrement « page web, un seul fichier » d'un navigateur), partie
text/html en quoted-printable, charset utf-8, plus une petite image PNG en base64. Page : bandeau cookies, en-tête,
<nav>, fil d'Ariane, <main> avec h2 / h3, encadré « chiffres clés », liste de définitions <dl> des informations
pratiques (adresse, horaires, téléphone), barre latérale « À lire aussi », pied de page."""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-04-08_ville-verlaincourt_crue-un-an-apres.mhtml")
URL = "https://www.verlaincourt.example/actualites/solidarites/crue-ornelle-un-an-apres"
IMG_URL = "https://www.verlaincourt.example/static/img/logo-verlaincourt.png"
BOUNDARY = "----MultipartBoundary--Vx29OrnelleQb7kLmN3pZtR8sYw2Hc4dFg6----"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Crue de l'Ornelle : un an après, se souvenir et prendre soin — Ville de Verlaincourt</title>
<meta name="description" content="Temps de mémoire, journée ressources et lieux d'écoute : les rendez-vous du 15 au 18 avril 2026.">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222}
.cookies{background:#333;color:#fff;padding:10px}
.chiffres{border:2px solid #2e7d32;padding:12px;margin:16px 0}
aside{float:right;width:28%}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div class="cookies" id="bandeau-cookies" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience pour améliorer nos services. Vous pouvez les accepter ou
  les refuser à tout moment.</p>
  <button type="button">Tout accepter</button> <button type="button">Tout refuser</button>
  <a href="/cookies">Personnaliser</a>
</div>
<header>
  <a href="/"><img src="https://www.verlaincourt.example/static/img/logo-verlaincourt.png" alt="Ville de Verlaincourt" width="48" height="48"></a>
  <span class="site-name">Ville de Verlaincourt</span>
  <form role="search" action="/recherche"><input type="search" name="q" placeholder="Rechercher"><button>OK</button></form>
</header>
<nav aria-label="Menu principal">
  <ul>
    <li><a href="/">Accueil</a></li>
    <li><a href="/mairie">Mairie</a></li>
    <li><a href="/vivre">Vivre à Verlaincourt</a></li>
    <li><a href="/solidarites">Solidarités et santé</a></li>
    <li><a href="/actualites">Actualités</a></li>
    <li><a href="/contact">Contact</a></li>
  </ul>
</nav>
<nav aria-label="Fil d'Ariane" class="breadcrumb">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/actualites">Actualités</a></li>
    <li><a href="/actualites/solidarites">Solidarités</a></li>
    <li aria-current="page">Crue de l'Ornelle : un an après</li>
  </ol>
</nav>
<aside>
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/actualites/solidarites/groupes-de-parole-cycle-3">Groupes de parole : un troisième cycle démarre le 5 mai</a></li>
    <li><a href="/actualites/solidarites/devenir-sentinelle">Devenir sentinelle : prochaine formation le 2 juin 2026</a></li>
    <li><a href="/actualites/travaux/digue-pres-bas">Digue des Prés-Bas : réunion publique le mardi 28 avril à 18 h 30, salle Jean-Ferrat</a></li>
    <li><a href="/actualites/solidarites/livret-apres-la-crue">Livret « Après la crue, prendre soin de soi » : la version en arabe est en ligne</a></li>
  </ul>
</aside>
<main>
  <article>
    <p class="date">Publié le 8 avril 2026 — Solidarités et santé</p>
    <h1>Crue de l'Ornelle : un an après, se souvenir et prendre soin</h1>
    <p class="chapo">Dans la nuit du 14 au 15 avril 2025, l'Ornelle sortait de son lit et inondait une partie de la
    ville, en particulier les quartiers des Prés-Bas et de l'Écluse-Faubourg. Un an après, la Ville, le conseil local
    de santé mentale (CLSM) et l'Association des sinistrés de l'Ornelle proposent deux rendez-vous pour se
    retrouver, et rappellent les lieux d'écoute ouverts à tous.</p>

    <div class="chiffres" role="complementary" aria-label="Chiffres clés">
      <h2>La crue et ses suites en chiffres</h2>
      <ul>
        <li><strong>6,12 m</strong> au pont de la Halle le 15 avril 2025, du jamais-vu depuis 1983</li>
        <li><strong>1 180</strong> logements inondés</li>
        <li><strong>2 244</strong> appels à la ligne d'écoute en un an</li>
        <li><strong>313</strong> habitants accompagnés par la consultation psychotrauma des Prés-Bas</li>
        <li><strong>68</strong> sentinelles formées dans les quartiers</li>
      </ul>
    </div>

    <h2>Mercredi 15 avril : un temps de mémoire au bord de l'eau</h2>
    <p>À 18 h 30, quai de la Halle, les habitants sont invités à un moment simple, sans discours officiel, voulu
    par l'Association des sinistrés de l'Ornelle. Un repère de crue sera dévoilé sur la pile du pont de la Halle, à
    la hauteur atteinte par l'eau. Suivront une minute de silence et la lecture de textes écrits par des
    sinistrés et par des élèves du collège Émile-Gallé.</p>
    <p>Des psychologues du centre régional du psychotrauma et de la cellule d'urgence médico-psychologique seront
    présents tout au long de la soirée. Ils seront reconnaissables à leur gilet vert : n'hésitez pas à aller vers
    eux.</p>

    <h2>Samedi 18 avril : journée ressources à la Halle aux Grains</h2>
    <p>De 10 h à 17 h, entrée libre, la Halle aux Grains accueille tous les partenaires qui accompagnent les
    sinistrés depuis un an : le point ressources et information des sinistrés, le CCAS, Ornelle Habitat,
    l'association Aubrette Aide aux Victimes, la consultation psychotrauma et l'Association des sinistrés de
    l'Ornelle.</p>
    <h3>Des entretiens sans rendez-vous</h3>
    <p>Toute la journée, des psychologues reçoivent sans rendez-vous, dans un espace calme et confidentiel, les
    personnes qui souhaitent parler de ce qu'elles ont vécu ou qui s'inquiètent pour un proche.</p>
    <h3>Une conférence à 11 h</h3>
    <p>« Pourquoi la date anniversaire réveille-t-elle nos émotions ? » : le Dr Hélène Stoltz, psychiatre au centre
    régional du psychotrauma Rhin-Meuse, explique les réactions d'anniversaire et comment y faire face.</p>
    <h3>Pour les enfants</h3>
    <p>À 14 h et à 15 h 30, atelier « Dessine ta rivière » pour les 6-11 ans, animé par la ludothèque municipale, en
    présence d'une psychologue pour enfants. Les parents restent sur place.</p>

    <h2>Si cette période est difficile pour vous</h2>
    <p>Il est fréquent, à l'approche de la date anniversaire, de mal dormir, de repenser sans cesse à la nuit de la
    crue ou de guetter la pluie. Ces réactions sont normales et passent le plus souvent en quelques jours. Si elles
    durent ou vous empêchent de vivre normalement, parlez-en.</p>
    <ul>
      <li>Du 13 au 18 avril, la ligne d'écoute post-crue est exceptionnellement ouverte de 9 h à 20 h, samedi
      compris.</li>
      <li>La consultation psychotrauma reçoit le mardi et le jeudi à la maison de santé des Prés-Bas, sur
      rendez-vous au 03 99 00 41 20 ; elle est gratuite.</li>
      <li>En cas d'urgence ou de danger immédiat, appelez le 15.</li>
    </ul>

    <h2>Informations pratiques</h2>
    <dl class="infos-pratiques">
      <dt>Point ressources et information des sinistrés (PRIS)</dt>
      <dd>Guichet unique : assurances, aides, relogement, soutien psychologique</dd>
      <dt>Adresse</dt>
      <dd>4 place de la Filature, 1er étage, Verlaincourt (bus ligne 3, arrêt Filature)</dd>
      <dt>Horaires</dt>
      <dd>Lundi, mercredi et vendredi, de 9 h à 12 h 30 et de 14 h à 17 h</dd>
      <dt>Téléphone</dt>
      <dd>03 99 00 41 00</dd>
      <dt>Courriel</dt>
      <dd>pris@verlaincourt.example</dd>
      <dt>Ligne d'écoute post-crue</dt>
      <dd>03 99 00 41 41, du lundi au vendredi de 9 h à 17 h (horaires élargis du 13 au 18 avril)</dd>
    </dl>
    <p class="partage">Partager : <a href="#">Facebook</a> <a href="#">Courriel</a> <a href="#">Imprimer</a></p>
  </article>
</main>
<footer>
  <p>Ville de Verlaincourt — Hôtel de ville, place de l'Hôtel-de-Ville — 03 99 00 40 00</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/cookies">Gestion des cookies</a></li>
  </ul>
  <p>© 2026 Ville de Verlaincourt</p>
</footer>
</body>
</html>
"""


def png(w=48, h=48):
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            wave = (y > h * 0.55 + 4 * ((x // 6) % 2))
            raw += bytes((0x1F, 0x4E, 0x79) if wave else (0x2E, 0x7D, 0x32))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    qp = quopri.encodestring(HTML.encode("utf-8")).decode("ascii")
    qp = qp.replace("\n", "\r\n")
    b64 = base64.encodebytes(png()).decode("ascii").replace("\n", "\r\n")
    head = ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: %s\r\n"
            "Subject: =?utf-8?Q?Crue_de_l'Ornelle_=3A_un_an_apr=C3=A8s=2C_se_souvenir_et_prendre_soin?=\r\n"
            "Date: Wed, 8 Apr 2026 16:42:07 +0200\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n\r\n" % (URL, BOUNDARY))
    parts = ("--%s\r\n"
             "Content-Type: text/html; charset=\"utf-8\"\r\n"
             "Content-ID: <frame-4F1C2A7B9D0E3A65B8C1@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: %s\r\n\r\n%s\r\n"
             "--%s\r\n"
             "Content-Type: image/png\r\n"
             "Content-Transfer-Encoding: base64\r\n"
             "Content-Location: %s\r\n\r\n%s\r\n"
             "--%s--\r\n" % (BOUNDARY, URL, qp, BOUNDARY, IMG_URL, b64, BOUNDARY))
    with open(OUT, "w", encoding="ascii", newline="") as f:
        f.write(head + parts)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
