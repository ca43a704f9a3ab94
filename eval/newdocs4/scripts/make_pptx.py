"""Doc 2: PowerPoint webinar deck (Saint-Ambrun, Passerelle Jeunes)."""
from pptx import Presentation
from pptx.util import Pt, Cm, Emu
from pptx.dml.color import RGBColor

OUT = "/work/main/eval/newdocs4/corpus/2025-03-18_ressources-ville-provence-alpes_webinaire-jeunes-qpv-sante-mentale.pptx"

prs = Presentation()
prs.slide_width = Cm(33.867)
prs.slide_height = Cm(19.05)
L_TITLE, L_CONTENT, L_SECTION, L_TITLE_ONLY = 0, 1, 2, 5


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def bullet_slide(title, items, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[L_CONTENT])
    s.shapes.title.text = title
    body = s.placeholders[1]
    body.width = prs.slide_width - Cm(3)
    tf = body.text_frame
    first = True
    for it in items:
        level, text = it if isinstance(it, tuple) else (0, it)
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = text
        p.level = level
        for r in p.runs:
            r.font.size = Pt(24 - 3 * level)
    if note:
        notes(s, note)
    return s


def section(title):
    s = prs.slides.add_slide(prs.slide_layouts[L_SECTION])
    s.shapes.title.text = title
    # remove the body placeholder: the divider holds its title only
    for ph in list(s.placeholders):
        if ph.placeholder_format.idx != 0:
            ph._element.getparent().remove(ph._element)
    return s


# 1 title
s = prs.slides.add_slide(prs.slide_layouts[L_TITLE])
s.shapes.title.text = "Santé mentale des 12-25 ans dans les quartiers prioritaires : l'expérience de Saint-Ambrun"
s.placeholders[1].text = ("Webinaire « Jeunes, quartiers et santé mentale » — 18 mars 2025\n"
                          "Dr Hélène Castagné, pédopsychiatre, et Yanis Belkacem, coordinateur du CLSM de Saint-Ambrun\n"
                          "Ressources Ville Provence-Alpes")
notes(s, "Accueil des participants à partir de 10 h 25. Rappeler que le webinaire est enregistré et que le replay "
         "sera en ligne sous huit jours. 142 personnes étaient inscrites, dont 38 coordinateurs de CLSM.")

# 2 programme
bullet_slide("Au programme", [
    "Le constat : ce que dit le diagnostic 2024",
    "Le dispositif Passerelle Jeunes",
    (1, "principes, partenaires, parcours"),
    (1, "premiers résultats (septembre 2024 – février 2025)"),
    "Le rôle du Conseil local de santé mentale (CLSM)",
    "Perspectives 2025-2026 et échanges avec les participants",
])

# 3 divider
section("Partie 1 — Le constat")

# 4 diagnostic
bullet_slide("Ce que dit le diagnostic jeunesse 2024", [
    "1 240 jeunes de 12 à 25 ans ont répondu au questionnaire",
    "Symptômes dépressifs déclarés :",
    (1, "31 % des 15-25 ans vivant en QPV"),
    (1, "19 % hors QPV sur la commune"),
    "Un jeune sur quatre ne sait pas où s'adresser en cas de mal-être",
    "Délai d'attente au centre médico-psychologique infanto-juvénile (CMP-IJ) : 7 mois pour un premier rendez-vous",
], note=("Le questionnaire a été passé entre avril et juin 2024 dans les trois collèges, les deux lycées, la mission "
         "locale et les deux centres sociaux de la ville. Il a été construit avec l'Observatoire régional de la santé. "
         "Les filles déclarent deux fois plus souvent que les garçons des idées noires. Le délai de 7 mois concerne "
         "les demandes non urgentes ; les urgences sont vues sous 48 heures."))

# 5 freins
bullet_slide("Les freins à l'accès aux soins", [
    "Freins matériels",
    (1, "CMP-IJ situé en centre-ville, à 40 minutes en bus des Oliviers-Bas"),
    (1, "coût des consultations de psychologues libéraux"),
    "Freins symboliques",
    (1, "peur d'être étiqueté « fou » dans le quartier"),
    (2, "crainte que la famille soit informée"),
    (1, "méfiance envers les institutions"),
    "Freins liés à l'offre",
    (1, "départs non remplacés : 2 postes de psychologue vacants au CMP-IJ en 2024"),
])

# 6 divider
section("Partie 2 — Le dispositif Passerelle Jeunes")

# 7 principes
bullet_slide("Passerelle Jeunes : les principes", [
    "Un lieu d'accueil et d'écoute sans rendez-vous, gratuit et anonyme",
    (1, "deux permanences : Les Oliviers-Bas (mardi et jeudi) et La Calade (mercredi et samedi matin)"),
    "Une équipe mixte",
    (1, "une psychologue à temps plein"),
    (1, "un infirmier du CMP-IJ mis à disposition à mi-temps"),
    (1, "deux éducateurs de prévention spécialisée"),
    "Aller vers : présence dans les halls, les collèges et les tournois de quartier",
], note=("Passerelle Jeunes a ouvert ses portes le 2 septembre 2024. Son budget de fonctionnement pour la première "
         "année est de 45 000 €, financés par les crédits de la politique de la ville (programme 147) et par l'ARS "
         "Provence-Alpes-Côte d'Azur. Le local des Oliviers-Bas est mis à disposition gratuitement par le bailleur "
         "Habitat Méditerranée."))

# 8 partenaires
bullet_slide("Les partenaires", [
    "Soin",
    (1, "CMP-IJ et maison des adolescents (MDA)"),
    "Prévention et insertion",
    (1, "club de prévention spécialisée, mission locale, centres sociaux"),
    "Éducation",
    (1, "trois collèges et deux lycées (infirmières et psychologues de l'Éducation nationale)"),
    "Pilotage",
    (1, "Ville de Saint-Ambrun, CLSM, délégué du préfet"),
])

# 9 table slide
s = prs.slides.add_slide(prs.slide_layouts[L_TITLE_ONLY])
s.shapes.title.text = "Activité de Passerelle Jeunes (sept. 2024 – févr. 2025)"
rows = [
    ["Indicateur", "Les Oliviers-Bas", "La Calade", "Total"],
    ["Jeunes accueillis", "112", "74", "186"],
    ["dont orientés vers le CMP-IJ", "26", "15", "41"],
    ["Entretiens individuels", "371", "241", "612"],
    ["Ateliers collectifs", "14", "10", "24"],
    ["Familles reçues", "45", "28", "73"],
]
gt = s.shapes.add_table(len(rows), 4, Cm(2), Cm(4.5), Cm(29), Cm(11)).table
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        cell = gt.cell(i, j)
        cell.text = v
        for p in cell.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(20)
                r.font.bold = i == 0
notes(s, ("Les 41 jeunes orientés vers le CMP-IJ y ont obtenu un premier rendez-vous en 3 semaines en moyenne, grâce "
          "aux créneaux réservés par le CMP-IJ pour Passerelle Jeunes. 58 % des jeunes accueillis sont des filles."))

# 10 parcours
bullet_slide("Le parcours d'un jeune", [
    "1. Repérage ou venue spontanée",
    "2. Premier entretien sous 10 jours avec la psychologue",
    "3. Bilan partagé avec le jeune (et sa famille s'il l'accepte)",
    "4. Orientation : CMP-IJ, MDA, médecin traitant ou suivi à Passerelle",
    "5. Suivi pendant trois mois, puis point de sortie",
])

# 11 rôle CLSM
bullet_slide("Le rôle du CLSM", [
    "Mettre autour de la table le soin, l'éducatif et la ville",
    "Porter le diagnostic jeunesse et le partager",
    "Négocier les créneaux réservés au CMP-IJ",
    "Former : 64 professionnels de jeunesse formés aux premiers secours en santé mentale (PSSM) en 2024",
], note=("Le CLSM de Saint-Ambrun a été créé en 2017. Son coordinateur, Yanis Belkacem, y consacre 0,8 équivalent "
         "temps plein ; le reste de son temps est consacré à l'atelier santé ville. Le groupe de travail « jeunesse » "
         "du CLSM se réunit tous les deux mois."))

# 12 bilan
bullet_slide("Premier bilan : réussites et difficultés", [
    "Ce qui a marché",
    (1, "186 jeunes accueillis en six mois, dont 41 orientés vers le soin"),
    (1, "la présence des éducateurs de rue, qui font le lien"),
    "Ce qui reste difficile",
    (1, "toucher les garçons de 16-18 ans"),
    (1, "associer les parents sans rompre la confidentialité"),
    (2, "un groupe de parole parents a démarré en janvier 2025"),
])

# 13 perspectives
bullet_slide("Perspectives 2025-2026", [
    "Extension au QPV du Ponteil en janvier 2026",
    "Recrutement d'une seconde psychologue",
    "Convention avec l'Éducation nationale pour les signalements",
    "Évaluation externe confiée à l'Observatoire régional de la santé",
], note=("Le budget prévisionnel 2026, avec l'extension au Ponteil, est de 68 000 €. Une demande a été déposée au "
         "Fonds d'intervention régional de l'ARS."))

# 14 ressources
bullet_slide("Pour aller plus loin", [
    "Replay et support : ressources-ville-provence-alpes.example/replays",
    "Fil Santé Jeunes : 0 800 235 236",
    "Guide « Santé mentale des jeunes et politique de la ville » (2023)",
])

# 15 contacts
bullet_slide("Merci ! Vos questions", [
    "Yanis Belkacem — clsm@saint-ambrun.example",
    "Dr Hélène Castagné — CMP-IJ de Saint-Ambrun",
    "Ressources Ville Provence-Alpes — webinaires@rvpa.example",
], note="Questions reçues dans le chat : 23. Celles qui n'ont pas pu être traitées recevront une réponse écrite.")

prs.save(OUT)
print("ok", OUT, len(prs.slides))
