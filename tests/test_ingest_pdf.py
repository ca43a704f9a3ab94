"""PDF ingestion: running headers, page numbers, hyphenation, slide builds, broken and protected files."""

from __future__ import annotations

import re

import pytest
from ingest_fixtures import RUNNING_HEADER, write_drawing_only, write_encrypted, write_report, write_slides

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import process_file
from assistant.ingest.chunk import full_text
from assistant.ingest.pipeline import load_document

SETTINGS = Settings(max_file_mb=50, passage_max_chars=1200, passage_min_chars=200)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "2019-03-04_ars_rapport-regional.pdf"
    return write_report(path, title="Rapport régional sur la santé mentale")


@pytest.fixture(scope="module")
def report_passages(report):
    return process_file(report, None, SETTINGS)


def test_report_is_cited_by_page_with_spans_that_hold(report):
    meta, passages = process_file(report, None, SETTINGS)
    doc = load_document(report, None, SETTINGS)
    text, _ = full_text(doc.units)
    assert [p.location.kind for p in passages] == ["page"] * 4
    assert [p.location.label for p in passages] == ["p. 1", "p. 2", "p. 3", "p. 4"]
    for n, p in enumerate(passages):
        assert p.id == f"{meta.doc_id}:{n:04d}"
        assert text[p.span[0] : p.span[1]] == p.text


def test_running_header_and_page_numbers_are_dropped(report_passages):
    _, passages = report_passages
    joined = "\n".join(p.text for p in passages)
    assert "RAPPORT RÉGIONAL" not in joined
    assert RUNNING_HEADER.lower() not in joined.lower()
    for n, p in enumerate(passages, start=1):
        assert not p.text.rstrip().endswith(f"\n{n}")
        assert p.text.split("\n")[-1].strip() != str(n)


def test_hyphenated_word_is_rejoined_but_real_compounds_keep_their_hyphen(report_passages):
    _, passages = report_passages
    joined = "\n".join(p.text for p in passages)
    assert "santé mentale des habitants" in joined
    assert "men-" not in joined
    assert "Hauts-de-France compte" in joined


def test_hard_line_breaks_inside_sentences_are_joined_and_bullets_kept(report_passages):
    _, passages = report_passages
    page2 = passages[1].text
    assert "financée par la collectivité et par l'agence régionale de santé" in page2
    assert "\n- premier axe : l'accès aux soins ;\n- second axe" in page2


def test_metadata_title_from_pdf_then_file_name(tmp_path, report):
    meta, passages = process_file(report, None, SETTINGS)
    assert meta.title == "Rapport régional sur la santé mentale"
    assert meta.date == "2019-03-04"  # the file name's date beats the PDF's creation date
    assert meta.path == report.name and meta.doc_id == report.stem
    assert passages[0].context == "Rapport régional sur la santé mentale"

    bare = write_report(tmp_path / "2021-05-03_ars_mon-super-rapport.pdf")  # reportlab writes "untitled"
    meta, _ = process_file(bare, None, SETTINGS)
    assert meta.title == "Mon super rapport"
    assert meta.date == "2021-05-03"

    meta, _ = process_file(bare, {"title": "Titre du catalogue", "kind": "report", "organisers": ["IREV"]}, SETTINGS)
    assert meta.title == "Titre du catalogue" and meta.kind == "report" and meta.organisers == ("IREV",)


def test_landscape_deck_is_cited_by_slide_and_builds_collapse(tmp_path):
    deck = write_slides(tmp_path / "deck.pdf")
    meta, passages = process_file(deck, None, SETTINGS)
    assert meta.kind == "slides"
    assert [p.location.label for p in passages] == ["diapositive 1", "diapositive 4", "diapositive 5"]
    build = passages[1]
    assert build.location.kind == "slide" and build.location.start == 4 == build.location.end
    assert "Assemblée plénière annuelle" in build.text and "Comité de pilotage" in build.text
    assert build.context.endswith("— Les étapes de création")
    joined = "\n".join(p.text for p in passages)
    assert joined.count("Diagnostic partagé") == 1
    assert joined.count("Les étapes de création") == 1


def test_a_list_slide_without_title_takes_the_announcing_line_of_the_slide_before(tmp_path):
    deck = write_slides(tmp_path / "deck.pdf", [
        ["Organisation d'un conseil local", "Le centre national recommande trois niveaux :"],
        ["- Un comité de pilotage", "- Une assemblée plénière annuelle", "- Des groupes de travail"],
        ["Financement", "- Une subvention de l'agence régionale", "- Une part de la commune"],
    ])
    _, passages = process_file(deck, None, SETTINGS)
    listed, own = passages[1], passages[2]
    assert listed.text.startswith("- Un comité de pilotage")  # the text is the slide's, as printed
    assert listed.context.endswith("— Organisation d'un conseil local — Le centre national recommande trois niveaux")
    assert own.context.endswith("— Financement")  # a slide with its own title keeps it


def test_a_report_table_is_read_by_rows_and_footnote_numbers_leave_the_words(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    path = tmp_path / "rapport.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("En 2024, le budget du conseil local s'élève à 98 500 euros<super>1</super>. Les euros de "
                  "l'agence régionale en sont la première part.", styles["BodyText"]),
        Paragraph("Tableau 1 – Budget par financeur", styles["BodyText"]),
        Table([["Financeur", "Montant", "Part"], ["Agence régionale", "40 000 €", "40,6 %"],
               ["Agglomération", "35 000 €", "35,5 %"], ["Total", "98 500 €", "100 %"]]),
        Paragraph("Un budget en hausse depuis 2020.", styles["BodyText"]),
        Paragraph("1 Budget exécuté ; les valorisations ne sont pas comptées.", styles["BodyText"]),
    ])
    _, passages = process_file(path, {"kind": "report"}, SETTINGS)
    text = passages[0].text
    assert "98 500 euros." in text  # not "euros1."
    assert "Financeur · Montant · Part" in text
    assert "Agence régionale — 40 000 € · 40,6 %" in text.split("\n")
    assert "Total — 98 500 € · 100 %" in text.split("\n")


def test_a_table_of_words_is_read_by_the_position_of_its_cells(tmp_path):
    """Cells of text wrap over several lines, in a label, a header or a cell beside a one-line one; the text
    under the table is not one of its cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [["Département", "Accueil (ville)", "Délai moyen constaté en 2025", "Ressource locale"],
            ["Charente-Maritime (17)", "La Rochelle", "5,2 mois", "Point écoute psy de Saintonge et des îles"],
            ["Gironde (33)", "Bordeaux", "6,4 mois", "Association des familles"],
            ["Dordogne (24)", "Périgueux", "4,9 mois", "Conseil local du Pays de Courbiac"]]
    path = tmp_path / "guide.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Le tableau ci-dessous donne, pour chaque département, la ville d'accueil et le délai moyen.",
                  cell),
        Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[95, 95, 85, 150]),
        Spacer(1, 20),
        Paragraph("Source : réseau régional, 2025.", cell),
    ])
    _, passages = process_file(path, {"kind": "report"}, SETTINGS)
    lines = passages[0].text.split("\n")
    assert "Département · Accueil (ville) · Délai moyen constaté en 2025 · Ressource locale" in lines
    assert "Charente-Maritime (17) — La Rochelle · 5,2 mois · Point écoute psy de Saintonge et des îles" in lines
    assert "Gironde (33) — Bordeaux · 6,4 mois · Association des familles" in lines
    assert "Source : réseau régional, 2025." in passages[0].text
    assert "Source" not in " ".join(line for line in lines if " — " in line)


def test_key_figures_above_their_labels_are_paired_by_position(tmp_path):
    """A newsletter's key figures: a row of big numbers, each label centred under its figure and wrapped; the
    ordinary text gives the numbers, then the labels run together. Each figure is read with its label, the
    paragraph under the row stays as it was."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "lettre.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(40, 780, "Les SISM 2025 en chiffres")
    figures = [("11", ["rendez-vous en", "deux semaines"]), ("2 140", ["participations au", "total"]),
               ("410", ["visiteurs au", "village santé"]), ("180", ["marcheurs sur le", "front de mer"])]
    c.setFont("Helvetica-Bold", 22)
    for k, (figure, _) in enumerate(figures):  # drawn row by row, as a table of two rows is
        c.drawCentredString(90 + 130 * k, 740, figure)
    c.setFont("Helvetica", 9)
    for n in range(2):
        for k, (_, label) in enumerate(figures):
            c.drawCentredString(90 + 130 * k, 722 - 11 * n, label[n])
    c.setFont("Helvetica", 10)
    c.drawString(40, 660, "Du 6 au 19 octobre, les onze rendez-vous ont totalisé 2 140 participations.")
    c.showPage()
    c.save()
    _, passages = process_file(path, {"kind": "report"}, SETTINGS)
    lines = passages[0].text.split("\n")
    assert ["11 rendez-vous en deux semaines", "2 140 participations au total", "410 visiteurs au village santé",
            "180 marcheurs sur le front de mer"] == [line for line in lines if line[:1].isdigit()], lines
    assert "Du 6 au 19 octobre, les onze rendez-vous ont totalisé 2 140 participations." in lines


def test_a_table_written_line_by_line_is_read_by_position(tmp_path):
    """A file that draws its table line by line (not cell by cell): wrapped words join the row above them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "permanences.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    page.drawString(50, 780, "Le tableau suivant donne les permanences du réseau en 2025 dans chaque département.")
    lines = [["Département", "Accueil", "Délai moyen", "Ressource locale"], [None, None, "constaté", None],
             ["Charente-Maritime", "La Rochelle", "5,2 mois", "Point écoute psy de Saintonge"],
             ["(17)", None, None, "et des îles"], ["Gironde (33)", "Bordeaux", "6,4 mois", "Association des familles"],
             ["Dordogne (24)", "Périgueux", "4,9 mois", "Conseil local du Pays de"], [None, None, None, "Courbiac"],
             ["Landes (40)", "Dax", None, None]]  # a row of two cells out of four
    for n, line in enumerate(lines):
        for x, text in zip((50, 170, 270, 370), line):
            if text:
                page.drawString(x, 750 - 14 * n, text)
    page.drawString(50, 620, "Source : réseau régional, 2025.")
    page.save()
    _, passages = process_file(path, {"kind": "report"}, SETTINGS)
    lines = passages[0].text.split("\n")
    assert "Département · Accueil · Délai moyen constaté · Ressource locale" in lines
    assert "Charente-Maritime (17) — La Rochelle · 5,2 mois · Point écoute psy de Saintonge et des îles" in lines
    assert "Dordogne (24) — Périgueux · 4,9 mois · Conseil local du Pays de Courbiac" in lines
    assert "Landes (40) — Dax · – · –" in lines  # empty cells keep each cell under its column


def test_a_sentence_cut_by_a_page_break_is_read_whole_on_the_page_where_it_starts(tmp_path):
    """A report in narrow columns: a page ends mid-sentence above its footnote, the next page goes on in lower case.
    The sentence is read whole on its first page (above the footnote), and the next page opens on its next one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "rapport.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    first = ["Entre juin 2025 et février 2026, 412 adultes ont", "rempli le questionnaire du dépistage. Parmi eux,",
             "119 obtiennent un score élevé. Cette proportion", "atteint 34 %"]
    second = ["chez les habitants des quartiers prioritaires,", "contre 21 % chez les autres habitants. Chez les",
              "enfants, le dépistage repose sur l'entretien clinique."]
    for lines, note in ((first, "1 Questionnaire de 20 items coté de 0 à 80, rempli par la personne."),
                        (second, "2 Lieu de résidence déclaré par la personne au moment du dépistage.")):
        page.setFont("Helvetica", 10)
        for n, line in enumerate(lines):
            page.drawString(50, 780 - 14 * n, line)
        page.setFont("Helvetica", 8)
        page.drawString(50, 60, note)
        page.showPage()
    page.save()
    doc = load_document(path, {"kind": "report"}, SETTINGS)
    one, two = (u.text for u in doc.units)
    assert "Cette proportion atteint 34 % chez les habitants des quartiers prioritaires, contre 21 % chez les " \
           "autres habitants." in one
    assert one.index("contre 21 %") < one.index("1 Questionnaire")  # above the page's footnote
    assert two.startswith("Chez les enfants, le dépistage repose sur l'entretien clinique.")


def test_a_long_running_footer_and_numbers_out_of_the_deck_are_left_out_of_slides(tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    footer = ("Quartiers Ressources Grand Est · Cycle « Santé mentale et politique de la ville » · Webinaire du "
              "22 janvier 2026")
    assert len(footer) > 100
    titles = ["Programme", "Pourquoi parler des jeunes ?", "Chiffres clés", "Les signes qui alertent", "Orienter"]
    path = tmp_path / "diaporama.pdf"
    size = landscape(A4)
    page = canvas.Canvas(str(path), pagesize=size)
    for number, title in enumerate(titles, start=1):
        page.setFont("Helvetica-Bold", 24)
        page.drawString(50, size[1] - 80, title)
        page.setFont("Helvetica", 12)
        if number % 2:
            page.drawString(50, size[1] - 98, "Dr Claire Vautrin")  # a speaker under the title: the number comes 4th
        page.setFont("Helvetica", 9)
        page.drawString(50, size[1] - 110, footer)
        page.drawString(size[0] - 80, size[1] - 110, f"{number} / {len(titles)}")
        page.setFont("Helvetica", 16)
        page.drawString(70, size[1] - 160, f"{12 * number} jeunes accueillis pour la séquence « {title} ».")
        for k, said in enumerate(("partenaires", "familles", "écoles", "élus", "clubs")[number - 1:number + 1]):
            page.drawString(70, size[1] - 190 - 30 * k, f"Une démarche engagée avec les {said}.")
        page.showPage()
    page.save()
    _, passages = process_file(path, {"kind": "slides"}, SETTINGS)
    assert [p.location.printed for p in passages] == [1, 2, 3, 4, 5]
    assert not any("Webinaire du 22 janvier" in p.text or f"/ {len(titles)}" in p.text for p in passages)
    assert passages[1].text.split("\n")[:2] == ["Pourquoi parler des jeunes ?",
                                                "24 jeunes accueillis pour la séquence « Pourquoi parler des jeunes ? »."]
    assert passages[2].text.split("\n") == ["Chiffres clés", "Dr Claire Vautrin",
                                            "36 jeunes accueillis pour la séquence « Chiffres clés ».",
                                            "Une démarche engagée avec les écoles.",
                                            "Une démarche engagée avec les élus."]


def test_catalog_kind_decides_slides_over_orientation(tmp_path, report):
    _, passages = process_file(report, {"kind": "slides"}, SETTINGS)
    assert {p.location.kind for p in passages} == {"slide"}
    deck = write_slides(tmp_path / "deck.pdf")
    _, passages = process_file(deck, {"kind": "report"}, SETTINGS)
    assert {p.location.kind for p in passages} == {"page"}


def test_encrypted_pdf_says_password(tmp_path, report):
    locked = write_encrypted(tmp_path / "locked.pdf", report)
    with pytest.raises(IngestError, match="mot de passe"):
        process_file(locked, None, SETTINGS)


def test_pdf_without_text_layer_asks_for_ocr(tmp_path):
    scan = write_drawing_only(tmp_path / "scan.pdf")
    with pytest.raises(IngestError, match="document scanné \\? Il faut le passer à l'OCR"):
        process_file(scan, None, SETTINGS)


@pytest.mark.parametrize("cut", [0.5, 0.2, 0.05])
def test_truncated_pdf_is_reported_as_corrupt(tmp_path, report, cut):
    data = report.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(IngestError, match="PDF") as error:
        process_file(broken, None, SETTINGS)
    # said in French to the staff who added it, with what to do; the reading library's English stays in the log
    assert "tronqué" in str(error.value) and not re.search(r"Error|Stream|[Uu]nexpected", str(error.value))


def test_garbage_bytes_with_pdf_suffix_are_reported(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="PDF illisible"):
        process_file(fake, None, SETTINGS)
    header_only = tmp_path / "header.pdf"
    header_only.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="PDF"):
        process_file(header_only, None, SETTINGS)


def test_pypdf_log_noise_does_not_leak(tmp_path, report, caplog):
    data = report.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 2])
    with caplog.at_level("DEBUG"), pytest.raises(IngestError):
        process_file(broken, None, SETTINGS)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_a_bullet_without_its_unicode_mapping_is_a_list_item():
    from assistant.ingest.clean import normalise_chars

    # pypdf gives a Symbol-font bullet without a ToUnicode entry as DEL; Wingdings ones land in the private use area
    text = normalise_chars("Comment saisir la cellule\n\x7f remplir la fiche de saisine ;\n\uf0b7 recueillir son accord.")
    assert text.splitlines()[1:] == ["- remplir la fiche de saisine ;", "- recueillir son accord."]


def test_a_total_row_on_every_page_is_no_running_line_and_a_drop_cap_rejoins_its_word(tmp_path):
    """A form-like report: each page's table ends with "Total" (a short line on every page, as running footers
    are), the last page's table in cells of their own line; the newsletter-style first page opens on a big
    "C" drawn apart from "ette année…"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "rapport-activite.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page, (rows, total) in enumerate([([("Collégiens", "96"), ("Lycéens", "104")], "200"),
                                          ([("Entretiens individuels", "412"), ("Entretiens familiaux", "88")], "500"),
                                          ([("Ville de Chalmont", "54 000"), ("Fonds propres", "7 000")], "61 000")],
                                         start=1):
        c.setFont("Helvetica", 9)  # running footers and the page number, drawn first: read before the page's text,
        c.drawString(60, 25, "Rapport final")  # so that each table's total ends the page
        c.drawString(300, 25, str(page))
        c.drawString(60, 40, "Association Horizons Jeunes — compte rendu d'activité 2025")
        c.drawString(480, 40, f"page {page} / 3")
        y = height - 80
        if page == 1:
            c.setFont("Helvetica-Bold", 40)
            c.drawString(60, y - 30, "C")
            c.setFont("Helvetica", 11)
            c.drawString(100, y, "Édito")
            y -= 20
            for line in ("ette année restera celle de l'ouverture de l'antenne.",
                         "Cette lettre revient aussi sur une année de formations."):
                c.drawString(100, y, line)
                y -= 16
            y -= 40
        c.setFont("Helvetica", 11)
        c.drawString(60, y, f"Rubrique {page} — Indicateurs")
        y -= 20
        for label, value in [*rows, ("Total", total)]:
            c.drawString(60, y, label)
            c.drawRightString(400, y, value)
            y -= 16
        c.showPage()
    c.save()
    _, passages = process_file(path, {"kind": "report"}, SETTINGS)
    text = "\n".join(p.text for p in passages)
    assert "Cette année restera celle de l'ouverture" in text and "\nC\n" not in text
    assert "compte rendu d'activité 2025" not in text and "Rapport final" not in text  # the running footers go
    # each table keeps its total over its own value, though it ends the page (its cells come a line each)
    lines = text.split("\n")
    assert [lines[i + 1] for i, line in enumerate(lines) if line == "Total"] == ["200", "500", "61 000"], text
    assert lines[lines.index("Fonds propres") + 1] == "7 000" and lines[lines.index("Lycéens") + 1] == "104"


def test_word_markup_balloons_of_a_pdf_saved_with_its_changes_shown_are_not_read_as_its_text(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    # Word's "all markup" PDF: the page shrunk left of a pane whose balloons (deleted text, formatting, comments)
    # come in the text layer right after the line they mark
    path = tmp_path / "protocole.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    body = [("Article 4 – Circuit d'alerte", None),
            ("La visite à domicile a lieu dans un délai de 15 jours après la fiche d'alerte.", ["Supprimé: 8 jours"]),
            ("Le budget de l'équipe mobile est de 148 000 € par an.",
             ["Commenté [SB2]: Montant à confirmer par l'ARS après", "le comité régional du FIR."]),
            ("Les bailleurs s'engagent à former tous les gardiens.", ["Mis en forme : Police :Gras"]),
            ("Article 5 – Suivi", None), ("Un point d'étape a lieu à trois mois.", None)]
    y = height - 80
    for line, balloons in body:
        c.setFont("Helvetica", 9)
        c.drawString(50, y, line)
        for k, note in enumerate(balloons or []):
            c.setFont("Helvetica", 7)
            c.drawString(400, y - 10 * k, note)
        y -= 14 + 10 * len(balloons or [])
    c.showPage()
    c.save()
    _, passages = process_file(path, None, Settings())
    text = "\n".join(p.text for p in passages)
    assert "dans un délai de 15 jours" in text and "148 000 €" in text and "Un point d'étape" in text
    assert "8 jours" not in text and "confirmer" not in text and "FIR" not in text and "Gras" not in text, text



def test_an_amendment_s_own_deleted_lines_stay_when_no_word_markup_is_shown(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "avenant.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for k, line in enumerate(["Avenant n° 1 à la convention", "Supprimé : l'article 7 relatif au financement FIR.",
                              "Inséré : un article 7 bis sur le suivi annuel."]):
        c.drawString(50, 780 - 16 * k, line)
    c.showPage()
    c.save()
    text = process_file(path, None, Settings())[1][0].text
    assert "Supprimé : l'article 7 relatif au financement FIR." in text and "Inséré : un article 7 bis" in text


def test_a_sentence_carried_back_over_a_page_break_does_not_stop_at_a_title():
    from assistant.ingest.clean import sentences_across_pages

    pages = [["Les situations sont signalées par la mairie et"],
             ["le CCAS (voir M. Dupont). Ensuite la cellule se réunit.", "Elle décide."]]
    one, two = sentences_across_pages(pages)
    assert one == ["Les situations sont signalées par la mairie et", "le CCAS (voir M. Dupont)."]
    assert two == ["Ensuite la cellule se réunit.", "Elle décide."]
