# -*- coding: utf-8 -*-
"""Lettre d'information envoyée avec Brevo (ex-Sendinblue), éditeur glisser-déposer, enregistrée depuis le
navigateur par « Voir la version en ligne ».

Imitation : HTML d'e-mail produit par MJML (tableaux de mise en page imbriqués role="presentation", colonnes
<div class="mj-column-per-50">, commentaires conditionnels <!--[if mso | IE]>), texte de pré-en-tête caché
(display:none), lien « Voir la version en ligne », blocs « rnb-» de Brevo, boutons en tableaux, bloc « chiffre du
mois » où le grand nombre est un paragraphe séparé de son libellé, agenda en tableau, pied de page légal avec
« Se désinscrire » et logo « Envoyé avec Brevo ».
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-05_vqge_lettre-information-37-mars-2026.html")


def section(inner, bg="#ffffff"):
    return """<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" style="width:600px;" width="600"><tr><td><![endif]-->
<div style="background:%s;margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="background:%s;width:100%%;"><tbody><tr><td style="direction:ltr;font-size:0px;padding:20px 0;text-align:center;">
<div class="mj-column-per-100 mj-outlook-group-fix" style="font-size:0px;text-align:left;direction:ltr;display:inline-block;vertical-align:top;width:100%%;"><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="vertical-align:top;" width="100%%"><tbody>
<tr><td align="left" class="rnb-text" style="font-size:0px;padding:10px 25px;word-break:break-word;"><div style="font-family:Arial, Helvetica, sans-serif;font-size:15px;line-height:1.5;text-align:left;color:#333333;">
%s
</div></td></tr></tbody></table></div>
</td></tr></tbody></table></div>
<!--[if mso | IE]></td></tr></table><![endif]-->
""" % (bg, bg, inner)


def button(label, href):
    return ('<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="border-collapse:separate;'
            'line-height:100%%;"><tr><td align="center" bgcolor="#C2185B" role="presentation" style="border:none;'
            'border-radius:4px;cursor:auto;padding:10px 25px;background:#C2185B;"><a href="%s" style="display:'
            'inline-block;background:#C2185B;color:#ffffff;font-family:Arial;font-size:14px;text-decoration:none;" '
            'target="_blank">%s</a></td></tr></table>' % (href, label))


T = "https://r.sb.vqge.example/mk/cl/f/sh/1t6Af4OiGsFw"
parts = []
parts.append('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
             'opacity:0;overflow:hidden;">Appel à projets « Aller-vers en QPV », retour sur notre webinaire '
             'troubles concomitants, formation de médiateurs pairs…&#847; &#847; &#847; &#847; &#847;</div>')
parts.append(section('<p style="text-align:center;font-size:11px;color:#888888;">Vous ne visualisez pas '
                     'correctement cet e-mail ? <a href="%s/1" style="color:#888888;">Voir la version en ligne</a></p>'
                     % T, "#f4f4f4"))
parts.append(section('<p style="text-align:center;"><img src="https://img.mailinblue.example/5412873/images/'
                     'logo-vqge.png" alt="Villes &amp; Quartiers Grand Est" width="220"></p>'
                     '<h1 style="text-align:center;font-size:24px;color:#C2185B;">La Lettre de Villes &amp; '
                     'Quartiers Grand Est</h1><p style="text-align:center;">N° 37 — mars 2026 — Spécial addictions '
                     'et santé mentale</p>'))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Édito</h2>'
    '<p>Chères et chers partenaires,</p><p>Addictions et troubles psychiques vont très souvent de pair, et les '
    'habitants des quartiers prioritaires en paient un prix plus lourd qu\'ailleurs. Le succès de notre webinaire '
    'de février le confirme : le sujet est sur la table de nombreux CLSM, mais les coopérations restent à '
    'construire. Cette lettre vous donne quelques outils pour avancer, et une bonne nouvelle : un appel à projets '
    'régional dédié à l\'aller-vers.</p><p><em>Frédéric Nussbaum, directeur de Villes &amp; Quartiers Grand Est</em></p>'))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Retour sur le webinaire « Addictions et santé mentale dans les QPV : '
    'agir ensemble »</h2>'
    '<p>Le 10 février, 212 personnes s\'étaient inscrites et 148 se sont connectées à notre webinaire sur les troubles '
    'concomitants. Le replay a déjà été vu 430 fois. Parmi les participants, 62 % ont indiqué que leur CLSM n\'a '
    'pas de groupe de travail sur les addictions.</p>'
    '<p>Trois messages à retenir :</p><ul><li>traiter l\'addiction et le trouble psychique en même temps, avec un '
    'plan de soins partagé ;</li><li>associer le CAARUD au CLSM, et pas seulement le CSAPA ;</li><li>recruter des '
    'médiateurs pairs formés et rémunérés.</li></ul>' + button("Voir le replay", T + "/2")))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Appel à projets « Aller-vers en QPV » 2026</h2>'
    '<p>L\'ARS Grand Est et la préfecture de région (crédits MILDECA — Mission interministérielle de lutte contre '
    'les drogues et les conduites addictives) lancent un appel à projets pour développer l\'aller-vers en addictologie '
    'et en santé mentale dans les quartiers prioritaires. L\'enveloppe régionale est de 850 000 €, pour des projets '
    'de 15 000 à 60 000 € par an, sur deux ans.</p>'
    '<p><strong>Qui peut candidater ?</strong> Les CSAPA, CAARUD, CJC, équipes mobiles et associations, à condition '
    'de joindre une lettre de soutien du CLSM ou, à défaut, du contrat de ville.</p>'
    '<p><strong>Date limite de dépôt : mercredi 15 avril 2026 à midi</strong>, sur la plateforme démarches de l\'ARS. '
    'Deux visioconférences d\'information sont prévues les 12 et 19 mars à 11 h.</p>'
    + button("Lire le cahier des charges", T + "/3")))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Le chiffre du mois</h2>'
    '<p style="font-size:44px;font-weight:bold;color:#C2185B;text-align:center;margin:0;">31 %</p>'
    '<p style="text-align:center;">des CLSM du Grand Est déclarent un groupe de travail consacré aux addictions '
    '(enquête VQGE auprès des coordinateurs, automne 2025, 45 CLSM répondants sur 58)</p>', "#FCE4EC"))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Formation : devenir médiateur pair en addictologie</h2>'
    '<p>En partenariat avec le programme régional Pairs en Quartiers, nous proposons un cycle de trois modules pour '
    'les personnes ayant une expérience vécue des addictions ou des troubles psychiques, salariées ou en voie de '
    'l\'être : les 19 et 20 mai 2026 (posture de pair et récit de rétablissement), le 16 juin 2026 (réduction des '
    'risques et aller-vers) et le 22 septembre 2026 (travail en équipe et supervision), à Haldenbourg. Seize places, '
    'gratuit pour les structures du Grand Est. Inscriptions auprès de Julie Ancel avant le 30 avril.</p>'))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Nouvelle ressource</h2>'
    '<p>Notre guide « Troubles concomitants : 10 fiches pour les CLSM » est en ligne. Au menu : construire un groupe '
    'de travail, rédiger une fiche de liaison CSAPA–CMP, accueillir un médiateur pair, répondre aux plaintes de '
    'voisinage liées au crack, et un annuaire régional des CSAPA, CJC et CAARUD.</p>'
    + button("Télécharger le guide (PDF, 2,1 Mo)", T + "/4")))
parts.append(section(
    '<h2 style="font-size:19px;color:#C2185B;">Agenda</h2>'
    '<table role="presentation" width="100%" cellpadding="6" style="border-collapse:collapse;font-size:14px;">'
    '<tr><td style="border-bottom:1px solid #eee;"><strong>Mardi 14 avril 2026, 14 h</strong></td><td style="border-bottom:1px solid #eee;">Webinaire des Mardis : écrans et santé mentale des enfants</td></tr>'
    '<tr><td style="border-bottom:1px solid #eee;"><strong>Mercredi 15 avril 2026</strong></td><td style="border-bottom:1px solid #eee;">Clôture de l\'appel à projets « Aller-vers en QPV »</td></tr>'
    '<tr><td style="border-bottom:1px solid #eee;"><strong>19 et 20 mai 2026</strong></td><td style="border-bottom:1px solid #eee;">Formation médiateurs pairs, module 1 (Haldenbourg)</td></tr>'
    '<tr><td><strong>Jeudi 11 juin 2026</strong></td><td>Rencontre régionale des coordinateurs de CLSM, Vervinval</td></tr>'
    '</table>'))
parts.append(section(
    '<p style="font-size:11px;color:#888888;text-align:center;">Villes &amp; Quartiers Grand Est — centre de ressources '
    'politique de la ville — 8 quai des Bateliers, Haldenbourg<br>Vous recevez cet e-mail car vous êtes inscrit(e) à '
    'la lettre d\'information de VQGE.<br><a href="%s/unsub" style="color:#888888;">Se désinscrire</a> | '
    '<a href="%s/prefs" style="color:#888888;">Gérer mes préférences</a></p>'
    '<p style="text-align:center;"><a href="https://www.brevo.example/?utm_source=logo_mailin"><img src="https://img.'
    'mailinblue.example/new_images/rnb/rnb_brevo_logo.png" alt="Envoyé avec Brevo" width="90"></a></p>' % (T, T),
    "#f4f4f4"))

HTML = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" lang="fr">
<head><title>La Lettre de VQGE n°37 — mars 2026</title>
<!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge"><!--<![endif]-->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style type="text/css">#outlook a { padding:0; } body { margin:0;padding:0;-webkit-text-size-adjust:100%%;-ms-text-size-adjust:100%%; } table, td { border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt; } @media only screen and (min-width:480px) { .mj-column-per-100 { width:100%% !important; max-width: 100%%; } }</style>
</head>
<body style="word-spacing:normal;background-color:#f4f4f4;"><div style="background-color:#f4f4f4;" lang="fr">
%s
</div><img width="1" height="1" src="https://r.sb.vqge.example/tr/op/1t6Af4OiGsFw" alt=""></body></html>
""" % "\n".join(parts)

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print(OUT)
