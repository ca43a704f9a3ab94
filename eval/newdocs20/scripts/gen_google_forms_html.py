# -*- coding: utf-8 -*-
"""Onglet « Réponses > Résumé » d'un Google Forms enregistré depuis Chrome (« Page Web, HTML uniquement »).

Imitation : classes obfusquées (« freebirdFormeditorViewResponsesSummary… », « M7eMe », « OsYsd »), attributs
jsname / jscontroller, barre d'onglets Questions / Réponses / Paramètres, bandeau « N'accepte plus de réponses »,
une carte par question avec « N réponses » ; graphiques Google Charts en SVG : secteurs dont seules les parts assez
grandes portent un pourcentage, légende aux libellés tronqués par « … », barres horizontales et échelle linéaire avec
« n (x %) » en bout de barre ; sous chaque graphique, le tableau d'accessibilité que Google Charts place hors écran
(libellé complet et nombre) ; réponses courtes listées ; scripts et styles en tête."""
import html
import math
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-03_clsm-brevanec_questionnaire-etre-parent-resume-des-reponses.html")

COLORS = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477"]


def pct(n, total):
    v = round(100.0 * n / total, 1)
    s = ("%.1f" % v).replace(".", ",")
    if s.endswith(",0"):
        s = s[:-2]
    return s + "\u00a0%"


def trunc(label, n=26):
    return label if len(label) <= n else label[: n - 1].rstrip() + "…"


def hidden_table(rows, head=("Libellé", "Nombre")):
    body = "".join("<tr><td>%s</td><td>%d</td></tr>" % (html.escape(a), b) for a, b in rows)
    return ('<div aria-label="Représentation tabulaire des données du graphique." style="position: absolute; '
            'left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden;"><table><thead><tr><th>%s</th>'
            '<th>%s</th></tr></thead><tbody>%s</tbody></table></div>' % (head[0], head[1], body))


def pie(rows, total):
    cx, cy, r = 160, 120, 100
    parts, ang = [], -math.pi / 2
    texts = []
    for i, (lab, n) in enumerate(rows):
        a2 = ang + 2 * math.pi * n / total
        x1, y1 = cx + r * math.cos(ang), cy + r * math.sin(ang)
        x2, y2 = cx + r * math.cos(a2), cy + r * math.sin(a2)
        large = 1 if a2 - ang > math.pi else 0
        parts.append('<path d="M%.1f,%.1fL%.1f,%.1fA%d,%d,0,%d,1,%.1f,%.1fL%.1f,%.1f" stroke="#ffffff" '
                     'stroke-width="1" fill="%s"></path>' % (cx, cy, x1, y1, r, r, large, x2, y2, cx, cy,
                                                                COLORS[i % 7]))
        if n / total >= 0.05:
            mid = (ang + a2) / 2
            texts.append('<text text-anchor="middle" x="%.1f" y="%.1f" font-family="Roboto" font-size="12" '
                         'fill="#ffffff">%s</text>' % (cx + 0.62 * r * math.cos(mid), cy + 0.62 * r * math.sin(mid),
                                                      pct(n, total)))
        ang = a2
    legend = []
    for i, (lab, n) in enumerate(rows):
        y = 40 + i * 24
        legend.append('<g><circle cx="330" cy="%d" r="6" fill="%s"></circle><text text-anchor="start" x="342" '
                      'y="%d" font-family="Roboto" font-size="13" fill="#222222">%s</text></g>' % (
                          y, COLORS[i % 7], y + 4, html.escape(trunc(lab))))
    svg = ('<div dir="ltr" style="position: relative; width: 560px; height: 240px;"><div aria-label="Un '
           'graphique." style="position: absolute; left: 0px; top: 0px; width: 100%%; height: 100%%;"><svg width="560" '
           'height="240" aria-label="Un graphique." style="overflow: hidden;"><defs id="_ABSTRACT_RENDERER_ID_%d">'
           '</defs><rect x="0" y="0" width="560" height="240" stroke="none" fill="#ffffff"></rect>%s<g>%s</g><g>%s'
           '</g></svg>%s</div></div>' % (id(rows) % 97, "", "".join(parts) + "".join(texts), "".join(legend),
                                         hidden_table(rows)))
    return svg


def bars(rows, total, vertical=False):
    out = []
    if vertical:
        for i, (lab, n) in enumerate(rows):
            x = 60 + i * 90
            h = 160 * n / max(b for _, b in rows)
            out.append('<rect x="%d" y="%.1f" width="56" height="%.1f" fill="#673ab7"></rect>' % (x, 200 - h, h))
            out.append('<text text-anchor="middle" x="%d" y="%.1f" font-family="Roboto" font-size="12" '
                       'fill="#444444">%d (%s)</text>' % (x + 28, 194 - h, n, pct(n, total)))
            out.append('<text text-anchor="middle" x="%d" y="220" font-family="Roboto" font-size="13" '
                       'fill="#222222">%s</text>' % (x + 28, html.escape(lab.split(" ")[0])))
        h_svg = 240
    else:
        mx = max(b for _, b in rows)
        for i, (lab, n) in enumerate(rows):
            y = 14 + i * 34
            w = 300 * n / mx
            out.append('<text text-anchor="end" x="196" y="%d" font-family="Roboto" font-size="12" '
                       'fill="#222222">%s</text>' % (y + 15, html.escape(trunc(lab, 28))))
            out.append('<rect x="204" y="%d" width="%.1f" height="22" fill="#673ab7"></rect>' % (y, w))
            out.append('<text text-anchor="start" x="%.1f" y="%d" font-family="Roboto" font-size="12" '
                       'fill="#444444">%d (%s)</text>' % (210 + w, y + 15, n, pct(n, total)))
        h_svg = 20 + len(rows) * 34
    return ('<div dir="ltr" style="position: relative; width: 640px; height: %dpx;"><div aria-label="Un graphique."'
            ' style="position: absolute; left: 0px; top: 0px; width: 100%%; height: 100%%;"><svg width="640" '
            'height="%d" aria-label="Un graphique." style="overflow: hidden;"><rect x="0" y="0" width="640" '
            'height="%d" stroke="none" fill="#ffffff"></rect><g>%s</g></svg>%s</div></div>' % (
                h_svg, h_svg, h_svg, "".join(out), hidden_table(rows)))


def card(title, n, chart, qtype):
    return ('<div class="freebirdFormeditorViewResponsesSummaryQuestionCard lKOZrf" jscontroller="xKl9Ve" '
            'data-item-type="%s"><div class="freebirdFormeditorViewResponsesSummaryItemTitle M7eMe" role="heading" '
            'aria-level="3">%s</div><div class="freebirdFormeditorViewResponsesSummaryResponseCount OsYsd">%d '
            'réponses</div><div class="HbUZ3d" jsname="Z6xWne"><div role="button" class="U26fgb" aria-label="Copier '
            'le graphique"><span class="DPvwYc">content_copy</span><span class="RveJvd">Copier le graphique</span>'
            '</div></div><div class="freebirdAnalyticsViewChart oTzCtc">%s</div></div>\n' % (
                qtype, html.escape(title), n, chart))


def text_card(title, n, answers):
    items = "".join('<div class="freebirdAnalyticsViewAnalyticsTextResponse Zgrn3e">%s</div>' % html.escape(a)
                    for a in answers)
    return ('<div class="freebirdFormeditorViewResponsesSummaryQuestionCard lKOZrf" jscontroller="xKl9Ve" '
            'data-item-type="0"><div class="freebirdFormeditorViewResponsesSummaryItemTitle M7eMe" role="heading" '
            'aria-level="3">%s</div><div class="freebirdFormeditorViewResponsesSummaryResponseCount OsYsd">%d '
            'réponses</div><div class="freebirdAnalyticsViewTextResponses YbPUed">%s</div><div role="button" '
            'class="freebirdAnalyticsViewMoreResponses">Plus de réponses</div></div>\n' % (
                html.escape(title), n, items))


def main():
    q = []
    r = [("La mère", 131), ("Le père", 39), ("Autre (grand-parent, co-parent, tuteur ou tutrice)", 13)]
    q.append(card("Vous êtes :", 183, pie(r, 183), 2))
    r = [("Kerjaouen", 104), ("Le Moulin-Vert", 68), ("Un autre quartier de Brévanec", 11)]
    q.append(card("Dans quel quartier habitez-vous ?", 183, pie(r, 183), 2))
    r = [("Moins de 3 mois", 29), ("De 3 à 12 mois", 68), ("De 1 à 3 ans", 57), ("De 3 à 6 ans", 29)]
    q.append(card("Âge de votre plus jeune enfant", 183, pie(r, 183), 2))
    r = [("Oui, souvent", 58), ("Oui, parfois", 71), ("Non", 50), ("Je préfère ne pas répondre", 4)]
    q.append(card("Depuis la naissance de votre plus jeune enfant, vous êtes-vous senti(e) triste, vide ou "
                  "angoissé(e) pendant plus de deux semaines ?", 183, pie(r, 183), 2))
    r = [("Oui", 54), ("Non", 75)]
    q.append(card("Si oui, en avez-vous parlé à un professionnel (médecin, sage-femme, PMI, psychologue…) ?", 129,
                  pie(r, 129), 2))
    r = [("1 (pas du tout seul·e)", 22), ("2", 37), ("3", 51), ("4", 43), ("5 (extrêmement seul·e)", 30)]
    q.append(card("À quel point vous êtes-vous senti(e) seul(e) depuis la naissance ?", 183,
                  bars(r, 183, vertical=True), 5))
    r = [("Oui", 35), ("Non", 44), ("Je ne sais pas", 18)]
    q.append(card("Si votre bébé a moins d'un an : avez-vous eu l'entretien postnatal précoce (rendez-vous avec une "
                  "sage-femme ou un médecin entre 4 et 8 semaines après la naissance) ?", 97, pie(r, 97), 2))
    r = [("Oui, j'y suis déjà allé(e)", 37), ("Oui, de nom seulement", 55), ("Non", 91)]
    q.append(card("Connaissez-vous La Cabane aux Familles (lieu d'accueil enfants-parents, 4 rue de l'Aber) ?", 183,
                  pie(r, 183), 2))
    r = [("Un temps pour souffler (garde ponctuelle)", 104), ("Parler avec d'autres parents", 81),
         ("Un rendez-vous rapide avec un ou une psy", 67), ("Des visites à domicile après la naissance", 59),
         ("Des horaires de PMI le samedi", 44), ("Des informations dans ma langue", 29), ("Autre", 8)]
    q.append(card("Qu'est-ce qui vous aiderait le plus ? (3 choix maximum)", 180, bars(r, 180), 4))
    q.append(text_card("Quelle(s) langue(s) parlez-vous à la maison ?", 171, [
        "Français", "français", "Français et arabe", "dari", "Arabe", "français / soninké", "pachto",
        "ukrainien et russe", "Turc", "français, un peu de breton avec ma grand-mère", "Portugais",
        "Lingala et français", "arabe (darija)", "Dari et un peu de français", "Anglais", "Wolof",
        "français", "Géorgien", "Tamoul", "Français"]))
    q.append(text_card("Un mot pour l'équipe du CLSM ? (facultatif)", 46, [
        "Merci pour ce questionnaire, c'est la première fois qu'on nous demande comment NOUS on va.",
        "Il faudrait que la PMI ouvre le samedi, je travaille toute la semaine.",
        "Je ne savais pas que la Cabane existait, j'habite à 200 m !",
        "Plus de groupes pour les papas svp",
        "Le papier en arabe m'a beaucoup aidée.",
        "J'ai attendu 2 mois pour un rdv au CMP, c'est trop long quand on va mal.",
        "Les visites de l'équipe Cocon à la maison, ça m'a évité l'hôpital.",
        "Une garderie de quelques heures pour souffler, même payante.",
        "Rien à ajouter, bon courage à vous",
        "Mettre les infos sur WhatsApp, les affiches personne ne les lit."]))

    head = """<!DOCTYPE html>
<html lang="fr" dir="ltr"><!-- saved from url=(0094)https://docs.google.example/forms/d/1xQ7kB2rParentsKerjaouen2025/edit#responses -->
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Être parent à Kerjaouen et au Moulin-Vert - Google Forms</title>
<link rel="shortcut icon" sizes="16x16" href="https://ssl.gstatic.example/docs/forms/device_home/android_192.png">
<style nonce="">.freebirdFormeditorViewResponsesSummaryQuestionCard{background:#fff;border:1px solid #dadce0;border-radius:8px;margin:12px 0;padding:24px}.M7eMe{font-family:'Google Sans',Roboto,Arial,sans-serif;font-size:16px;color:#202124}.OsYsd{font-size:12px;color:#5f6368;margin:4px 0 16px}.Zgrn3e{background:#f8f9fa;border-radius:4px;margin:4px 0;padding:10px}.RveJvd{font-size:14px}.DPvwYc{font-family:'Material Icons Extended'}.freebirdFormeditorViewTabs{display:flex}.nav-hidden{display:none}</style>
<script nonce="">window.WIZ_global_data={"FdrFJe":"-8371934572","Im6cmf":"/forms/_/FormsFrontendUi","cfb2h":"boq_formsfrontendserver_20251028.06_p0","eptZe":"/forms/_/","fPDxwd":[1763,97517,97626],"qwAQke":"FormsFrontendUi"};</script>
<script nonce="">var _F_jsUrl='/forms/_/js/k=forms.e.fr.zLrWq3mKx1Y.O/am=AAAB/d=1/rs=AO0039uK';(function(){var a=document.createElement('script');a.src=_F_jsUrl;document.head.appendChild(a)})();</script>
</head>
"""
    body = """<body class="freebirdLightBackground" jscontroller="Uas9Hd" jsaction="rcuQ6b:npT2md">
<div class="freebirdFormeditorViewHeaderTopRow" role="banner">
  <div class="freebirdFormeditorViewHeaderTitleRow"><a class="xDUWje" aria-label="Forms" href="#"><span class="DPvwYc">description</span></a>
  <div class="freebirdFormeditorViewHeaderDocumentTitle" jsname="r4nke">Être parent à Kerjaouen et au Moulin-Vert</div>
  <div class="freebirdFormeditorViewHeaderSaveStatus">Toutes les modifications ont été enregistrées dans Drive</div></div>
  <div class="freebirdFormeditorViewHeaderActions"><div role="button" aria-label="Personnaliser le thème"><span class="DPvwYc">palette</span></div><div role="button" aria-label="Aperçu"><span class="DPvwYc">visibility</span></div><div role="button" class="appsMaterialWizButtonPaperbuttonEl">Envoyer</div><div role="button" aria-label="Plus"><span class="DPvwYc">more_vert</span></div><div class="gb_account">clsm.brevanec@ville-brevanec.example</div></div>
</div>
<div class="freebirdFormeditorViewTabs" role="tablist"><div role="tab" aria-selected="false">Questions</div><div role="tab" aria-selected="true">Réponses <span class="freebirdFormeditorViewTabBadge">183</span></div><div role="tab" aria-selected="false">Paramètres</div></div>
<div class="freebirdFormeditorViewResponsesView" role="main">
 <div class="freebirdFormeditorViewResponsesSummaryHeader lKOZrf">
  <div class="freebirdFormeditorViewResponsesResponseCountHeader M7eMe" role="heading" aria-level="2">183 réponses</div>
  <div class="freebirdFormeditorViewResponsesLinkToSheets"><div role="button"><span class="DPvwYc">table_chart</span><span class="RveJvd">Afficher dans Sheets</span></div><div role="button" aria-label="Plus d'actions"><span class="DPvwYc">more_vert</span></div></div>
  <div class="freebirdFormeditorViewResponsesSubTabs" role="tablist"><div role="tab" aria-selected="true">Résumé</div><div role="tab" aria-selected="false">Question</div><div role="tab" aria-selected="false">Individuelle</div></div>
  <div class="freebirdFormeditorViewResponsesAcceptingResponses"><span>N'accepte plus de réponses</span><div role="switch" aria-checked="false" aria-label="Accepter les réponses"></div></div>
  <div class="freebirdFormeditorViewResponsesClosedMessage"><div class="OsYsd">Message pour les personnes interrogées</div><div>Le questionnaire du CLSM de Brévanec est clos depuis le 31 octobre 2025. Merci pour vos 183 réponses ! Les résultats seront présentés aux parents le samedi 22 novembre 2025 à 10 h à La Cabane aux Familles.</div></div>
 </div>
"""
    tail = """</div>
<div class="freebirdFormeditorViewFooter nav-hidden">Ce contenu n'est ni rédigé, ni cautionné par Google. <a href="#">Signaler un abus</a> - <a href="#">Conditions d'utilisation</a> - <a href="#">Règles de confidentialité</a></div>
<div class="Bf7W8b" aria-live="assertive" aria-atomic="true"></div>
<script nonce="">AF_initDataCallback({key: 'ds:0', hash: '1', data:["1xQ7kB2rParentsKerjaouen2025",null,[183,180,171,129,97,46]], sideChannel: {}});</script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(head + body + "".join(q) + tail)


if __name__ == "__main__":
    main()
