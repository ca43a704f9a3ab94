# -*- coding: utf-8 -*-
"""Protocole « Vigilance aînés » du CLSM d'Escaudières, écrit en Markdown par la coordinatrice et converti en Word par
pandoc (« pandoc protocole.md -o protocole.docx »), tel qu'il a été envoyé aux signataires.

Imitation des .docx de pandoc : métadonnées YAML rendues en paragraphes de styles « Title », « Subtitle », « Author »
et « Date » en tête du corps (pas de page de titre, pas d'en-tête ni de pied de page) ; titres « Heading 1/2 » non
numérotés précédés d'un signet dont le nom est l'identifiant pandoc (« signes-dalerte ») ; premier paragraphe après un
titre en style « First Paragraph », les suivants en « Body Text » ; listes serrées en style « Compact » avec une
numérotation automatique de Word (les numéros et les puces ne sont donc pas dans le texte), chaque liste numérotée
repartant à 1 par sa propre définition <w:num> ; citations en « Block Text » ; tableaux de style « Table » avec légende
« Table Caption » au-dessus, en-tête en gras, largeur en pourcentage ; core.xml portant titre et auteur du YAML.
"""
import copy
import os
import re

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-10_clsm-escaudieres_protocole-vigilance-aines.docx")

BOOKMARK = [0]


def slug(t):
    import unicodedata
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9 _-]", "", t)
    return re.sub(r"\s+", "-", t.strip())


def style(d, name, base=None, size=None, bold=None, italic=None, color=None):
    try:
        st = d.styles[name]
    except KeyError:
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        st.base_style = d.styles[base]
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    return st


class Writer:
    def __init__(self):
        self.d = docx.Document()
        d = self.d
        # styles de la reference.docx de pandoc
        style(d, "Body Text", size=12).paragraph_format.space_after = Pt(9)
        style(d, "First Paragraph", base="Body Text")
        style(d, "Compact", base="Body Text").paragraph_format.space_after = Pt(0)
        style(d, "Author", base="Body Text").paragraph_format.alignment = 1
        style(d, "Date", base="Body Text").paragraph_format.alignment = 1
        style(d, "Block Text", base="Body Text", italic=False)
        style(d, "Table Caption", base="Body Text", italic=True)
        d.styles["Title"].paragraph_format.alignment = 1
        d.styles["Subtitle"].paragraph_format.alignment = 1
        self.after_heading = False
        num = d.part.numbering_part.element
        self.numbering = num
        self.abs_number = self._abstract_of(d.styles["List Number"])
        self.abs_bullet = self._abstract_of(d.styles["List Bullet"])
        self.next_num = 100

    def _abstract_of(self, st):
        nid = st.element.pPr.numPr.numId.val
        for n in self.numbering.findall(qn("w:num")):
            if n.get(qn("w:numId")) == str(nid):
                return n.find(qn("w:abstractNumId")).get(qn("w:val"))
        raise KeyError(nid)

    def _new_num(self, abstract):
        self.next_num += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(self.next_num))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abstract)
        n.append(a)
        o = OxmlElement("w:lvlOverride")
        o.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        o.append(so)
        n.append(o)
        self.numbering.append(n)
        return self.next_num

    def meta(self, title, subtitle, author, date):
        self.d.add_paragraph(title, style="Title")
        self.d.add_paragraph(subtitle, style="Subtitle")
        self.d.add_paragraph(author, style="Author")
        self.d.add_paragraph(date, style="Date")
        cp = self.d.core_properties
        cp.title, cp.author, cp.subject = title, author, subtitle

    def h(self, level, text):
        p = self.d.add_paragraph(style="Heading %d" % level)
        BOOKMARK[0] += 1
        bs = OxmlElement("w:bookmarkStart")
        bs.set(qn("w:id"), str(BOOKMARK[0]))
        bs.set(qn("w:name"), slug(text))
        be = OxmlElement("w:bookmarkEnd")
        be.set(qn("w:id"), str(BOOKMARK[0]))
        p._p.append(bs)
        p.add_run(text)
        p._p.append(be)
        self.after_heading = True

    def p(self, text, style_name=None):
        st = style_name or ("First Paragraph" if self.after_heading else "Body Text")
        p = self.d.add_paragraph(style=st)
        self._runs(p, text)
        self.after_heading = False
        return p

    def _runs(self, p, text):
        # **gras** à la manière de pandoc (runs séparés)
        for i, part in enumerate(re.split(r"\*\*", text)):
            if part:
                r = p.add_run(part)
                r.bold = bool(i % 2)

    def lst(self, items, numbered):
        nid = self._new_num(self.abs_number if numbered else self.abs_bullet)
        for it in items:
            p = self.d.add_paragraph(style="Compact")
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(nid))
            numPr.append(il)
            numPr.append(ni)
            pPr.append(numPr)
            self._runs(p, it)
        self.after_heading = False

    def quote(self, text):
        self.p(text, "Block Text")

    def table(self, caption, header, rows):
        self.d.add_paragraph(caption, style="Table Caption")
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        try:
            t.style = self.d.styles["Table"]
        except KeyError:
            st = self.d.styles.add_style("Table", WD_STYLE_TYPE.TABLE)
            st.base_style = self.d.styles["Normal Table"]
            t.style = st
        tblPr = t._tbl.tblPr
        w = tblPr.find(qn("w:tblW"))
        if w is None:
            w = OxmlElement("w:tblW")
            tblPr.append(w)
        w.set(qn("w:type"), "pct")
        w.set(qn("w:w"), "5000")
        for j, htext in enumerate(header):
            c = t.rows[0].cells[j]
            c.paragraphs[0].style = self.d.styles["Compact"]
            c.paragraphs[0].add_run(htext).bold = True
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                c = t.rows[i].cells[j]
                c.paragraphs[0].style = self.d.styles["Compact"]
                self._runs(c.paragraphs[0], v)
        self.after_heading = False


def main():
    w = Writer()
    w.meta("Protocole « Vigilance aînés »",
           "Repérer, alerter et orienter les personnes âgées en souffrance psychique à Escaudières",
           "Conseil local de santé mentale d'Escaudières — groupe de travail « Aînés et santé mentale »",
           "Adopté en assemblée plénière du CLSM le 10 février 2026 — version 1.0")

    w.h(1, "Objet")
    w.p("Ce protocole organise la façon dont les professionnels de première ligne et les bénévoles d'Escaudières "
        "repèrent une personne de 60 ans et plus en souffrance psychique ou en crise suicidaire, donnent l'alerte et "
        "l'orientent vers la bonne réponse. Il met en œuvre la préconisation n° 1 du diagnostic partagé « Vieillir "
        "seul dans nos quartiers » de janvier 2026.")
    w.p("Il s'applique sur toute la commune, avec une attention particulière aux quartiers prioritaires des "
        "Hauts-Prés et de la Cité Saint-Éloi. Il ne remplace ni le médecin traitant ni les dispositifs d'urgence.")

    w.h(1, "Signataires")
    w.lst(["la Ville d'Escaudières et son centre communal d'action sociale (CCAS), pôle seniors ;",
           "l'EPSM des Deux-Vallées : équipe mobile de psychiatrie du sujet âgé (EMPSA) et CMP Les Tilleuls ;",
           "la CPTS du Val d'Escaut, pour les médecins, pharmaciens et infirmiers libéraux ;",
           "les services d'aide à domicile Escaut Services et Aide et Présence 59 ;",
           "le bailleur Escaut Habitat ;",
           "l'association Les Veilleurs du Quartier ;",
           "le Relais des Aidants de l'Escaut, plateforme d'accompagnement et de répit (PFR)."], numbered=False)

    w.h(1, "Signes d'alerte")
    w.p("Un signe isolé ne veut rien dire ; c'est leur accumulation, ou leur apparition récente, qui doit alerter. "
        "Les signataires sont attentifs en particulier à :")
    w.lst(["un repli inhabituel : la personne ne sort plus, n'ouvre plus, ne répond plus au téléphone ;",
           "une perte d'appétit ou de poids, un logement ou une hygiène qui se dégradent ;",
           "des propos de dévalorisation (« je suis un poids », « à quoi bon ») ou sur la mort ;",
           "un arrêt des traitements ou, au contraire, un stock de médicaments inhabituel ;",
           "un événement récent : veuvage, chute, entrée du conjoint en EHPAD, annonce d'une maladie ;",
           "un aidant épuisé, qui ne dort plus ou dit qu'il « n'en peut plus »."], numbered=False)

    w.h(1, "Trois niveaux de réponse")
    w.table("Tableau 1 : niveaux de réponse selon la situation repérée",
            ["Niveau", "Situation", "Qui fait quoi", "Délai"],
            [["Vigilance", "Signes isolés ou récents, sans propos suicidaires",
              "L'auteur du repérage remplit la fiche de vigilance et l'envoie au pôle seniors du CCAS",
              "Sous 48 heures"],
             ["Alerte", "Plusieurs signes, ou propos sur la mort sans projet précis",
              "Appel au médecin traitant, qui peut saisir l'EMPSA ; fiche de vigilance au CCAS", "Le jour même"],
             ["Urgence", "Projet suicidaire, moyen à disposition ou danger immédiat",
              "Ne pas laisser la personne seule et appeler le 15", "Immédiatement"]])
    w.p("La différence entre l'alerte et l'urgence tient au **projet** : une personne qui dit « j'aimerais ne plus "
        "me réveiller » relève de l'alerte ; une personne qui dit comment et quand elle compte mourir, ou qui a "
        "rassemblé des médicaments, relève de l'urgence.")

    w.h(1, "Circuit de la fiche de vigilance")
    w.lst(["Le professionnel ou le bénévole remplit la fiche de vigilance (annexe 1) avec la personne, si possible "
           "avec son accord.",
           "Il l'envoie au pôle seniors du CCAS par messagerie sécurisée ou la dépose à l'accueil, dans les 48 "
           "heures.",
           "Le pôle seniors rappelle la personne ou lui rend visite dans les 5 jours ouvrés.",
           "Les situations complexes sont examinées à la cellule de veille mensuelle (CCAS, EMPSA, Veilleurs, PFR, "
           "bailleur).",
           "L'auteur de la fiche reçoit un retour sur la suite donnée, dans le respect du secret partagé."],
          numbered=True)

    w.h(2, "Que faire si la personne parle de mourir ?")
    w.p("Prenez ses propos au sérieux et posez la question directement : « Est-ce que vous pensez au suicide ? ». "
        "Poser la question ne donne pas l'idée. Écoutez sans juger, sans chercher à convaincre.")
    w.lst(["Si elle a un projet, un moyen ou si vous la sentez en danger : restez avec elle et appelez le 15.",
           "Sinon, appelez le jour même son médecin traitant ou, à défaut, le 3114, numéro national de prévention "
           "du suicide.",
           "Remplissez ensuite la fiche de vigilance et prévenez votre responsable."], numbered=True)
    w.quote("Un bénévole des Veilleurs du Quartier n'a pas à évaluer le risque suicidaire : il transmet. C'est le "
            "rôle des professionnels de santé d'évaluer.")

    w.h(1, "Consentement et secret partagé")
    w.p("La fiche est remplie avec l'accord de la personne. Sans son accord, elle ne peut être transmise qu'en cas de "
        "danger pour sa santé ou sa sécurité ; la fiche le mentionne alors. Seules les informations utiles à "
        "l'orientation sont partagées ; la cellule de veille ne conserve pas les fiches au-delà de deux ans.")

    w.h(1, "Suivi et évaluation")
    w.p("Le pôle seniors du CCAS tient le tableau de suivi des fiches. Les indicateurs suivants sont présentés à "
        "chaque réunion du groupe de travail :")
    w.lst(["nombre de fiches reçues, par origine et par quartier ;",
           "délai moyen entre la réception de la fiche et le premier contact ;",
           "part des situations orientées vers l'EMPSA ou le médecin traitant ;",
           "nombre de professionnels et de bénévoles formés au repérage."], numbered=False)
    w.p("Un bilan à un an sera présenté en assemblée plénière du CLSM en février 2027 ; le protocole sera révisé à "
        "cette occasion.")

    w.h(1, "Contacts utiles")
    w.table("Tableau 2 : contacts des signataires", ["Structure", "Rôle dans le protocole", "Téléphone"],
            [["CCAS, pôle seniors", "Reçoit les fiches, rappelle la personne, anime la cellule de veille",
              "03 27 31 40 12"],
             ["EMPSA (EPSM des Deux-Vallées)", "Évaluation et soins psychiatriques à domicile, sur demande d'un "
              "professionnel", "03 27 48 61 20"],
             ["Les Veilleurs du Quartier", "Visites et appels de convivialité", "03 27 31 55 08"],
             ["Relais des Aidants de l'Escaut", "Soutien et répit des aidants", "03 27 22 09 74"],
             ["SAMU", "Urgence vitale", "15"],
             ["Numéro national de prévention du suicide", "Écoute et conseil 24 h/24", "3114"]])
    w.d.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
