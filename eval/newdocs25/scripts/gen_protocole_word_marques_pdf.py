# -*- coding: utf-8 -*-
"""Version de travail d'un protocole partenarial, écrite dans Word pour Microsoft 365 avec le suivi des
modifications activé, puis enregistrée en PDF par la coordinatrice du CLSM avec « Afficher les marques : toutes les
marques » (Fichier › Enregistrer sous › PDF, « Document avec marques ») pour la relecture des partenaires.

Imitation de ce que Word écrit dans un PDF « avec marques » :
- la page du document est réduite (environ 77 %) et décalée à gauche pour laisser à droite la zone des
  commentaires, où s'empilent les bulles ;
- bulles de commentaire « Commenté [SB1]: … » (initiales et numéro, réponse « Commenté [SB4R3]: … » sous la bulle
  parente), reliées au texte commenté (surligné de la couleur de l'auteur) par un trait pointillé ;
- suppressions dans des bulles « Supprimé: … », ajouts soulignés en couleur dans le texte, bulles « Mis en forme :
  Police :Gras » ; barre de modification dans la marge gauche des lignes modifiées ;
- dans le texte du PDF, chaque bulle vient juste après le paragraphe auquel elle est ancrée ;
- en-tête « … – version de travail V4 » et pied « Page n sur N » ;
- Producer et Creator « Microsoft® Word pour Microsoft 365 », Author = auteur du fichier, Title = titre des
  propriétés du document.
"""
import os

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-06_clsm-vareze_protocole-habiter-et-soigner-v4.pdf")

pdfmetrics.registerFont(TTFont("Calibri", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Italic", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"))

W, H = A4
SCALE = 0.77
LEFT = 44
TEXT_W = 452 * SCALE  # largeur de la zone de texte réduite
PANE_X = LEFT + TEXT_W + 22
PANE_W = W - PANE_X - 18
TOP = H - 62
BOTTOM = 58

AUTHORS = {"SB": Color(0.55, 0.2, 0.6), "CV": Color(0.1, 0.45, 0.7), "JM": Color(0.2, 0.55, 0.25),
           "OP": Color(0.75, 0.35, 0.1)}
REV = Color(0.55, 0.2, 0.6)  # couleur des révisions de Sonia Bekhti

# Un paragraphe : (style, [segments]) ; segment = (texte, attributs) ; attributs : "b", "i", "ins",
# ("cm", id) pour un commentaire ancré, ("del", texte) suppression (rien dans le texte), ("fmt", description).
COMMENTS = {
    "SB2": ("SB", "Montant à confirmer par l'ARS après le comité régional du FIR du 20 novembre."),
    "CV3": ("CV", "Le CHVV ne peut pas garantir 10 jours pour tous les CMP : proposer « 10 jours ouvrés au CMP Les "
                  "Tilleuls, 3 semaines dans les autres CMP » ?"),
    "SB4R3": ("SB", "D'accord, on en parle au comité technique du 21 octobre."),
    "JM1": ("JM", "48 h, c'est tenable pour les gardiens formés PSSM ; plus difficile l'été avec les remplaçants."),
    "OP5": ("OP", "Le FSL ne peut financer le nettoyage que pour les ménages éligibles au FSL maintien : à préciser "
                  "dans l'annexe financière."),
    "SB6": ("SB", "Date à caler avec le cabinet du vice-président."),
}

P = []


def para(style, *segs):
    P.append((style, [s if isinstance(s, tuple) else (s, None) for s in segs]))


para("title", ("Protocole partenarial « Habiter et soigner »", "b"))
para("subtitle", "Maintien dans le logement des locataires en souffrance psychique dans les quartiers prioritaires "
                 "de Varèze Agglomération")
para("meta", ("Version de travail n° 4 du 6 octobre 2025 – document soumis à la relecture des partenaires, ne pas "
              "diffuser", "i"))
para("h", "Préambule")
para("body", "Depuis septembre 2023, la cellule d'appui aux situations complexes (CASC) du conseil local de santé "
             "mentale (CLSM) de Varèze Agglomération réunit chaque mois bailleurs, soignants et services sociaux "
             "autour des situations de locataires en souffrance psychique dont le logement est menacé. En 2024, elle "
             "a examiné 27 situations, dont 10 situations d'incurie. Ce travail a montré que les gardiens "
             "d'immeuble sont souvent les premiers à repérer une situation qui se dégrade, mais qu'ils ne savent pas "
             "à qui s'adresser, et que les soignants interviennent trop tard, quand la procédure contentieuse est "
             "déjà engagée.")
para("body", "Le présent protocole formalise les engagements des partenaires pour repérer plus tôt, évaluer au "
             "domicile et accompagner dans la durée les locataires concernés, en particulier dans les quartiers "
             "prioritaires des Aubépins, du Grand Pré et des Charmettes.")
para("h", "Article 1 – Objet")
para("body", "Le protocole a pour objet de prévenir les ruptures de logement (expulsions, abandons de logement, "
             "hospitalisations en urgence) des locataires du parc social présentant des troubles psychiques, "
             "avérés ou supposés, en organisant un circuit commun de repérage, d'évaluation et d'accompagnement.")
para("h", "Article 2 – Signataires")
para("body", "Le protocole est conclu entre les neuf partenaires suivants :")
for item in ["Varèze Agglomération, au titre du conseil local de santé mentale ;",
             "la Ville de Pont-de-Varèze et son centre communal d'action sociale (CCAS) ;",
             "la Ville de Saint-Clair-du-Mont et son CCAS ;",
             "le centre hospitalier du Val de Varèze (CHVV) ;",
             "Varèze Habitat, office public de l'habitat ;",
             "Dauphiné Foyers, entreprise sociale pour l'habitat ;",
             "le Département de l'Isère (Maison du Département de Varèze) ;",
             "la direction départementale de l'emploi, du travail et des solidarités (DDETS) de l'Isère ;",
             "l'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes, délégation départementale de l'Isère."]:
    para("bullet", item)
para("h", "Article 3 – Principes d'intervention")
para("body", ("Consentement. ", "b"), "Aucune intervention n'est engagée à l'insu de la personne. Son accord est "
             "recherché à chaque étape ; à défaut, elle est au moins informée des démarches entreprises, sauf danger "
             "imminent pour elle-même ou pour autrui.")
para("body", ("Secret partagé. ", "b"), "Les partenaires ne partagent que les informations strictement nécessaires "
             "à la coordination de l'accompagnement, dans le respect de l'article L. 1110-4 du code de la santé "
             "publique. Aucune information médicale n'est transmise au bailleur.")
para("body", ("Aller-vers. ", "b"), "Le refus d'aide n'est pas un motif de clôture : les partenaires maintiennent "
             "un lien avec la personne et renouvellent leur proposition.")
para("h", "Article 4 – Circuit de repérage et d'intervention")
para("body", ("Étape 1 – Repérage. ", "b"), "Le gardien ou le chargé de clientèle qui constate une situation "
             "préoccupante remplit la fiche d'alerte et la transmet au référent santé mentale du bailleur ",
     ("dans un délai de 48 heures", ("cm", "JM1")), ".")
para("body", ("Étape 2 – Première évaluation. ", "b"), "Le référent santé mentale prend contact avec la personne et "
             "réalise une visite à domicile, si possible en binôme avec l'infirmier de l'équipe mobile "
             "santé-logement, dans un délai de ", ("8 jours", ("del", "8 jours")), ("15 jours", "ins"),
     " suivant la réception de la fiche d'alerte.")
para("body", ("Étape 3 – Saisine de la CASC. ", "b"), "Lorsque la situation ne trouve pas de réponse auprès des "
             "services habituels, le référent, ou tout membre de la cellule, adresse la fiche de saisine à la "
             "coordinatrice du CLSM au moins 10 jours avant la séance mensuelle.")
para("body", ("Étape 4 – Plan d'accompagnement. ", "b"), "La CASC désigne un référent de parcours, choisi parmi les "
             "professionnels qui connaissent la personne, et arrête un plan d'accompagnement précisant qui fait quoi "
             "et dans quel délai.")
para("body", ("Étape 5 – Suivi. ", "b"), "Chaque situation fait l'objet d'un point d'étape en CASC à trois mois, puis "
             "à six mois. La clôture est décidée en séance.")
para("h", "Article 5 – L'équipe mobile santé-logement (EMSL)")
para("body", "Une équipe mobile santé-logement (EMSL) est créée par le présent protocole. Portée par le CHVV, elle "
             "est composée d'un infirmier (1 ETP), d'un psychologue (0,5 ETP) et d'un temps de psychiatre "
             "(0,1 ETP). Elle intervient au domicile des locataires des bailleurs signataires, à la demande du "
             "référent santé mentale ou de la CASC, pour évaluer la situation, proposer une orientation vers le soin "
             "et soutenir les équipes de proximité. Elle n'intervient pas en urgence.")
para("body", "L'EMSL intervient du lundi au vendredi, de 9 h à 17 h. Son budget de fonctionnement est de ",
     ("148 000 € par an", ("cm", "SB2")), ", financé par l'ARS au titre du fonds d'intervention régional (FIR). ",
     ("Son démarrage est prévu le 2 mars 2026.", "ins"))
para("h", "Article 6 – Engagements des bailleurs")
para("body", "Varèze Habitat et Dauphiné Foyers s'engagent à :")
para("bullet", "désigner un référent santé mentale, point d'entrée unique des alertes (Varèze Habitat a créé ce "
               "poste le 1er mars 2025 ; Dauphiné Foyers désignera son référent au plus tard le 30 juin 2026) ;")
para("bullet", "former aux premiers secours en santé mentale (PSSM) ", ("les gardiens volontaires",
     ("del", "les gardiens volontaires")), ("tous les gardiens", "ins"), " d'ici le 31 décembre 2026 ;")
para("bullet", ("ne pas engager de procédure contentieuse pour trouble de jouissance sans examen préalable de la "
                "situation par la CASC", ("fmt", "Police :Gras")), ", sauf danger pour les personnes ;")
para("bullet", "abonder le fonds incurie du CLSM : 12 000 € par an pour Varèze Habitat",
     (" et 5 000 € par an pour Dauphiné Foyers à partir de 2026", "ins"), ".")
para("h", "Article 7 – Engagements du centre hospitalier du Val de Varèze")
para("body", "Le CHVV porte l'EMSL et désigne un psychiatre référent pour la CASC. Il s'engage à proposer ",
     ("un premier rendez-vous au CMP dans un délai de 10 jours", ("cm", "CV3")), " à toute personne orientée par "
             "l'EMSL, et à informer le référent de parcours, avec l'accord de la personne, de la mise en place d'un "
             "suivi.")
para("h", "Article 8 – Engagements des collectivités et de l'État")
para("body", "Les CCAS assurent l'accès aux droits et l'accompagnement social des personnes isolées. Le service "
             "communal d'hygiène et de santé (SCHS) de Pont-de-Varèze participe à la CASC et n'engage de procédure "
             "d'insalubrité qu'après concertation en cellule, sauf danger grave. Le Département mobilise le fonds "
             "de solidarité pour le logement (FSL) pour ", ("le maintien dans les lieux et le financement des "
                                                              "nettoyages", ("cm", "OP5")), ".")
para("body", "La DDETS inscrit la CASC comme instance ressource de la commission territoriale de la CCAPEX : toute "
             "situation d'impayé examinée en CCAPEX et comportant une dimension de santé mentale peut y être "
             "orientée, avec l'accord du ménage.")
para("h", "Article 9 – Gouvernance et évaluation")
para("body", "Un comité de pilotage se réunit au moins une fois par an. Il est coprésidé par le vice-président "
             "chargé de la santé de Varèze Agglomération et par le directeur de la délégation départementale de "
             "l'ARS. La CASC fait office de comité technique.")
para("body", "Les indicateurs suivis chaque année sont : le nombre de fiches d'alerte reçues par les référents ; le "
             "délai entre l'alerte et la première visite ; le nombre de situations examinées en CASC ; la part des "
             "ménages toujours dans leur logement six mois après l'examen ; le nombre d'expulsions évitées ; le "
             "nombre de gardiens formés aux PSSM.")
para("h", "Article 10 – Durée")
para("body", "Le protocole est conclu pour une durée de ", ("deux ans", ("del", "deux ans")), ("trois ans", "ins"),
     " à compter de sa signature, prévue lors du comité de pilotage du ", ("15 janvier 2026", ("cm", "SB6")),
     ". Il peut être modifié par avenant et renouvelé par décision du comité de pilotage.")
para("sign", "Fait à Pont-de-Varèze, le …………………… – signatures des neuf partenaires en annexe 1.")


STYLE = {"title": (18, "Calibri-Bold", 10, 8), "subtitle": (13, "Calibri", 4, 12), "meta": (10.5, "Calibri-Italic", 2, 14),
         "h": (13, "Calibri-Bold", 14, 6), "body": (11, "Calibri", 0, 8), "bullet": (11, "Calibri", 0, 3),
         "sign": (11, "Calibri-Italic", 14, 0)}


def font_for(style, attr):
    size, base, _, _ = STYLE[style]
    if attr == "b" or (isinstance(attr, tuple) and attr[0] == "fmt"):
        return "Calibri-Bold", size
    if attr == "i":
        return "Calibri-Italic", size
    return base, size


def layout(style, segs):
    """Coupe les segments en lignes ; renvoie une liste de lignes, chaque ligne = liste de (texte, attr, x)."""
    size, _, _, _ = STYLE[style]
    fs = size * SCALE
    indent = 14 * SCALE if style == "bullet" else 0
    maxw = TEXT_W - indent
    words = []  # (mot avec espace éventuel, attr)
    for text, attr in segs:
        if isinstance(attr, tuple) and attr[0] == "del":
            words.append(("", attr))
            continue
        toks = text.split(" ")
        for i, t in enumerate(toks):
            w = t + (" " if i < len(toks) - 1 else "")
            if w:
                words.append((w, attr))
    lines, cur, x = [], [], 0.0
    for w, attr in words:
        fn, _ = font_for(style, attr)
        ww = pdfmetrics.stringWidth(w.rstrip(" "), fn, fs)
        if x + ww > maxw and cur:
            lines.append(cur)
            cur, x = [], 0.0
        cur.append((w, attr, x + indent))
        x += pdfmetrics.stringWidth(w, fn, fs)
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        out = []
        for w, attr, x in line:
            if out and out[-1][1] == attr and not (isinstance(attr, tuple) and attr[0] == "del"):
                out[-1] = (out[-1][0] + w, attr, out[-1][2])
            else:
                out.append((w, attr, x))
        merged.append(out)
    return merged


def balloon_text(key, attr):
    if attr[0] == "cm":
        out = []
        cid = attr[1]
        out.append(("Commenté [%s]: " % cid, COMMENTS[cid][1], COMMENTS[cid][0]))
        for rid, (auth, txt) in COMMENTS.items():
            if "R" in rid and rid.endswith("R" + cid[-1]) and rid != cid:
                out.append(("Commenté [%s]: " % rid, txt, auth))
        return out
    if attr[0] == "del":
        return [("Supprimé: ", attr[1], "SB")]
    if attr[0] == "fmt":
        return [("Mis en forme : ", attr[1], "SB")]
    return []


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def render(total):
    c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
    c.setTitle("Protocole partenarial Habiter et soigner")
    c.setAuthor("Sonia Bekhti")
    c.setCreator("Microsoft® Word pour Microsoft 365")
    c.setProducer("Microsoft® Word pour Microsoft 365")
    c.setSubject("")
    page = [1]

    def decorate():
        c.setFillColor(Color(0.97, 0.97, 0.97))
        c.rect(PANE_X - 6, 30, W - PANE_X, H - 60, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Calibri", 7.5 * SCALE)
        c.drawString(LEFT, H - 38, "CLSM de Varèze Agglomération – Protocole « Habiter et soigner » – version de "
                                   "travail V4")
        c.drawString(LEFT + TEXT_W / 2 - 20, 34, "Page %d sur %d" % (page[0], total))

    decorate()
    y = TOP
    pane_y = TOP
    for style, segs in P:
        size, _, before, after = STYLE[style]
        fs = size * SCALE
        lead = fs * 1.25
        lines = layout(style, segs)
        y -= before * SCALE
        if y - lead * min(len(lines), 2) < BOTTOM:
            c.showPage()
            page[0] += 1
            decorate()
            y, pane_y = TOP, TOP
        anchors = []  # (y de la ligne, x, attr)
        for li, line in enumerate(lines):
            if y - lead < BOTTOM:
                c.showPage()
                page[0] += 1
                decorate()
                y, pane_y = TOP, TOP
            y -= lead
            changed = False
            # surlignages, soulignements et ancres d'abord, puis une seule zone de texte par ligne (comme Word)
            for w, attr, x in line:
                fn, _ = font_for(style, attr)
                if isinstance(attr, tuple) and attr[0] == "del":
                    anchors.append((y, LEFT + x, attr))
                    changed = True
                    continue
                ww = pdfmetrics.stringWidth(w, fn, fs)
                if isinstance(attr, tuple) and attr[0] == "cm":
                    c.setFillColor(Color(*[0.85 + 0.15 * v for v in AUTHORS[COMMENTS[attr[1]][0]].rgb()]))
                    c.rect(LEFT + x, y - 1.5, ww, fs + 1.5, stroke=0, fill=1)
                    if not any(a[2] == attr for a in anchors):
                        anchors.append((y, LEFT + x, attr))
                if isinstance(attr, tuple) and attr[0] == "fmt":
                    changed = True
                    if not any(a[2] == attr for a in anchors):
                        anchors.append((y, LEFT + x, attr))
                if attr == "ins":
                    c.setStrokeColor(REV)
                    c.setLineWidth(0.4)
                    c.line(LEFT + x, y - 1, LEFT + x + pdfmetrics.stringWidth(w.rstrip(), fn, fs), y - 1)
                    changed = True
            t = c.beginText()
            if style == "bullet" and li == 0:
                t.setTextOrigin(LEFT + 4 * SCALE, y)
                t.setFont("Calibri", fs)
                t.setFillColor(black)
                t.textOut("•")
            first = True
            for w, attr, x in line:
                if isinstance(attr, tuple) and attr[0] == "del":
                    continue
                fn, _ = font_for(style, attr)
                if first or style == "bullet" and li == 0:
                    t.setTextOrigin(LEFT + x, y)
                    first = False
                t.setFont(fn, fs)
                t.setFillColor(REV if attr == "ins" else black)
                t.textOut(w)
            c.drawText(t)
            if changed:
                c.setStrokeColor(black)
                c.setLineWidth(0.6)
                c.line(LEFT - 10, y - 2, LEFT - 10, y + fs)
        y -= after * SCALE
        # bulles des marques ancrées dans ce paragraphe, dans l'ordre
        for ay, ax, attr in anchors:
            for head, txt, auth in balloon_text(None, attr):
                bfs = 7.2 * SCALE + 0.6
                blines = wrap(head + txt, "Calibri", bfs, PANE_W - 10)
                bh = len(blines) * bfs * 1.2 + 6
                by = min(ay + bfs, pane_y)
                if by - bh < BOTTOM - 20:
                    by = ay + bfs
                col = AUTHORS[auth]
                c.setStrokeColor(col)
                c.setFillColor(Color(*[0.9 + 0.1 * v for v in col.rgb()]))
                c.setLineWidth(0.6)
                c.roundRect(PANE_X, by - bh, PANE_W, bh, 3, stroke=1, fill=1)
                c.setDash(1, 2)
                c.line(ax, ay - 2, PANE_X, by - bh / 2)
                c.setDash()
                ty = by - bfs - 2
                for k, bl in enumerate(blines):
                    t = c.beginText()
                    t.setTextOrigin(PANE_X + 5, ty)
                    t.setFillColor(black)
                    if k == 0:
                        t.setFont("Calibri-Bold", bfs)
                        t.textOut(head)
                        t.setFont("Calibri", bfs)
                        t.textOut(bl[len(head):] if bl.startswith(head) else bl[len(head.strip()):].lstrip())
                    else:
                        t.setFont("Calibri", bfs)
                        t.textOut(bl)
                    c.drawText(t)
                    ty -= bfs * 1.2
                pane_y = by - bh - 4
    c.save()
    return page[0]


def main():
    n = render(99)
    n = render(n)
    # dates du fichier Word (propriétés du PDF) : enregistré le 6 octobre 2025
    import pypdf
    r = pypdf.PdfReader(OUT)
    wtr = pypdf.PdfWriter(clone_from=r)
    meta = dict(r.metadata)
    meta.update({"/CreationDate": "D:20251006171402+02'00'", "/ModDate": "D:20251006171402+02'00'"})
    meta.pop("/Trapped", None)
    meta.pop("/Keywords", None)
    meta.pop("/Subject", None)
    wtr.metadata = None
    wtr.add_metadata(meta)
    with open(OUT, "wb") as f:
        wtr.write(f)
    print(OUT, n, "pages")


if __name__ == "__main__":
    main()
