"""Doc 1: Word fiche de poste / guide de prise de fonction (CLSM de Val d'Orbière)."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

OUT = "/work/main/eval/newdocs4/corpus/2025-01-14_agglo-val-dorbiere_fiche-poste-coordinateur-clsm.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# ---------- header / footer ----------
hp = sec.header.paragraphs[0]
hp.text = "Val d'Orbière Agglomération — Direction de la cohésion sociale et de la santé (DCSS)"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs:
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
fp = sec.footer.paragraphs[0]
fp.text = ("Document interne – version 2 du 14 janvier 2025 – Réf. DCSS/2025/007 – "
           "Poste n° 2025-CLSM-01 publié sur la place de l'emploi public")
for r in fp.runs:
    r.font.size = Pt(8)

# ---------- numbering helper (restartable numbered lists) ----------
numbering = doc.part.numbering_part.numbering_definitions._numbering


def list_number_abstract_id():
    style = doc.styles["List Number"]
    numPr = style.element.pPr.find(qn("w:numPr"))
    num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == num_id:
            return num.find(qn("w:abstractNumId")).get(qn("w:val"))
    raise RuntimeError


ABS = list_number_abstract_id()
_next_num = [900]


def new_num():
    _next_num[0] += 1
    nid = str(_next_num[0])
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), nid)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), ABS)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def numbered(items):
    nid = new_num()
    for it in items:
        p = doc.add_paragraph(style="List Number")
        if isinstance(it, tuple):
            b = p.add_run(it[0])
            b.bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), nid)
        numPr.append(il)
        numPr.append(ni)
        pPr.insert(1 if pPr.find(qn("w:pStyle")) is not None else 0, numPr)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def para(text):
    return doc.add_paragraph(text)


def table(rows, widths=None, header_fill="1F4E79"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                tcPr = c._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), header_fill)
                tcPr.append(shd)
            if widths:
                c.width = widths[j]
    return t


# ---------- text box (DrawingML + VML fallback, as Word writes it) ----------
TB_LINES = [
    ("À retenir", True),
    ("Poste ouvert aux titulaires et aux agents contractuels (article L. 332-8 du code général de la fonction publique).", False),
    ("Date limite de candidature : 28 février 2025.", False),
    ("Entretiens de recrutement : semaine du 17 mars 2025, à Orbières.", False),
    ("Lettre de motivation et CV à adresser à M. le Président de Val d'Orbière Agglomération.", False),
]


def tb_paras():
    out = []
    for txt, bold in TB_LINES:
        rpr = "<w:rPr><w:b/><w:color w:val=\"1F4E79\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"
        out.append(f"<w:p><w:r>{rpr}<w:t xml:space=\"preserve\">{txt}</w:t></w:r></w:p>")
    return "".join(out)


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"')
TB_XML = f"""
<w:r {NS}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
               behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
     <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
     <wp:extent cx="2400300" cy="1600200"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapSquare wrapText="bothSides"/>
     <wp:docPr id="101" name="Zone de texte 1"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="2400300" cy="1600200"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="EAF2F8"/></a:solidFill>
         <a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{tb_paras()}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shape id="Zone de texte 1" o:spid="_x0000_s1026" type="#_x0000_t202"
      style="position:absolute;margin-left:0;margin-top:0;width:189pt;height:126pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin"
      fillcolor="#eaf2f8" strokecolor="#1f4e79" strokeweight="1pt">
     <v:textbox><w:txbxContent>{tb_paras()}</w:txbxContent></v:textbox>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>
"""

# =================== CONTENT ===================
title = doc.add_heading("Coordinateur ou coordinatrice du Conseil local de santé mentale (CLSM)", level=0)
sub = doc.add_paragraph()
r = sub.add_run("Fiche de poste et guide de prise de fonction — Val d'Orbière Agglomération — janvier 2025")
r.italic = True

p = doc.add_paragraph()
p.add_run("Ce document réunit la fiche de poste du coordinateur ou de la coordinatrice du Conseil local de santé "
          "mentale (CLSM) de Val d'Orbière Agglomération et un guide destiné à faciliter ses cent premiers jours. "
          "Il a été rédigé par la Direction de la cohésion sociale et de la santé (DCSS) avec le Centre hospitalier "
          "spécialisé (CHS) Les Tilleuls, établissement de psychiatrie de secteur du territoire, et validé par le "
          "comité de pilotage du CLSM du 9 janvier 2025.")
p._p.append(parse_xml(TB_XML))

doc.add_heading("1. Contexte du poste", level=1)
para("Val d'Orbière Agglomération regroupe 14 communes et 118 400 habitants (recensement 2021). Le territoire compte "
     "quatre quartiers prioritaires de la politique de la ville (QPV) : les Grands-Champs, la Folie-Béraud et le "
     "Moulin-Neuf à Orbières, ainsi que Bellerive-Sud à Saint-Lubin-sur-Orbe. Ensemble, ces quartiers rassemblent "
     "15 900 habitants, soit 13 % de la population de l'agglomération.")
para("Le CLSM a été créé par une convention signée le 3 juin 2019 entre l'agglomération, la ville d'Orbières, le CHS "
     "Les Tilleuls et l'Agence régionale de santé (ARS) Centre-Val de Loire. Il couvre l'ensemble des 14 communes et "
     "s'inscrit dans le projet territorial de santé mentale (PTSM) départemental signé en 2020, ainsi que dans le "
     "contrat de ville « Engagements Quartiers 2030 » signé le 28 mars 2024, dont la santé mentale constitue l'une des "
     "trois priorités du pilier « cohésion sociale ».")
para("Le poste est vacant depuis le départ de la précédente coordinatrice en décembre 2024. Il s'agit d'un poste à "
     "temps plein, alors que la coordination n'était assurée qu'à 0,5 équivalent temps plein (ETP) entre 2019 et 2022.")

doc.add_heading("2. Missions principales", level=1)
para("Sous l'autorité de la directrice de la cohésion sociale et de la santé, et en lien fonctionnel étroit avec le "
     "médecin chef du pôle de psychiatrie adulte du CHS Les Tilleuls, le coordinateur ou la coordinatrice :")
numbered([
    ("Anime la gouvernance du CLSM : ", "prépare et anime l'assemblée plénière (une fois par an) et le comité de "
     "pilotage (trois fois par an), rédige les comptes rendus et suit les décisions."),
    ("Coordonne la cellule de concertation des situations complexes (CCSC) : ", "réunion mensuelle, le deuxième mardi "
     "de chaque mois, qui examine de façon pluriprofessionnelle et confidentielle les situations individuelles de "
     "personnes en souffrance psychique pour lesquelles les réponses habituelles ont échoué."),
    ("Pilote les trois groupes de travail thématiques : ", "logement et maintien dans le logement ; jeunesse et "
     "parentalité ; déstigmatisation et citoyenneté."),
    ("Organise les Semaines d'information sur la santé mentale (SISM) ", "chaque mois d'octobre, avec les communes, "
     "les associations d'usagers et le groupe d'entraide mutuelle (GEM) L'Escale."),
    ("Déploie la formation aux premiers secours en santé mentale (PSSM) : ", "objectif de 120 secouristes formés par "
     "an, en priorité parmi les habitants et les professionnels de proximité des QPV."),
    ("Assure l'observation locale : ", "tient à jour un tableau de bord annuel et contribue au diagnostic du PTSM."),
    ("Recherche et suit les financements : ", "réponses aux appels à projets (ARS, contrat de ville, fondations) et "
     "bilans aux financeurs."),
])

doc.add_heading("3. Profil recherché", level=1)
doc.add_heading("3.1 Formation et expérience", level=2)
bullets([
    "Diplôme de niveau bac + 5 en santé publique, sciences sociales, développement local ou équivalent.",
    "Expérience de trois ans minimum en conduite de projets partenariaux, idéalement dans le champ sanitaire ou social.",
    "Une expérience en politique de la ville ou en quartier prioritaire est un atout.",
])
doc.add_heading("3.2 Compétences et qualités", level=2)
bullets([
    "Connaissance de l'organisation de la psychiatrie de secteur et des acteurs du médico-social.",
    "Aisance dans l'animation de réunions réunissant élus, soignants, bailleurs sociaux et habitants.",
    "Sens de la confidentialité et maîtrise des règles du secret partagé.",
    "Capacité d'écoute, diplomatie, rigueur rédactionnelle.",
    "Permis B indispensable : les déplacements entre les 14 communes sont fréquents.",
])

doc.add_heading("4. Conditions d'emploi", level=1)
table([
    ["Élément", "Détail"],
    ["Employeur", "Val d'Orbière Agglomération"],
    ["Cadre d'emplois", "Attachés territoriaux (catégorie A)"],
    ["Temps de travail", "Temps complet (100 %), télétravail possible un jour par semaine"],
    ["Rémunération", "Grille indiciaire + régime indemnitaire (RIFSEEP)"],
    ["Lieu de travail", "Maison de la santé et des solidarités, 12 rue des Tanneurs, Orbières"],
    ["Rattachement", "Directrice de la cohésion sociale et de la santé"],
    ["Financement du poste", "ARS Centre-Val de Loire : 50 % (30 000 €) ; Val d'Orbière Agglomération : 35 % "
                             "(21 000 €) ; CHS Les Tilleuls : 15 % (9 000 €)"],
    ["Prise de poste", "1er avril 2025"],
], widths=[Cm(4.5), Cm(12)])
para("")

doc.add_heading("5. Guide de prise de fonction : les cent premiers jours", level=1)
para("Les cent premiers jours sont organisés en trois temps. Le tuteur ou la tutrice de prise de poste est la "
     "cadre supérieure de santé du CHS Les Tilleuls, qui a participé à la création du CLSM.")
doc.add_heading("5.1 Premier mois : rencontrer", level=2)
numbered([
    "Rencontrer l'élu référent, le premier vice-président chargé de la santé et de la cohésion sociale.",
    "Rencontrer le médecin chef de pôle et les équipes des deux centres médico-psychologiques (CMP) adultes.",
    "Rencontrer les directions des trois centres communaux d'action sociale (CCAS) d'Orbières, de Saint-Lubin-sur-Orbe "
    "et de Vallières.",
    "Rencontrer les deux bailleurs sociaux présents dans les QPV : Orbière Habitat et Logivallée.",
    "Rencontrer les adhérents et l'animatrice du GEM L'Escale.",
    "Rencontrer le délégué du préfet pour les quartiers d'Orbières et de Saint-Lubin-sur-Orbe.",
])
doc.add_heading("5.2 Deuxième mois : observer", level=2)
numbered([
    "Assister à au moins deux séances de la CCSC avant d'en prendre l'animation.",
    "Relire le diagnostic local de santé mentale de 2022 et le bilan d'activité 2024.",
    "Participer à une permanence du point d'accueil et d'écoute jeunes (PAEJ) d'Orbières.",
])
doc.add_heading("5.3 Troisième mois : proposer", level=2)
para("Au terme des trois premiers mois, le coordinateur ou la coordinatrice présente une feuille de route 2025-2026 "
     "au comité de pilotage du 24 juin 2025. Cette feuille de route hiérarchise au plus cinq objectifs et précise, pour "
     "chacun, les partenaires mobilisés, le calendrier et les indicateurs de suivi.")

doc.add_heading("6. Budget de fonctionnement 2025 du CLSM", level=1)
table([
    ["Poste de dépense", "Montant 2025"],
    ["Rémunération chargée de la coordination", "46 500 €"],
    ["Formations PSSM (4 sessions)", "7 200 €"],
    ["SISM d'octobre", "3 800 €"],
    ["Communication et supports", "1 500 €"],
    ["Déplacements", "1 000 €"],
    ["Total", "60 000 €"],
], widths=[Cm(10), Cm(5)])
para("")
para("Les crédits d'intervention des groupes de travail (environ 5 000 € par an) ne figurent pas dans ce budget : ils "
     "sont mobilisés au cas par cas, notamment auprès de l'appel à projets annuel du contrat de ville.")

doc.add_heading("7. Contacts", level=1)
bullets([
    "Directrice de la cohésion sociale et de la santé : dcss@val-dorbiere.example",
    "Secrétariat du CLSM : clsm@val-dorbiere.example",
])

doc.save(OUT)
print("ok", OUT)
