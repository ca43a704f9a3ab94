# -*- coding: utf-8 -*-
"""Génère la lettre d'information électronique « Enfance & santé mentale » n° 3 (9 décembre 2025) du CLSM de
Montbrisac, au format HTML d'e-mail : mise en page en tableaux imbriqués, styles en ligne, texte d'aperçu
(preheader) masqué, lien « Voir dans le navigateur », trois articles avec un lien « Lire la suite » (l'un
annonce un événement avec date et lieu), brèves, pied de page avec lien de désinscription.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 04 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-09_clsm-montbrisac_lettre-enfance-n3.html")

BASE = "https://sante-mentale.montbrisac.example"
UTM = "?utm_source=lettre&amp;utm_medium=email&amp;utm_campaign=enfance-n3"

ARTICLES = [
    ("Le CMP enfants Les Capucines ouvre un accueil sans rendez-vous",
     "Nouveau",
     ["Bonne nouvelle pour les familles : à partir du <strong>mardi 6 janvier 2026</strong>, le CMP enfants Les "
      "Capucines ouvre un accueil sans rendez-vous <strong>tous les mardis de 16 h 30 à 18 h 30</strong>. Une "
      "infirmière et une psychologue y reçoivent les parents inquiets pour un enfant de 3 à 12 ans, pour un "
      "premier échange et, si besoin, une orientation.",
      "Ce temps d'accueil ne remplace pas la consultation avec un médecin, pour laquelle le délai reste long "
      "(19 semaines en moyenne cette année). Il permet en revanche de ne laisser aucune famille sans réponse."],
     BASE + "/actualites/cmp-capucines-accueil-sans-rendez-vous"),
    ("Programme CPS : neuf écoles et 31 classes cette année",
     "Écoles",
     ["Depuis la rentrée, le programme de compétences psychosociales « Graines de compétences » est présent "
      "dans <strong>neuf écoles élémentaires</strong> de Montbrisac, avec l'arrivée des écoles Victor-Hugo et "
      "Saint-Exupéry. <strong>58 enseignants</strong> sont désormais formés.",
      "L'Agence régionale de santé a confirmé son soutien pour 2026 avec <strong>42 000 €</strong>, contre 36 000 € "
      "en 2025. Les premiers résultats de l'évaluation seront présentés à la plénière du CLSM fin janvier."],
     BASE + "/actualites/programme-cps-neuf-ecoles"),
    ("Conférence-débat : « Écrans, sommeil et émotions : comment aider mon enfant ? »",
     "Agenda",
     ["Le CLSM et les centres sociaux invitent les parents d'enfants de 6 à 12 ans à une conférence-débat le "
      "<strong>mardi 27 janvier 2026 de 18 h 30 à 20 h</strong>, à la <strong>salle polyvalente de "
      "Champ-Rollin, 3 place des Glycines</strong>.",
      "Avec le Dr Hélène Fabre, pédopsychiatre au CMP enfants, et Nadia Ferhat, puéricultrice de PMI. Entrée "
      "libre ; garde d'enfants gratuite sur place, sur inscription au 04 99 00 25 60 avant le 20 janvier."],
     BASE + "/agenda/conference-ecrans-sommeil-emotions"),
]

BREVES = [
    "<strong>Webinaire du 20 novembre</strong> : le replay de « Santé mentale des 6-12 ans dans les quartiers » "
    "est en ligne, avec le support des intervenants.",
    "<strong>Maison des adolescents</strong> : à partir de janvier 2026, permanence au collège Jean-Rostand "
    "(Les Tilleuls) le jeudi de 12 h à 14 h, pour les élèves de 6e et de 5e.",
    "<strong>Fiche de liaison</strong> : après les Tilleuls, la fiche de liaison commune est utilisée à "
    "Champ-Rollin depuis septembre ; 57 fiches ont été transmises depuis mai.",
]


def article(title, tag, paras, href):
    ps = "".join('<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;'
                 'line-height:22px;color:#333333;">%s</p>' % p for p in paras)
    return """
<tr><td style="padding:24px 32px 8px 32px;background-color:#ffffff;">
  <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">
    <tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#ffffff;">
      <span style="background-color:#E07A5F;padding:3px 8px;border-radius:3px;text-transform:uppercase;">%s</span>
    </td></tr>
    <tr><td style="padding:10px 0 10px 0;font-family:Georgia,serif;font-size:22px;line-height:28px;color:#1B4F72;font-weight:bold;">%s</td></tr>
    <tr><td>%s</td></tr>
    <tr><td style="padding:4px 0 16px 0;">
      <table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
        <td style="background-color:#1B4F72;border-radius:4px;padding:10px 18px;">
          <a href="%s%s" target="_blank" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold;">Lire la suite &rarr;</a>
        </td></tr></table>
    </td></tr>
  </table>
</td></tr>
<tr><td style="background-color:#ffffff;padding:0 32px;"><hr style="border:0;border-top:1px solid #e3e3e3;margin:0;"></td></tr>
""" % (tag, title, ps, href, UTM)


def main():
    arts = "".join(article(*a) for a in ARTICLES)
    breves = "".join('<tr><td style="padding:6px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
                     'line-height:20px;color:#333333;">&bull; %s</td></tr>' % b for b in BREVES)
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Enfance &amp; santé mentale — la lettre du CLSM de Montbrisac n° 3 (décembre 2025)</title>
<style type="text/css">
  body { margin:0; padding:0; }
  @media only screen and (max-width:620px) { .container { width:100%% !important; } }
</style>
</head>
<body style="margin:0;padding:0;background-color:#EEF2F5;">
<div class="preheader" style="display:none;font-size:1px;color:#EEF2F5;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Accueil sans rendez-vous au CMP enfants dès le 6 janvier, neuf écoles dans le programme CPS, conférence pour les parents le 27 janvier.&#847; &zwnj; &nbsp;&#847; &zwnj; &nbsp;</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#EEF2F5;">
<tr><td align="center" style="padding:12px 8px;">
  <table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;">
    <tr><td align="right" style="padding:0 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#6b7b80;">
      Cette lettre ne s'affiche pas correctement ? <a href="%(base)s/lettre/enfance-n3.html%(utm)s" style="color:#1B4F72;">Voir dans le navigateur</a>
    </td></tr>
    <tr><td style="background-color:#1B4F72;padding:28px 32px;">
      <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
        <td style="font-family:Georgia,serif;font-size:28px;line-height:34px;color:#ffffff;font-weight:bold;">Enfance &amp; santé mentale</td>
        <td align="right" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#CFE3F1;">La lettre n° 3<br>décembre 2025</td>
      </tr>
      <tr><td colspan="2" style="padding-top:8px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#CFE3F1;">Conseil local de santé mentale de Montbrisac — groupe de travail « Enfance »</td></tr></table>
    </td></tr>
    <tr><td style="background-color:#ffffff;padding:24px 32px 0 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">
      Bonjour,<br><br>Pour cette dernière lettre de l'année, trois nouvelles qui concernent directement les familles
      et les professionnels qui accompagnent les enfants de 6 à 12 ans. Bonne lecture et belles fêtes !<br>
      <em>Clémence Royer, coordinatrice du CLSM</em>
    </td></tr>
    %(arts)s
    <tr><td style="background-color:#F7F9FB;padding:20px 32px;">
      <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="font-family:Georgia,serif;font-size:18px;color:#1B4F72;font-weight:bold;padding-bottom:6px;">En bref</td></tr>
        %(breves)s
      </table>
    </td></tr>
    <tr><td style="background-color:#1B4F72;padding:20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#CFE3F1;">
      CLSM de Montbrisac — Hôtel de ville, 1 place de la République, Montbrisac — 04 99 00 25 60 — clsm@montbrisac.example<br>
      Le groupe de travail « Enfance » est co-piloté par le Dr Hélène Fabre (CMP enfants Les Capucines) et Yanis Belkacem (programme de réussite éducative).<br><br>
      Vous recevez cette lettre parce que vous êtes inscrit·e à la liste « Enfance » du CLSM.
      <a href="%(base)s/lettre/desinscription%(utm)s&amp;id=%%%%EMAIL_ID%%%%" style="color:#ffffff;">Se désinscrire</a> ·
      <a href="%(base)s/lettre/preferences%(utm)s" style="color:#ffffff;">Gérer mes préférences</a>
    </td></tr>
  </table>
</td></tr>
</table>
</body>
</html>
""" % {"base": BASE, "utm": UTM, "arts": arts, "breves": breves}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
