"""PowerPoint deck whose key content sits in SmartArt diagrams and native tables.

Each SmartArt is a graphicFrame pointing (r:dm, r:lo, r:qs, r:cs) to the diagram parts of the package:
/ppt/diagrams/dataN.xml (the data model: the text lives only there and in the cached drawing),
layoutN.xml, quickStyleN.xml, colorsN.xml and drawingN.xml (the shapes PowerPoint cached, with their text).
The slides themselves hold only titles; python-pptx's shape walk does not see the diagram text.
"""
import pathlib
import uuid

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.util import Emu, Pt

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-03-18_clsm-roannay_daml-bilan-2024-procedure-2025.pptx"

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
R_DATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"
R_LAYOUT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramLayout"
R_STYLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramQuickStyle"
R_COLORS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramColors"
R_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
CT = "application/vnd.openxmlformats-officedocument.drawingml."
LAYOUTS = {
    "hierarchy": ("urn:microsoft.com/office/officeart/2005/8/layout/radial1", "cycle"),
    "process": ("urn:microsoft.com/office/officeart/2005/8/layout/process4", "process"),
    "blocks": ("urn:microsoft.com/office/officeart/2005/8/layout/default", "list"),
    "cycle": ("urn:microsoft.com/office/officeart/2005/8/layout/cycle2", "cycle"),
}


B1 = ' b="1"'


def gid():
    return "{" + str(uuid.uuid4()).upper() + "}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tx(paras, tag="dgm:t"):
    ps = "".join(f'<a:p><a:r><a:rPr lang="fr-FR" dirty="0"{B1 if i == 0 and len(paras) > 1 else ""}/>'
                 f"<a:t>{esc(p)}</a:t></a:r></a:p>" for i, p in enumerate(paras))
    return f"<{tag}><a:bodyPr/><a:lstStyle/>{ps}</{tag}>"


def data_xml(kind, nodes, drawing_rid):
    """nodes: list of (paragraphs, children) — children are lists of paragraphs (for the hierarchy)."""
    lo, cat = LAYOUTS[kind]
    doc = gid()
    pts = [f'<dgm:pt modelId="{doc}" type="doc"><dgm:prSet loTypeId="{lo}" loCatId="{cat}" '
           f'qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" '
           f'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" phldr="1"/>'
           f'<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></dgm:t></dgm:pt>']
    cxns = []
    shapes = []

    def add(parent, paras, order):
        n, par, sib, c = gid(), gid(), gid(), gid()
        pts.append(f'<dgm:pt modelId="{n}"><dgm:prSet phldrT="[Texte]"/><dgm:spPr/>{tx(paras)}</dgm:pt>')
        pts.append(f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{c}"><dgm:prSet/><dgm:spPr/>'
                   f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{c}"><dgm:prSet/><dgm:spPr/>'
                   f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{c}" srcId="{parent}" destId="{n}" srcOrd="{order}" destOrd="0" '
                    f'parTransId="{par}" sibTransId="{sib}"/>')
        shapes.append((n, paras))
        return n

    for i, (paras, children) in enumerate(nodes):
        n = add(doc, paras, i)
        for j, ch in enumerate(children):
            add(n, ch, j)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<dgm:dataModel xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}">'
           f'<dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst>'
           f'<dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
           f'<dsp:dataModelExt xmlns:dsp="{NS["dsp"]}" relId="{drawing_rid}" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>'
           f'</a:ext></dgm:extLst></dgm:dataModel>')
    return xml, shapes


def layout_xml(kind):
    lo, cat = LAYOUTS[kind]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<dgm:layoutDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}" uniqueId="{lo}">'
            f'<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="{cat}" pri="1000"/></dgm:catLst>'
            f'<dgm:layoutNode name="diagram"><dgm:alg type="{"cycle" if cat == "cycle" else "lin"}"/>'
            f'<dgm:shape r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
            f'<dgm:forEach name="nodes" axis="ch" ptType="node"><dgm:layoutNode name="node"><dgm:varLst>'
            f'<dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape type="roundRect" r:blip="">'
            f'<dgm:adjLst/></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/></dgm:layoutNode></dgm:forEach>'
            f'</dgm:layoutNode></dgm:layoutDef>')


STYLE_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<dgm:styleDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" '
             f'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/>'
             f'<dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst>'
             f'<dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>'
             f'<dgm:styleLbl name="node0"><dgm:scene3d><a:camera prst="orthographicFront"/>'
             f'<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/>'
             f'<dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
             f'<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/>'
             f'</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl>'
             f'</dgm:styleDef>')
COLORS_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<dgm:colorsDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" '
              f'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/>'
              f'<dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst>'
              f'<dgm:styleLbl name="node0"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst>'
              f'<dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/>'
              f'<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
              f'<dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')


def boxes(kind, shapes, W, H):
    """Positions (x, y, w, h) in EMU, relative to the frame, for the cached drawing."""
    n = len(shapes)
    out = []
    if kind == "process":
        h = H // n
        for i in range(n):
            out.append((0, i * h, W, int(h * 0.86)))
    elif kind == "blocks":
        cols = 3
        rows = (n + cols - 1) // cols
        w, h = W // cols, H // rows
        for i in range(n):
            out.append(((i % cols) * w + w // 20, (i // cols) * h + h // 20, int(w * 0.9), int(h * 0.9)))
    elif kind == "cycle":
        import math
        r = min(W, H) * 0.36
        for i in range(n):
            ang = -math.pi / 2 + 2 * math.pi * i / n
            cx, cy = W / 2 + r * 1.25 * math.cos(ang), H / 2 + r * math.sin(ang)
            out.append((int(cx - W * 0.16), int(cy - H * 0.12), int(W * 0.32), int(H * 0.24)))
    elif kind == "hierarchy":
        import math
        out.append((int(W * 0.36), int(H * 0.38), int(W * 0.28), int(H * 0.24)))
        k = n - 1
        for i in range(k):
            ang = -math.pi / 2 + 2 * math.pi * i / k
            cx, cy = W / 2 + W * 0.36 * math.cos(ang), H / 2 + H * 0.38 * math.sin(ang)
            out.append((int(cx - W * 0.13), int(cy - H * 0.1), int(W * 0.26), int(H * 0.2)))
    return out


def drawing_xml(kind, shapes, W, H):
    sps = []
    for (mid, paras), (x, y, w, h) in zip(shapes, boxes(kind, shapes, W, H)):
        sps.append(f'<dsp:sp modelId="{mid}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
                   f'<dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
                   f'<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="2E6B8A"/>'
                   f'</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></dsp:spPr>'
                   f'<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
                   f'<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/>'
                   f'</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
                   f'<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="45720" tIns="45720" '
                   f'rIns="45720" bIns="45720" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr>'
                   f'<a:lstStyle/>'
                   + "".join(f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="fr-FR" sz="{1300 if i == 0 else 1050}" '
                             f'kern="1200"{B1 if i == 0 and len(paras) > 1 else ""}/><a:t>{esc(p)}</a:t></a:r></a:p>'
                             for i, p in enumerate(paras))
                   + f'</dsp:txBody><dsp:txXfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></dsp:txXfrm></dsp:sp>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<dsp:drawing xmlns:dgm="{NS["dgm"]}" xmlns:dsp="{NS["dsp"]}" xmlns:a="{NS["a"]}">'
            f'<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{"".join(sps)}</dsp:spTree></dsp:drawing>')


_n = [0]


def add_smartart(slide, kind, nodes, x, y, w, h, name):
    _n[0] += 1
    k = _n[0]
    pkg = slide.part.package

    def mk(name_, ct, blob):
        return Part(PackURI(f"/ppt/diagrams/{name_}{k}.xml"), ct, pkg, blob.encode("utf-8"))

    drawing_part = Part(PackURI(f"/ppt/diagrams/drawing{k}.xml"), "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                        pkg, b"")
    rid_dr = slide.part.relate_to(drawing_part, R_DRAWING)
    dxml, shapes = data_xml(kind, nodes, rid_dr)
    drawing_part._blob = drawing_xml(kind, shapes, w, h).encode("utf-8")
    rid_dm = slide.part.relate_to(mk("data", CT + "diagramData+xml", dxml), R_DATA)
    rid_lo = slide.part.relate_to(mk("layout", CT + "diagramLayout+xml", layout_xml(kind)), R_LAYOUT)
    rid_qs = slide.part.relate_to(mk("quickStyle", CT + "diagramStyle+xml", STYLE_XML), R_STYLE)
    rid_cs = slide.part.relate_to(mk("colors", CT + "diagramColors+xml", COLORS_XML), R_COLORS)
    sid = max(int(e.get("id")) for e in slide.shapes._spTree.iter("{%s}cNvPr" % NS["p"])) + 1
    gf = etree.fromstring(
        f'<p:graphicFrame xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}">'
        f'<p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{name}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        f'<dgm:relIds xmlns:dgm="{NS["dgm"]}" r:dm="{rid_dm}" r:lo="{rid_lo}" r:qs="{rid_qs}" r:cs="{rid_cs}"/>'
        f'</a:graphicData></a:graphic></p:graphicFrame>')
    slide.shapes._spTree.append(gf)


# The Part class stores its blob in _blob; make sure it is what gets written.
def _blob(self):
    return self._blob


Part.blob = property(_blob)


def title_only(prs, title):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(30)
    return s


def add_table(slide, rows, x, y, w, h, col_w=None):
    shp = slide.shapes.add_table(len(rows), len(rows[0]), x, y, w, h)
    t = shp.table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(14 if r else 15)
    if col_w:
        for i, cw in enumerate(col_w):
            t.columns[i].width = cw
    return t


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    W, H = prs.slide_width, prs.slide_height
    M = Emu(457200)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Dispositif d'alerte et de maintien dans le logement (DAML)"
    s.placeholders[1].text = ("Bilan 2024 et procédure 2025\nComité technique « Logement et santé mentale » du CLSM de "
                              "Roannay — 18 mars 2025\nLucie Faure, coordinatrice du CLSM · Bertrand Morel, chargé de "
                              "gestion locative sociale, Roannay Habitat")
    for p in s.placeholders[1].text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(16)

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Ordre du jour"
    tf = s.placeholders[1].text_frame
    items = ["Pourquoi un DAML ?", "Les acteurs", "La procédure en six étapes", "Bilan 2024",
             "Critères d'entrée", "Ce qui change en 2025", "Questions"]
    tf.text = items[0]
    for it in items[1:]:
        tf.add_paragraph().text = it

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Pourquoi un DAML ?"
    tf = s.placeholders[1].text_frame
    pts = ["En 2021, Roannay Habitat recensait 61 plaintes de voisinage liées à des troubles du comportement",
           "4 expulsions prononcées en 2021 pour troubles de jouissance concernaient des locataires avec des troubles "
           "psychiques non suivis",
           "Charte « Habitat et santé mentale » signée le 21 juin 2022 par la Ville, les deux bailleurs, le centre "
           "hospitalier et le CCAS",
           "DAML lancé en septembre 2022 : repérer tôt, évaluer à domicile, accompagner plutôt qu'expulser"]
    tf.text = pts[0]
    for it in pts[1:]:
        tf.add_paragraph().text = it
    notes(s, "Rappeler que le DAML n'est pas un dispositif de soins : il organise l'alerte et la visite, les soins "
             "restent au CMP.")

    s = title_only(prs, "Les acteurs du DAML")
    add_smartart(s, "hierarchy", [
        (["Cellule DAML", "animée par la coordinatrice du CLSM"], []),
        (["Bailleurs sociaux", "Roannay Habitat et Forez Habitat"], []),
        (["CMP adultes de Roannay", "un infirmier référent"], []),
        (["CCAS de Roannay", "une conseillère sociale"], []),
        (["SAVS Les Tisserands", "accompagnement à la vie sociale"], []),
        (["Service communal d'hygiène et de santé", "situations d'incurie"], []),
        (["Mandataires judiciaires", "mesures de protection"], []),
    ], M, Emu(1400000), W - 2 * M, Emu(5100000), "Diagramme acteurs")

    s = title_only(prs, "La procédure en six étapes")
    add_smartart(s, "process", [
        (["1. Repérage", "Le gardien ou le chargé de gestion locative remplit la fiche d'alerte"], []),
        (["2. Transmission", "Au référent DAML du bailleur, puis à la coordinatrice du CLSM sous 5 jours ouvrés"], []),
        (["3. Visite à domicile", "En binôme infirmier du CMP et conseiller social du bailleur, sous 15 jours"], []),
        (["4. Examen en cellule", "Réunion mensuelle, le deuxième mardi du mois"], []),
        (["5. Plan d'accompagnement", "Un référent de parcours est désigné pour 3 mois renouvelables"], []),
        (["6. Bilan et clôture", "Bilan à 3 mois : clôture, prolongation ou orientation vers un autre dispositif"], []),
    ], M, Emu(1350000), W - 2 * M, Emu(5250000), "Diagramme procédure")
    notes(s, "En cas de danger immédiat, on ne passe pas par le DAML : appel au 15 ou au 17, puis information de la "
             "coordinatrice.")

    s = title_only(prs, "Bilan 2024 : le DAML monte en charge")
    add_table(s, [["Indicateur", "2023", "2024"],
                  ["Fiches d'alerte reçues", "34", "47"],
                  ["Visites à domicile réalisées", "26", "41"],
                  ["Situations stabilisées à 3 mois", "15", "29"],
                  ["Procédures d'expulsion suspendues", "3", "6"],
                  ["Délai moyen entre l'alerte et la visite", "24 jours", "13 jours"]],
              M, Emu(1500000), W - 2 * M, Emu(3600000), [Emu(6400000), Emu(2428000), Emu(2450000)])
    notes(s, "Le délai moyen a presque été divisé par deux grâce au planning partagé des binômes mis en place en "
             "février 2024.")

    s = title_only(prs, "Fiches d'alerte 2024 par bailleur")
    add_table(s, [["Bailleur", "Quartier prioritaire des Canaux", "Hors quartier prioritaire", "Total"],
                  ["Roannay Habitat", "18", "13", "31"],
                  ["Forez Habitat", "5", "7", "12"],
                  ["Parc privé (expérimentation avec l'ADIL)", "0", "4", "4"],
                  ["Total", "23", "24", "47"]],
              M, Emu(1500000), W - 2 * M, Emu(3000000))

    s = title_only(prs, "Critères d'entrée dans le DAML")
    add_smartart(s, "blocks", [
        (["Locataire à Roannay"], []),
        (["Troubles du comportement affectant le logement ou le voisinage"], []),
        (["Suspicion de trouble psychique"], []),
        (["Absence de suivi ou rupture de soins"], []),
        (["Accord de la personne recherché, sauf danger"], []),
    ], M, Emu(1400000), W - 2 * M, Emu(4800000), "Diagramme critères")

    s = title_only(prs, "Ce qui change en 2025")
    add_smartart(s, "cycle", [
        (["Fiche d'alerte dématérialisée", "en service en avril 2025"], []),
        (["Extension au parc privé", "avec l'ADIL et le service habitat de la Ville"], []),
        (["Formation PSSM", "20 gardiens formés d'ici juin 2025"], []),
        (["Analyse des pratiques", "une séance par trimestre pour les binômes"], []),
    ], M, Emu(1400000), W - 2 * M, Emu(5100000), "Diagramme 2025")

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Questions ? Contacts"
    tf = s.placeholders[1].text_frame
    tf.text = "Lucie Faure, coordinatrice du CLSM de Roannay — lucie.faure@ville-roannay.example — 04 77 00 00 00"
    tf.add_paragraph().text = "Bertrand Morel, Roannay Habitat — b.morel@roannay-habitat.example"
    tf.add_paragraph().text = "Prochain comité technique : 17 juin 2025"

    prs.core_properties.title = "DAML — bilan 2024 et procédure 2025"
    prs.core_properties.author = "CLSM de Roannay"
    prs.save(OUT)
    print(OUT.name, len(prs.slides), "slides", OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
