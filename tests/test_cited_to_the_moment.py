"""Citations point to the moment: a transcript's quoted sentence by its own seconds, a slide by the number it
prints, a web page section by its heading (never a button label), and links that open that place."""

from __future__ import annotations

import pytest
from ingest_fixtures import write_slides

from assistant.config import Settings
from assistant.ingest import process_file
from assistant.links import deep_link, quoted_location, text_fragment
from assistant.models import Cue, DocumentMeta, Location, Passage

CAPTIONS = """WEBVTT

00:00:12.000 --> 00:00:17.500
<v Fanny Pastant>Bonjour à toutes et à tous. Le conseil local de santé

00:00:17.500 --> 00:00:23.000
mentale réunit les élus, la psychiatrie et les usagers du territoire.

00:00:23.000 --> 00:00:29.000
Nous en comptons aujourd'hui deux cent soixante-seize en France, et le nombre

00:00:29.000 --> 00:00:34.000
augmente chaque année depuis la circulaire de 2016.

00:01:10.000 --> 00:01:16.000
<v Sonia Charapoff>Merci Fanny. Passons maintenant aux questions de la salle.
"""


def test_captions_cut_mid_sentence_read_as_whole_sentences_with_their_cues(tmp_path):
    path = tmp_path / "replay.vtt"
    path.write_text(CAPTIONS, encoding="utf-8")
    _, passages = process_file(path, {"title": "Replay"}, Settings())
    text = passages[0].text
    assert "Le conseil local de santé mentale réunit les élus" in text  # one line, not two fragments
    assert "\n\nSonia Charapoff : Merci Fanny." in text  # a new speaker starts a paragraph
    cues = passages[0].cues
    assert [c.start for c in cues] == [12.0, 17.5, 23.0, 29.0, 70.0]
    assert all(text[c.offset:].startswith(w) for c, w in zip(cues, ["Fanny", "mentale", "Nous", "augmente", "Sonia"]))
    sentence = "Nous en comptons aujourd'hui deux cent soixante-seize en France, et le nombre augmente"
    start = text.index(sentence)
    where = quoted_location(passages[0], [(start, start + len(sentence))])
    assert (where.kind, where.start, where.end) == ("time", 23.0, 34.0)
    assert where.label == "00:00:23–00:00:34"  # seconds, not the whole passage's minutes
    assert passages[0].location.label == "00:00:12–00:01:16"


def test_a_transcript_exported_as_text_is_cited_by_time(tmp_path):
    path = tmp_path / "replay.txt"
    path.write_text("[00:00:05] Marie Dupont : Bonjour à tous.\n[00:00:09] Nous parlerons des CLSM\n"
                    "et de leur coordination.\n[00:01:02] Jean Martin : Merci.\n", encoding="utf-8")
    meta, passages = process_file(path, None, Settings())
    assert meta.kind == "transcript"
    assert passages[0].location.kind == "time" and passages[0].cues[0].start == 5.0
    assert "Nous parlerons des CLSM et de leur coordination." in passages[0].text


def test_a_text_transcript_naming_its_speaker_on_every_line_reads_as_whole_sentences(tmp_path):
    path = tmp_path / "zoom.txt"
    path.write_text("[00:00:05] Marie Dupont: Bonjour à tous, nous parlerons\n"
                    "[00:00:08] Marie Dupont: des conseils locaux de santé mentale.\n"
                    "[00:00:12] Jean Martin: Merci Marie.\n[00:00:15] Jean Martin: Je commence.\n", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    text = "\n".join(p.text for p in passages)
    assert "Marie Dupont: Bonjour à tous, nous parlerons des conseils locaux de santé mentale." in text
    assert text.count("Marie Dupont") == 1 and text.count("Jean Martin") == 1
    assert [c.start for p in passages for c in p.cues] == [5.0, 8.0, 12.0, 15.0]  # every line keeps its time


def test_a_teams_transcript_saved_as_word_is_cited_by_time(tmp_path):
    from office_fixtures import write_docx

    # Teams' .docx: the recording's name and date, then "Speaker   h:mm:ss" over each turn
    turns = [("Hélène Garnier", "0:00:04", "Bonjour à toutes et à tous, bienvenue à ce webinaire."),
             ("Karim Benhaddou", "0:01:38", "Notre CLSM a été créé en 2019 et couvre trois quartiers prioritaires."),
             ("Hélène Garnier", "0:03:05", "Merci Karim. Comment est financé ton poste ?"),
             ("Karim Benhaddou", "0:03:12", "Mon poste est financé à 50 % par l'ARS et à 30 % par la ville.")]
    blocks = [("p", "Webinaire santé mentale-20250612_140158-Enregistrement de la réunion"), ("p", "12 juin 2025"),
              ("p", "Hélène Garnier a démarré la transcription")]
    blocks += [block for name, at, said in turns for block in (("p", f"{name}   {at}"), ("p", said))]
    path = write_docx(tmp_path / "webinaire.docx", blocks)
    meta, passages = process_file(path, None, Settings())
    assert meta.kind == "transcript" and passages[0].location.kind == "time"
    text = "\n".join(p.text for p in passages)
    assert "Karim Benhaddou : Mon poste est financé à 50 % par l'ARS" in text
    assert "démarré la transcription" not in text  # the recording's header is no one's words
    cue = next(c for p in passages for c in p.cues if p.text[c.offset:].startswith("Karim Benhaddou : Mon poste"))
    assert cue.start == 192.0


@pytest.mark.parametrize("times_first", [False, True])
def test_a_programme_with_times_is_no_transcript(tmp_path, times_first):
    from office_fixtures import write_docx

    items = [("9:30", "Accueil des participants"), ("10:00", "Plénière d'ouverture"), ("11:15", "Ateliers"),
             ("12:30", "Déjeuner")]
    lines = [f"{at} {what}" if times_first else f"{what} {at}" for at, what in items]
    blocks = [("h1", "Journée des CLSM")] + [("p", line) for line in lines]
    meta, passages = process_file(write_docx(tmp_path / "programme.docx", blocks), None, Settings())
    assert meta.kind != "transcript" and passages[0].location.kind == "section"
    assert lines[1] in passages[0].text  # the hours stay in the text
    page = tmp_path / "programme.html"
    page.write_text("<html><body><main><h1>Journée des CLSM</h1><h2>Programme</h2>"
                    + "".join(f"<p>{line}</p>" for line in lines) + "</main></body></html>", encoding="utf-8")
    _, passages = process_file(page, None, Settings())
    assert all(p.location.kind == "section" for p in passages) and lines[1] in passages[-1].text


def test_a_web_page_holding_a_teams_transcript_is_read(tmp_path):
    turns = [("Hélène Garnier", "0:00:04", "Bonjour à toutes et à tous."), ("Karim Benhaddou", "0:01:38", "Merci."),
             ("Hélène Garnier", "0:03:05", "Parlons du financement."), ("Karim Benhaddou", "0:03:12", "L'ARS paie.")]
    page = tmp_path / "transcription.html"
    page.write_text("<html><body><main><h1>Transcription du webinaire</h1>"
                    + "".join(f"<p>{name} {at}</p><p>{said}</p>" for name, at, said in turns)
                    + "</main></body></html>", encoding="utf-8")
    _, passages = process_file(page, None, Settings())
    assert any("Karim Benhaddou : L'ARS paie." in p.text for p in passages if p.location.kind == "time")


def test_a_spoken_line_ending_on_a_colon_is_kept(tmp_path):
    path = tmp_path / "replay.txt"
    path.write_text("[00:00:05] Marie Dupont : Bonjour à tous.\n[00:00:09] Nos trois priorités sont les suivantes :\n"
                    "[00:00:14] le logement, les jeunes et les aidants.\n", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    assert "Nos trois priorités sont les suivantes :" in passages[0].text


def test_a_slide_is_cited_by_the_number_it_prints(tmp_path):
    topics = ["Accueil", "Diagnostic partagé", "Comité de pilotage", "Assemblée plénière", "Groupes de travail",
              "Coordination", "Financements", "Conclusion"]
    slides = [[topic, f"- Ce que dit la diapositive sur {topic.lower()} et ses enjeux locaux"] for topic in topics]
    # A hidden slide after the third: the printed numbers lag one behind the PDF pages from there on.
    path = write_slides(tmp_path / "support.pdf", slides, numbers=[1, 2, 3, 3, 4, 5, None, 7])
    _, passages = process_file(path, {"kind": "slides", "title": "Support"}, Settings())
    printed = {int(p.location.start): p.location.printed for p in passages}
    assert printed[2] == 2 and printed[5] == 4 and printed[8] == 7
    assert printed[7] == 6  # no number on it, but it sits between 5 and 7
    five = next(p for p in passages if p.location.start == 5)
    assert five.location.label == "diapositive 4"


def test_a_figure_on_a_slide_is_not_taken_for_its_number(tmp_path):
    slides = [["Les CLSM en France", "2024", "276"], ["Les CLSM en Occitanie", "27"], ["Conclusion", "Merci"]]
    path = write_slides(tmp_path / "chiffres.pdf", slides, numbers=[None, None, None])
    _, passages = process_file(path, {"kind": "slides", "title": "Chiffres"}, Settings())
    assert all(p.location.printed is None for p in passages)
    assert "276" in passages[0].text


def test_a_button_label_never_names_a_section(tmp_path):
    page = ("<html><body><main><h1>Webinaire santé mentale</h1><h2>Replay du webinaire</h2><p>Le replay.</p>"
            "<h2>Afficher/masquer la transcription</h2><p>Le conseil local de santé mentale réunit les élus "
            "et la psychiatrie publique autour des habitants.</p><h2>Ressources</h2><p>Les supports.</p>"
            "</main></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    _, passages = process_file(path, {"title": "Webinaire"}, Settings(passage_min_chars=10))
    holding = next(p for p in passages if "réunit les élus" in p.text)
    assert holding.location.section == "Replay du webinaire"
    assert all("Afficher" not in p.location.section for p in passages)


@pytest.mark.parametrize("url, location, quote, expected", [
    ("https://x.org/docs/support.pdf", Location("slide", 80, 80, printed=74), None,
     "https://x.org/docs/support.pdf#page=80"),
    ("https://x.org/docs/support.pdf#zoom=50", Location("page", 3, 4), None, "https://x.org/docs/support.pdf#page=3"),
    ("http://ressources-clsm.org/", Location("slide", 5, 5), None, "http://ressources-clsm.org/"),  # not the PDF
    ("https://www.youtube.com/watch?v=abc", Location("time", 185.4, 190), None,
     "https://www.youtube.com/watch?v=abc&t=185"),
    ("https://videos.example.org/replay", Location("time", 62, 70), None, "https://videos.example.org/replay?t=62"),
    ("https://videos.example.org/replay?t=5", Location("time", 62, 70), None, "https://videos.example.org/replay?t=62"),
    ("https://media.example.org/journee.mp4", Location("time", 62, 70), None,
     "https://media.example.org/journee.mp4#t=62"),
    ("https://www.irev.fr/node/1", Location("section", 2, 2, "Replay"), "Le CLSM réunit les élus.",
     "https://www.irev.fr/node/1#:~:text=Le%20CLSM%20r%C3%A9unit%20les%20%C3%A9lus."),
])
def test_links_open_the_cited_place(url, location, quote, expected):
    assert deep_link(DocumentMeta("d", "d", "T", url=url), location, quote) == expected


def test_no_url_no_link_and_text_fragments_follow_the_spec():
    assert deep_link(DocumentMeta("d", "d", "T"), Location("page", 1, 1)) is None
    long = ("La Politique de la ville a pour cadre les contrats de ville dont l'échéance arrive à terme au "
            "31/12/2023 [2], selon la loi.")
    fragment = text_fragment(long)
    start, end = fragment.split(",")
    assert start == "La%20Politique%20de%20la" and end == "%5B2%5D" not in end or end.endswith("loi.")
    assert "%2D" in text_fragment("co-financé, à 70 %") and "%2C" in text_fragment("co-financé, à 70 %")
    # cells read as one ("<dt>Enveloppe totale</dt><dd>600 000 €…</dd>"): from the first piece's words to the last's
    assert text_fragment("Enveloppe totale : 600 000 € sur deux ans") == "Enveloppe%20totale,%E2%82%AC%20sur%20deux%20ans"
    assert text_fragment("2024 · 276 CLSM actifs") == "2024,276%20CLSM%20actifs"


def test_quoted_location_is_the_passage_s_own_outside_transcripts():
    page = Passage("d:0", "d", "Texte.", "T", Location("page", 3, 3), (0, 6))
    assert quoted_location(page, [(0, 6)]) == page.location
    timed = Passage("t:0", "t", "Un. Deux. Trois.", "T", Location("time", 0, 30), (0, 16),
                    cues=(Cue(0, 0, 10), Cue(4, 10, 20), Cue(10, 20, 30)))
    assert quoted_location(timed, [(4, 9)]) == Location("time", 10, 20)


def test_a_transcript_citation_lands_on_the_sentence_quoted_first_not_minutes_before():
    """The answer quotes the sentence that answers first; another sentence of the same passage said minutes
    earlier does not stretch the cited range (nor move the link) back to it."""
    text = "Je suis Karim. On en parle. La charte a été signée en 2022."
    cues = (Cue(0, 55, 60), Cue(text.index("On"), 130, 140), Cue(text.index("La"), 175, 180))
    timed = Passage("t:0", "t", text, "T", Location("time", 55, 180), (0, len(text)), cues=cues)
    answer = (text.index("La"), len(text))
    intro = (0, text.index(" On"))
    assert quoted_location(timed, [answer, intro]) == Location("time", 175, 180)
    assert quoted_location(timed, [answer, (text.index("On"), text.index(" La"))]) == Location("time", 130, 180)  # said 45 s before: in range
    meta = DocumentMeta(doc_id="t", path="t.vtt", title="T", url="https://www.youtube.com/watch?v=abc")
    assert deep_link(meta, quoted_location(timed, [answer, intro])).endswith("t=175")


def test_a_sentence_said_minutes_after_another_of_its_passage_is_cited_at_its_own_seconds(tmp_path):
    from conftest import lexical_assistant

    captions = ("WEBVTT\n\n00:00:10.000 --> 00:00:16.000\n<v Karim Benhaddou>Le CLSM de Valmoret a été créé en 2019 "
                "par la ville.\n\n00:00:40.000 --> 00:00:46.000\n<v Karim Benhaddou>Nous avons d'abord réuni les "
                "bailleurs et le centre hospitalier.\n\n00:02:30.000 --> 00:02:36.000\n<v Karim Benhaddou>Aujourd'hui "
                "le CLSM de Valmoret compte quarante-cinq partenaires.\n")
    assistant = lexical_assistant(tmp_path, {"webinaire.vtt": captions})
    response = assistant.ask("Le CLSM de Valmoret : création et partenaires ?")
    first, second = response.answer.sentences  # the partners first (said at 2:30), then the creation (at 0:10)
    assert "quarante-cinq partenaires" in first.text and "créé en 2019" in second.text, response.answer.text
    by_n = {c.n: c for c in response.citations}
    assert by_n[first.n].location.start == 150.0
    assert second.n != first.n and second.passage == first.n  # the same passage, cited again…
    assert by_n[second.n].location.start == 10.0  # …at its own second, not 2 minutes 20 later
    assert by_n[second.n].passage_id == by_n[first.n].passage_id
    assert "[2]" in response.answer.text and len(response.citations) == 2


def test_a_transcript_pasted_from_youtube_into_a_page_is_cited_by_time(tmp_path):
    lines = [("0:03", "bonjour à toutes et à tous et bienvenue"), ("0:07", "dans ce troisième rendez-vous du cycle"),
             ("1:43", "alors mon poste est financé à 50 % par l'ARS"), ("1:47", "à 30 % par la ville et à 20 % par les"),
             ("1:52", "crédits politique de la ville")]
    transcript = "".join(f'<p class="yt-ts">{at}</p><p>{said}</p>' for at, said in lines)
    page = ("<html><body><main><h1>Replay du webinaire</h1><p>Le replay de notre webinaire sur la santé mentale "
            "dans les contrats de ville.</p><h2>Transcription</h2><p>Transcription automatique, non relue.</p>"
            f"{transcript}</main></body></html>")
    path = tmp_path / "replay.html"
    path.write_text(page, encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    timed = [p for p in passages if p.location.kind == "time"]
    assert timed and "Transcription automatique, non relue." in "\n".join(p.text for p in passages)  # kept
    text = timed[0].text
    assert "financé à 50 % par l'ARS à 30 % par la ville" in text.replace("\n", " ")
    start = text.index("alors mon poste")
    assert quoted_location(timed[0], [(start, start + 20)]).start == 103.0


def test_a_rev_transcript_is_cited_by_time(tmp_path):
    # Rev's text export: "Speaker Name (hh:mm:ss):" over each turn, no title nor date
    path = tmp_path / "podcast.txt"
    path.write_text("Claire Lemaire (00:00:03):\nBonjour et bienvenue dans Parole d'aidants.\n\n"
                    "Hugo Lambrecht (00:00:37):\nBonjour Claire.\n\n"
                    "Claire Lemaire (00:00:39):\nDocteur, que conseillez-vous aux aidants ?\n\n"
                    "Hugo Lambrecht (00:06:55):\nDe poser la question directement : parler du suicide ne donne pas "
                    "l'idée.\n", encoding="utf-8")
    meta, passages = process_file(path, None, Settings())
    assert meta.kind == "transcript" and passages[0].location.kind == "time"
    text = "\n".join(p.text for p in passages)
    assert "Hugo Lambrecht : De poser la question directement" in text and "(00:06:55)" not in text
    cue = next(c for p in passages for c in p.cues if p.text[c.offset:].startswith("Hugo Lambrecht : De poser"))
    assert cue.start == 415.0


def test_a_google_meet_transcript_timed_only_every_few_minutes_is_cited_by_the_pace_of_its_words(tmp_path):
    from office_fixtures import write_docx

    # Google Meet's .docx: "Participants", then "Transcription" with a lone "hh:mm:ss" every few minutes over
    # "Prénom Nom: …" paragraphs; a turn is timed by the words said since the last mark
    ten = "un deux trois quatre cinq six sept huit neuf dix"
    blocks = [("h1", "Participants"), ("p", "Agathe Morel, Sonia Bekhti"), ("h1", "Transcription"),
              ("p", "00:00:00"), ("p", f"Agathe Morel: Bonjour à toutes et à tous, {ten} {ten}."),
              ("p", f"Sonia Bekhti: La cellule se réunit le deuxième mardi du mois, {ten} {ten}."),
              ("p", "00:02:00"), ("p", f"Agathe Morel: Et les voisins peuvent-ils la saisir ? {ten}"),
              ("p", f"Sonia Bekhti: Non, pas directement : ils passent par la mairie. {ten} {ten} {ten}"),
              ("p", "00:04:00"), ("p", "Agathe Morel: Merci à toutes les deux.")]
    meta, passages = process_file(write_docx(tmp_path / "meet.docx", blocks), None, Settings())
    assert meta.kind == "transcript" and all(p.location.kind == "time" for p in passages)
    text = "\n".join(p.text for p in passages)
    assert "00:02:00" not in text and "Sonia Bekhti: Non, pas directement" in text
    starts = {p.text[c.offset:].split(":")[0]: c.start for p in passages for c in p.cues}
    said = [c for p in passages for c in p.cues if p.text[c.offset:].startswith("Sonia Bekhti: Non")][0]
    # 19 of the 60 words between 2:00 and 4:00 are said before her answer: 38 s after the mark, not at it
    assert said.start == pytest.approx(120 + 120 * 19 / 60, abs=0.1), starts
    last = [c for p in passages for c in p.cues if p.text[c.offset:].startswith("Agathe Morel: Merci")][0]
    assert last.start == 240.0 and last.end > last.start



def test_minutes_with_clock_times_and_labels_are_no_transcript(tmp_path):
    path = tmp_path / "releve.txt"
    path.write_text("Relevé de décisions du comité\n\n[10:00]\nDécision : le bilan 2025 est adopté.\n"
                    "Action : envoyer le bilan aux partenaires.\nDécision : la charte est reconduite.\n[10:30]\n"
                    "Action : relancer l'ARS.\nDécision : prochaine séance en juin.\n", encoding="utf-8")
    meta, passages = process_file(path, None, Settings())
    assert meta.kind != "transcript" and passages[0].location.kind == "section"
