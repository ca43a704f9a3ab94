# -*- coding: utf-8 -*-
"""Diaporama OpenDocument (odfpy) bâti autrement que celui de newdocs15 : pas de notes de l'orateur,
les diapositives sont soit un tableau seul (draw:frame > table:table), soit un plan à trois niveaux
(text:list imbriquées, comme les niveaux de plan d'Impress), avec un titre dans un cadre de classe « title »
et un pied de page en zone de texte ; aucune numérotation des diapositives dans le texte."""
import os

from odf import draw, style, table, text
from odf.namespaces import PRESENTATIONNS
from odf.opendocument import OpenDocumentPresentation

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-06-12_clsm-courvieres-les-mines_journee-departementale-sante-mentale-et-rue.odp")

FOOT = "Journée départementale « Santé mentale et rue » — Courvières-les-Mines — 12/06/2025"

SLIDES = [
    ("title", "Santé mentale et rue : agir ensemble dans nos quartiers", [
        "Journée départementale — jeudi 12 juin 2025",
        "Salle Germinal, Courvières-les-Mines",
        "CLSM de Courvières-les-Mines · CLSM de Marquenval · Pôle ressources Ville et Santé des Hauts (PRVSH)",
    ]),
    ("table", "Programme de la journée", [
        ["Heure", "Séquence", "Intervenant·es"],
        ["9h00", "Accueil café", "—"],
        ["9h30", "Ouverture", "Bernadette Lheureux, adjointe à la solidarité de Courvières-les-Mines"],
        ["10h00", "Table ronde « Qui va vers qui ? »", "EMPP Passerelles, accueil de jour L'Escale, SAMU social, bailleur Habitat des Terrils"],
        ["11h15", "La PASS psy en 10 minutes", "Yasmina Haddad, infirmière, PASS psy de Marquenval"],
        ["12h15", "Repas offert par le conseil départemental", "—"],
        ["13h45", "Ateliers en parallèle : A « Orienter sans brusquer » ; B « Domiciliation et accès aux droits » ; C « Femmes à la rue »", "A : Sandrine Lemaire et Dr Karim Benslimane ; B : CCAS ; C : CIDFF du Pas-de-Calais"],
        ["15h45", "Restitution des ateliers", "Aurore Delattre, coordinatrice du CLSM de Courvières-les-Mines"],
        ["16h30", "Clôture", "Délégation départementale de l'ARS"],
    ]),
    ("table", "Qui fait quoi ? Les dispositifs du territoire", [
        ["Dispositif", "Ce qu'il fait", "Pour qui", "Comment le joindre"],
        ["EMPP Passerelles (EPSM de la Vallée de la Scarpe)", "Va vers les personnes, évalue, fait le lien avec le soin", "Personnes en précarité en souffrance psychique, sans diagnostic préalable", "Fiche de liaison commune v3"],
        ["PASS psy de Marquenval", "Consultations psychiatriques et délivrance des médicaments à l'hôpital", "Personnes sans couverture sociale ou sans droits ouverts", "Sans rendez-vous du lundi au vendredi, 9h-12h"],
        ["LHSS (lits halte soins santé)", "Soins et hébergement temporaires", "Personnes sans domicile dont l'état ne justifie pas une hospitalisation", "Orientation par le SIAO"],
        ["SIAO / 115", "Orientation vers l'hébergement d'urgence et d'insertion", "Toute personne sans abri", "115, gratuit, 24h/24"],
        ["Accueil de jour L'Escale", "Douches, repas, laverie, domiciliation, permanence EMPP le mardi matin", "Toute personne sans chez-soi", "12 rue des Corons, Courvières-les-Mines"],
    ]),
    ("outline", "Freins à l'accès aux soins repérés en 2024", [
        (1, "Freins liés à la personne"),
        (2, "Déni des troubles, méfiance envers la psychiatrie"),
        (3, "souvent après une hospitalisation sans consentement vécue comme violente"),
        (2, "Priorité donnée à la survie : manger, dormir, se protéger"),
        (1, "Freins liés aux dispositifs"),
        (2, "Exigence d'une adresse ou de droits ouverts"),
        (2, "Délais : 4 mois d'attente pour un premier rendez-vous adulte au CMP de Courvières-les-Mines"),
        (3, "contre 6 semaines à la PASS psy"),
        (1, "Freins liés au territoire"),
        (2, "Pas de bus le dimanche entre la cité des Aubépines et le centre-ville"),
        (2, "Fermeture des services l'été"),
    ]),
    ("table", "Chiffres clés de l'arrondissement", [
        ["Indicateur", "2023", "2024"],
        ["Personnes sans domicile connues du SIAO", "1 184", "1 312"],
        ["Demandes au 115 non pourvues", "41 %", "47 %"],
        ["File active de l'EMPP Passerelles", "371", "412"],
        ["Domiciliations au CCAS de Courvières-les-Mines", "512", "578"],
        ["Places de LHSS", "12", "12"],
    ]),
    ("outline", "Atelier A « Orienter sans brusquer » : ce que l'on retient", [
        (1, "Prévenir la personne avant toute orientation"),
        (2, "pas besoin d'un accord écrit"),
        (1, "Nommer ce que l'on observe plutôt qu'un diagnostic"),
        (2, "« je vous trouve épuisé » plutôt que « vous êtes dépressif »"),
        (1, "Accompagner physiquement au premier rendez-vous"),
        (2, "binôme travailleur social + infirmier de l'EMPP"),
        (3, "ticket de bus ou taxi solidaire pris en charge par le CCAS"),
        (1, "Garder le lien même en cas de refus"),
    ]),
    ("outline", "Et après ? Nos engagements 2025-2026", [
        (1, "Un annuaire partagé des dispositifs, mis à jour chaque trimestre"),
        (1, "Former 30 professionnels de l'accueil social aux premiers secours en santé mentale"),
        (2, "financement : contrat de ville et ARS"),
        (1, "Étendre la cellule « Hors les murs » à Courvières-les-Mines"),
        (1, "Prochaine journée départementale en juin 2026 à Marquenval"),
    ]),
]


def pframe(cls, **kw):
    f = draw.Frame(**kw)
    f.setAttrNS(PRESENTATIONNS, "class", cls)
    return f


def main():
    doc = OpenDocumentPresentation()
    pl = style.PageLayout(name="PL")
    pl.addElement(style.PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape"))
    doc.automaticstyles.addElement(pl)
    master = style.MasterPage(name="Default", pagelayoutname=pl)
    doc.masterstyles.addElement(master)
    title_st = style.Style(name="T", family="presentation")
    title_st.addElement(style.TextProperties(fontsize="30pt", fontweight="bold"))
    doc.automaticstyles.addElement(title_st)
    body_st = style.Style(name="B", family="presentation")
    body_st.addElement(style.TextProperties(fontsize="18pt"))
    doc.automaticstyles.addElement(body_st)
    small = style.Style(name="S", family="paragraph")
    small.addElement(style.TextProperties(fontsize="11pt"))
    doc.automaticstyles.addElement(small)
    cell_st = style.Style(name="C", family="table-cell")
    cell_st.addElement(style.TableCellProperties(border="0.5pt solid #444444", padding="0.1cm"))
    doc.automaticstyles.addElement(cell_st)

    for i, (kind, title, content) in enumerate(SLIDES, 1):
        page = draw.Page(name="page%d" % i, masterpagename=master)
        doc.presentation.addElement(page)
        tf = pframe("title", width="25cm", height="2cm", x="1.5cm", y="0.6cm")
        tb = draw.TextBox()
        tb.addElement(text.P(text=title))
        tf.addElement(tb)
        page.addElement(tf)
        if kind == "title":
            of = pframe("subtitle", width="25cm", height="8cm", x="1.5cm", y="4cm")
            ob = draw.TextBox()
            for line in content:
                ob.addElement(text.P(text=line))
            of.addElement(ob)
            page.addElement(of)
        elif kind == "table":
            fr = draw.Frame(width="25cm", height="10cm", x="1.5cm", y="3cm")
            t = table.Table(name="Tableau%d" % i)
            t.addElement(table.TableColumn(numbercolumnsrepeated=len(content[0])))
            for row in content:
                tr = table.TableRow()
                for val in row:
                    tc = table.TableCell(stylename=cell_st, valuetype="string")
                    tc.addElement(text.P(stylename=small, text=val))
                    tr.addElement(tc)
                t.addElement(tr)
            fr.addElement(t)
            page.addElement(fr)
        else:
            of = pframe("outline", width="25cm", height="10cm", x="1.5cm", y="3cm")
            ob = draw.TextBox()
            root = text.List()
            ob.addElement(root)
            stack = [(0, root)]
            last_item = {}
            for level, line in content:
                while stack[-1][0] >= level:
                    stack.pop()
                parent_level, parent_list = stack[-1]
                if parent_level < level - 1 or (level > 1 and parent_list is root and level != 1):
                    pass
                if level == 1:
                    target = root
                else:
                    # sous-liste dans le dernier élément du niveau supérieur
                    holder = last_item[level - 1]
                    key = ("sub", level)
                    sub = getattr(holder, "_sub", None)
                    if sub is None:
                        sub = text.List()
                        holder.addElement(sub)
                        holder._sub = sub
                    target = sub
                item = text.ListItem()
                item.addElement(text.P(text=line))
                target.addElement(item)
                last_item[level] = item
                stack.append((level, target))
            of.addElement(ob)
            page.addElement(of)
        ff = pframe("footer", width="25cm", height="0.8cm", x="1.5cm", y="14.6cm")
        fb = draw.TextBox()
        fb.addElement(text.P(stylename=small, text=FOOT))
        ff.addElement(fb)
        page.addElement(ff)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
