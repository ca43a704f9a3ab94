# -*- coding: utf-8 -*-
"""Génère le guide pratique ODT (odfpy) « Aider sans s'épuiser » de la plateforme de répit Le Relais des Aidants,
du CLSM et du CCAS de Castelrive (janvier 2026) : étapes numérotées en titres, encadré bordé, tableau des
solutions de répit, tableau des contacts, en-tête et pied de page avec numéro de page. Document fictif."""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (FooterStyle, HeaderFooterProperties, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TableProperties,
                       TextProperties)
from odf.style import Footer, Header
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P, PageNumber, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_relais-des-aidants_guide-aider-sans-s-epuiser.odt")

doc = OpenDocumentText()
doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text="Aider sans s'épuiser – guide pratique pour "
                                                                        "les proches aidants"))

# ---- styles
pl = PageLayout(name="pm1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm",
                                   marginleft="2cm", marginright="2cm"))
pl.addElement(FooterStyle())
doc.automaticstyles.addElement(pl)

s_title = Style(name="GuideTitre", family="paragraph")
s_title.addElement(TextProperties(fontsize="26pt", fontweight="bold", color="#7a2e5c"))
s_title.addElement(ParagraphProperties(margintop="2cm", marginbottom="0.4cm"))
doc.styles.addElement(s_title)
s_sub = Style(name="GuideSousTitre", family="paragraph")
s_sub.addElement(TextProperties(fontsize="14pt", fontstyle="italic", color="#444444"))
s_sub.addElement(ParagraphProperties(marginbottom="0.8cm"))
doc.styles.addElement(s_sub)
s_h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", defaultoutlinelevel="1")
s_h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#7a2e5c"))
s_h1.addElement(ParagraphProperties(margintop="0.6cm", marginbottom="0.25cm", keepwithnext="always"))
doc.styles.addElement(s_h1)
s_h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", defaultoutlinelevel="2")
s_h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", color="#1f6f78"))
s_h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
doc.styles.addElement(s_h2)
s_body = Style(name="Corps", family="paragraph")
s_body.addElement(TextProperties(fontsize="11pt"))
s_body.addElement(ParagraphProperties(marginbottom="0.2cm", textalign="justify"))
doc.styles.addElement(s_body)
s_box = Style(name="Encadre", family="paragraph")
s_box.addElement(TextProperties(fontsize="10.5pt"))
s_box.addElement(ParagraphProperties(backgroundcolor="#fbeff5", border="0.06cm solid #7a2e5c", padding="0.25cm",
                                     marginbottom="0.05cm", marginleft="0.3cm", marginright="0.3cm"))
doc.styles.addElement(s_box)
s_boxt = Style(name="EncadreTitre", family="paragraph", parentstylename="Encadre")
s_boxt.addElement(TextProperties(fontsize="11.5pt", fontweight="bold", color="#7a2e5c"))
doc.styles.addElement(s_boxt)
s_hdr = Style(name="EnTete", family="paragraph")
s_hdr.addElement(TextProperties(fontsize="8pt", color="#777777"))
doc.styles.addElement(s_hdr)
s_cell = Style(name="Cellule", family="paragraph")
s_cell.addElement(TextProperties(fontsize="9.5pt"))
doc.styles.addElement(s_cell)
s_cellh = Style(name="CelluleTete", family="paragraph")
s_cellh.addElement(TextProperties(fontsize="9.5pt", fontweight="bold", color="#ffffff"))
doc.styles.addElement(s_cellh)
s_bold = Style(name="Gras", family="text")
s_bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(s_bold)

t_tab = Style(name="Tableau", family="table")
t_tab.addElement(TableProperties(width="17cm", align="center"))
doc.automaticstyles.addElement(t_tab)
t_cell = Style(name="TabCell", family="table-cell")
t_cell.addElement(TableCellProperties(border="0.03cm solid #999999", padding="0.12cm"))
doc.automaticstyles.addElement(t_cell)
t_cellh = Style(name="TabCellH", family="table-cell")
t_cellh.addElement(TableCellProperties(border="0.03cm solid #999999", padding="0.12cm", backgroundcolor="#1f6f78"))
doc.automaticstyles.addElement(t_cellh)

mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=s_hdr, text="Aider sans s'épuiser – Guide pratique pour les proches aidants – Castelrive, "
                                      "édition janvier 2026"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=s_hdr, text="Le Relais des Aidants · CLSM de Castelrive · CCAS de Castelrive — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

body = doc.text


def para(t, style=s_body):
    body.addElement(P(stylename=style, text=t))


def para_bold(prefix, t):
    p = P(stylename=s_body)
    p.addElement(Span(stylename=s_bold, text=prefix))
    p.addText(t)
    body.addElement(p)


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=s_body, text=it))
        lst.addElement(li)
    body.addElement(lst)


def h(level, t):
    body.addElement(H(outlinelevel=level, stylename=s_h1 if level == 1 else s_h2, text=t))


def table(rows, widths):
    tb = Table(name="T%d" % id(rows), stylename=t_tab)
    for i, w in enumerate(widths):
        cs = Style(name="col%d_%d" % (id(rows) % 10000, i), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%.1fcm" % w))
        doc.automaticstyles.addElement(cs)
        tb.addElement(TableColumn(stylename=cs))
    for r_i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            tc = TableCell(stylename=t_cellh if r_i == 0 else t_cell, valuetype="string")
            tc.addElement(P(stylename=s_cellh if r_i == 0 else s_cell, text=c))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)
    para("")


# ---- couverture
para("Aider sans s'épuiser", s_title)
para("Guide pratique pour les proches aidants d'une personne âgée, en huit étapes", s_sub)
para("Édition janvier 2026 · Le Relais des Aidants (plateforme d'accompagnement et de répit), conseil local de "
     "santé mentale de Castelrive et CCAS de Castelrive, avec le soutien du contrat local de santé de Castelrive "
     "Agglomération.")
para("Ce guide a été écrit avec un comité de relecture de six aidants. Il est gratuit. Vous pouvez le "
     "demander en version papier à la plateforme, au CCAS, dans les pharmacies et les maisons de quartier, ou le "
     "télécharger sur relais-aidants-castelrive.example/guide.")

h(1, "Pourquoi ce guide ?")
para("Vous faites les courses de votre mère, vous passez chaque soir chez votre père pour vérifier qu'il a pris "
     "ses médicaments, vous aidez votre mari à se lever, à se laver, à s'habiller. Vous le faites par amour, par "
     "devoir, parce que c'est normal. Et souvent, vous le faites seul.")
para("À Castelrive, les aidants qui viennent nous voir le font en moyenne quatre ans après avoir commencé à "
     "aider, souvent au moment où ils n'en peuvent plus. Plus d'un sur deux arrive avec un niveau de fatigue "
     "élevé ou sévère. Ce guide veut vous faire gagner ces quatre années. Il n'est pas fait pour être lu d'une "
     "traite : chaque étape peut se lire séparément, au moment où vous en avez besoin.")
para("Un mot sur le vocabulaire : à la demande du comité de relecture, nous avons évité les sigles. Quand un "
     "sigle est inévitable (par exemple sur un formulaire), nous l'expliquons.")

h(1, "Étape 1 – Vous reconnaître comme aidant")
para("On appelle « proche aidant » une personne qui vient en aide, de façon régulière et à titre non "
     "professionnel, à un proche âgé, malade ou en situation de handicap, pour certains actes de la vie "
     "quotidienne. Le proche aidant peut être un conjoint, un enfant, un autre membre de la famille, mais aussi "
     "un voisin ou un ami. Il n'est pas nécessaire de vivre avec la personne, ni de l'aider tous les jours.")
para("Beaucoup d'aidants ne se reconnaissent pas dans ce mot. « Je ne suis pas aidante, je suis sa femme », "
     "nous disent souvent les épouses. Pourtant, se reconnaître aidant n'enlève rien au lien qui vous unit : "
     "c'est ce qui vous ouvre des droits (congé, aides financières, solutions de répit) et vous permet de "
     "rencontrer d'autres personnes qui vivent la même chose.")
para_bold("Petit test : ", "si vous répondez oui à l'une de ces questions, vous êtes aidant. Aidez-vous un "
          "proche pour ses courses, ses repas, sa toilette, ses papiers ou ses médicaments ? Renoncez-vous à "
          "des sorties ou à des vacances pour ne pas le laisser seul ? Vous inquiétez-vous pour lui au point "
          "d'en perdre le sommeil ?")

h(1, "Étape 2 – Repérer les signes d'épuisement")
para("L'épuisement de l'aidant s'installe lentement. On s'habitue à être fatigué, à ne plus sortir, à dormir "
     "mal. Les proches le voient parfois avant vous. L'épuisement n'est pas une faiblesse : c'est la conséquence "
     "normale d'une charge trop lourde portée trop longtemps.")
para("Les signaux d'alerte chez l'aidant", s_boxt)
for t in [
    "• Vous êtes fatigué dès le réveil, même après une nuit complète.",
    "• Vous vous énervez pour des détails, contre votre proche ou contre vous-même.",
    "• Vous avez renoncé à vos propres rendez-vous médicaux.",
    "• Vous ne voyez plus vos amis et vous avez abandonné vos activités.",
    "• Vous pleurez souvent, ou au contraire vous ne ressentez plus rien.",
    "• Vous buvez davantage d'alcool ou prenez des somnifères pour tenir.",
    "• Vous pensez parfois que tout serait plus simple si vous disparaissiez.",
    "Si vous vous reconnaissez dans deux de ces signaux ou plus, parlez-en à votre médecin traitant cette "
    "semaine. Si vous avez des idées de suicide, appelez le 3114 (gratuit, 24 heures sur 24) ou, en cas de "
    "danger immédiat, le 15.",
]:
    para(t, s_box)
para("")
para("À la plateforme de répit, nous proposons aux aidants qui le souhaitent de remplir, lors du premier "
     "entretien, un court questionnaire sur le poids ressenti de l'aide (l'échelle de Zarit). Ce n'est pas un "
     "examen : c'est un point de départ pour parler de ce que vous vivez, et pour mesurer, quelques mois plus "
     "tard, si les choses se sont améliorées.")

h(1, "Étape 3 – En parler à votre propre médecin traitant")
para("Votre médecin traitant est aussi celui de l'aidant que vous êtes. Prenez un rendez-vous pour vous, pas "
     "seulement pour accompagner votre proche, et dites-lui que vous êtes aidant. Il pourra faire le point sur "
     "votre sommeil, votre moral, votre dos, vos propres traitements, et vous orienter si besoin vers un "
     "psychologue ou un psychiatre.")
para("Si votre proche montre des signes de dépression, d'anxiété, de confusion ou des troubles du comportement, "
     "parlez-en aussi à son médecin traitant. C'est lui qui peut faire appel à l'équipe mobile de "
     "psychogériatrie du centre hospitalier Les Tilleuls, qui se déplace à domicile. Vous ne pouvez pas appeler "
     "l'équipe mobile directement, mais vous pouvez demander au médecin de le faire.")

h(1, "Étape 4 – Contacter la plateforme de répit Le Relais des Aidants")
para("La plateforme d'accompagnement et de répit est un lieu fait pour vous, l'aidant. Elle est ouverte à "
     "tous les aidants d'une personne âgée de l'agglomération, sans condition de ressources et même si votre "
     "proche ne perçoit aucune aide.")
h(2, "Comment ça se passe ?")
bullets([
    "Vous appelez le 05 99 00 41 20 (du lundi au vendredi, de 9 h à 17 h 30) ou vous passez au 12 rue des "
    "Tanneurs, à Castelrive.",
    "Une professionnelle vous propose un premier entretien d'environ une heure, à la plateforme, chez vous ou "
    "par téléphone. Il est gratuit et confidentiel.",
    "Ensemble, vous faites le point sur votre situation et vous construisez un plan d'aide : soutien "
    "psychologique, groupes, formation, solutions de répit.",
    "Vous êtes rappelé au bout de trois mois pour voir si le plan vous convient.",
])
h(2, "Ce que la plateforme propose")
bullets([
    "Le soutien psychologique individuel : jusqu'à huit entretiens gratuits avec une psychologue.",
    "Le café des aidants du centre-ville : le deuxième mardi du mois, de 14 h 30 à 16 h 30, au café associatif "
    "La Fabrique, 3 place du Marché.",
    "Le café des aidants des Hauts-de-Chaumes : le dernier vendredi du mois, de 14 h à 16 h, à la maison de "
    "quartier, coanimé avec la médiatrice santé du quartier (accueil possible en arabe et en turc). Première "
    "séance le 30 janvier 2026.",
    "La formation des aidants : cinq séances de deux heures et demie pour comprendre la maladie de votre proche, "
    "communiquer avec lui, prévenir les chutes et prendre soin de vous.",
    "La halte-répit et le répit à domicile (voir l'étape 6).",
    "Les séjours de répit aidant-aidé, deux fois par an.",
])

h(1, "Étape 5 – Demander les aides financières")
para("Plusieurs aides peuvent financer les solutions de répit et l'aide à domicile. Ne renoncez pas à les "
     "demander parce que les formulaires vous découragent : la plateforme et le CCAS peuvent vous aider à les "
     "remplir.")
h(2, "L'allocation personnalisée d'autonomie (APA)")
para("Versée par le Département aux personnes de 60 ans et plus en perte d'autonomie, elle finance une aide à "
     "domicile, un accueil de jour ou un hébergement temporaire. La demande se fait auprès de la Maison "
     "départementale de l'autonomie (05 99 00 20 20). Une évaluation à domicile détermine le degré de perte "
     "d'autonomie de votre proche, exprimé par un « GIR » de 1 (le plus dépendant) à 6. L'APA comporte un droit "
     "au répit pour l'aidant, qui peut financer des heures de relais en plus du plan d'aide.")
h(2, "Le Chèque répit Orvanne")
para("Créé par le Département en 2024, il s'ajoute au droit au répit de l'APA. Il s'adresse aux aidants d'une "
     "personne bénéficiaire de l'APA à domicile classée en GIR 1 à 4. Son montant est de 300 euros par an, "
     "utilisables en accueil de jour, en hébergement temporaire, en halte-répit ou pour du répit à domicile.")
h(2, "Le congé de proche aidant")
para("Si vous travaillez, vous pouvez suspendre ou réduire votre activité pendant trois mois, renouvelables, "
     "dans la limite d'un an sur toute votre carrière. Vous pouvez alors percevoir l'allocation journalière du "
     "proche aidant, versée par votre caisse d'allocations familiales ou par la MSA.")

h(1, "Étape 6 – Organiser des temps de répit")
para("Souffler n'est pas abandonner. Les aidants qui s'accordent régulièrement du répit tiennent plus "
     "longtemps, et leur proche en bénéficie aussi. Le plus difficile est souvent la première fois : "
     "commencez petit, par un après-midi.")
table([
    ["Solution", "En quoi ça consiste", "Où, à Castelrive", "Ce que ça vous coûte"],
    ["Halte-répit", "Votre proche est accueilli un après-midi par semaine, avec des activités adaptées, "
     "pendant que vous soufflez.", "Le Relais des Aidants, le jeudi de 14 h à 17 h",
     "5 € par après-midi ; transport possible par Roul'Entraide à 2 € le trajet, sur réservation 48 h à "
     "l'avance"],
    ["Accueil de jour", "Votre proche passe une à cinq journées par semaine dans un lieu adapté, avec un repas.",
     "Accueil de jour de l'EHPAD Les Glycines (24 places)", "Selon les ressources, en partie financé par "
     "l'APA"],
    ["Répit à domicile", "Un professionnel formé vous remplace chez vous, de trois heures à une journée.",
     "Le Relais des Aidants", "Les 12 premières heures par an offertes par la plateforme, puis APA ou Chèque "
     "répit Orvanne"],
    ["Hébergement temporaire", "Un séjour en EHPAD de quelques jours à quelques semaines, dans la limite de 90 "
     "jours par an.", "Plusieurs EHPAD de l'agglomération, dont Les Glycines (4 places)",
     "Tarif journalier de l'EHPAD, en partie couvert par l'APA ou le Chèque répit Orvanne"],
    ["Séjour de répit aidant-aidé", "Cinq jours de vacances ensemble, avec un accompagnement sur place.",
     "Organisé par la plateforme en juin et en septembre", "Participation de 150 € par personne pour le "
     "séjour"],
], [3.0, 5.2, 4.3, 4.5])
para("Attention : l'accueil de jour de Castelrive a une liste d'attente. Faites la demande tôt, même si vous "
     "n'en avez pas encore besoin tout de suite.")

h(1, "Étape 7 – Préparer l'été et les fortes chaleurs")
para("Les fortes chaleurs sont dangereuses pour les personnes âgées, et elles isolent : pendant la canicule "
     "d'août 2025, beaucoup de personnes âgées de Castelrive sont restées enfermées plusieurs jours sans voir "
     "personne. Quelques réflexes avant l'été :")
bullets([
    "Inscrivez votre proche, avec son accord, sur le registre canicule du CCAS (05 99 00 37 12). Pendant une "
    "alerte, un agent l'appellera régulièrement, prendra des nouvelles de sa santé et de son moral, et "
    "organisera une visite s'il ne répond pas.",
    "Si votre proche prend un traitement pour le moral, l'anxiété, le sommeil ou des troubles psychiques "
    "(notamment du lithium ou un neuroleptique), demandez à son médecin ou à son pharmacien, dès le printemps, "
    "quelles précautions prendre en cas de chaleur. N'arrêtez jamais un traitement de vous-même.",
    "Prévoyez qui prendra le relais si vous partez en vacances ou si vous tombez malade pendant l'été.",
    "Repérez les lieux rafraîchis ouverts par la ville, comme la salle climatisée de la résidence autonomie "
    "Les Capucines.",
])

h(1, "Étape 8 – Savoir qui appeler en cas de crise")
para("Une crise peut survenir à tout moment : votre proche devient très agité, tient des propos suicidaires, "
     "ne vous reconnaît plus, ou c'est vous qui n'en pouvez plus. Gardez ce tableau près du téléphone.")
table([
    ["Situation", "Qui appeler", "Numéro"],
    ["Danger immédiat, malaise, chute grave, tentative de suicide", "SAMU", "15"],
    ["Idées suicidaires (de votre proche ou les vôtres), détresse", "Numéro national de prévention du suicide, "
     "24 h/24", "3114"],
    ["Aggravation des troubles du comportement, de la confusion ou du moral", "Le médecin traitant, qui peut "
     "solliciter l'équipe mobile de psychogériatrie", "celui de votre proche"],
    ["Suivi psychiatrique déjà en cours", "Centre médico-psychologique de secteur", "05 99 00 52 00"],
    ["Vous êtes épuisé et avez besoin d'un relais rapide", "Le Relais des Aidants", "05 99 00 41 20"],
    ["Situation complexe, vous ne savez plus à qui vous adresser", "Dispositif d'appui à la coordination "
     "(DAC Orvanne)", "05 99 00 60 00"],
    ["Inquiétude pour un voisin âgé isolé", "CCAS de Castelrive, pôle seniors", "05 99 00 37 12"],
    ["Suspicion de maltraitance", "Numéro national contre la maltraitance", "3977"],
], [6.5, 6.5, 4.0])

h(1, "Et après ?")
para("L'entrée de votre proche en établissement, ou son décès, ne met pas fin à ce que vous vivez. Beaucoup "
     "d'aidants ressentent alors de la culpabilité, un grand vide, parfois un épuisement qui se révèle après "
     "coup. La plateforme continue de vous accueillir : vous pouvez poursuivre les entretiens avec la "
     "psychologue et participer au café des aidants aussi longtemps que vous le souhaitez.")

h(1, "Mes contacts")
para("Médecin traitant de mon proche : ………………………… Téléphone : ……………………")
para("Mon médecin traitant : ………………………… Téléphone : ……………………")
para("Infirmier ou service d'aide à domicile : ………………………… Téléphone : ……………………")
para("Une personne de confiance qui peut me remplacer : ………………………… Téléphone : ……………………")

h(2, "Remerciements")
para("Ce guide a été rédigé par l'équipe du Relais des Aidants, la coordination du CLSM et le pôle seniors du "
     "CCAS, et relu par Odile, Bernard, Fatima, Jacqueline, Serge et Nicole, aidants à Castelrive. Il a été "
     "présenté à l'assemblée plénière du CLSM du 9 décembre 2025 et imprimé à 3 000 exemplaires grâce au budget "
     "du groupe de travail « Aînés et aidants » du conseil local de santé mentale. Ne pas jeter sur la voie "
     "publique.")

doc.save(OUT)


def count_words():
    import zipfile
    import re
    with zipfile.ZipFile(OUT) as z:
        xml = z.read("content.xml").decode("utf-8")
    txt = re.sub(r"<[^>]+>", " ", xml)
    return len(txt.split())


print("écrit :", OUT, "| mots :", count_words())
