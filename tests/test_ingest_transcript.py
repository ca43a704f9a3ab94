"""WebVTT and SRT ingestion: cue times, voices, grouping into time-ranged passages."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import process_file
from assistant.ingest.transcript import parse_cues
from assistant.links import quoted_location
from assistant.sentences import sentence_spans

VTT = """\ufeffWEBVTT - Webinaire CLSM
Kind: captions
Language: fr

NOTE Ceci est un commentaire
sur deux lignes

STYLE
::cue { color: white }

intro
00:12:31.000 --> 00:12:40.500 align:start position:10%
<v Fanny Pastant>Bonjour à toutes et à tous, bienvenue à ce webinaire.</v>

00:12:41.000 --> 00:12:52.000
<v.loud Sonia Charapoff>Nous allons parler des <b>conseils locaux</b> de santé mentale &amp; de la ville.

12:53.000 --> 13:05.000
Le CLSM est présidé par un élu local.
"""

SRT = """1\r
00:00:01,500 --> 00:00:04,000\r
Premier sous-titre,\r
sur deux lignes.\r
\r
2\r
00:00:05,000 --> 00:00:09,250\r
<i>Deuxième</i> sous-titre.\r
\r
"""


def test_vtt_cues_keep_times_and_speakers():
    cues = parse_cues(VTT)
    assert [(c.start, c.end) for c in cues] == [(751.0, 760.5), (761.0, 772.0), (773.0, 785.0)]
    assert cues[0].text == "Fanny Pastant : Bonjour à toutes et à tous, bienvenue à ce webinaire."
    assert cues[1].text == "Sonia Charapoff : Nous allons parler des conseils locaux de santé mentale & de la ville."
    assert all("NOTE" not in c.text and "color" not in c.text for c in cues)


def test_voice_initials_are_named_by_the_legend_of_a_note_block():
    cues = parse_cues("WEBVTT - Webinaire\n\nNOTE\nLocuteurs (initiales utilisées dans les voix) :\n"
                      "HV = Dr Hélène Varin, psychiatre, EMPSA (Montferville)\nNF = Nadia Ferhat, coordinatrice\n\n"
                      "00:00:01.000 --> 00:00:04.000\n<v HV>D'abord, on ne force pas.</v>\n\n"
                      "00:00:04.000 --> 00:00:07.000\n<v NF>Merci.</v>\n\n"
                      "00:00:07.000 --> 00:00:09.000\n<v MV>Une question.</v>\n")
    assert [(c.voice, c.text) for c in cues] == [
        ("Dr Hélène Varin", "Dr Hélène Varin : D'abord, on ne force pas."),
        ("Nadia Ferhat", "Nadia Ferhat : Merci."), ("MV", "MV : Une question.")]


def test_srt_cues_with_comma_milliseconds_and_crlf():
    cues = parse_cues(SRT)
    assert [(c.start, c.end) for c in cues] == [(1.5, 4.0), (5.0, 9.25)]
    assert cues[0].text == "Premier sous-titre, sur deux lignes."
    assert cues[1].text == "Deuxième sous-titre."


def test_youtube_sbv_captions_are_read_as_timed_cues(tmp_path):
    """YouTube Studio's SubViewer download: "0:00:01.599,0:00:04.160" over each cue, ">> " when the speaker
    changes; cited by its times like a WebVTT."""
    path = tmp_path / "webinaire.sbv"
    path.write_bytes("0:12:31.000,0:12:35.500\r\n>> Bonjour à toutes et à tous,\r\nbienvenue au webinaire.\r\n\r\n"
                     "0:12:35.500,0:12:41.000\r\nLe CLSM de Valmoret existe depuis 2019.\r\n\r\n"
                     "1:02:03.100,1:02:05.000\r\n>> Merci.\r\n".encode("utf-8"))
    meta, passages = process_file(path, {"title": "Webinaire CLSM"}, Settings())
    assert meta.kind == "transcript" and passages[0].location.kind == "time"
    assert passages[0].location.label.startswith("00:12:31")
    text = " ".join(p.text for p in passages)
    assert "Bonjour à toutes et à tous, bienvenue au webinaire." in text and ">>" not in text
    assert "0:12" not in text and "existe depuis 2019" in text


def test_vtt_passage_cites_its_time_range(tmp_path):
    path = tmp_path / "webinaire.vtt"
    path.write_text(VTT, encoding="utf-8")
    meta, passages = process_file(path, {"title": "Webinaire CLSM"}, Settings())
    assert meta.kind == "transcript"
    assert len(passages) == 1
    assert passages[0].location.kind == "time"
    assert passages[0].location.label == "00:12:31–00:13:05"
    assert passages[0].text.startswith("Fanny Pastant : Bonjour")
    assert passages[0].context == "Webinaire CLSM"


def test_cues_are_grouped_up_to_the_passage_limit(tmp_path):
    blocks = [
        f"{i + 1}\n00:{i // 6:02d}:{i * 10 % 60:02d},000 --> 00:{i // 6:02d}:{i * 10 % 60 + 9:02d},000\n"
        f"Phrase numéro {i} du webinaire sur la santé mentale dans les quartiers.\n"
        for i in range(30)
    ]
    path = tmp_path / "long.srt"
    path.write_text("\n".join(blocks), encoding="utf-8")
    settings = Settings(passage_max_chars=300)
    _, passages = process_file(path, None, settings)
    assert len(passages) > 3
    assert all(len(p.text) <= 300 for p in passages)
    assert passages[0].location.start == 0 and passages[-1].location.end == 4 * 60 + 59
    for before, after in zip(passages, passages[1:]):
        assert before.location.end <= after.location.start
    assert sum(p.text.count("Phrase numéro") for p in passages) == 30


def test_transcript_without_cues_is_refused(tmp_path):
    path = tmp_path / "vide.vtt"
    path.write_text("WEBVTT\n\nNOTE rien\n", encoding="utf-8")
    with pytest.raises(IngestError, match="Transcription"):
        process_file(path, None, Settings())


# As Zoom exports it: numbered cues, "Prénom Nom: texte" on every cue, sentences cut across cues.
ZOOM_VTT = """WEBVTT

1
00:00:03.200 --> 00:00:07.900
Hélène Marchetti: Bonjour à toutes et à tous, bienvenue à ce webinaire sur les

2
00:00:07.980 --> 00:00:12.690
Hélène Marchetti: conseils locaux de santé mentale. Nous avons deux priorités.

3
00:00:12.770 --> 00:00:15.900
Hélène Marchetti: Deux points : le logement et l'emploi.

4
00:00:16.500 --> 00:00:21.000
Karim Benhaddou: Merci Hélène. Chez nous, la cellule s'appelle la CCSL, la commission

5
00:00:21.080 --> 00:00:25.000
Karim Benhaddou: de coordination santé logement. Elle se réunit chaque mois.

6
00:01:30.000 --> 00:01:34.000
Karim Benhaddou: Pardon, j'ai été coupé. Je reprends.

7
00:01:34.080 --> 00:01:38.000
Hélène Marchetti: Merci Karim, nous passons aux questions.
"""


def _passage(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, passages = process_file(path, {"title": "Webinaire CLSM et logement"}, Settings())
    assert len(passages) == 1
    return passages[0]


def test_cues_repeating_their_speaker_are_joined_without_the_name(tmp_path):
    text = _passage(tmp_path, "zoom.vtt", ZOOM_VTT).text
    assert "bienvenue à ce webinaire sur les conseils locaux de santé mentale." in text
    assert "la CCSL, la commission de coordination santé logement." in text  # the long form in one sentence
    assert text.count("Hélène Marchetti:") == 2 and text.count("Karim Benhaddou:") == 2  # once per turn
    assert text.startswith("Hélène Marchetti: Bonjour à toutes")  # the first cue of a turn keeps its name
    assert "\n\nKarim Benhaddou: Merci Hélène." in text  # a new speaker starts a new paragraph
    assert "\n\nHélène Marchetti: Merci Karim" in text
    assert "\n\nKarim Benhaddou: Pardon, j'ai été coupé." in text  # after a long silence the name comes back


def test_a_sentence_with_a_colon_is_not_a_speaker(tmp_path):
    text = _passage(tmp_path, "zoom.vtt", ZOOM_VTT).text
    assert "Nous avons deux priorités. Deux points : le logement et l'emploi." in text  # same paragraph
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\nCLAIRE VIDAL : Nous avons fixé trois objectifs.\n\n"
        "2\n00:00:04,100 --> 00:00:07,000\nObjectif : 2026 pour Saint-Nazaire.\n\n"
        "3\n00:00:07,100 --> 00:00:10,000\nObjectif : 2027 pour Nantes.\n\n"
        "4\n00:00:10,100 --> 00:00:13,000\nMATHIEU LAMBERT : Merci Claire.\n"
    )
    text = _passage(tmp_path, "objectifs.srt", srt).text
    # "Objectif" opens two cues in a row, yet it is a word, not a name: both sentences keep it.
    assert "Objectif : 2026 pour Saint-Nazaire." in text and "Objectif : 2027 pour Nantes." in text
    assert "\n\nMATHIEU LAMBERT : Merci Claire." in text


def test_joined_cues_keep_their_own_times(tmp_path):
    passage = _passage(tmp_path, "zoom.vtt", ZOOM_VTT)
    text, cues = passage.text, passage.cues
    assert [(c.start, c.end) for c in cues] == [(3.2, 7.9), (7.98, 12.69), (12.77, 15.9), (16.5, 21.0),
                                                (21.08, 25.0), (90.0, 94.0), (94.08, 98.0)]
    firsts = ["Hélène Marchetti: Bonjour", "conseils locaux", "Deux points", "Karim Benhaddou: Merci",
              "de coordination", "Karim Benhaddou: Pardon", "Hélène Marchetti: Merci"]
    assert all(text[c.offset:].startswith(w) for c, w in zip(cues, firsts))
    sentence = "Chez nous, la cellule s'appelle la CCSL, la commission de coordination santé logement."
    start = text.index(sentence)
    where = quoted_location(passage, [(start, start + len(sentence))])
    assert (where.kind, where.start, where.end) == ("time", 16.5, 25.0)


def test_teams_voice_tags_on_every_cue_and_srt_names_in_capitals(tmp_path):
    teams = (
        "WEBVTT\n\n"
        "3f1c2a/12-0\n00:00:05.000 --> 00:00:09.000\n<v Sophie Le Goff>Alors l'EMPP, l'équipe mobile psychiatrie</v>\n\n"
        "3f1c2a/13-0\n00:00:09.100 --> 00:00:13.000\n<v Sophie Le Goff>précarité, va vers les personnes.</v>\n\n"
        "3f1c2a/14-0\n00:00:13.100 --> 00:00:16.000\n<v Yannick Roussel>Merci Sophie.</v>\n"
    )
    text = _passage(tmp_path, "teams.vtt", teams).text
    assert text == ("Sophie Le Goff : Alors l'EMPP, l'équipe mobile psychiatrie précarité, va vers les personnes."
                    "\n\nYannick Roussel : Merci Sophie.")
    otter = (
        "1\n00:00:01,000 --> 00:00:04,000\nAWA DIALLO (CLSM de Saint-Nazaire) : Le conseil local\n\n"
        "2\n00:00:04,100 --> 00:00:07,000\nAWA DIALLO (CLSM de Saint-Nazaire) : réunit les partenaires.\n"
    )
    text = _passage(tmp_path, "diallo.srt", otter).text
    assert text == "AWA DIALLO (CLSM de Saint-Nazaire) : Le conseil local réunit les partenaires."


def test_names_only_where_the_speaker_changes_are_kept(tmp_path):
    srt = (
        "1\n00:00:05,000 --> 00:00:09,000\nCLAIRE VIDAL : Bonjour et bienvenue à\nce webinaire.\n\n"
        "2\n00:00:09,100 --> 00:00:12,000\nJe suis Claire Vidal.\n\n"
        "3\n00:00:12,100 --> 00:00:15,000\nCLAIRE VIDAL : Nous accueillons\nle docteur Lambert.\n\n"
        "4\n00:00:15,100 --> 00:00:18,000\nMATHIEU LAMBERT : Merci.\n"
    )
    text = _passage(tmp_path, "crvo.srt", srt).text
    assert text == ("CLAIRE VIDAL : Bonjour et bienvenue à ce webinaire. Je suis Claire Vidal.\n\n"
                    "CLAIRE VIDAL : Nous accueillons le docteur Lambert.\n\nMATHIEU LAMBERT : Merci.")


def test_a_full_passage_of_cues_ends_where_a_sentence_ends(tmp_path):
    cues = [
        "Le conseil se réunit chaque mois avec ses partenaires du quartier.",
        "Il associe la psychiatrie, le bailleur et le centre social.",
        "Elle se réunit une",
        "fois par mois, le premier jeudi du mois.",
        "Les habitants y sont aussi invités.",
    ]
    blocks = [f"{i + 1}\n00:00:{i * 5:02d},000 --> 00:00:{i * 5 + 4:02d},000\n{cue}\n" for i, cue in enumerate(cues)]
    path = tmp_path / "reunion.srt"
    path.write_text("\n".join(blocks), encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_max_chars=160))
    assert all(not p.text.endswith("Elle se réunit une") for p in passages), [p.text for p in passages]
    assert any("Elle se réunit une fois par mois, le premier jeudi du mois." in p.text for p in passages)


def test_a_name_said_across_two_cues_is_no_speaker_label(tmp_path):
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\nJULIE MARCHETTI : Une dernière question, qui s'adresse plutôt au docteur\n\n"
        "2\n00:00:04,100 --> 00:00:07,000\nSaïdi : comment mesurez-vous l'impact du CLSM ?\n\n"
        "3\n00:00:07,500 --> 00:00:10,000\nINÈS SAÏDI : Nous suivons quatre indicateurs.\n"
    )
    text = _passage(tmp_path, "questions.srt", srt).text
    assert "plutôt au docteur Saïdi : comment mesurez-vous l'impact du CLSM ?" in text  # one sentence
    assert "\n\nINÈS SAÏDI : Nous suivons quatre indicateurs." in text


def test_a_one_word_label_after_a_cue_without_punctuation_is_still_a_speaker(tmp_path):
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\nINÈS SAÏDI : merci beaucoup pour votre question\n\n"
        "2\n00:00:04,100 --> 00:00:07,000\nAnimatrice : on passe à la suite\n\n"
        "3\n00:00:07,100 --> 00:00:10,000\nAnimatrice : avec le prochain intervenant\n"
    )
    text = _passage(tmp_path, "captions.srt", srt).text
    assert "votre question\n\nAnimatrice : on passe à la suite" in text  # auto-captions end cues without a full stop


ROLLING = """WEBVTT
Kind: captions
Language: fr

00:00:00.000 --> 00:00:03.400 align:start position:0%
[musique]

00:00:03.400 --> 00:00:05.990 align:start position:0%
[musique]
bonjour à toutes et à tous

00:00:05.990 --> 00:00:06.000 align:start position:0%
bonjour à toutes et à tous

00:00:06.000 --> 00:00:08.210 align:start position:0%
bonjour à toutes et à tous
bienvenue à ce webinaire du

00:00:08.210 --> 00:00:10.480 align:start position:0%
bienvenue à ce webinaire du
cycle santé mentale et ville
"""


def test_rolling_captions_say_each_line_once_at_the_time_it_comes():
    """YouTube's automatic captions repeat the line shown before (and show it alone for 10 ms): each line is
    kept once, in the cue that brings it; what is heard, not said ("[musique]"), is left out."""
    cues = parse_cues(ROLLING)
    assert [(c.start, c.text) for c in cues] == [
        (3.4, "bonjour à toutes et à tous"), (6.0, "bienvenue à ce webinaire du"),
        (8.21, "cycle santé mentale et ville")]


def test_a_speaker_saying_the_same_line_twice_keeps_both():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOui.\n\n00:00:02.000 --> 00:00:03.000\nOui.\n"
    assert [c.text for c in parse_cues(text)] == ["Oui.", "Oui."]


def _unpunctuated_vtt(cues: int) -> str:
    words = ("alors on a commencé avec un seul bailleur puis les deux autres sont venus et la cellule se réunit "
             "chaque mois avec le centre médico psychologique").split()
    blocks = ["WEBVTT"]
    for i in range(cues):
        line = " ".join(words[(i * 6) % len(words):][:6]) or "et voilà"
        blocks.append(f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n{line}")
    return "\n\n".join(blocks) + "\n"


def test_speech_captioned_without_punctuation_is_cut_between_cues_into_short_lines(tmp_path):
    path = tmp_path / "auto.vtt"
    path.write_text(_unpunctuated_vtt(25), encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    lines = [line for p in passages for line in p.text.split("\n")]
    assert len(lines) >= 4  # about 140 words, no sentence end: lines, not one block of minutes
    assert all(len(line.split()) <= 30 for line in lines)
    assert all(len(line.split()) >= 15 for line in lines[:-1])
    spans = sentence_spans(passages[0].text)
    assert len(spans) >= 3  # each line reads (and is cited) as a sentence of a few seconds
    where = quoted_location(passages[0], [spans[1]])
    assert where.end - where.start <= 12


def test_punctuated_speech_is_never_cut_inside_a_sentence(tmp_path):
    text = "WEBVTT\n\n" + "\n\n".join(
        f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n"
        + ("nous avons travaillé avec les bailleurs et les soignants" + ("." if i % 4 == 3 else ""))
        for i in range(20)) + "\n"
    path = tmp_path / "zoom.vtt"
    path.write_text(text, encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    assert all("\n" not in p.text for p in passages)  # sentences of 36 words are long, not unpunctuated


def test_a_speaker_in_brackets_is_a_label_and_a_sound_in_brackets_is_left_out():
    text = ("1\n00:00:01,000 --> 00:00:04,000\n[JOURNALISTE] Bonjour docteur.\n[bruit]\n\n"
            "2\n00:00:04,000 --> 00:00:08,000\n[DR MARTIN] Bonjour. [Applaudissements] Merci.\n")
    assert [c.text for c in parse_cues(text)] == ["JOURNALISTE : Bonjour docteur.", "DR MARTIN : Bonjour. Merci."]


def test_a_line_of_unpunctuated_speech_does_not_end_inside_a_phrase(tmp_path):
    said = ["on a formé quarante agents d'accueil cette année", "la formation est gratuite pour les structures",
            "on a eu un financement de l'ars dans le", "cadre du projet territorial du département",
            "de 6000 euros qui paie le temps des intervenantes",
            "les structures donnent le temps de leurs agents", "et on fait un questionnaire à la fin",
            "puis un autre trois mois après la formation", "les agents se sentent plus à l'aise ensuite",
            "avec une personne en crise au guichet", "voilà pour le bilan de cette première année"] * 2
    blocks = [f"00:{i // 30:02d}:{2 * i % 60:02d}.000 --> 00:{(i + 1) // 30:02d}:{2 * (i + 1) % 60:02d}.000\n{line}"
              for i, line in enumerate(said)]
    path = tmp_path / "zoom.vtt"
    path.write_text("WEBVTT\n\n" + "\n\n".join(blocks) + "\n", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    lines = [line for p in passages for line in p.text.split("\n") if line]
    assert len(lines) >= 4
    assert not any(line.endswith((" dans le", " et")) for line in lines[:-1]), lines
    assert not any(line.startswith("de 6000") for line in lines), lines
    assert any("un financement de l'ars dans le cadre du projet territorial du département de 6000 euros" in line
               for line in lines), lines


def test_two_speakers_in_one_broadcast_cue_are_two_turns(tmp_path):
    text = ("WEBVTT\n\n00:02:10.000 --> 00:02:16.000\n- Et c'est gratuit : pris en charge à cent pour cent.\n\n"
            "00:02:16.000 --> 00:02:20.000\n- Gratuit, même sans mutuelle ?\n- Même sans mutuelle.\n\n"
            "00:02:20.000 --> 00:02:26.000\nIl faut simplement habiter le secteur.\n")
    path = tmp_path / "emission.vtt"
    path.write_text(text, encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    body = passages[0].text
    assert "- Gratuit, même sans mutuelle ?\n\n- Même sans mutuelle. Il faut simplement habiter le secteur." in body
    reply = next(c for c in passages[0].cues if body[c.offset:].startswith("- Même sans mutuelle"))
    assert 2 * 60 + 16 < reply.start < 2 * 60 + 20  # its share of the cue's seconds, after the question


def test_cues_a_segmented_stream_repeats_are_read_once_and_sounds_are_not_speech():
    vtt = ("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n"
           "00:00:02.500 --> 00:00:04.100 line:85% align:center\n<c.magenta>♪ Générique ♪</c>\n\n"
           "00:00:05.180 --> 00:00:10.763 line:85% align:center\n<c.cyan>Gérard, 76 ans, s'occupe seul de son</c>\n\n"
           "00:00:05.180 --> 00:00:10.763 line:85% align:center\n<c.cyan>Gérard, 76 ans, s'occupe seul de son</c>\n\n"
           "00:00:10.843 --> 00:00:13.927\n<c.cyan>épouse.</c>\n\n"
           "00:00:14.000 --> 00:00:15.000\n<c.red>(Sonnette)</c>\n\n"
           "00:00:15.100 --> 00:00:17.000\nOui. (rires) Entrez !\n\n"
           "00:00:17.100 --> 00:00:18.000\nOui.\n")
    cues = parse_cues(vtt)
    assert [c.text for c in cues] == ["Gérard, 76 ans, s'occupe seul de son", "épouse.", "Oui. (rires) Entrez !", "Oui."]
    assert cues[0].start == pytest.approx(5.18)
