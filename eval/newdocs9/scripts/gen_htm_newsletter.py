"""An e-mail newsletter (Mailchimp-style template) saved from the mail client as .htm.

Layout made only of nested presentation tables (600 px wide, two-column rows, buttons as tables), inline
styles, Outlook conditional comments, a hidden preheader, "Voir la version en ligne", an agenda table, a
key-figure cell, and an unsubscribe footer. Saved in Windows-1252 with a matching meta http-equiv, as Outlook
does when a message is saved as a web page.
"""
import html
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-11-18_territoires-cohesion-ouest_lettre-38-novembre-2025.htm"

e = html.escape

FONT = "font-family:Arial,Helvetica,sans-serif;"


def p(text, size=14, color="#333333", bold=False, extra=""):
    w = "font-weight:bold;" if bold else ""
    return (f'<p class="MsoNormal" style="margin:0 0 10px 0;{FONT}font-size:{size}px;line-height:1.45;color:{color};{w}{extra}">'
            f'{text}<o:p></o:p></p>')


def h(text, size=20, color="#0b5563"):
    return (f'<h2 style="margin:0 0 10px 0;{FONT}font-size:{size}px;line-height:1.25;color:{color};">{text}</h2>')


def row(inner, bg="#ffffff", pad="24px 28px"):
    return (f'<tr><td align="left" valign="top" bgcolor="{bg}" style="padding:{pad};background-color:{bg};">'
            f'{inner}</td></tr>')


def two_cols(left, right, lw=300, rw=244):
    return (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<!--[if mso]><td width="{lw}" valign="top"><![endif]-->'
            f'<td class="col" width="{lw}" valign="top" style="padding-right:16px;">{left}</td>'
            f'<!--[if mso]></td><td width="{rw}" valign="top"><![endif]-->'
            f'<td class="col" width="{rw}" valign="top" style="background-color:#f1f7f8;padding:14px;">{right}</td>'
            f'<!--[if mso]></td><![endif]--></tr></table>')


def button(label, href):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:6px 0 4px 0;"><tr>'
            f'<td bgcolor="#e07a1f" style="border-radius:4px;padding:10px 18px;">'
            f'<a href="{href}" style="{FONT}font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold;">'
            f'{label}</a></td></tr></table>')


def ul(items):
    return "".join(f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
                   f'<td width="16" valign="top" style="{FONT}font-size:14px;color:#0b5563;">&#8226;</td>'
                   f'<td style="{FONT}font-size:14px;line-height:1.45;color:#333333;padding-bottom:6px;">{x}</td>'
                   f'</tr></table>' for x in items)


def main():
    preheader = ("Appel à projets « Santé mentale et quartiers » 2026 : dépôt avant le 16 janvier — retour sur notre "
                 "webinaire du 14 octobre — l'agenda de décembre et janvier")
    blocks = []
    blocks.append(
        f'<tr><td style="padding:8px 28px;{FONT}font-size:11px;color:#777777;" align="right">'
        f'Cette lettre ne s\'affiche pas correctement ? <a href="https://us21.campaign-archive.example/?u=7f3a&amp;id=c38" '
        f'style="color:#777777;">Voir la version en ligne</a></td></tr>')
    blocks.append(
        f'<tr><td bgcolor="#0b5563" style="padding:22px 28px;background-color:#0b5563;">'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        f'<td valign="middle"><img src="https://mcusercontent.example/tco/logo-blanc.png" width="150" alt="Territoires &amp; Cohésion Ouest" style="display:block;border:0;"></td>'
        f'<td valign="middle" align="right" style="{FONT}font-size:13px;color:#ffffff;">La Lettre n° 38<br>Novembre 2025</td>'
        f'</tr></table></td></tr>')
    blocks.append(row(
        h("Édito") +
        p("Chères et chers partenaires,") +
        p("Le 14 octobre, notre septième rendez-vous de la cohésion, consacré à la santé mentale des jeunes dans les "
          "quartiers prioritaires, a réuni 121 participants en direct pour 168 inscrits : un record. Vos questions, très "
          "nombreuses, ont montré combien les équipes de terrain se sentent parfois seules face à la souffrance "
          "psychique des habitants.") +
        p("C'est pourquoi la santé mentale sera notre fil rouge en 2026. Premier jalon : l'appel à projets régional "
          "« Santé mentale et quartiers », lancé hier avec la préfecture de région et l'agence régionale de santé. "
          "Nous comptons sur vous pour le faire connaître.") +
        p("Bonne lecture,<br><b>Gaëlle Prigent</b>, directrice de Territoires &amp; Cohésion Ouest")))
    aap_left = (
        h("À la une : appel à projets « Santé mentale et quartiers » 2026", 19) +
        p("La préfecture de la région Bretagne et l'ARS Bretagne lancent, avec l'appui de Territoires &amp; Cohésion "
          "Ouest, un appel à projets destiné à soutenir des actions de promotion de la santé mentale au bénéfice des "
          "habitants des quartiers prioritaires de la politique de la ville (QPV) bretons.") +
        p("<b>Qui peut répondre ?</b> Les associations, les collectivités et leurs établissements (CCAS notamment), les "
          "bailleurs sociaux et les établissements de santé pour des actions hors soins.") +
        p("<b>Quelles actions ?</b> Quatre priorités :") +
        ul(["l'aller-vers et le repérage des personnes en souffrance psychique ;",
            "la santé mentale des jeunes et le soutien à la parentalité ;",
            "la formation des acteurs de proximité (premiers secours en santé mentale, adultes-relais, gardiens) ;",
            "la lutte contre la stigmatisation."]) +
        p("<b>Ce qui n'est pas financé :</b> le fonctionnement courant des structures, les actions de soins et "
          "l'investissement.") +
        button("Lire le cahier des charges", "https://www.territoires-cohesion-ouest.example/aap-sante-mentale-2026"))
    aap_right = (
        p("EN PRATIQUE", 12, "#0b5563", True) +
        p("<b>Enveloppe régionale :</b> 180&nbsp;000&nbsp;€", 13) +
        p("<b>Subvention :</b> de 5&nbsp;000 à 15&nbsp;000&nbsp;€ par projet", 13) +
        p("<b>Cofinancement :</b> au moins 20&nbsp;% du coût de l'action", 13) +
        p("<b>Dépôt :</b> sur la plateforme Dauphin avant le 16 janvier 2026 à 12 h", 13) +
        p("<b>Réunion d'information en ligne :</b> mardi 2 décembre 2025 à 11 h", 13) +
        p("<b>Sélection :</b> comité régional fin février 2026, notification en mars", 13) +
        p("<b>Période de réalisation :</b> du 1er avril 2026 au 31 mars 2027", 13))
    blocks.append(row(two_cols(aap_left, aap_right), "#ffffff"))
    blocks.append(row(
        h("Retour sur le webinaire du 14 octobre", 18) +
        two_cols(
            p("Erwan Guillou (CLSM de Kerhoren), la Dre Anaïs Rohou (Maison des adolescents du Pays de l'Ellé), Sylvie "
              "Marrec (adjointe au maire de Landivic) et Karim Benslimane (PAEJ L'Escale) ont partagé leurs "
              "expériences : consultation avancée du CMP infanto-juvénile au centre social, cellule de veille dans les "
              "collèges, MDA mobile, séances « boxe et parole »…") +
            p("Le replay, le diaporama et la fiche repère sur la santé mentale des jeunes sont en ligne.") +
            button("Voir le replay", "https://www.territoires-cohesion-ouest.example/replays/rdv-cohesion-7"),
            p("EN CHIFFRES", 12, "#0b5563", True) +
            p('<span style="font-size:30px;font-weight:bold;color:#e07a1f;">121</span><br>participants en direct', 13) +
            p('<span style="font-size:30px;font-weight:bold;color:#e07a1f;">87&nbsp;%</span><br>de participants '
              'satisfaits ou très satisfaits', 13) +
            p('<span style="font-size:30px;font-weight:bold;color:#e07a1f;">64</span><br>questions posées dans la '
              'conversation', 13)), "#fbfbfb"))
    agenda = [("Mardi 2 décembre 2025, 11 h-12 h", "En ligne", "Réunion d'information sur l'appel à projets « Santé "
               "mentale et quartiers » 2026"),
              ("Mardi 9 décembre 2025, 10 h-12 h", "En ligne", "Rendez-vous de la cohésion n° 8 : logement et santé "
               "mentale, avec des bailleurs sociaux"),
              ("Jeudi 27 et vendredi 28 novembre 2025", "Saint-Brieuc", "Formation aux premiers secours en santé "
               "mentale réservée aux adultes-relais (session 1, 12 places)"),
              ("Jeudi 15 et vendredi 16 janvier 2026", "Lorient", "Formation aux premiers secours en santé mentale "
               "réservée aux adultes-relais (session 2, 12 places)"),
              ("Jeudi 22 janvier 2026, 9 h 30-16 h 30", "Rennes", "Journée régionale des coordinateurs de CLSM et de "
               "contrats locaux de santé")]
    rows = "".join(
        f'<tr><td width="170" valign="top" style="padding:8px 10px;border-bottom:1px solid #dddddd;{FONT}font-size:13px;'
        f'color:#0b5563;font-weight:bold;">{d}</td><td width="90" valign="top" style="padding:8px 10px;border-bottom:1px '
        f'solid #dddddd;{FONT}font-size:13px;color:#555555;">{lieu}</td><td valign="top" style="padding:8px 10px;'
        f'border-bottom:1px solid #dddddd;{FONT}font-size:13px;color:#333333;">{quoi}</td></tr>'
        for d, lieu, quoi in agenda)
    blocks.append(row(
        h("Agenda", 18) +
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">{rows}</table>' +
        p("Les formations aux premiers secours en santé mentale sont gratuites pour les adultes-relais des contrats de "
          "ville bretons ; inscription obligatoire auprès de notre secrétariat, dans la limite des places disponibles.",
          12, "#666666", extra="margin-top:10px;")))
    blocks.append(row(two_cols(
        h("Chiffre du mois", 18) +
        p('<span style="font-size:40px;font-weight:bold;color:#e07a1f;">29&nbsp;%</span>') +
        p("des habitants des quartiers prioritaires bretons déclarent un état de santé mentale dégradé, contre 19&nbsp;% "
          "des habitants hors quartiers prioritaires.") +
        p("Source : enquête santé et conditions de vie de l'observatoire régional de la santé (ORS) Bretagne, 2024.",
          11, "#777777"),
        p("LE SAVIEZ-VOUS ?", 12, "#0b5563", True) +
        p("Depuis 2021, les points accueil écoute jeunes (PAEJ) sont financés par la branche Famille : c'est donc "
          "auprès de votre caisse d'allocations familiales qu'il faut déposer une demande.", 13)), "#ffffff"))
    blocks.append(row(
        h("En bref", 18) +
        ul(["<b>Landivic</b> : Pauline Jaouen a pris ses fonctions de coordinatrice du CLSM le 3 novembre 2025. Elle "
            "était auparavant animatrice santé à la mission locale du Pays de l'Ellé.",
            "<b>Plouvénec</b> : le CLSM deviendra intercommunal au 1er janvier 2026 et couvrira les 14 communes de "
            "Plouvénec Communauté, soit 33 000 habitants.",
            "<b>Kerhoren</b> : la convention de consultation avancée du CMP infanto-juvénile au centre social du "
            "Moulin-Vert a été renouvelée pour trois ans.",
            "<b>Ressource</b> : le Centre national de ressources et d'appui aux CLSM publie une fiche repère « Santé "
            "mentale des jeunes : le rôle des CLSM », disponible gratuitement en ligne.",
            "<b>Recrutement</b> : nous recherchons un ou une chargé(e) de mission « santé et cohésion sociale » en CDD "
            "de 12 mois pour renforcer l'équipe ; candidatures avant le 12 décembre 2025."])))
    blocks.append(
        f'<tr><td bgcolor="#eeeeee" style="padding:20px 28px;background-color:#eeeeee;{FONT}font-size:11px;'
        f'line-height:1.5;color:#777777;" align="center">'
        f'Territoires &amp; Cohésion Ouest — centre de ressources politique de la ville de Bretagne<br>'
        f'6 rue du Pré-Botté, 35000 Rennes · 02 99 00 00 00 · contact@territoires-cohesion-ouest.example<br><br>'
        f'Vous recevez cette lettre parce que vous êtes inscrit(e) à la liste de diffusion de Territoires &amp; '
        f'Cohésion Ouest.<br><a href="https://territoires-cohesion-ouest.us21.list-manage.example/unsubscribe?u=7f3a" '
        f'style="color:#777777;">Se désinscrire</a> · <a href="https://territoires-cohesion-ouest.us21.list-manage.example/profile?u=7f3a" '
        f'style="color:#777777;">Modifier vos préférences</a></td></tr>')

    doc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>La Lettre n° 38 — Territoires &amp; Cohésion Ouest — novembre 2025</title>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style>
body {{ margin:0; padding:0; }}
p.MsoNormal {{ margin:0; }}
@media only screen and (max-width:620px) {{ .col {{ display:block !important; width:100% !important; }} }}
</style>
</head>
<body bgcolor="#e9eef0" style="margin:0;padding:0;background-color:#e9eef0;">
<div style="display:none;font-size:1px;color:#e9eef0;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">{preheader}&nbsp;&#847;&nbsp;&#847;&nbsp;&#847;</div>
<p class="MsoNormal" style="font-size:11px;color:#999999;"><b>De :</b> Territoires &amp; Cohésion Ouest &lt;lettre@territoires-cohesion-ouest.example&gt;<br><b>Envoyé :</b> mardi 18 novembre 2025 09:02<br><b>Objet :</b> La Lettre n° 38 — Santé mentale et quartiers : l'appel à projets 2026 est ouvert<o:p></o:p></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#e9eef0"><tr><td align="center" style="padding:16px 0;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;background-color:#ffffff;">
{"".join(blocks)}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
<img src="https://us21.list-manage.example/track/open.php?u=7f3a&amp;id=c38" width="1" height="1" alt="">
</body>
</html>
"""
    OUT.write_bytes(doc.encode("cp1252"))
    print(OUT.name, OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
