"""When a value is found but does not answer what was asked (another year, another town, something else
counted, a notion the corpus never names), the answer abstains; when it does, it answers. Real facade,
tiny corpora indexed without an embedder (conftest.lexical_assistant)."""

from __future__ import annotations

from conftest import lexical_assistant

CELL_REPORT = (
    "# La cellule de coordination des situations complexes\n\n"
    "La cellule de Castelroux réunit le CMP, le bailleur et le CCAS. En 2024, la cellule s'est réunie 11 fois "
    "et a examiné 57 situations, contre 44 en 2023. Le délai moyen avant un premier rendez-vous au CMP de "
    "Castelroux est de 94 jours.\n\n"
    "# Les formations\n\n"
    "En 2024, 98 personnes ont été formées aux premiers gestes d'écoute.\n"
)


def test_a_count_for_a_year_the_documents_do_not_give_is_not_answered_by_other_years(tmp_path):
    assistant = lexical_assistant(tmp_path, {"rapport.md": CELL_REPORT})
    assert assistant.ask("Combien de situations la cellule a-t-elle examinées en 2022 ?").answer.abstained
    answered = assistant.ask("Combien de situations la cellule a-t-elle examinées en 2024 ?").answer
    assert not answered.abstained and "57 situations" in answered.text, answered.text


def test_a_count_or_a_delay_for_another_town_is_not_answered_by_this_one(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "rapport.md": CELL_REPORT,
        "noirmont.md": "# Noirmont\n\nLe CLSM de Noirmont a lancé ses formations en 2023 dans deux quartiers.\n",
    })
    assert assistant.ask("Combien de situations la cellule de Noirmont a-t-elle examinées en 2024 ?").answer.abstained
    assert assistant.ask("Quel est le délai pour un premier rendez-vous au CMP de Noirmont ?").answer.abstained
    answered = assistant.ask("Quel est le délai pour un premier rendez-vous au CMP de Castelroux ?").answer
    assert not answered.abstained and "94 jours" in answered.text, answered.text


def test_a_count_of_something_the_corpus_never_names_is_abstained(tmp_path):
    assistant = lexical_assistant(tmp_path, {"rapport.md": CELL_REPORT})
    assert assistant.ask("Combien de secouristes ont été formés en 2024 ?").answer.abstained
    answered = assistant.ask("Combien de personnes ont été formées en 2024 ?").answer
    assert not answered.abstained and "98 personnes" in answered.text, answered.text


def test_a_count_of_something_typed_with_a_letter_wrong_is_answered(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "canicule.md": "# Bilan de la veille canicule\n\nLors de l'épisode de canicule d'août 2025, l'équipe de veille "
                       "du CCAS a passé 4 870 appels et réalisé 63 visites à domicile.\n"})
    answered = assistant.ask("canicule d'aout 2025 : combien d'apels passés par le ccas ?").answer
    assert not answered.abstained and "4 870 appels" in answered.text, answered.text
    # a count of something the corpus never names, typed right or not, is still abstained
    assert assistant.ask("Combien de secouristes formés en août 2025 ?").answer.abstained


def test_a_count_whose_number_counts_something_else_is_abstained(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "admissions.md": "# Admissions\n\nEn Occitanie, 12 400 admissions en affections de longue durée sont "
                         "recensées en 2019.\n",
        "conseils.md": "# Les conseils\n\nEn 2024, l'Occitanie compte 27 CLSM actifs.\n",
    })
    assert assistant.ask("Combien l'Occitanie comptait-elle de CLSM actifs en 2019 ?").answer.abstained
    admissions = assistant.ask("Combien l'Occitanie comptait-elle d'admissions en 2019 ?").answer
    assert admissions.sentences[0].text.startswith("En Occitanie, 12 400 admissions"), admissions.text
    answered = assistant.ask("Combien de CLSM actifs compte l'Occitanie en 2024 ?").answer
    assert not answered.abstained and "27 CLSM" in answered.text, answered.text


def test_a_count_of_complaints_of_tenants_is_given_by_reports_of_tenants(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "compte-rendu.md": "# Signalements aux Hauts-Clairs\n\nLe bailleur Sarre Habitat a reçu 14 signalements de "
                           "locataires en 2025 aux Hauts-Clairs, contre 5 en 2024.\n\n# Formations\n\nEn 2025, "
                           "deux sessions ont touché 38 professionnels.\n",
        "plaintes.md": "# Plaintes\n\nUne plainte déposée au commissariat est suivie par l'intervenante sociale.\n",
    })
    answered = assistant.ask("Le bailleur a reçu combien de plaintes de locataires aux Hauts-Clairs en 2025 ?").answer
    assert not answered.abstained and "14 signalements de locataires" in answered.text, answered.text
    # what is counted, without the tenants it is of, is still a notion the corpus never names
    assert assistant.ask("Combien de plaintes le bailleur a-t-il reçues en 2025 ?").answer.abstained


def test_a_count_of_an_acronym_is_not_given_by_another_figure_of_a_page_naming_it(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "pssm.md": "# Former les habitants aux premiers secours en santé mentale\n\nLe CLSM de Noirmont organise les "
                   "sessions au centre social. En Normandie, 62 habitants des quartiers ont été formés en 2024, lors de "
                   "cinq sessions.\n",
        "bretagne.md": "# Les CLSM en Bretagne\n\nFin 2024, la Bretagne compte 24 CLSM actifs, dont 9 couvrent un "
                       "quartier prioritaire.\n",
    })
    assert assistant.ask("Combien de CLSM compte la Normandie ?").answer.abstained
    answered = assistant.ask("Combien de CLSM compte la Bretagne ?").answer
    assert not answered.abstained and "24 CLSM actifs" in answered.text, answered.text


def test_whether_a_centre_offers_a_service_no_document_names_is_abstained(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "centre.md": "# Le centre régional du psychotraumatisme\n\nLe centre propose des séances et des ateliers de groupe aux enfants "
                     "exposés aux violences, le mercredi après-midi, et des consultations avec un psychologue.\n",
    })
    assert assistant.ask("Le centre propose-t-il de l'hypnose aux enfants ?").answer.abstained
    # the service named after a word the documents use ("des séances d'hypnose")
    assert assistant.ask("Le centre propose-t-il des séances d'hypnose aux enfants ?").answer.abstained
    # what exists, asked with a relative clause ("… qui va voir les enfants chez eux ?")
    assert assistant.ask("Est-ce qu'il existe une équipe de téléconsultation qui va voir les enfants ?").answer.abstained
    answered = assistant.ask("Le centre propose-t-il des ateliers aux enfants ?").answer
    assert not answered.abstained and "ateliers de groupe" in answered.text, answered.text


def test_a_region_is_tied_by_an_organiser_naming_it_not_by_the_larger_region_it_is_part_of(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["riom.md"]\ntitle = "Webinaire de la plateforme Santé Ville"\n'
                        'region = "Auvergne-Rhône-Alpes"\norganisers = ["Plateforme Santé Ville Auvergne"]\n\n'
                        '["lyon.md"]\ntitle = "Les CLSM de la métropole"\nregion = "Auvergne-Rhône-Alpes"\n',
        "riom.md": "# La cellule de Riom\n\nEn 2024, la cellule a examiné 38 situations.\n",
        "lyon.md": "# Les conseils\n\nEn 2024, la métropole compte 12 CLSM actifs dans la région.\n",
        "agenda.md": "# Agenda\n\nLa Plateforme Santé Ville Auvergne organise un webinaire.\n",  # the corpus names it
    })
    answered = assistant.ask("En Auvergne, combien de situations la cellule de Riom a-t-elle examinées en 2024 ?")
    assert not answered.answer.abstained and "38 situations" in answered.answer.text, answered.answer.text
    # a figure of a document tagged Auvergne-Rhône-Alpes, naming no place: not the Auvergne's
    assert assistant.ask("Combien de CLSM actifs en Auvergne en 2024 ?").answer.abstained


def test_a_question_saying_pay_is_supported_by_a_passage_saying_finance(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "financement.md": "# Le financement\n\nLes collectivités financent 75 % des postes de coordination, "
                          "l'ARS en finance 70 %.\n",
    })
    answer = assistant.ask("Qui paie les coordinatrices ?").answer  # the corpus says neither "paie" nor "coordinatrice"
    assert not answer.abstained and "75 %" in answer.text, answer.text


def test_a_what_question_with_a_verb_after_its_subject_is_not_a_definition(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "bilan.md": "# Le bilan des séances\n\nAprès les séances de sensibilisation, les participants ont surtout "
                    "réclamé des temps de formation supplémentaires.\n",
    })
    answer = assistant.ask("Après les séances, qu'est-ce que les gens ont le plus réclamé ?").answer
    assert not answer.abstained and "temps de formation" in answer.text, answer.text


def test_a_value_asked_for_a_service_of_a_named_town_needs_that_town_too(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "rochebrune.md": "# La Maison des adolescents de Rochebrune\n\nEn 2024, la Maison des adolescents a "
                         "accueilli 1 460 jeunes.\n",
        "brehancon.md": "# Le GEM de Bréhançon\n\nBréhançon a ouvert un groupe d'entraide mutuelle en 2021.\n",
    })
    # Bréhançon is a town the corpus knows, but the Maison des adolescents counted is Rochebrune's
    asked = "Combien de jeunes la Maison des adolescents de Bréhançon a-t-elle accueillis en 2024 ?"
    assert assistant.ask(asked).answer.abstained
    answered = assistant.ask("Combien de jeunes la Maison des adolescents de Rochebrune a-t-elle accueillis en 2024 ?")
    assert not answered.answer.abstained and "1 460 jeunes" in answered.answer.text, answered.answer.text


def test_how_much_an_organisation_gives_is_an_amount():
    from assistant.search.answer_types import expected_type

    assert expected_type("Combien l'ARS Grand Est donne-t-elle au CCAS de Ferrancourt en 2025 ?") == "amount"
    assert expected_type("Combien peut-on demander par projet ?") == "amount"
    assert expected_type("Combien la cellule a-t-elle reçu de signalements en 2024 ?") == "count"
    assert expected_type("Combien de personnes ont demandé un rendez-vous ?") == "count"
    assert expected_type("Combien en ont-ils envoyé vers un professionnel ?") == "count"  # "vers" is no "verser"
    assert expected_type("Combien la CAF verse-t-elle au CLSM ?") == "amount"
    assert expected_type("Jusqu'à combien l'ARS cofinance-t-elle le poste de coordinateur ?") == "amount"
    assert expected_type("Combien la ville contribue-t-elle au budget ?") == "amount"
    assert expected_type("Combien ont participé aux séances ?") == "count"  # people take part; no money
    assert expected_type("Qui a financé les formations, et pour quels montants ?") == "amount"  # plural


def test_a_quoted_programme_the_corpus_never_names_is_abstained_in_english_too(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "vauclerc.md": "# Les ambassadeurs de Vauclerc\n\nD'abord, quatorze habitants de Vauclerc sont devenus "
                       "ambassadeurs santé mentale dans le cadre du programme « Bien chez soi ».\n",
    })
    # "Un chez-soi d'abord": one content word ("abord") the corpus uses, but never the name as written
    assert assistant.ask("How does the « Un chez-soi d'abord » programme work in Vauclerc?").answer.abstained
    assert assistant.ask("Comment fonctionne le programme « Un chez-soi d'abord » à Vauclerc ?").answer.abstained
    answered = assistant.ask("Combien d'ambassadeurs santé mentale à Vauclerc ?").answer
    assert not answered.abstained and "quatorze habitants" in answered.text, answered.text


def test_a_numbered_part_no_document_names_is_a_missing_notion(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "pv.md": "# Procès-verbal de l'assemblée plénière\n\n## 3.1 Règlement intérieur\n\nDélibération n° 2025-01 – "
                 "Adoption du règlement intérieur\n\nVote : adoptée à l'unanimité.\n\n## 3.2 Budget\n\nDélibération n° "
                 "2025-02 – Adoption du budget 2026\n\nVote : adoptée par 21 voix pour et 3 abstentions.\n",
    })
    assert assistant.ask("La délibération n° 2025-03 a-t-elle été adoptée ?").answer.abstained
    answer = assistant.ask("La délibération n° 2025-02 a-t-elle été adoptée ?").answer
    assert not answer.abstained and "21 voix pour" in answer.text, answer.text


def test_a_name_the_question_writes_its_own_way_is_known_from_a_title_holding_its_parts(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "bilan.md": "# Groupe « Aînés, isolement et santé mentale » du CLSM de Cambrevast : bilan 2024\n\n"
                    "Le comité de pilotage a retenu trois priorités pour 2025 : former 20 bénévoles, aller vers les "
                    "hommes isolés, formaliser le protocole d'orientation.\n",
        "actions.md": "# Actions des quartiers\n\nCréation du dispositif Soupape, entretiens psychologiques pour les "
                      "habitants – AMIENS\n",
    })
    answer = assistant.ask("Quelles sont les priorités 2025 du groupe Aînés de Cambrevast ?").answer
    assert not answer.abstained and "former 20 bénévoles" in answer.text, answer.text
    # parts named together in a passage's text, not in its title: the name as asked is not the corpus's
    assert assistant.ask("Quels résultats chiffrés a donnés le dispositif Soupape d'Amiens ?").answer.abstained


def test_a_name_opening_on_its_article_is_named_by_the_contracted_article_too(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "protocole.md": "# Protocole périnatal de Montgarel\n\nEn 2025, 187 enfants sont nés de mères domiciliées aux "
                        "Courtils, le quartier prioritaire de Montgarel.\n",
        "guide.md": "# Guide des parents\n\nEn 2025, 240 enfants sont nés à la maternité du Bois-Joli.\n",
    })
    answer = assistant.ask("Combien d'enfants sont nés en 2025 de mères habitant Les Courtils ?").answer
    assert not answer.abstained and "187 enfants" in answer.text, answer.text
    assert assistant.ask("Combien d'enfants sont nés en 2025 de mères habitant Les Tilleuls ?").answer.abstained


def test_a_person_asked_by_their_role_needs_a_name(tmp_path):
    recruitment = ("# La coordination\n\nLa Ville recrute un coordinateur du CLSM à temps plein, placé à la direction "
                   "de la santé. Le coordinateur dispose d'un bureau au centre municipal de santé.\n")
    assistant = lexical_assistant(tmp_path, {"convention.md": recruitment})
    asked = "Comment s'appelle la personne recrutée comme coordinateur du CLSM ?"
    assert assistant.ask(asked).answer.abstained  # what the post is, not who holds it
    assistant = lexical_assistant(tmp_path / "named", {
        "convention.md": recruitment + "\nDepuis mars, le coordinateur du CLSM est Karim Haddad, recruté par la Ville.\n"})
    answered = assistant.ask(asked).answer
    assert not answered.abstained and "Karim Haddad" in answered.text, answered.text
    # Who a role's holder is, in every way of asking it; not a scheme's name, nor who is most often concerned
    from assistant.search.sentence_scores import asks_a_name
    assert asks_a_name("Quel est le nom du médecin référent ?") and asks_a_name("Qui est la nouvelle coordinatrice ?")
    assert asks_a_name("What is the name of the coordinator?")
    assert not asks_a_name("Comment s'appelle le dispositif qui finance les GEM ?")
    assert not asks_a_name("Qui est le plus hospitalisé après une tentative de suicide ?")
    # "quel psychiatre…", one person by their role, asks who; "quel cadre…" does not
    from assistant.search.sentence_scores import asks_who
    assert asks_a_name("Épisode 12 du podcast : c'était quel psychiatre l'invité ?") and asks_who("Quelle élue préside ?")
    assert not asks_a_name("Quel cadre juridique pour le CLSM ?") and not asks_who("Quel cadre juridique ?")
    # the role right after the ask: not an association whose name holds a role word
    assert not asks_a_name("Comment s'appelle l'association des élus pour la santé mentale ?")
    # a place's name is not a person's; a role or a surname in capitals before a name is
    from assistant.search.sentence_scores import names_a_person
    assert names_a_person("Coordinatrice Nadia Ferreira, au CCAS.") and names_a_person("Suivi par FERREIRA Nadia.")
    assert not names_a_person("Le Point Écoute Cazelle, ville de Montbrézac, ouvre le mardi.")
    assert names_a_person("Bruno Kessler, à Ternay-sur-Drôme, vous partez du CCAS.")


def test_a_count_for_something_named_is_not_given_by_how_long_it_lasts(tmp_path):
    protocol = ("# Engagements des signataires\n\nSignataire : Sauldre Habitat, bailleur social ; Engagements : suspendre "
                "pendant 3 mois toute nouvelle poursuite contre les locataires des logements qu'il gère dans les "
                "quartiers prioritaires.\n")
    assistant = lexical_assistant(tmp_path, {"protocole.md": protocol})
    asked = "Combien de logements le bailleur Sauldre Habitat gère-t-il dans les quartiers prioritaires ?"
    assert assistant.ask(asked).answer.abstained  # "pendant 3 mois" says for how long, not how many homes
    assistant = lexical_assistant(tmp_path / "compte", {"protocole.md": protocol + (
        "\nSauldre Habitat gère 1 180 logements dans les quartiers prioritaires.\n")})
    answered = assistant.ask(asked).answer
    assert not answered.abstained and "1 180 logements" in answered.text, answered.text


def test_a_count_for_a_month_is_not_answered_by_another_months_figure(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["bilan.md"]\ntitle = "Bilan PSSM"\ndate = 2025-11-20\n\n'
                        '["deliberation.md"]\ntitle = "Procès-verbal"\ndate = 2025-12-09\n',
        "bilan.md": "# Chiffres clés\n\n2025 (au 31 octobre) : 411 secouristes formés en santé mentale.\n",
        "deliberation.md": "# Délibérations\n\nLe procès-verbal d'octobre est approuvé. La cellule de concertation a "
                           "été créée par 24 voix pour.\n",
    })
    assert assistant.ask("Combien de secouristes ont été formés en décembre 2025 ?").answer.abstained
    answered = assistant.ask("Combien de secouristes ont été formés en octobre 2025 ?").answer
    assert not answered.abstained and "411 secouristes" in answered.text, answered.text
    # a month the document itself is dated by: the minutes of that month's meeting
    voted = assistant.ask("Combien de voix pour la cellule de concertation créée en décembre 2025 ?").answer
    assert not voted.abstained and "24 voix" in voted.text, voted.text


def test_a_date_for_a_season_is_not_answered_by_another_seasons_date(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "agenda.md": "# Formation PSSM à Vénissac\n\nSession des 12 et 13 février 2026.\n\n"
                     "Date limite d'inscription : vendredi 6 février 2026.\n",
    })
    assert assistant.ask("Quelle est la date limite d'inscription de la session PSSM de l'automne 2026 ?").answer.abstained
    answered = assistant.ask("Quelle est la date limite d'inscription de la session PSSM de l'hiver 2026 ?").answer
    assert not answered.abstained and "6 février 2026" in answered.text, answered.text
    autumn = lexical_assistant(tmp_path / "automne", {  # a deadline falls before its season, or names it
        "agenda.md": "# Formation PSSM à Vénissac\n\nInscriptions pour la session de l'automne 2026 : avant le 31 "
                     "août 2026.\n",
    })
    answered = autumn.ask("Quelle est la date limite d'inscription de la session PSSM de l'automne 2026 ?").answer
    assert not answered.abstained and "31 août 2026" in answered.text, answered.text


def test_a_value_for_a_quarter_is_its_row_not_another_quarters(tmp_path):
    """"…au troisième trimestre 2025 ?": the table's "T3 2025" row, though the yearly sentence outscores it; and
    "…au premier trimestre 2026 ?" is not answered by the fourth quarter of 2025."""
    assistant = lexical_assistant(tmp_path, {"indicateurs.md": (
        "# Consultation Escale : indicateurs 2025\n\nLa file active 2025 compte 342 patients, dont 189 nouveaux "
        "patients arrivés à la consultation Escale.\n\n"
        "| Trimestre | Nouveaux patients | Délai moyen (semaines) |\n|---|---|---|\n| T1 2025 | 44 | 12,5 |\n"
        "| T2 2025 | 52 | 10,0 |\n| T3 2025 | 41 | 8,0 |\n| T4 2025 | 52 | 5,5 |\n")})
    third = assistant.ask("Combien de nouveaux patients sont arrivés à Escale au troisième trimestre 2025 ?").answer
    assert not third.abstained and "41" in third.sentences[0].text, third.text
    assert assistant.ask("Quel était le délai moyen à Escale au premier trimestre 2026 ?").answer.abstained
    said = lexical_assistant(tmp_path / "dit", {"echanges.md": (
        "# Échanges du réseau des coordinateurs\n\nÀ la PASS psy, on a fait 138 consultations au premier trimestre "
        "2025, contre 96 l'an dernier à la même période.\n\nLes médiateurs pairs ont réalisé 186 accompagnements "
        "d'avril à décembre 2025.\n")})
    first = said.ask("Combien de consultations la PASS psy a faites au premier trimestre 2025 ?").answer
    assert not first.abstained and "138 consultations" in first.text, first.text
    # nine months are not the last quarter
    assert said.ask("Combien d'accompagnements les médiateurs pairs ont-ils réalisés au dernier trimestre "
                    "2025 ?").answer.abstained


def test_a_theme_asked_is_a_theme_given_not_what_else_is_said_of_the_event(tmp_path):
    """"Quel est le thème national des SISM 2026 ?": the minutes give the 2026 edition's dates, not its theme; the 2025
    one, quoted, answers for 2025."""
    assistant = lexical_assistant(tmp_path, {"releve.md": (
        "# Relevé de décisions du comité de pilotage\n\nSISM 2026. Le comité retient une édition de deux semaines, du "
        "lundi 5 au dimanche 18 octobre 2026, avec davantage de rendez-vous au Grand-Chenal.\n\nLes SISM 2025 avaient "
        "pour thème national « Pour notre santé mentale, réparons le lien social ».\n")})
    assert assistant.ask("Quel est le thème national des SISM 2026 ?").answer.abstained
    answered = assistant.ask("Quel était le thème national des SISM 2025 ?").answer
    assert not answered.abstained and "réparons le lien social" in answered.text, answered.text


def test_a_figure_nothing_dates_is_of_its_documents_time_not_of_years_before(tmp_path):
    assistant = lexical_assistant(tmp_path, {  # dated by its file's name (a PDF's own date may be a later export's)
        "2025-10-09_entretien.md": "# Entretien\n\nDepuis son arrivée, la médiatrice a accompagné 45 personnes au "
                                   "quotidien.\n",
    })
    assert assistant.ask("Combien de personnes la médiatrice a-t-elle accompagnées en 2021 ?").answer.abstained
    for year in ("2024", "2025"):  # its document's year, or the year before it (a report of the past year)
        answered = assistant.ask(f"Combien de personnes la médiatrice a-t-elle accompagnées en {year} ?").answer
        assert not answered.abstained and "45 personnes" in answered.text, answered.text


def test_a_spoken_figure_counts_what_is_said_around_it_not_what_the_whole_passage_speaks_of(tmp_path):
    cues = ["La commission examine chaque mois des situations complexes de personnes en difficulté.",
            "Elle réunit le CMP, le bailleur et le CCAS autour de la table.",
            "Nous prenons le temps de bien préparer chaque séance avec les partenaires.",
            "Nous travaillons aussi avec les élus, qui sont très présents.",
            "Les partenaires nous font confiance et viennent régulièrement.",
            "Le territoire de Sarreval compte trente-huit mille habitants et trois quartiers prioritaires."]
    vtt = "WEBVTT\n\n" + "".join(f"00:00:{10 * k:02d}.000 --> 00:00:{10 * k + 9:02d}.000\n{text}\n\n"
                                 for k, text in enumerate(cues))
    assistant = lexical_assistant(tmp_path, {"webinaire.vtt": vtt})
    assert assistant.ask("Combien de situations la commission de Sarreval a-t-elle examinées ?").answer.abstained
    answered = assistant.ask("Combien d'habitants compte le territoire de Sarreval ?").answer
    assert not answered.abstained and "trente-huit mille habitants" in answered.text, answered.text


def test_a_date_asked_for_something_named_is_not_another_ones_date(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["appel.md"]\ntitle = "Appel à projets santé mentale 2026 du Val de Brune"\n\n'
                        '["webinaire.md"]\ntitle = "Le rendez-vous de la cohésion"\n'
                        'organisers = ["Territoires et Cohésion Ouest"]\n',
        "appel.md": "# Calendrier\n\nDate limite de dépôt des dossiers de l'appel à projets : lundi 16 mars 2026.\n",
        "chambrelles.md": "# Chambrelles Métropole\n\nLe CLSM de Chambrelles Métropole réunit son comité de pilotage.\n",
        "webinaire.md": "# Conclusion\n\nNotre prochain rendez-vous aura lieu le mardi 9 décembre 2025.\n",
        "agenda.md": "# Lancer un CLSM dans une ville moyenne\n\nMardi 14 janvier 2025, de 14 h à 16 h, en ligne.\n",
    })
    asked = "Quelle est la date limite de dépôt de l'appel à projets de Chambrelles Métropole ?"
    assert assistant.ask(asked).answer.abstained
    answered = assistant.ask("Quelle est la date limite de dépôt de l'appel à projets du Val de Brune ?").answer
    assert not answered.abstained and "16 mars 2026" in answered.text, answered.text
    # the event a document records is named by its organisers; a title is more than its words around an acronym
    answered = assistant.ask("Dans le webinaire de Territoires et Cohésion Ouest, quand a lieu le prochain "
                             "rendez-vous ?").answer
    assert not answered.abstained and "9 décembre 2025" in answered.text, answered.text
    answered = assistant.ask("Quand a lieu le webinaire « Lancer un CLSM dans une ville moyenne » ?").answer
    assert not answered.abstained and "14 janvier 2025" in answered.text, answered.text


def test_a_paraphrase_about_a_town_the_corpus_knows_is_answered_though_half_its_words_are_new(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "webinaire.md": "# Former les adultes des quartiers\n\nDans les quartiers de Vernaux, cent quarante-deux "
                        "personnes ont été formées. Parmi elles, des animateurs, des médiateurs, et aussi des gardiens d'immeuble.\n",
    })
    # half of the words are not the corpus's ("métier", "inattendu", "étonné", "monde"), but it asks about Vernaux
    answered = assistant.ask("À Vernaux, parmi les gens formés, quel métier inattendu a étonné tout le monde ?").answer
    assert not answered.abstained and "gardiens d'immeuble" in answered.text, answered.text
    # half of them new and no name the corpus knows, or a known name and nothing else the corpus speaks of
    for question in ("Comment préparer une ratatouille ?", "Comment préparer une ratatouille à Vernaux ?",
                     "Quel est le meilleur restaurant de Vernaux ?"):
        assert assistant.ask(question).answer.abstained, question


def test_a_value_asked_of_a_named_team_is_quoted_from_the_passage_naming_it(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "greves.md": "# Le crack aux Grèves\n\nEn 2025, 3 870 kits de réduction des risques ont été distribués "
                     "aux Grèves.\n",
        "relais.md": "# Aller-vers\n\nL'unité mobile « Trajectoires » a réalisé 96 sorties en 2025. Elle a permis "
                     "la remise de 2 150 kits.\n",
    })
    answer = assistant.ask("Combien de kits de réduction des risques ont été distribués par l'unité Trajectoires "
                           "en 2025 ?").answer
    assert not answer.abstained and "2 150 kits" in answer.text and "3 870" not in answer.text, answer.text


def test_a_count_of_smokers_is_given_by_people_smoking(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "file.md": "# La file active\n\n2022 : 61 personnes fumant du crack dans la file active.\n\n"
                   "2025 : 214 personnes, soit 35 % de la file active.\n"})
    answer = assistant.ask("Combien de fumeurs de crack dans la file active en 2022 ?").answer
    assert not answer.abstained and "61 personnes fumant" in answer.text, answer.text


def test_overdose_is_the_corpus_s_surdose_and_what_to_do_is_answered(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "gestes.md": "# Surdose : les bons gestes\n\n1. Parlez-lui fort.\n2. Appelez le 15 et dites « surdose ».\n"
                     "3. Donnez la naloxone : une pulvérisation dans une narine.\n\n# Nous trouver\n\n"
                     "12 rue du Port, ouvert le lundi.\n"})
    answer = assistant.ask("Quelqu'un fait une overdose devant moi, qu'est-ce que je dois faire ?").answer
    assert not answer.abstained and "Appelez le 15" in answer.text, answer.text


def test_at_what_time_is_answered_by_the_hours(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "maraudes.md": "# Les maraudes\n\nL'équipe fait des maraudes aux Grèves depuis 2019 avec un médiateur.\n\n"
                       "Les maraudes ont lieu de 19 h à 22 h, avec du matériel.\n"})
    answer = assistant.ask("Les maraudes de l'équipe, c'est à quelle heure ?").answer
    assert answer.sentences and "de 19 h à 22 h" in answer.sentences[0].text, answer.text


def test_where_a_service_is_is_answered_by_its_street_address(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "csapa.md": "# Le CSAPA Le Relais\n\nLe CSAPA Le Relais accompagne toutes les addictions, avec ou sans produit, "
                    "au Vieux-Puits et ailleurs.\n\nLe CSAPA Le Relais est situé 14 rue des Forgerons à Sarrebach.\n"})
    answer = assistant.ask("Il est où exactement, le CSAPA Le Relais ?").answer
    assert answer.sentences and "14 rue des Forgerons" in answer.sentences[0].text, answer.text


def test_a_later_ask_without_words_of_its_own_asks_of_the_first_one_s_subject(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "webinaire.md": "# Webinaire\n\nOn fait des maraudes deux soirs par semaine, le mardi et le vendredi, aux "
                        "Grèves.\n\nLa consultation jeunes a lieu le mercredi de 14 h à 18 h.\n",
        "diaporama.md": "# L'aller-vers\n\nMaraudes le mardi et le vendredi, de 19 h à 22 h : 104 sorties en 2025.\n",
    })
    answer = assistant.ask("Les maraudes, c'est quels soirs et à quelle heure ?").answer
    assert "de 19 h à 22 h" in answer.text and "14 h" not in answer.text, answer.text


def test_a_year_said_in_words_dates_the_figure_said_with_it(tmp_path):
    from assistant.search.constraints import spoken_years

    assert spoken_years("en deux mille vingt et un, puis en deux mille dix-sept") == {"2021", "2017"}
    assert not spoken_years("deux mille personnes")  # a count, no year
    assistant = lexical_assistant(tmp_path, {
        "webinaire.md": "# Webinaire du 12 février 2026\n\nAu collège des Tilleuls, sur l'année scolaire deux mille "
                        "vingt-quatre deux mille vingt-cinq, on a transmis onze informations préoccupantes.\n\n"
                        "Le dispositif existe depuis 2019 et le plan court jusqu'en 2027.\n"})
    answer = assistant.ask("Le collège des Tilleuls a fait combien d'informations préoccupantes sur l'année "
                           "2024-2025 ?").answer
    assert not answer.abstained and "onze informations" in answer.text, answer.text


def test_the_year_naming_the_document_asked_does_not_conflict_with_its_signing_date(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["bilan.md"]\ntitle = "Bilan d\'activité 2025 de l\'intervenante sociale en commissariat"\n'
                        'date = "2026-01-30"\n',
        "bilan.md": "# Bilan d'activité 2025\n\nRédigé par Sophie Lagarde, intervenante sociale — Montbazac, le 30 "
                    "janvier 2026\n\nEn 2025, l'intervenante sociale a suivi 312 situations, dont 40 rédigées en "
                    "urgence par le poste.\n"})
    answer = assistant.ask("Le bilan 2025 de l'intervenante sociale : qui l'a rédigé ?").answer
    assert answer.sentences and answer.sentences[0].text.startswith("Rédigé par Sophie Lagarde"), answer.text


def test_who_coordinates_is_answered_by_the_team_member_in_that_role(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "maison.md": "# La Maison Olympe\n\nLa Maison Olympe est financée par l'ARS et la Ville, dans le cadre du contrat "
                     "de ville.\n\n# Une équipe pluridisciplinaire\n\n- Élise Fourcade, sage-femme coordinatrice de la "
                     "Maison Olympe\n- Inès Morel, psychologue clinicienne\n"})
    answer = assistant.ask("Qui coordonne la Maison Olympe ?").answer
    assert answer.sentences and "Élise Fourcade" in answer.sentences[0].text, answer.text



def test_paying_is_related_to_co_financing():
    from assistant.search.related_words import related_terms
    from assistant.text import content_terms

    assert set(content_terms("cofinancé")) <= related_terms(frozenset(content_terms("paie")))
    # "le cycle de la rentrée commençait quand ?": "Le prochain cycle débutera le mardi 16 septembre"
    assert set(content_terms("septembre")) <= related_terms(frozenset(content_terms("rentrée")))
    assert set(content_terms("débutera")) <= related_terms(frozenset(content_terms("commençait")))
    assert set(content_terms("retenus")) <= related_terms(frozenset(content_terms("lauréats")))  # "43 projets retenus"
    # "la convention pour l'hôpital": "Le centre hospitalier spécialisé du Bocage, représenté par…"
    assert set(content_terms("hospitalier")) <= related_terms(frozenset(content_terms("hôpital")))


def test_a_comparison_asked_by_a_section_title_is_answered_by_its_table_rows(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "accueil.md": "# L'accueil\n\nLa Maison Olympe est ouverte du lundi au vendredi, de 9 h à 17 h.\n\n"
                      "L'antenne du centre psychotrauma reçoit sur rendez-vous.\n",
        "page.md": "# Maison Olympe ou antenne du centre psychotrauma : quelle différence ?\n\n"
                   "| Question | Maison Olympe | Antenne du centre psychotrauma |\n| --- | --- | --- |\n"
                   "| Pour qui ? | Femmes victimes de violences | Enfants et adultes souffrant d'un psychotraumatisme |\n"
                   "| Quelle aide ? | Accueil immédiat : soins, plainte | Soins psychiques spécialisés du trauma |\n"})
    answer = assistant.ask("Maison Olympe ou antenne du centre psychotrauma : qu'est-ce qui les différencie ?").answer
    assert answer.kind == "comparison", answer.text
    lead = " ".join(s.text for s in answer.parts[0].sentences)
    assert "Accueil immédiat" in lead and "Soins psychiques spécialisés" in lead, answer.text


def test_who_runs_a_service_is_answered_by_its_director(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "lettre.md": "# La lettre de la maison des adolescents\n\nLa maison des adolescents est installée à Vernaux, à "
                     "vingt kilomètres du quartier, et elle accueille les jeunes.\n\nAvec Sophie Gaillard, directrice de "
                     "la maison des adolescents.\n"})
    answer = assistant.ask("Qui dirige la maison des adolescents ?").answer
    assert answer.sentences and "Sophie Gaillard, directrice" in answer.sentences[0].text, answer.text


def test_cr_is_a_general_abbreviation_and_an_english_weekday_names_nothing_to_find(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "compte-rendu.md": "# Groupe sport-nature du 24 février\n\nCe compte rendu relève les décisions du groupe.\n\n"
                           "Décision n° 1 : les infirmiers du CMP remettent l'ordonnance verte.\n",
        "sorties.md": "# Les sorties du GEM\n\nLes marches du jeudi partent à 9 h 30 de la place du Marché et "
                      "coûtent 5 euros pour 3 sorties.\n"})
    decided = assistant.ask("Dans le CR du 24 février du groupe sport-nature, qu'a-t-on décidé pour le CMP ?").answer
    assert not decided.abstained and "Décision n° 1" in decided.text, decided.text
    cost = assistant.ask("How much do the GEM's Thursday walks cost?").answer
    assert not cost.abstained and "5 euros" in cost.text, cost.text


def test_who_receives_is_answered_by_the_team_list(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "cjc.md": "# La consultation des Tanneurs\n\nLa consultation reçoit les jeunes de 12 à 25 ans le mercredi "
                  "après-midi, sans rendez-vous.\n\n# L'équipe\n\n- Lucie Braun, psychologue de la consultation des "
                  "Tanneurs\n- Yanis Meyer, éducateur spécialisé\n\nLa consultation des Tanneurs est financée par l'ARS "
                  "et par la ville.\n"})
    answer = assistant.ask("Qui reçoit les jeunes à la consultation des Tanneurs ?").answer
    assert "Lucie Braun, psychologue" in answer.text and "Yanis Meyer, éducateur" in answer.text, answer.text
    funded = assistant.ask("Qui finance la consultation des Tanneurs ?").answer
    assert funded.sentences and "financée par l'ARS" in funded.sentences[0].text, funded.text


def test_what_a_thing_was_in_a_year_the_documents_do_not_give_is_not_answered_by_other_years(tmp_path):
    assistant = lexical_assistant(tmp_path, {"bilan.md": (
        "# Bilan de l'équipe mobile\n\n"
        "Indicateur · 2023 · 2024\n"
        "File active de l'équipe mobile Passerelles — 371 · 412\n")})
    assert assistant.ask("Quelle était la file active de l'équipe mobile Passerelles en 2021 ?").answer.abstained
    answered = assistant.ask("Quelle était la file active de l'équipe mobile Passerelles en 2024 ?").answer
    assert not answered.abstained and "412" in answered.text, answered.text


def test_a_survey_named_by_a_year_the_documents_do_not_give_is_not_answered_by_another_edition(tmp_path):
    assistant = lexical_assistant(tmp_path, {"enquete.md": (
        "# Premiers résultats de l'enquête VMQ 2024\n\n"
        "Selon l'enquête VMQ 2024, 38,4 % des répondants des quartiers prioritaires sont socialement isolés, "
        "d'après le recensement 2021.\n")})
    assert assistant.ask("Quel taux d'isolement l'enquête VMQ 2021 avait-elle mesuré ?").answer.abstained
    answered = assistant.ask("Quel taux d'isolement l'enquête VMQ 2024 a-t-elle mesuré ?").answer
    assert not answered.abstained and "38,4 %" in answered.text, answered.text


def test_a_person_asked_with_another_title_than_the_corpus_writes_is_known_by_their_name(tmp_path):
    assistant = lexical_assistant(tmp_path, {"reportage.md": (
        "# Le reportage\n\nOn va chez Monsieur André, 79 ans, qui vit seul au 9e étage. "
        "C'est son médecin traitant qui a appelé l'équipe mobile pour Monsieur André.\n")})
    answer = assistant.ask("Qui a appelé l'équipe mobile pour Mr André ?").answer
    assert not answer.abstained and "médecin traitant" in answer.text, answer.text
    assert assistant.ask("Qui a appelé l'équipe mobile pour Mr Bernardin ?").answer.abstained


def test_which_psychiatrist_was_invited_is_answered_by_the_line_introducing_them(tmp_path):
    assistant = lexical_assistant(tmp_path, {"podcast.txt": (
        "Claire Lemaire (00:00:03):\nBienvenue dans Parole d'aidants. Pour ce douzième épisode, deux invités. "
        "Le docteur Hugo Lambrecht, psychiatre à l'EPSM des Deux-Vallées. Et Nathalie Vasseur, psychologue au Relais.\n\n"
        "Hugo Lambrecht (00:00:37):\nBonjour Claire. Les aidants viennent souvent trop tard, quand l'épuisement "
        "est là : le psychiatre de secteur reçoit sur rendez-vous au CMP.\n")})
    answer = assistant.ask("Épisode 12 de Parole d'aidants : c'était quel psychiatre l'invité ?").answer
    assert "Le docteur Hugo Lambrecht, psychiatre" in answer.text, answer.text  # (first with the model: newdocs24)


def test_a_definition_asked_with_what_it_is_for_is_not_abstained(tmp_path):
    """"Qu'est-ce qu'un CLSM et à quoi sert-il ?": "sert" is a word of the later ask, not a notion the corpus must
    name, so the definition is given."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "clsm.md": "# Le CLSM\n\nUn conseil local de santé mentale (CLSM) est un espace de concertation entre les "
                   "élus, la psychiatrie, les usagers et les aidants d'un territoire.\n",
        "gem.md": "# Le GEM\n\nLe groupe d'entraide mutuelle accueille des adhérents.\n",
    })
    answer = assistant.ask("Qu'est-ce qu'un CLSM et à quoi sert-il ?").answer
    assert not answer.abstained and "espace de concertation" in answer.text, answer.text


def test_a_value_of_a_group_is_not_one_member_s(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "plateformes.md": "# Les plateformes de répit\n\nLes plateformes sont implantées dans le département : à "
                          "Castelrive (Le Relais des Aidants), à Sarlanges (Répit Sud), à Montbrézac (Haut-Pays) et à "
                          "Vaudrecourt (Entr'Aidants). En 2025, elles ont accompagné ensemble 812 aidants.\n",
        "relais.md": "# Le Relais des Aidants\n\nEn 2025, Le Relais des Aidants a accompagné 312 aidants.\n"})
    assert assistant.ask("Combien d'aidants la plateforme Répit Sud a-t-elle accompagnés en 2025 ?").answer.abstained
    answered = assistant.ask("Combien d'aidants Le Relais des Aidants a-t-il accompagnés en 2025 ?").answer
    assert not answered.abstained and "312 aidants" in answered.text, answered.text


def test_a_sentence_of_another_time_gives_way_to_the_one_saying_the_year_asked(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "2026-01-15_cr-copil.md": "# Comité de pilotage du 15 janvier 2026\n\nLe poste de psychiatre est vacant depuis "
                                  "l'été 2024. En attendant, les téléconsultations psychiatriques sont faites avec 0,2 "
                                  "ETP de psychiatre.\n",
        "2026-01-30_indicateurs.md": "# Indicateurs du CLSM\n\n| Indicateur | 2024 | 2025 |\n| --- | --- | --- |\n"
                                     "| Téléconsultations psychiatriques | – | 286 |\n| Passages au bus | 410 | 612 |\n"})
    answer = assistant.ask("Combien de téléconsultations psychiatriques ont été faites en 2025 ?").answer
    assert not answer.abstained and "286" in answer.sentences[0].text, answer.text
    assert "0,2 ETP" not in answer.text, answer.text
    assert assistant.ask("Combien de téléconsultations psychiatriques ont été faites en 2022 ?").answer.abstained


def test_a_kind_of_money_the_documents_never_name_is_not_answered_by_another_amount(tmp_path):
    """"c'est quoi le salaire d'un agent… ?" of documents that give what a day costs, never a salary: abstained, not
    answered by the day's cost; that cost is still answered, and "Qui paie le salaire… ?" still asks who."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"repit.md": (
        "# Aide au répit\n\nUn agent du service de remplacement assure la traite et les soins aux animaux. Le coût "
        "moyen d'une journée de remplacement est de 176 € ; l'exploitant paie 15 € par jour.\n\n"
        "La MSA paie le poste de la coordinatrice.\n")})
    assert assistant.ask("c'est quoi le salaire d'un agent du service de remplacement ?").answer.abstained
    cost = assistant.ask("Quel est le coût moyen d'une journée de remplacement ?").answer
    assert not cost.abstained and "176 €" in cost.text, cost.text
    from assistant.search.answer_types import priced_term
    assert priced_term("Qui paie le salaire de la coordinatrice ?") is None


CARERS_CAFES = (
    "# Les cafés des aidants\n\n"
    "Le café des aidants du centre-ville a lieu le deuxième mardi du mois, de 14 h 30 à 16 h 30, au café "
    "associatif La Fabrique.\n")
CARERS_PARTNERS = (
    "# Nos partenaires\n\n"
    "L'EHPAD de Lusignac et le SPIP de Castelrive orientent vers la plateforme. Nos Permanences ont lieu au centre "
    "social : les permanences du jeudi sont sans rendez-vous. Écrire à "
    "contact@castelrive.example ou voir https://aidants.castelrive.example/lusignac.\n\n"
    "# PLANNING DES PERMANENCES\n\n"
    "Permanence au centre social le jeudi.\n"
)


def test_a_question_typed_in_lower_case_reads_the_names_the_corpus_writes_with_capitals(tmp_path):
    """"de lusignac" is the town of Lusignac, which the corpus writes only with its capital: a date asked of its
    café des aidants, which no document gives, is not answered by the town centre's; addresses (in lower case),
    headings in capitals and words the corpus also writes in lower case say nothing of how a name is written."""
    from assistant.search.casing import corpus_cased

    assistant = lexical_assistant(tmp_path, {"cafes.md": CARERS_CAFES, "partenaires.md": CARERS_PARTNERS})
    snap = assistant.snapshot()
    assert corpus_cased("le spip de castelrive oriente vers qui ?", snap) == "le SPIP de Castelrive oriente vers qui ?"
    assert corpus_cased("l'ehpad de lusignac ?", snap) == "l'EHPAD de Lusignac ?"  # after an elision too
    # "planning" is shouted in a heading, "centre" and "social" are also written in lower case, "permanence" in
    # its plural
    assert corpus_cased("le planning du centre social ?", snap) == "le planning du centre social ?"
    assert corpus_cased("une permanence au centre social ?", snap) == "une permanence au centre social ?"
    assert assistant.ask("c'est quand le café des aidants de lusignac ?").answer.abstained
    answered = assistant.ask("c'est quand le café des aidants du centre-ville ?").answer
    assert not answered.abstained and "deuxième mardi" in answered.text, answered.text


def test_a_word_typed_after_an_article_is_the_common_noun_even_when_the_corpus_writes_it_in_a_name(tmp_path):
    """"À la radio, …" speaks of the radio, not of "Radio Sâline", the only way the corpus writes the word; "de
    sâline" is still the name, and "le spip" still the acronym."""
    from assistant.search.casing import corpus_cased

    text = ("# Émission\n\nL'émission de Radio Sâline reçoit le SPIP de Castelrive. Les auditeurs de Radio Sâline "
            "posent leurs questions.\n")
    snap = lexical_assistant(tmp_path, {"emission.md": text}).snapshot()
    assert corpus_cased("à la radio, qui parle ?", snap) == "à la radio, qui parle ?"
    assert corpus_cased("que dit radio sâline ?", snap) == "que dit Radio Sâline ?"
    assert corpus_cased("le spip, c'est quoi ?", snap) == "le SPIP, c'est quoi ?"


def test_a_rate_of_something_no_document_measures_is_not_answered_by_another_rate(tmp_path):
    """"le taux de chômage" asked of a corpus that never speaks of unemployment is abstained, not answered by the
    poverty rate; the poverty rate asked is answered."""
    assistant = lexical_assistant(tmp_path, {"quartier.md": (
        "# La Brèche en chiffres\n\nLe quartier de La Brèche compte 4 200 habitants. Le taux de pauvreté y atteint "
        "41 %, contre 16 % pour l'ensemble de la commune.\n")})
    assert assistant.ask("Quel est le taux de chômage dans le quartier de La Brèche ?").answer.abstained
    from assistant.search.answer_types import measured_term
    assert measured_term("Quel niveau d'études faut-il pour devenir médiateur ?") is None  # no measure asked
    answered = assistant.ask("Quel est le taux de pauvreté dans le quartier de La Brèche ?").answer
    assert not answered.abstained and "41 %" in answered.text, answered.text


def test_a_place_told_of_one_s_situation_is_not_what_is_asked(tmp_path):
    """"J'habite Saint-Vivien-sur-Mer : est-ce que je peux m'inscrire… ?": the town tells who asks, the question is
    about the sessions, which the corpus speaks of; asked about the town itself, the unknown town is abstained."""
    assistant = lexical_assistant(tmp_path, {"pssm.md": (
        "# Premiers secours en santé mentale\n\nLes sessions PSSM de Port-Ardelle sont réservées aux personnes qui "
        "habitent ou travaillent à Port-Ardelle. Pour s'inscrire aux sessions, remplir le formulaire en ligne.\n")})
    told = assistant.ask("J'habite Saint-Vivien-sur-Mer : est-ce que je peux m'inscrire aux sessions PSSM de "
                         "Port-Ardelle ?").answer
    assert not told.abstained and "réservées aux personnes qui habitent" in told.text, told.text
    assert assistant.ask("Les sessions PSSM de Saint-Vivien-sur-Mer, c'est quand ?").answer.abstained


def test_the_dates_of_an_event_asked_by_its_acronym_are_not_a_byline_of_that_year(tmp_path):
    # "les dates des SISM 2024 ?": a slide's byline "23 avril 2024" is the date of a talk, not of the SISM
    files = {
        "asv.md": "# L'atelier santé ville de Varèze\n\nÀ partir de 2014, l'ASV a piloté l'organisation d'une semaine "
                  "d'information sur la santé mentale (SISM) dans les quartiers. Ses dates changent chaque année.\n",
        "diaporama.md": "# Les CLSM en Occitanie\n\n23 avril 2024\n\nEvangéline Bonnerot, chargée de mission CLS et "
                        "CLSM.\n",
    }
    assistant = lexical_assistant(tmp_path, files)
    assert assistant.ask("Quelles sont les dates des SISM 2024 ?").answer.abstained
    dated = lexical_assistant(tmp_path / "dated", {**files, "sism.md": "# Programme\n\nLes SISM 2024 de Varèze ont "
                                                   "lieu du 7 au 20 octobre 2024.\n"})
    answer = dated.ask("Quelles sont les dates des SISM 2024 ?").answer
    assert not answer.abstained and "du 7 au 20 octobre 2024" in answer.text, answer.text


def test_a_common_abbreviation_the_documents_write_in_full_is_no_missing_notion(tmp_path):
    # "le GT du CLSM": the memo says "groupe de travail"; "le COPIL de l'ARS" names a committee no document has
    assistant = lexical_assistant(tmp_path, {
        "releve.md": "# Relevé de décisions du groupe de travail du CLSM de Varèze\n\nLe groupe de travail du CLSM ne "
                     "crée pas de cellule propre pour étudier les cas : les situations restent examinées par la "
                     "commission départementale, qui va monter un comité de suivi.\n",
    })
    answer = assistant.ask("Le GT du CLSM va monter sa propre cellule pour étudier les cas ?").answer
    assert not answer.abstained and "ne crée pas de cellule" in answer.text, answer.text
    assert assistant.ask("Le COPIL du CLSM va monter sa propre cellule pour étudier les cas ?").answer.abstained


def test_a_yes_or_no_about_a_body_the_corpus_never_names_is_abstained(tmp_path):
    protocol = ("# Protocole santé mentale des enfants confiés\n\n"
                "Le groupe de travail du CLSM de Montclavel est associé au suivi du protocole pour la commune.\n\n"
                "Les adolescents en crise sont reçus aux urgences. La maison de la solidarité accueille les familles.\n")
    assistant = lexical_assistant(tmp_path, {"protocole.md": protocol})
    # "maison" and "adolescents" are the corpus's words, never said together: no such house is named
    assert assistant.ask("La maison des adolescents de Montclavel est-elle associée au protocole ?").answer.abstained
    answered = assistant.ask("Le groupe de travail du CLSM de Montclavel est-il associé au protocole ?").answer
    assert not answered.abstained and "est associé au suivi" in answered.text, answered.text


def test_a_number_to_call_and_a_note_call_count_nothing(tmp_path):
    page = ("# Enfants confiés : en cas d'urgence\n\n"
            "Appelez le 15 (SAMU) ; les urgences pédiatriques accueillent les mineurs jour et nuit.\n\n"
            "Sont concernés les mineurs confiés à l'ASE et les jeunes faisant l'objet d'une double mesure[5].\n")
    assistant = lexical_assistant(tmp_path, {"page.md": page})
    assert assistant.ask("Combien de mineurs l'équipe mobile a-t-elle suivis ?").answer.abstained


def test_a_wage_or_a_wait_for_someone_the_corpus_never_names_is_abstained(tmp_path):
    report = ("# Cap'Ados : bilan 2025\n\n"
              "Les deux éducateurs de Cap'Ados sont financés par l'ARS (65 000 €) et le contrat de ville (18 500 €).\n\n"
              "Le délai pour avoir un rendez-vous au CMP pour un enfant est de 24 semaines en 2025.\n\n"
              "Les fiches d'alerte vont à la coordinatrice. En cas de danger immédiat, appel au 15 ou au 17, puis "
              "information de la coordinatrice.\n")
    assistant = lexical_assistant(tmp_path, {"bilan.md": report})
    assert assistant.ask("Quel salaire pour un éducateur de Cap'Ados ?").answer.abstained  # budgets are no wage
    assert assistant.ask("Combien de temps pour avoir un orthophoniste pour un enfant ?").answer.abstained
    answered = assistant.ask("Combien de temps pour avoir un rendez-vous au CMP ?").answer
    assert not answered.abstained and "24 semaines" in answered.text, answered.text
    # the numbers to call count no one
    assert assistant.ask("Combien de fiches d'alerte la coordinatrice a-t-elle reçues ?").answer.abstained


def test_the_event_a_deck_was_shown_at_and_a_familiar_word_are_no_missing_notions(tmp_path):
    files = {
        "catalog.toml": '["deck.md"]\ntitle = "Santé mentale et numérique en milieu rural"\nkind = "diaporama"\n'
                        'event = "Rencontres régionales des CLSM du Grand Est, atelier 3"\n',
        "deck.md": "# Santé mentale et numérique en milieu rural\n\n"
                   "Rendez-vous pris en ligne en 2025 : 29 % pris le soir après 19 h ou le week-end.\n\n"
                   "Dans le secteur de Saint-Aubin, 41 % des répondants ont une connexion insuffisante pour la vidéo.\n",
    }
    assistant = lexical_assistant(tmp_path, files)
    answered = assistant.ask("Selon le diaporama des Rencontres régionales, quelle part des rendez-vous en ligne est "
                             "prise le soir ou le week-end ?").answer
    assert not answered.abstained and "29 %" in answered.text, answered.text
    answered = assistant.ask("Côté Saint-Aubin, quelle part des gens ont une connexion trop juste pour la visio ?").answer
    assert not answered.abstained and "41 %" in answered.text, answered.text


def test_a_programme_named_then_the_questions_verb_is_the_programme_the_corpus_names(tmp_path):
    deck = ("# Un chez-soi d'abord à Vesonde\n\n"
            "Au 31 août 2025, Un chez-soi d'abord accompagne 52 personnes, dont 49 sont logées.\n\n"
            "Le COPIL de juin 2025 a validé l'extension. Après l'été, le prochain comité de pilotage (COPIL) du "
            "programme aura lieu le jeudi 9 octobre 2025.\n")
    assistant = lexical_assistant(tmp_path, {"deck.md": deck})
    answered = assistant.ask("Fin août 2025, Un chez-soi d'abord suivait combien de personnes ?").answer
    assert not answered.abstained and "52 personnes" in answered.text, answered.text
    answered = assistant.ask("Le COPIL Un chez-soi d'abord d'après juin 2025, c'est quand ?").answer
    assert not answered.abstained and "9 octobre 2025" in answered.text, answered.text
    # a programme the corpus never names is still not answered
    assert assistant.ask("Fin août 2025, Un toit pour tous suivait combien de personnes ?").answer.abstained


def test_a_count_of_things_qualified_in_words_the_corpus_never_uses_is_abstained(tmp_path):
    report = ("# La cellule de veille logement\n\n"
              "Bailleurs des situations examinées : Habitat Loue-Vesonde 26 logements, Val de Loue Logement 9.\n\n"
              "En 2025, la cellule a examiné 91 situations ; 40 logements sociaux ont été visités.\n")
    assistant = lexical_assistant(tmp_path, {"bilan.md": report})
    assert assistant.ask("Combien de logements vacants Habitat Loue-Vesonde a-t-il ?").answer.abstained
    answered = assistant.ask("Combien de logements sociaux ont été visités en 2025 ?").answer
    assert not answered.abstained and "40 logements sociaux" in answered.text, answered.text


def test_a_service_offered_in_a_way_the_corpus_never_names_is_not_confirmed(tmp_path):
    page = ("# Le CMP de Vauclerc\n\nLe CMP propose des séances de téléconsultation depuis les maisons de santé. "
            "La réalité du terrain : peu de psychiatres.\n")
    assistant = lexical_assistant(tmp_path, {"cmp.md": page})
    assert assistant.ask("Le CMP propose-t-il des séances en réalité virtuelle pour les phobies ?").answer.abstained


def test_a_figure_compared_with_another_year_is_of_its_documents_year(tmp_path):
    # "…contre deux en 2024" names the year of what the figure is compared with: the figure itself is of the
    # document's year (2025), which answers a question of 2025, not one of 2023
    minutes = ("# Comité de pilotage e-santé mentale\n\n## Téléconsultations\n\n"
               "Le Dr Martin précise que le CMP réserve désormais trois demi-journées par semaine à la téléconsultation "
               "(mardi matin, jeudi après-midi et vendredi matin), contre deux en 2024.\n\n"
               "En 2025, deux nouvelles salles de téléconsultation ont ouvert dans les maisons de santé.\n\n"
               "Le taux d'absence aux téléconsultations est passé à 10 % en 2025.\n")
    catalog = '["copil.md"]\ntitle = "Comité de pilotage e-santé mentale"\ndate = 2025-06-24\n'
    assistant = lexical_assistant(tmp_path, {"copil.md": minutes, "catalog.toml": catalog})
    answer = assistant.ask("Combien de demi-journées par semaine le CMP garde pour la téléconsultation en 2025 ?").answer
    assert "trois demi-journées par semaine" in answer.sentences[0].text, answer.text
    earlier = assistant.ask("Combien de demi-journées par semaine le CMP gardait pour la téléconsultation en 2023 ?")
    assert earlier.answer.abstained, earlier.answer.text


def test_a_line_counting_other_things_does_not_answer_a_count_on_a_slide_that_names_the_thing_asked(tmp_path):
    # the slide speaks of téléconsultations ("50,7 % accepteraient une téléconsultation"), but its "612 répondants"
    # counts people who answered a survey: no count of téléconsultations
    slide = ("# Comité de pilotage e-santé du 24 juin 2025\n\n"
             "## 3. Enquête habitants « téléconsultation et numérique » (rappel)\n\n"
             "- 612 répondants, du 4 novembre 2024 au 17 janvier 2025\n- 15,2 % sans internet à domicile\n"
             "- 50,7 % accepteraient une téléconsultation\n")
    report = "# Bilan d'activité du CMP\n\nDe janvier à mai, le CMP a assuré 291 téléconsultations avec les maisons de santé.\n"
    assistant = lexical_assistant(tmp_path, {"copil.md": slide, "bilan.md": report})
    answer = assistant.ask("On en était à combien de téléconsultations depuis janvier 2025 ?").answer
    assert "612" not in answer.text, answer.text
    surveyed = assistant.ask("Combien de répondants à l'enquête habitants ?").answer
    assert "612 répondants" in surveyed.sentences[0].text, surveyed.text


def test_the_meeting_after_a_date_is_the_next_one(tmp_path):
    # "d'après juin 2025" asks the meeting after June's: the next one, not the one of June ("d'après le programme"
    # names where it is said)
    text = ("# Le programme en chiffres\n\nLe programme accompagne des personnes sans logement (48 personnes "
            "accompagnées au 30 avril 2025).\n\n## Gouvernance\n\nLe comité de pilotage s'est réuni le jeudi 12 juin "
            "2025. Le prochain comité de pilotage du programme aura lieu le jeudi 9 octobre 2025.\n")
    assistant = lexical_assistant(tmp_path, {"presentation.md": text})
    after = assistant.ask("Le comité de pilotage d'après juin 2025, il tombe quand ?").answer
    assert "9 octobre 2025" in after.sentences[0].text, after.text
    held = assistant.ask("Le comité de pilotage d'après le programme, il s'est réuni quand ?").answer
    assert "12 juin 2025" in held.sentences[0].text, held.text


def test_things_a_speaker_counts_out_are_quoted_as_a_list(tmp_path):
    # "Je regarde trois choses." then one sentence for each, on its label: the three, not the two that scored best
    transcript = ("WEBVTT\n\n00:05:01.000 --> 00:05:09.000\n<v Mehdi Lazaar>Bonne question, il n'y a pas de recette pour "
                  "savoir si une crise d'ado doit inquiéter. Je regarde trois choses.\n\n"
                  "00:05:09.500 --> 00:05:14.000\n<v Mehdi Lazaar>La durée : quand ça dure plus de deux ou trois "
                  "semaines.\n\n00:05:14.500 --> 00:05:19.000\n<v Mehdi Lazaar>Le retentissement : le sommeil, "
                  "l'alimentation, l'école qui décroche.\n\n00:05:19.500 --> 00:05:24.000\n<v Mehdi Lazaar>Et la "
                  "rupture : quand le jeune ne ressemble plus à lui-même.\n\n00:05:25.000 --> 00:05:30.000\n"
                  "<v Julie Ferrand>Merci. Sonia Lecarpentier : une question du chat pour vous.\n")
    assistant = lexical_assistant(tmp_path, {"webinaire.vtt": transcript})
    answer = assistant.ask("Comment savoir si une crise d'ado doit inquiéter ?").answer
    assert answer.kind == "list", answer.text
    for label in ("La durée", "Le retentissement", "Et la rupture"):
        assert label in answer.text, answer.text


def test_the_hr_abbreviation_is_human_resources_written_in_full(tmp_path):
    # "la page RH": the page says "ressources humaines"; a corpus without them has no such page
    page = ("# Santé et sécurité des agents de proximité — direction des ressources humaines de la métropole\n\n"
            "## Chiffres clés 2024\n\n- 1 046 signalements d'incidents par des agents métropolitains en 2024 ;\n"
            "- 312 agents formés à la gestion des situations de tension en 2024.\n")
    assistant = lexical_assistant(tmp_path, {"page.md": page})
    answer = assistant.ask("Sur la page RH de la métropole, combien de signalements d'incidents pour 2024 ?").answer
    assert not answer.abstained and "1 046 signalements" in answer.text, answer.text
    other = lexical_assistant(tmp_path / "other", {"page.md": page.replace(" — direction des ressources humaines", "")})
    assert other.ask("Sur la page RH de la métropole, combien de signalements d'incidents pour 2024 ?").answer.abstained


def test_a_count_of_people_by_their_group_is_answered_by_the_groups_counted_one_by_one(tmp_path):
    # "personnels" names the chefs, conseillers, infirmières and psychologues the number counts together
    letter = ("# Postvention\n\nLe 18 mars 2025, la DSDEN et le CLSM ont signé le protocole de postvention, qui s'applique aux "
              "écoles, collèges et lycées publics et à tous leurs personnels. Le 3 juin "
              "2025, 32 chefs d'établissement, conseillers principaux d'éducation, infirmières et psychologues de "
              "l'Éducation nationale ont été formés à sa mise en œuvre.\n")
    assistant = lexical_assistant(tmp_path, {"lettre.md": letter})
    answer = assistant.ask("Combien de personnels de l'Éducation nationale ont été formés en juin 2025 ?").answer
    assert "32 chefs d'établissement" in answer.text, answer.text
    # a number counting something else still does not answer ("combien de logements ?")
    assert "32" not in assistant.ask("Combien de logements ont été rénovés en juin 2025 ?").answer.text


def test_a_familiar_word_is_not_read_as_the_name_the_corpus_writes_it_in(tmp_path):
    """"ALD psy" is familiar French for the psychiatric long-term conditions, even though the corpus writes "Psy"
    only in an association's name ("Solidarité Psy"): read as that name, the question would ask of a notion no
    passage holds, and abstain."""
    from assistant.search.casing import corpus_cased

    files = {"chiffres.md": "# Chiffres repères\n\nTerritoire · Personnes en ALD pour affection psychiatrique (pour "
                            "1 000 hab.)\nLes Tilleuls — 41\nFrance — 28\n",
             "gem.md": "# Le GEM\n\nLe GEM est parrainé par l'association Solidarité Psy depuis 2008.\n"}
    assistant = lexical_assistant(tmp_path, files)
    assert corpus_cased("Personnes en ALD psy aux Tilleuls ?", assistant.snapshot()) == (
        "Personnes en ALD psy aux Tilleuls ?")
    answer = assistant.ask("Personnes en ALD psy : les Tilleuls par rapport à la France, ça donne quoi ?").answer
    assert not answer.abstained and "41" in answer.text, answer.text


def test_the_words_naming_a_document_and_its_money_are_not_unknown_words(tmp_path):
    """"Dans le mail transféré de l'ARS, combien d'argent…": "mail" names the kind of document and "argent" the kind of
    value asked; neither need be written in the e-mail, which says "euros" and "Forwarded message"."""
    files = {"echanges.txt": "De : Claire Roux\nObjet : extension du SAMSAH\n\n---------- Forwarded message ---------\n"
                             "L'ARS confirme les crédits pour l'extension de 10 places du SAMSAH : forfait soins de "
                             "185 000 euros en année pleine.\n",
             "faq.md": "# FAQ\n\nLe SAMSAH accompagne des adultes en situation de handicap psychique.\n"}
    answer = lexical_assistant(tmp_path, files).ask(
        "Dans le mail transféré de l'ARS, combien d'argent pour les 10 places de SAMSAH ?").answer
    assert not answer.abstained and "185 000 euros" in answer.text, answer.text
