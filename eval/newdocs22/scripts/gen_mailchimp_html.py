# -*- coding: utf-8 -*-
"""Lettre d'information d'un centre de ressources envoyée avec Mailchimp (éditeur classique, gabarit « 1 colonne »)
et enregistrée depuis le lien « Voir ce courriel dans votre navigateur ».

Imitation : <table id="bodyTable"> / <td id="bodyCell"> / templateContainer, texte de prévisualisation caché
(<span class="mcnPreviewText" style="display:none">), blocs mcnTextBlock / mcnTextContent, mcnImageBlock,
mcnCaptionBlock (image et légende côte à côte), mcnBoxedTextBlock pour le « chiffre du mois » dont le grand nombre est
un <h1> séparé de son libellé, mcnButtonBlock, mcnDividerBlock, agenda en tableau de présentation, commentaires
conditionnels [if mso], pied « Copyright © 2026 … All rights reserved » à demi traduit, liens « why did I get this? »,
« unsubscribe from this list », badge « Intuit Mailchimp », pixel de suivi.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-10_qrna_lettre-sante-mentale-quartiers-18.html")


def text_block(inner):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">'
            '<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
            '<!--[if mso]><table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">'
            '<tr><td valign="top" width="600" style="width:600px;"><![endif]-->'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" '
            'width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" '
            'style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">\n%s\n</td></tr></tbody>'
            '</table><!--[if mso]></td></tr></table><![endif]--></td></tr></tbody></table>\n').replace('%s', inner, 1)


def divider():
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">'
            '<tbody class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="padding:18px;">'
            '<table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" '
            'style="border-top:2px solid #7A3E9D;"><tbody><tr><td><span></span></td></tr></tbody></table>'
            '</td></tr></tbody></table>\n')


def button(label, href):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">'
            '<tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0; padding-right:18px; padding-bottom:18px; '
            'padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner"><table border="0" '
            'cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:separate '
            '!important;border-radius:4px;background-color:#7A3E9D;"><tbody><tr><td align="center" valign="middle" '
            'class="mcnButtonContent" style="font-family:Arial;font-size:16px;padding:14px;"><a class="mcnButton" '
            'title="%s" href="%s" target="_blank" style="font-weight:bold;color:#FFFFFF;">%s</a></td></tr></tbody>'
            '</table></td></tr></tbody></table>\n').replace('%s', label, 1).replace('%s', href, 1).replace('%s', label, 1)


BLOCKS = []
BLOCKS.append(text_block(
    '<h1>La Lettre santé mentale &amp; quartiers — n° 18, mars 2026</h1>'
    '<p><em>Spécial violences intrafamiliales et psychotraumatisme</em></p>'
    '<p>Chères et chers partenaires,</p>'
    '<p>Ce numéro prolonge notre webinaire du 12 février sur les enfants exposés aux violences conjugales, qui a réuni '
    '172 participants, un record pour nos rendez-vous santé. Vous y trouverez les premiers pas du groupe de travail du '
    'CLSM de Lescarrère, l\'ouverture de l\'antenne de Saint-Aurel-sur-Dronne du centre régional du psychotraumatisme, '
    'un appel à projets de l\'ARS et l\'agenda du printemps.</p>'
    '<p>Bonne lecture,<br>Claire Dubreuil, chargée de mission santé, Quartiers Ressources Nouvelle-Aquitaine (QRNA)</p>'))
BLOCKS.append(divider())
BLOCKS.append(text_block(
    '<h2>Retour sur le webinaire « Enfants exposés aux violences conjugales dans les QPV »</h2>'
    '<p>Quatre intervenants ont croisé leurs regards : la Dre Nadia Berthomé (antenne de Montbazac du CRP '
    'Garonne-Atlantique), Sophie Lagarde (intervenante sociale au commissariat de Montbazac), Thomas Eyraud (CPE au '
    'collège des Tilleuls) et Manon Etchart (coordinatrice du CLSM de Lescarrère). À retenir :</p>'
    '<ul><li>un enfant exposé aux violences conjugales est un enfant victime, et non un simple témoin ;</li>'
    '<li>41 % des participants déclarent que leur CLSM a un groupe de travail sur les violences intrafamiliales ;</li>'
    '<li>au collège des Tilleuls, une psychologue du centre régional conseille l\'équipe éducative un mardi matin par '
    'mois, sans consultation dans l\'établissement ;</li>'
    '<li>le manque de places d\'hébergement d\'urgence adaptées aux mères avec enfants reste le principal point noir.</li></ul>'))
BLOCKS.append(button("Voir le replay", "https://www.qrna.example/webinaires/2026-02-12-enfants-exposes-violences"))
BLOCKS.append(divider())
BLOCKS.append(
    '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tbody '
    'class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">'
    '<table border="0" cellpadding="0" cellspacing="0" class="mcnCaptionRightContentOuter" width="100%"><tbody><tr>'
    '<td valign="top" class="mcnCaptionRightContentInner" style="padding:0 9px;"><table align="left" border="0" '
    'cellpadding="0" cellspacing="0" class="mcnCaptionRightImageContentContainer" width="176"><tbody><tr><td '
    'class="mcnCaptionRightImageContent" align="center" valign="top"><img alt="" src="https://mcusercontent.com/'
    '7f3e2a/images/lescarrere-gt.jpg" width="176" style="max-width:400px;" class="mcnImage"></td></tr></tbody></table>'
    '<table class="mcnCaptionRightTextContentContainer" align="right" border="0" cellpadding="0" cellspacing="0" '
    'width="352"><tbody><tr><td valign="top" class="mcnTextContent">'
    '<h2>Lescarrère : le CLSM se dote d\'un groupe de travail « violences et psychotrauma »</h2>'
    '<p>Créé le 14 octobre 2025 à l\'initiative de la coordinatrice du CLSM, Manon Etchart, le groupe réunit 17 '
    'membres : gendarmerie et son intervenant social, centre hospitalier, antenne du centre régional du '
    'psychotraumatisme, CMP, CMPP, PMI, ASE, AVVG, bailleur social, deux collèges et la ville. Il s\'est donné trois '
    'priorités pour 2026 :</p>'
    '<ol><li>un annuaire partagé des ressources violences et psychotrauma du territoire, attendu pour juin ;</li>'
    '<li>la formation des professionnels de première ligne au repérage, avec le programme « Repères Psychotrauma » ;</li>'
    '<li>une réunion de concertation mensuelle sur les situations complexes, dont la première s\'est tenue le 10 mars '
    '2026 au centre social de la Pinède-Haute.</li></ol>'
    '</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>\n')
BLOCKS.append(text_block(
    '<h2>Dordogne : l\'antenne de Saint-Aurel-sur-Dronne a ouvert ses portes</h2>'
    '<p>Quatrième site du centre régional du psychotraumatisme Garonne-Atlantique, l\'antenne de '
    'Saint-Aurel-sur-Dronne accueille enfants et adultes depuis le 15 septembre 2025, dans les locaux du centre '
    'hospitalier, à dix minutes à pied du quartier prioritaire du Grand-Pré. L\'équipe compte une psychologue, Camille '
    'Ondet, et une psychiatre à mi-temps, la Dre Aurélie Pélissier. 63 personnes y ont été suivies dès la fin de '
    'l\'année 2025, avec un délai de premier rendez-vous de 17 jours.</p>'))
BLOCKS.append(
    '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock"><tbody '
    'class="mcnBoxedTextBlockOuter"><tr><td valign="top" class="mcnBoxedTextBlockInner"><table align="left" border="0" '
    'cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextContentContainer"><tbody><tr><td '
    'style="padding:9px 18px;"><table border="0" cellspacing="0" class="mcnTextContentContainer" width="100%" '
    'style="min-width:100%;background-color:#F3EAF8;"><tbody><tr><td valign="top" class="mcnTextContent" '
    'style="padding:18px;text-align:center;">'
    '<p style="text-transform:uppercase;letter-spacing:2px;">Le chiffre du mois</p>'
    '<h1 style="font-size:56px;color:#7A3E9D;">26</h1>'
    '<p>demandes de mise à l\'abri n\'ont pu être satisfaites faute de place dans le dispositif Toit Sûr à Montbazac '
    'en 2025 (source : bilan 2025 de l\'intervenante sociale en commissariat).</p>'
    '</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>\n')
BLOCKS.append(divider())
BLOCKS.append(text_block(
    '<h2>Appel à projets « Enfants exposés aux violences : aller vers les familles des QPV »</h2>'
    '<p>L\'ARS Nouvelle-Aquitaine et la préfecture de région lancent un appel à projets pour soutenir des actions '
    'd\'aller-vers auprès des enfants exposés aux violences intrafamiliales et de leurs parents protecteurs dans les '
    'quartiers prioritaires. L\'enveloppe régionale s\'élève à 420 000 € ; chaque projet peut recevoir de 10 000 à '
    '35 000 € par an, pendant deux ans.</p>'
    '<p><strong>Qui peut candidater ?</strong> Les associations, les centres sociaux, les collectivités porteuses d\'un '
    'CLSM et les établissements de santé, de préférence en partenariat. Les projets construits au sein d\'un groupe de '
    'travail de CLSM seront valorisés.</p>'
    '<p><strong>Date limite de dépôt :</strong> jeudi 30 avril 2026 à 17 h, sur la plateforme de l\'ARS. Une réunion '
    'd\'information en ligne est proposée le mardi 24 mars à 11 h.</p>'))
BLOCKS.append(button("Lire le cahier des charges", "https://www.ars-na.example/aap-enfants-exposes-2026"))
BLOCKS.append(divider())
agenda = [("Mardi 24 mars 2026, 11 h", "Réunion d'information sur l'appel à projets « Enfants exposés » (en ligne)"),
          ("Jeudi 9 avril 2026", "Journée régionale « Violences intrafamiliales et santé mentale », Espace "
                                 "Landes-Océan, Lescarrère"),
          ("Jeudi 14 mai 2026, 14 h", "Webinaire « Adolescents et violences dans leurs relations amoureuses »"),
          ("Jeudi 10 septembre 2026", "Formation « Repères Psychotrauma », module 3 : analyse de situations, Montbazac")]
rows = "".join('<tr><td valign="top" style="padding:6px 0;width:40%%;"><strong>%s</strong></td>'
               '<td valign="top" style="padding:6px 0;">%s</td></tr>' % a for a in agenda)
BLOCKS.append(text_block('<h2>Agenda</h2><table border="0" cellpadding="0" cellspacing="0" width="100%%">'
                         '<tbody>%s</tbody></table>' % rows))
BLOCKS.append(text_block(
    '<h2>Ressources</h2><ul>'
    '<li>Rapport d\'activité 2025 du centre régional du psychotraumatisme Garonne-Atlantique : à paraître fin mars.</li>'
    '<li>Flyer de l\'AVVG « Mise à l\'abri en urgence : vos droits, vos contacts » (mars 2026), à commander gratuitement '
    'auprès de l\'association.</li>'
    '<li>Page de la Maison Olympe sur le site du centre hospitalier de Montbazac.</li></ul>'))

HTML = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- NAME: 1 COLUMN -->
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>La Lettre santé mentale &amp; quartiers n° 18 — mars 2026</title>
<style type="text/css">
p{margin:10px 0;padding:0;} table{border-collapse:collapse;} h1,h2,h3{display:block;margin:0;padding:0;}
#bodyCell{padding:10px;} .templateContainer{max-width:600px !important;} .mcnTextContent{font-family:Helvetica;font-size:15px;line-height:150%;}
@media only screen and (max-width: 480px){ body,table,td,p,a,li{-webkit-text-size-adjust:none !important;} }
</style>
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">Webinaire, GT du CLSM de Lescarrère, antenne de Saint-Aurel, appel à projets ARS</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell">
<!-- BEGIN TEMPLATE // -->
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="right" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="font-size:11px;">
<a href="https://us21.campaign-archive.com/?e=__test_email__&amp;u=7f3e2a9c1b&amp;id=5d0e8a41c2" target="_blank">Voir ce courriel dans votre navigateur</a>
</td></tr></tbody></table></td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateHeader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><table align="left" width="100%" class="mcnImageContentContainer"><tbody><tr><td class="mcnImageContent" valign="top" style="text-align:center;">
<img align="center" alt="Quartiers Ressources Nouvelle-Aquitaine" src="https://mcusercontent.com/7f3e2a9c1b/images/qrna-bandeau.png" width="564" style="max-width:1200px;" class="mcnImage">
</td></tr></tbody></table></td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateBody">
%s
</td></tr>
<tr><td valign="top" id="templateFooter">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" class="mcnTextContentContainer" width="100%"><tbody><tr><td valign="top" class="mcnTextContent" style="font-size:12px;text-align:center;">
<em>Copyright © 2026 Quartiers Ressources Nouvelle-Aquitaine, All rights reserved.</em><br>
Vous recevez cette lettre car vous êtes inscrit·e à la liste « Santé mentale &amp; quartiers » de QRNA.<br><br>
<strong>Notre adresse :</strong><br>
Quartiers Ressources Nouvelle-Aquitaine<br>4 quai des Chartrons-Neufs<br>Talmont-Garonne 33980<br>France<br><br>
<a href="https://qrna.us21.list-manage.com/about?u=7f3e2a9c1b&amp;id=2b9d41e0aa">why did I get this?</a>&nbsp;&nbsp;
<a href="https://qrna.us21.list-manage.com/unsubscribe?u=7f3e2a9c1b&amp;id=2b9d41e0aa">unsubscribe from this list</a>&nbsp;&nbsp;
<a href="https://qrna.us21.list-manage.com/profile?u=7f3e2a9c1b&amp;id=2b9d41e0aa">update subscription preferences</a><br><br>
<a href="http://eepurl.com/referral" title="Intuit Mailchimp"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp" width="139" height="54"></a>
</td></tr></tbody></table></td></tr></tbody></table>
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
<!-- // END TEMPLATE -->
</td></tr>
</table>
</center>
<img src="https://qrna.us21.list-manage.com/track/open.php?u=7f3e2a9c1b&amp;id=5d0e8a41c2&amp;e=0" height="1" width="1" alt="">
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML.replace("%s", "".join(BLOCKS), 1))
print(OUT)
