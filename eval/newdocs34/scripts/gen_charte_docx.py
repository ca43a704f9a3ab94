# -*- coding: utf-8 -*-
"""Génère la charte locale « Médias et santé mentale » de Port-Ardelle (signée le 10 octobre 2025) au format
Word (.docx, python-docx).

Mise en page : en-tête (intitulé de la charte et version) et pied de page (mention et numéro de page en champ
PAGE) ; titre, sous-titre, date d'adoption ; préambule ; articles titrés (Titre 1) ; dix recommandations
numérotées « Recommandation n — » à libellé en gras suivi du texte ; tableau à deux colonnes « À faire » /
« À éviter » avec ligne d'en-tête ombrée ; article sur le suivi et la durée ; tableau des signatures sans
bordure ; glossaire final (termes en gras, définitions après deux-points), dans l'ordre alphabétique.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-10_clsm-port-ardelle_charte-medias-sante-mentale.docx")

RECO = [
    ("Ne pas lier troubles psychiques et violence",
     "Ne pas associer, sans élément vérifié, un passage à l'acte violent à un trouble psychique. Rappeler, "
     "lorsque c'est utile, que les personnes vivant avec un trouble psychique sont plus souvent victimes "
     "qu'auteures de violences."),
    ("Nommer la personne avant le trouble",
     "Écrire « une personne vivant avec une schizophrénie » plutôt que « un schizophrène » : une personne ne se "
     "réduit pas à son diagnostic."),
    ("Bannir les métaphores psychiatriques",
     "Ne pas employer « schizophrène », « bipolaire », « autiste » ou « psychopathe » pour qualifier une équipe "
     "sportive, un marché financier, la météo ou un responsable politique."),
    ("Vérifier avant de mentionner un diagnostic",
     "Ne jamais évoquer un trouble psychique sur la seule foi d'un voisin, d'un témoin ou d'une source policière "
     "non confirmée ; ne pas poser de diagnostic à distance."),
    ("Traiter le suicide avec précaution",
     "Ne pas décrire la méthode ni le lieu précis ; éviter le mot « suicide » dans le titre ; ne pas présenter "
     "le suicide comme une solution ni comme un geste inexplicable ; toujours indiquer en fin d'article les "
     "ressources d'aide, dont la ligne d'écoute du CLSM (05 99 00 41 41)."),
    ("Choisir des images qui ne stigmatisent pas",
     "Éviter les silhouettes prostrées dans l'obscurité, les mains sur la tête, les camisoles, les barreaux et "
     "les couloirs d'hôpital vides ; privilégier des scènes de vie quotidienne, avec l'accord des personnes "
     "photographiées."),
    ("Donner la parole aux personnes concernées",
     "Interroger les personnes vivant avec un trouble psychique et leurs proches, pas seulement les experts ; "
     "respecter leur choix d'anonymat."),
    ("Parler du rétablissement et des ressources",
     "Rappeler qu'on peut se rétablir et citer les lieux d'aide locaux : CMP, Maison des adolescents, GEM, "
     "ligne d'écoute du CLSM."),
    ("Ne pas stigmatiser les quartiers",
     "Ne pas faire d'un quartier prioritaire le décor d'un récit sur la « folie » ; ne pas publier l'adresse, "
     "la résidence ni l'étage d'une personne hospitalisée."),
    ("Se former",
     "Chaque signataire s'engage à faire participer au moins un membre de sa rédaction, chaque année, à un "
     "atelier d'une demi-journée organisé par le CLSM."),
]

DO_DONT = [
    ("Écrire « une personne vivant avec un trouble bipolaire »",
     "Écrire « un bipolaire », « un malade mental », « un fou »"),
    ("Écrire « il a été hospitalisé sans son consentement »", "Écrire « il a été interné »"),
    ("Écrire « elle s'est suicidée » ou « elle a mis fin à ses jours »",
     "Écrire « elle a commis un suicide » (le verbe commettre renvoie au crime)"),
    ("Titrer sur les faits établis : « Agression rue des Cordiers : un homme interpellé »",
     "Titrer « Un déséquilibré sème la terreur »"),
    ("Illustrer par une scène de vie quotidienne", "Illustrer par une silhouette prostrée ou une camisole"),
    ("Terminer l'article par les contacts d'aide", "Détailler le moyen ou le lieu d'un suicide"),
    ("Appeler le CLSM pour vérifier une information", "Poser un diagnostic à distance sur une personnalité"),
]

GLOSSAIRE = [
    ("Autostigmatisation", "fait, pour une personne concernée, d'intérioriser les préjugés au point d'avoir "
                           "honte de demander de l'aide."),
    ("CMP (centre médico-psychologique)", "lieu de consultation public et gratuit de la psychiatrie de secteur, "
                                          "où l'on peut rencontrer un infirmier, un psychologue ou un psychiatre."),
    ("Effet Papageno", "effet protecteur d'un traitement médiatique qui montre des personnes ayant surmonté une "
                       "crise suicidaire et qui fait connaître les ressources d'aide."),
    ("Effet Werther", "hausse des suicides observée après la médiatisation sensationnaliste d'un suicide, "
                      "surtout lorsque la méthode est décrite."),
    ("GEM (groupe d'entraide mutuelle)", "association de personnes vivant avec des troubles psychiques, qui "
                                         "organisent ensemble des activités et s'entraident ; à Port-Ardelle, le "
                                         "GEM Le Phare."),
    ("Handicap psychique", "conséquences durables d'un trouble psychique sur la vie quotidienne et sociale, "
                           "reconnues par la loi du 11 février 2005."),
    ("Pair-aidant", "personne ayant l'expérience d'un trouble psychique, formée pour accompagner d'autres "
                    "personnes à partir de ce vécu."),
    ("Rétablissement", "cheminement personnel par lequel une personne retrouve une vie qu'elle juge "
                       "satisfaisante, avec ou sans symptômes."),
    ("Soins sans consentement", "soins psychiatriques décidés par le directeur de l'hôpital ou par le préfet et "
                                "contrôlés par le juge ; expression à préférer au mot « internement »."),
    ("Stigmatisation", "processus par lequel une personne est réduite à une caractéristique, ici un trouble "
                       "psychique, et dévalorisée à cause d'elle ; elle conduit au rejet et à la discrimination."),
]

SIGNATAIRES = [
    ("Pour L'Écho du Pertuis", "Bertrand Lafaurie, rédacteur en chef"),
    ("Pour Radio Estran", "Maëlle Dufour, responsable de l'information"),
    ("Pour Ardelle TV", "Kevin Mainguet, directeur"),
    ("Pour Port-Ardelle Mag", "Sophie Guérineau, directrice de la communication de la Ville"),
    ("Pour le CLSM de Port-Ardelle", "Hélène Castagnet, présidente"),
]


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def page_field(par):
    run = par.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + b)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.text = "Charte « Médias et santé mentale » — Port-Ardelle — version signée du 10 octobre 2025"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Conseil local de santé mentale de Port-Ardelle — charte-medias@port-ardelle.example — page ")
    r.font.size = Pt(8.5)
    page_field(fp)

    t = doc.add_paragraph(style="Title")
    t.add_run("Charte locale « Médias et santé mentale »")
    p = doc.add_paragraph(style="Subtitle")
    p.add_run("Pour un traitement médiatique juste et non stigmatisant de la santé mentale à Port-Ardelle")
    p = doc.add_paragraph()
    r = p.add_run("Adoptée le 10 octobre 2025, Journée mondiale de la santé mentale, dans le cadre des Semaines "
                  "d'information sur la santé mentale.")
    r.italic = True

    doc.add_heading("Préambule", level=1)
    doc.add_paragraph(
        "La santé mentale apparaît encore trop souvent dans l'actualité locale à travers le fait divers. Les mots "
        "et les images choisis par les médias façonnent le regard des habitants : ils peuvent renforcer la peur et "
        "la honte, ou au contraire encourager chacun à demander de l'aide. L'enquête menée en septembre 2025 pour "
        "le conseil local de santé mentale montre que 41 % des habitants de Port-Ardelle jugent dangereuse une "
        "personne vivant avec un trouble psychique.")
    doc.add_paragraph(
        "Les signataires, attachés à la liberté de la presse, ne s'interdisent aucun sujet. Ils s'engagent à "
        "traiter la santé mentale avec la même rigueur que tout autre sujet et à appliquer les recommandations "
        "ci-dessous.")

    doc.add_heading("Article 1 — Objet et signataires", level=1)
    doc.add_paragraph(
        "La présente charte est signée par L'Écho du Pertuis (quotidien régional, édition de Port-Ardelle), Radio "
        "Estran (radio associative, 94.2 FM), Ardelle TV (télévision locale), Port-Ardelle Mag (magazine municipal "
        "édité par la direction de la communication de la Ville) et le conseil local de santé mentale (CLSM) de "
        "Port-Ardelle.")
    doc.add_paragraph(
        "Elle a été élaborée de mars à septembre 2025 par un groupe de travail de douze personnes réunissant des "
        "journalistes, des soignants du centre hospitalier de Port-Ardelle, des membres du GEM Le Phare et de "
        "l'association Entr'Aide Familles Pertuis.")

    doc.add_heading("Article 2 — Dix recommandations", level=1)
    for i, (lab, txt) in enumerate(RECO, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.4)
        p.paragraph_format.space_after = Pt(5)
        r = p.add_run("Recommandation %d — %s. " % (i, lab))
        r.bold = True
        p.add_run(txt)

    doc.add_heading("Article 3 — À faire, à éviter", level=1)
    doc.add_paragraph("Le tableau ci-dessous illustre les recommandations par des exemples tirés de la presse "
                      "locale.")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells
    for c, txt, col in ((hdr[0], "À faire", "D8EFE4"), (hdr[1], "À éviter", "F8DAD3")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(c, col)
    for a, b in DO_DONT:
        row = tb.add_row().cells
        row[0].text = a
        row[1].text = b

    doc.add_heading("Article 4 — Suivi de la charte", level=1)
    doc.add_paragraph(
        "Chaque rédaction signataire désigne un référent santé mentale. Un comité de suivi, animé par la "
        "coordinatrice du CLSM, réunit les référents deux fois par an, en mars et en septembre. Il examine les "
        "articles et reportages signalés par les lecteurs ou les associations et formule, le cas échéant, des "
        "observations ; il n'a aucun pouvoir de sanction.")
    doc.add_paragraph(
        "Les signalements sont à adresser à charte-medias@port-ardelle.example ou au 05 99 00 41 20. Le CLSM "
        "tient à la disposition des rédactions une liste d'interlocuteurs (psychiatres, pair-aidants, familles) "
        "acceptant de répondre à la presse.")

    doc.add_heading("Article 5 — Durée et adhésion", level=1)
    doc.add_paragraph(
        "La charte est conclue pour trois ans, du 10 octobre 2025 au 9 octobre 2028. Elle est ouverte à tout "
        "média, blog ou service de communication qui souhaite y adhérer, par simple courrier au président du "
        "CLSM.")

    doc.add_heading("Signatures", level=1)
    doc.add_paragraph("Fait à Port-Ardelle, le 10 octobre 2025, en cinq exemplaires.")
    sg = doc.add_table(rows=0, cols=2)
    no_borders(sg)
    for who, name in SIGNATAIRES:
        row = sg.add_row().cells
        row[0].text = who
        row[1].text = name

    doc.add_page_break()
    doc.add_heading("Glossaire", level=1)
    for term, d in GLOSSAIRE:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(term)
        r.bold = True
        p.add_run(" : " + d)

    doc.core_properties.title = "Charte locale Médias et santé mentale — Port-Ardelle"
    doc.core_properties.author = "CLSM de Port-Ardelle"
    doc.save(OUT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
