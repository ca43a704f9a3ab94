"""A report's numbered headings that run over several pages ("1er levier…" p. 2, "2e levier…" p. 3) are one
list: retrieval brings every page of the series, the answer quotes each item with its own page's citation.
Built with the fast packaged embedder: the behaviour is the list reading, not the model."""

from __future__ import annotations

import pytest
from conftest import make_settings
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from assistant.core import Assistant
from assistant.search.series import numbered_item

FILLER = ("Les partenaires locaux se réunissent régulièrement pour suivre les actions engagées dans les quartiers "
          "prioritaires et partager leurs constats sur la situation des habitants et des structures.")
PAGES = [
    ["Rapport sur la prévention en santé mentale dans les territoires.", FILLER,
     "Les retours de terrain font apparaître trois leviers d'action principaux.",
     "1er levier : former les professionnels de première ligne au repérage.",
     "Les agents d'accueil rencontrent souvent des personnes en détresse sans savoir vers qui les orienter."],
    ["Témoignage d'une coordinatrice : « nous avons organisé deux sessions par an ». ", FILLER, FILLER],
    ["2e levier : soutenir les groupes d'entraide mutuelle dans chaque commune.",
     "Ces groupes rompent l'isolement et favorisent la participation des usagers.", FILLER],
    ["3e levier : associer les bailleurs sociaux aux cellules de veille.",
     "Les bailleurs signalent les situations préoccupantes repérées par les gardiens.", FILLER],
    ["Annexe : liste des structures rencontrées pendant l'enquête de terrain.", FILLER],
    ["Les gardiens d'immeuble reçoivent une formation courte dispensée par le centre médico-psychologique.",
     "Il s'agit de leur permettre :", "- de repérer une situation de détresse ;", "- de savoir qui appeler.",
     "Conclusion : la démarche sera évaluée en fin d'année par le comité de pilotage."],
    ["Glossaire des sigles utilisés dans ce rapport.", "PLSM – Plan local de santé mentale",
     "Un PLSM est adopté pour trois ans et organise notamment :", "- la veille des situations à risque ;",
     "- la formation des élus.", FILLER],
]
ITEMS = ["former les professionnels de première ligne", "soutenir les groupes d'entraide mutuelle",
         "associer les bailleurs sociaux"]


def write_pages(path, pages) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 80
        for line in lines:
            for start in range(0, len(line), 95):  # wrap long lines as a report would
                c.drawString(50, y, line[start:start + 95])
                y -= 15
            y -= 6
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Assistant:
    settings = make_settings(tmp_path_factory.mktemp("series"))
    settings.corpus_dir.mkdir(parents=True)
    write_pages(settings.corpus_dir / "rapport-prevention.pdf", PAGES)
    (settings.corpus_dir / "catalog.toml").write_text(
        '[documents."rapport-prevention.pdf"]\ntitle = "Prévention en santé mentale"\nkind = "report"\n'
        'date = "2022-05-01"\n', encoding="utf-8")
    assistant = Assistant(settings)
    assert not assistant.refresh().failed
    return assistant


@pytest.mark.parametrize("line, expected", [
    ("1er enjeu : repérer les personnes", (1, "enjeu")),
    ("2e levier : soutenir", (2, "levier")),
    ("3ème priorité", (3, "priorite")),
    ("Axe 4 : agir sur les déterminants", (4, "axe")),
    ("- Objectif n° 2 - former", (2, "objectif")),
    ("Deuxième étape : le diagnostic", (2, "etape")),
    ("276 CLSM actifs en 2024", None),
    ("En 2023, 15 communes", None),
    ("Speaker 2: Bonjour Léna.", None),  # an automatic transcript's speaker, not the second item of a list
    ("Intervenant 3 : oui, tout à fait", None),
])
def test_a_numbered_heading_is_read_with_its_number_and_noun(line, expected):
    assert numbered_item(line) == expected


def test_a_list_question_gets_every_item_of_a_series_over_pages(report):
    response = report.ask("Quels sont les leviers d'action principaux ?")
    assert response.answer.kind == "list"
    text = response.answer.text
    positions = [text.find(item) for item in ITEMS]
    assert all(p >= 0 for p in positions), text
    assert positions == sorted(positions), text  # in the document's order
    pages = {c.n: c.location.start for c in response.citations}
    cited = {pages[s.n] for s in response.answer.sentences if any(item in s.text for item in ITEMS)}
    assert cited == {1, 3, 4}, cited  # each item cites its own page
    assert "Annexe" not in text and "Témoignage" not in text


def test_a_question_that_does_not_ask_for_a_list_is_not_given_the_series(report):
    response = report.ask("Que signalent les bailleurs sociaux ?")
    assert response.answer.kind != "list"
    assert "situations préoccupantes" in response.answer.text


def test_a_sentence_followed_by_what_it_allows_is_quoted_with_that_list(report):
    """"…reçoivent une formation. Il s'agit de leur permettre : - de repérer… - de savoir qui appeler.": the
    answer quotes the list the next sentence announces, and stops where the list ends."""
    text = report.ask("Quelle formation reçoivent les gardiens d'immeuble ?").answer.text
    assert "formation courte" in text and "de savoir qui appeler" in text, text
    assert "Conclusion" not in text


def test_a_definition_ending_on_a_colon_is_quoted_with_what_it_announces(report):
    text = report.ask("Que veut dire PLSM ?").answer.text
    assert text.startswith("PLSM – Plan local de santé mentale"), text
    assert "la veille des situations à risque" in text and "la formation des élus" in text, text
