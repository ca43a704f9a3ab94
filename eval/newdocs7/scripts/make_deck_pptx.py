"""PowerPoint deck: native bar chart, a table, slide numbers "n" in a footer box, a slide whose title is only a
question followed by bullets, and speaker notes on a few slides."""
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Cm, Pt

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-01-28_ars-normandie_installer-un-clsm-bocage-et-marais.pptx"

prs = Presentation()
prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
TITLE_ONLY, TITLE_CONTENT, TITLE = prs.slide_layouts[5], prs.slide_layouts[1], prs.slide_layouts[0]
n = 0


def number(slide):
    global n
    n += 1
    if n == 1:
        return
    tb = slide.shapes.add_textbox(Cm(30.5), Cm(17.6), Cm(2.5), Cm(1))
    tb.text_frame.text = str(n)
    tb.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
    ft = slide.shapes.add_textbox(Cm(1.5), Cm(17.6), Cm(20), Cm(1))
    ft.text_frame.text = "Installer un CLSM dans le Bocage et Marais · 28 janvier 2025"
    ft.text_frame.paragraphs[0].runs[0].font.size = Pt(10)


def bullets(title, items, notes=None):
    s = prs.slides.add_slide(TITLE_CONTENT)
    s.shapes.title.text = title
    tf = s.placeholders[1].text_frame
    for i, it in enumerate(items):
        level = 0
        if isinstance(it, tuple):
            level, it = it
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text, p.level = it, level
        p.font.size = Pt(20 if level == 0 else 17)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    number(s)
    return s


def main():
    s = prs.slides.add_slide(TITLE)
    s.shapes.title.text = "Installer un conseil local de santé mentale dans le Bocage et Marais"
    s.placeholders[1].text = ("Réunion d'information des élus communautaires · Saint-Gervais-des-Marais, 28 janvier 2025\n"
                              "Anne-Sophie Morel, ARS Normandie, délégation départementale de la Manche\n"
                              "Pierre Hamon, coordinateur du CLSM du Pays de Sélune")
    number(s)

    bullets("Au programme", ["Pourquoi un CLSM ?", "Ce qu'est un CLSM, et ce qu'il n'est pas", "Les CLSM en Normandie",
                             "Créer un CLSM : les étapes", "Financer la coordination", "CLSM, CLS, PTSM : qui fait quoi ?",
                             "Témoignage du Pays de Sélune", "Et maintenant ?"])

    bullets("Pourquoi un CLSM ?", [
        "Chaque année, une personne sur cinq est concernée par un trouble psychique",
        "Les maires sont en première ligne : troubles du voisinage, incurie dans le logement, mesures provisoires d'hospitalisation",
        "Les acteurs se connaissent mal : soin, social, logement, école et gendarmerie travaillent chacun de leur côté",
        "En milieu rural, l'offre est rare et les distances sont longues : le CMP le plus proche est à 45 minutes",
        "Agir en prévention plutôt que dans l'urgence, et changer le regard sur les troubles psychiques",
    ], notes=("Rappeler qu'en 2024 les maires de la communauté de communes ont signé 11 arrêtés de mesures provisoires "
              "d'hospitalisation, souvent la nuit et sans interlocuteur. Plusieurs élus l'ont évoqué lors de la "
              "conférence des maires de novembre. L'idée n'est pas de faire du maire un soignant mais de lui donner "
              "un réseau."))

    bullets("Un CLSM, c'est quoi ?", [
        "Un espace de concertation et de coordination entre les élus, la psychiatrie publique, les usagers, les aidants et tous les acteurs du territoire",
        "Présidé par le maire ou le président de l'intercommunalité, co-animé par la psychiatrie publique",
        "Il associe les personnes concernées et leurs familles : GEM, UNAFAM",
        "Objectifs : observation, prévention, accès et continuité des soins, inclusion, lutte contre la stigmatisation",
        "Ce n'est pas :",
        (1, "un service de soins ni une structure qui accueille des patients"),
        (1, "une nouvelle couche administrative"),
    ])

    # chart slide
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = "Les CLSM en Normandie : une dynamique continue"
    cd = CategoryChartData()
    cd.categories = ["2019", "2020", "2021", "2022", "2023", "2024"]
    cd.add_series("CLSM actifs au 31 décembre", (9, 12, 15, 18, 23, 26))
    gf = s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(2), Cm(4.2), Cm(19), Cm(12.5), cd)
    ch = gf.chart
    ch.has_title = True
    ch.chart_title.text_frame.text = "Nombre de CLSM actifs en Normandie au 31 décembre"
    ch.has_legend = True
    ch.legend.position = XL_LEGEND_POSITION.BOTTOM
    ch.legend.include_in_layout = False
    pl = ch.plots[0]
    pl.has_data_labels = True
    pl.data_labels.font.size = Pt(12)
    tb = s.shapes.add_textbox(Cm(22), Cm(5.5), Cm(10.5), Cm(8))
    tf = tb.text_frame
    tf.word_wrap = True
    tf.text = "26 CLSM actifs fin 2024, dont 8 portés par une intercommunalité"
    tf.paragraphs[0].runs[0].font.size = Pt(20)
    p = tf.add_paragraph()
    p.text = "Aucun CLSM à ce jour dans le sud de la Manche hors Pays de Sélune"
    p.font.size = Pt(16)
    p = tf.add_paragraph()
    p.text = "Source : ARS Normandie, recensement annuel des CLSM"
    p.font.size = Pt(11)
    s.notes_slide.notes_text_frame.text = ("Le nombre de CLSM a presque triplé depuis 2019. La dynamique intercommunale est "
                                           "récente : la plupart des CLSM intercommunaux ont été créés après 2021, souvent "
                                           "dans des territoires ruraux comparables au Bocage et Marais.")
    number(s)

    # table slide
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = "Créer un CLSM : cinq étapes"
    rows = [("Étape", "Ce qu'on y fait", "Durée indicative"),
            ("1. Délibération", "Le conseil communautaire décide de s'engager et désigne un élu référent", "1 à 2 mois"),
            ("2. Diagnostic partagé", "État des lieux des besoins et des ressources avec tous les partenaires", "3 à 6 mois"),
            ("3. Comité de pilotage constitutif", "Élus, psychiatrie, ARS, usagers et familles valident les priorités", "1 réunion"),
            ("4. Recrutement du coordinateur", "Fiche de poste et jury commun intercommunalité, hôpital et ARS", "2 à 3 mois"),
            ("5. Convention et plan d'action", "Signature de la convention cadre et premier plan d'action sur 3 ans", "2 mois")]
    tbl = s.shapes.add_table(len(rows), 3, Cm(1.5), Cm(4.2), Cm(30.5), Cm(11)).table
    tbl.columns[0].width, tbl.columns[1].width, tbl.columns[2].width = Cm(8.5), Cm(16), Cm(6)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = v
            cell.text_frame.paragraphs[0].font.size = Pt(15 if r else 16)
    number(s)

    bullets("Financer la coordination", [
        "La coordination est la première condition de réussite : viser un temps plein, au minimum 0,5 ETP",
        "L'ARS cofinance le poste de coordinateur jusqu'à 50 %, dans la limite de 30 000 € par an pour un temps plein",
        "Engagement de l'ARS sur 3 ans, renouvelable après évaluation",
        "Le reste : communauté de communes, communes, centre hospitalier (mise à disposition de temps médical)",
        "Coût complet d'un poste à temps plein : environ 55 000 € par an, fonctionnement compris",
    ], notes=("Préciser que le cofinancement ARS passe par le fonds d'intervention régional et fait l'objet d'une "
              "convention annuelle. Les communes peuvent aussi mobiliser la conférence des financeurs pour des "
              "actions ciblées sur les personnes âgées."))

    bullets("CLSM, CLS, PTSM : qui fait quoi ?", [
        "PTSM (projet territorial de santé mentale) : feuille de route départementale sur 5 ans, élaborée par les acteurs de la santé mentale et arrêtée par l'ARS",
        "CLS (contrat local de santé) : contrat signé entre l'ARS et une collectivité sur toute la santé (prévention, accès aux soins, santé-environnement)",
        "CLSM : instance locale de concertation sur la santé mentale, présidée par un élu",
        (1, "il décline le PTSM au plus près des habitants"),
        (1, "il peut constituer le volet santé mentale du CLS"),
    ])

    bullets("Témoignage : le CLSM du Pays de Sélune", [
        "Créé en 2021 : 34 communes, 41 000 habitants",
        "Un coordinateur à temps plein depuis 2022",
        "Cellule de situations complexes : 27 situations examinées en 2024",
        "45 secrétaires de mairie et agents d'accueil formés aux premiers secours en santé mentale",
        "Semaines d'information sur la santé mentale dans 6 communes",
        "Un annuaire des ressources en santé mentale distribué dans toutes les mairies",
    ])

    bullets("Et maintenant ? Calendrier proposé pour le Bocage et Marais", [
        "Mars 2025 : délibération du conseil communautaire",
        "Avril 2025 : lancement du diagnostic partagé, avec l'appui du Centre national de ressources et d'appui aux CLSM",
        "Septembre 2025 : comité de pilotage constitutif",
        "Janvier 2026 : arrivée du coordinateur ou de la coordinatrice",
    ])

    bullets("Contacts", [
        "Anne-Sophie Morel, ARS Normandie, délégation départementale de la Manche : anne-sophie.morel@ars-normandie.example",
        "Pierre Hamon, coordinateur du CLSM du Pays de Sélune : clsm@pays-selune.example",
        "Merci de votre attention !",
    ])
    prs.save(OUT)
    print(OUT.name)


if __name__ == "__main__":
    main()
