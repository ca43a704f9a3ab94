"""Plain text and Markdown ingestion: encodings without mojibake, sections, and the file checks."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import SUPPORTED_SUFFIXES, process_file
from assistant.ingest.text import decode_text

SETTINGS = Settings()
SAMPLE = "Santé mentale et quartiers prioritaires : un été où l'élu a créé « le conseil », ça marche.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_common_encodings_decode_without_mojibake(tmp_path, encoding):
    path = tmp_path / "notes.txt"
    path.write_bytes((SAMPLE * 3).encode(encoding))
    _, passages = process_file(path, None, SETTINGS)
    text = passages[0].text
    assert "Santé mentale" in text and "été où l'élu a créé « le conseil », ça marche." in text
    assert "Ã" not in text and "\ufeff" not in text and "\ufffd" not in text


def test_cp1252_specific_characters(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("L’œuvre de l’ARS — coût : 5 €. Élu référent.".encode("cp1252"))
    _, passages = process_file(path, None, SETTINGS)
    assert passages[0].text == "L’œuvre de l’ARS — coût : 5 €. Élu référent."


def test_double_encoded_utf8_is_repaired():
    assert decode_text("Santé mentale, créé".encode("utf-8").decode("cp1252").encode("utf-8")) == "Santé mentale, créé"


@pytest.mark.parametrize("payload", [bytes(range(256)) * 8, b"\x00\x01\x02binary\x00\xff\xfe\x00" * 40])
def test_binary_garbage_text_file_is_unreadable(tmp_path, payload):
    path = tmp_path / "garbage.txt"
    path.write_bytes(payload)
    with pytest.raises(IngestError, match="Fichier texte illisible : encodage non reconnu"):
        process_file(path, None, SETTINGS)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf  \n"])
def test_empty_or_blank_file(tmp_path, content):
    path = tmp_path / "vide.md"
    path.write_bytes(content)
    with pytest.raises(IngestError, match="vide"):
        process_file(path, None, SETTINGS)


def test_empty_pdf_file(tmp_path):
    path = tmp_path / "vide.pdf"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match="Fichier vide"):
        process_file(path, None, SETTINGS)


@pytest.mark.parametrize("name", ["rapport.xls", "notes.xyz", "sans_extension"])
def test_unsupported_type_names_the_supported_ones(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 some content")
    with pytest.raises(IngestError, match="non pris en charge") as info:
        process_file(path, None, SETTINGS)
    for suffix in (".pdf", ".html", ".md", ".vtt", ".srt", ".txt", ".pptx", ".odp", ".docx", ".odt"):
        assert suffix in str(info.value)


SENTENCE = "Le conseil local de santé mentale réunit les élus, la psychiatrie et les habitants du quartier."
SAMPLES = {
    ".html": f"<html><head><title>Page</title></head><body><main><h1>Titre</h1><p>{SENTENCE}</p></main></body></html>",
    ".htm": f"<html><body><main><h1>Titre</h1><p>{SENTENCE}</p></main></body></html>",
    ".txt": SENTENCE,
    ".md": f"# Titre\n\n{SENTENCE}",
    ".markdown": f"# Titre\n\n{SENTENCE}",
    ".vtt": f"WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n{SENTENCE}\n",
    ".srt": f"1\n00:00:01,000 --> 00:00:06,000\n{SENTENCE}\n",
    ".sbv": f"0:00:01.000,0:00:06.000\n{SENTENCE}\n",
    ".mhtml": ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\nContent-Type: text/html; "
               f"charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n<html><body><main><h1>Titre</h1><p>{SENTENCE}</p>"
               "</main></body></html>\n--b--\n"),
}
SAMPLES[".mht"] = SAMPLES[".mhtml"]


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
def test_every_supported_suffix_is_read(tmp_path, suffix):
    path = tmp_path / f"document{suffix}"
    if suffix == ".pdf":
        from ingest_fixtures import write_report

        write_report(path, title="Rapport")
    elif suffix in (".pptx", ".odp", ".docx", ".odt"):
        from test_ingest_office import good_file

        good_file(tmp_path, suffix)
    elif suffix in (".xlsx", ".ods", ".csv"):
        from spreadsheet_fixtures import write_csv, write_ods, write_xlsx

        {".xlsx": write_xlsx, ".ods": write_ods, ".csv": write_csv}[suffix](path)
    else:
        path.write_text(SAMPLES[suffix], "utf-8")
    _, passages = process_file(path, None, SETTINGS)
    assert passages and any(p.text.strip() for p in passages)


def test_file_over_size_limit(tmp_path):
    path = tmp_path / "gros.txt"
    path.write_text("santé mentale " * 400, encoding="utf-8")
    with pytest.raises(IngestError, match=r"Fichier trop volumineux \(0,006 Mo, maximum 0,001 Mo\)"):
        process_file(path, None, Settings(max_file_mb=0.001))
    _, passages = process_file(path, None, Settings(max_file_mb=1))
    assert passages


def test_uppercase_suffix_is_accepted(tmp_path):
    path = tmp_path / "NOTES.TXT"
    path.write_text("Un texte assez long pour faire un passage sur la santé mentale.", encoding="utf-8")
    meta, passages = process_file(path, None, SETTINGS)
    assert meta.doc_id == "NOTES" and passages


MARKDOWN = """---
auteur: test
---
# Guide du CLSM

Un guide **pratique** pour les [coordinateurs](https://example.org) des conseils
locaux de santé mentale.

## Créer un CLSM

Il faut un élu moteur, la psychiatrie publique et les usagers. La création demande un diagnostic partagé
et une convention signée par les membres fondateurs du conseil local de santé mentale du territoire.

```
# pas un titre
```

### Financer la coordination

Les collectivités et l'ARS financent le poste de coordination dans la plupart des cas observés.
"""


def test_markdown_sections_split_at_headings(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    meta, passages = process_file(path, None, Settings(passage_min_chars=10))
    assert meta.title == "Guide du CLSM"
    sections = [p.location.section for p in passages]
    assert sections == ["Guide du CLSM", "Créer un CLSM", "Financer la coordination"]
    assert [p.location.kind for p in passages] == ["section"] * 3
    # the front matter's field opens the first section, as the page's reader sees it
    assert passages[0].text == ("Auteur : test\n\nUn guide pratique pour les coordinateurs des conseils locaux de santé "
                                "mentale.")
    assert "# pas un titre" in passages[1].text
    assert passages[1].context == "Guide du CLSM — Créer un CLSM"


def test_tiny_markdown_sections_merge_with_the_next(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=200))
    first = passages[0]
    assert first.location.start == 1 and first.location.end >= 2
    assert "Un guide pratique" in first.text and "Il faut un élu moteur" in first.text


def test_a_markdown_pipe_table_is_read_one_row_per_line_with_its_columns(tmp_path):
    path = tmp_path / "fiche.md"
    path.write_text("# Indicateurs\n\nLes cibles pour 2025 :\n\n| Indicateur | Valeur cible 2025 | Source |\n"
                    "|---|---|---|\n| Personnes reçues | 150 | tableau de bord |\n| Délai moyen | moins de 15 jours "
                    "| tableau de bord |\n\nSuite du texte.\n", encoding="utf-8")
    _, passages = process_file(path, None, SETTINGS)
    lines = passages[0].text.split("\n")
    assert "Indicateur · Valeur cible 2025 · Source" in lines
    assert "Indicateur · Valeur cible 2025 · Source" in lines
    assert "Personnes reçues — 150 · tableau de bord" in lines
    assert "Délai moyen — moins de 15 jours · tableau de bord" in lines
    assert not any("|" in line for line in lines)


def test_a_table_drawn_as_a_grid_in_plain_text_is_read_one_row_per_line(tmp_path):
    # minutes typed in a text editor: "+----+" borders, "+====+" under the header, the total under its own border
    path = tmp_path / "releve.txt"
    path.write_text(
        "Relevé de décisions\n\na) Bilan 2025 du réseau.\n\n"
        "   +----------------------------------------+-------+-------+\n"
        "   | Indicateur                             |  2024 |  2025 |\n"
        "   +========================================+=======+=======+\n"
        "   | Sentinelles formées dans l'année       |    41 |    52 |\n"
        "   | Appels au 3114 depuis le Pays-de-Risle | 3 940 | 4 580 |\n"
        "   +----------------------------------------+-------+-------+\n"
        "   | TOTAL                                  | 3 981 | 4 632 |\n"
        "   +----------------------------------------+-------+-------+\n\n"
        "b) Suite du relevé.\n", encoding="utf-8")
    _, passages = process_file(path, None, SETTINGS)
    lines = passages[0].text.split("\n")
    assert "Indicateur · 2024 · 2025" in lines
    assert "Appels au 3114 depuis le Pays-de-Risle — 3 940 · 4 580" in lines
    assert "TOTAL — 3 981 · 4 632" in lines
    assert not any("|" in line or "+--" in line for line in lines)


def test_a_grid_with_a_border_under_every_row_reads_each_row_whole(tmp_path):
    # a cell wrapped over two lines between the borders is one cell (a pandoc grid table, in Markdown too)
    path = tmp_path / "contacts.md"
    path.write_text(
        "# Contacts\n\n"
        "+--------------------+----------------------+\n"
        "| Structure          | Quand appeler        |\n"
        "+====================+======================+\n"
        "| CMP de Pont-Vernel | du lundi au vendredi |\n"
        "|                    | de 9 h à 17 h        |\n"
        "+--------------------+----------------------+\n"
        "| Maison des         | le mercredi          |\n"
        "| adolescents        |                      |\n"
        "+--------------------+----------------------+\n"
        "| Point écoute       | le samedi matin      |\n"
        "+--------------------+----------------------+\n", encoding="utf-8")
    _, passages = process_file(path, None, SETTINGS)
    lines = passages[0].text.split("\n")
    assert "Structure · Quand appeler" in lines
    assert "CMP de Pont-Vernel — du lundi au vendredi de 9 h à 17 h" in lines
    assert "Maison des adolescents — le mercredi" in lines


def test_a_markdown_task_list_says_what_is_left_to_do(tmp_path):
    path = tmp_path / "gt-logement.md"
    path.write_text("# Préparer le GT du 12 mars\n\n- [x] Réserver la salle du CCAS\n- [ ] Inviter la sous-préfecture\n"
                    "- [ ] Relancer le bailleur pour les dates de formation\n", encoding="utf-8")
    _, passages = process_file(path, None, SETTINGS)
    text = passages[0].text
    assert "- Fait : Réserver la salle du CCAS" in text
    assert "- À faire : Inviter la sous-préfecture" in text and "[ ]" not in text



def test_bold_and_italics_that_run_over_a_line_break_lose_their_marks(tmp_path):
    path = tmp_path / "circuit.md"
    path.write_text("# Circuit\n\n3. La coordinatrice désigne l'intervenant et **fait un retour à la personne qui a "
                    "signalé sous\n72 heures**, *au plus tard le\nlendemain* si besoin.\n\nUn **seul** référent ; 2 * 3 "
                    "reste écrit.\n", encoding="utf-8")
    text = process_file(path, None, SETTINGS)[1][0].text
    assert "*" not in text.replace("2 * 3", ""), text
    assert "fait un retour à la personne qui a signalé sous 72 heures" in " ".join(text.split())
    assert "au plus tard le lendemain si besoin" in " ".join(text.split()) and "Un seul référent" in text


def test_an_e_mail_thread_reads_its_quoted_messages_as_sentences(tmp_path):
    path = tmp_path / "courriels.txt"
    path.write_text("De : Marion\nObjet : RE: Journée Respire\n\nD'accord pour la Maison de l'étudiant.\n\n"
                    "> De : Gaëlle\n> Objet : Journée Respire\n>\n> > Bonjour à toutes et à tous,\n> >\n"
                    "> > Je vous propose d'organiser la Journée Respire le jeudi 7 mai 2026, de 11 h à 16 h,\n"
                    "> > juste avant les partiels de mai. Première idée de lieu : l'amphi\n> > Tabarly.\n",
                    encoding="utf-8")
    text = process_file(path, None, SETTINGS)[1][0].text
    assert ">" not in text
    assert ("Je vous propose d'organiser la Journée Respire le jeudi 7 mai 2026, de 11 h à 16 h, juste avant les "
            "partiels de mai.") in text  # one sentence again, not cut at the 72nd column
    assert "Bonjour à toutes et à tous,\n\nJe vous propose" in text  # a line of marks alone parts paragraphs
    kept = tmp_path / "note.txt"
    kept.write_text("Le seuil retenu est > 33 points.\nLa moyenne est de 27.\n", encoding="utf-8")
    assert "> 33 points" in process_file(kept, None, SETTINGS)[1][0].text  # a sign, not a thread's quote


def test_highlights_of_a_notes_page_read_as_their_text(tmp_path):
    path = tmp_path / "incurie.md"
    path.write_text("# Incurie\n\n- ^^Diogène = négligence + accumulation + isolement^^ (Logseq)\n"
                    "- ==Un seul interlocuteur par situation== (HackMD)\n- Le test a == b reste écrit.\n", encoding="utf-8")
    text = process_file(path, None, SETTINGS)[1][0].text
    assert "Diogène = négligence + accumulation + isolement (Logseq)" in text and "^^" not in text
    assert "Un seul interlocuteur par situation (HackMD)" in text and "a == b" in text

WIKI_PAGE = """---
title: "Fiche méthode n° 7 — Monter une commission emploi"
tags: [fiche-methode, emploi]
layout: fiche
auteurs:
  - Nadia Ferhat (CLSM de Montargeuil)
  - Romain Tessier (CLSM de Vierzelles)
updated: 2026-09-08
---

# Monter une commission emploi

Fiche tirée de l'expérience du [[CLSM de Montargeuil]] et du [[Glossaire#DEA|dispositif d'emploi accompagné]][^1].

!!! note "Temps de coordination"
    Compter environ 10 % d'un temps plein de coordination pour animer la commission.

> [!warning] Les situations nominatives relèvent d'une cellule dédiée.

#emploi #commission

[^1]: Le DEA existe dans chaque département.
"""


def test_a_wiki_page_reads_as_its_reader_sees_it_front_matter_links_boxes_and_notes(tmp_path):
    path = tmp_path / "fiche-methode.md"
    path.write_text(WIKI_PAGE, encoding="utf-8")
    meta, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert meta.title == "Fiche méthode n° 7 — Monter une commission emploi"  # the front matter's title first
    # the fields a reader reads, apart; the title, tags and layout are not text
    assert text.startswith("Auteurs : Nadia Ferhat (CLSM de Montargeuil) ; Romain Tessier (CLSM de Vierzelles)\n\n"
                           "Mis à jour le : 2026-09-08\n")
    assert "fiche-methode" not in text and "layout" not in text.lower() and "#emploi" not in text
    # links as their text, the note's call left out (it would read as an answer's [1]), the note kept
    assert "l'expérience du CLSM de Montargeuil et du dispositif d'emploi accompagné." in text
    assert "[[" not in text and "[^" not in text
    assert "Note 1 : Le DEA existe dans chaque département." in text
    # a box as its title over its text, a callout as the title it shows
    assert "Temps de coordination\nCompter environ 10 % d'un temps plein" in text
    assert "!!!" not in text and "[!warning]" not in text and "Warning" not in text
    assert "Les situations nominatives relèvent d'une cellule dédiée." in text


def test_wiki_links_in_table_cells_callout_titles_and_headings_without_their_space(tmp_path):
    path = tmp_path / "fiche.md"
    path.write_text("#Contexte\n\nLe CLSM de Vierzelles a ouvert sa commission emploi en 2025.\n\n"
                    "| Structure | Rôle |\n|---|---|\n| [[Glossaire#DEA\\|Dispositif d'emploi accompagné]] | "
                    "Accompagne 40 personnes |\n\n"
                    "> [!tip] Bon à savoir\n> [!note]\n> La commission se réunit chaque trimestre.\n\n#CLSM\n",
                    encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    # "\\|" inside a cell is the cell's own bar (GitHub tables): the link keeps its text, the row its two cells
    assert "Structure · Rôle\nDispositif d'emploi accompagné — Accompagne 40 personnes\nBon à savoir" in text
    assert "Glossaire" not in text and "[[" not in text
    # a heading written without its space is a heading, not a tag line
    assert passages[0].location.section == "Contexte" and "#" not in text
    assert "CLSM" not in [p.location.section for p in passages]  # "#CLSM" closing the note is a tag
    assert "Bon à savoir" in text and "Tip" not in text  # a titled callout shows its title, not its kind
    assert "Note :\nLa commission se réunit chaque trimestre." in text  # an untitled one shows its kind


def test_a_text_between_two_rules_at_the_top_is_no_front_matter_and_is_kept(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\nLe texte commence ici: une phrase sur le CLSM.\nAutre ligne du même paragraphe.\n---\n\n"
                    "# Suite\n\nLe comité de pilotage se réunit deux fois par an.\n", encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "Autre ligne du même paragraphe." in text and "Le texte commence ici" in text
