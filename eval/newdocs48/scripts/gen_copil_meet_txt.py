# -*- coding: utf-8 -*-
"""Génère la transcription Google Meet (texte brut .txt) du comité de pilotage de l'axe « logement et santé
mentale » du CLSM de Montferrange, jeudi 20 novembre 2025 (environ 24 minutes).

Mise en forme voulue (comme la transcription téléchargée depuis Google Meet) : titre avec date et fuseau, rubrique
« Participants », puis « Transcription » ; horodatages seuls sur leur ligne (« 00:04:36 ») toutes les trois à
quatre minutes, puis des tours de parole « Prénom Nom: … » d'une seule ligne chacun, séparés par une ligne vide ;
« Fin de la transcription » à la fin.

Tout est inventé (ville, structures, personnes, chiffres).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-20_clsm-montferrange_copil-logement-sante-mentale-transcription.txt")

MS, ED, TG, NB = "Maëlle Schaller", "Élise Dufour", "Thomas Grandjean", "Nadia Belkacem"
MR, KL, HM = "Mathieu Roux", "Karine Lemoine", "Hélène Mercier"

SEGMENTS = [
    ("00:00:00", [
        (MS, "Bon, je pense qu'on est au complet, Karine vient d'arriver. Bonjour à tous, merci d'être là pour ce "
             "comité de pilotage de l'axe logement et santé mentale du CLSM. On est le 20 novembre, c'est le "
             "dernier copil de l'année. Je vous rappelle l'ordre du jour : d'abord un point d'étape sur la "
             "commission des situations complexes, ensuite les évolutions du FSL et de la CCAPEX avec Mathieu, "
             "puis l'EMPP et les annonces de l'ARS, le SIAO et la pension de famille avec Karine, le contrat de "
             "ville 2026 avec Élise, et enfin deux décisions à prendre, dont le plafond du fonds incurie."),
        (MS, "Je précise que Julien Hoffmann, de Un chez-soi d'abord, est excusé, il m'a transmis ses informations "
             "et Thomas les présentera. Et je vous signale que la transcription automatique est activée, comme "
             "d'habitude, elle me sert à faire le compte rendu, qui sera validé par mail. Personne n'y voit "
             "d'inconvénient ? Parfait."),
        (HM, "Juste une question avant de commencer : est-ce que l'étude de l'ORS a été diffusée à tous les "
             "partenaires ? Parce qu'à l'ARS, on s'en sert déjà pour l'instruction des demandes."),
        (MS, "Oui, elle a été présentée le 10 juillet et diffusée en septembre, dans sa version définitive, le 18. "
             "Je la remets en lien dans la conversation. Je vous rappelle juste le chiffre qui a le plus marqué : "
             "dans nos trois QPV, le taux d'ALD psychiatrique est de 31,4 pour mille, contre 20,1 en France. Et "
             "37 expulsions effectives à Montferrange en 2024."),
    ]),
    ("00:02:58", [
        (MS, "Alors, premier point, la commission. On a tenu dix séances depuis janvier, la dernière le 6 novembre. "
             "Ça fait 58 situations nouvelles depuis le début de l'année, et 71 passages en commission en tout, "
             "puisque certaines situations reviennent deux ou trois fois. Pour comparer, on avait 47 situations "
             "nouvelles sur toute l'année 2024. Donc on aura clairement dépassé les soixante à la fin de "
             "l'année."),
        (MS, "Deux chiffres qui me semblent importants. Le délai entre la saisine et l'examen : on était à 21 jours "
             "en février, on est descendu à 12 jours en novembre, grâce au rythme mensuel et à la fiche de saisine "
             "dématérialisée qu'on utilise depuis septembre. Et le consentement : un peu plus de quatre situations "
             "sur cinq sont présentées avec l'accord écrit de la personne. Les autres sont examinées de façon "
             "anonymisée, sauf deux situations de danger grave où on a fait un examen nominatif, et les personnes "
             "ont été informées ensuite."),
        (NB, "Je peux compléter côté Ornelle Habitat ? On a suspendu 14 procédures contentieuses cette année le "
             "temps de l'examen en commission, comme le prévoit la convention. Sur ces 14, il y en a 11 où la "
             "dette est aujourd'hui en cours d'apurement, et le locataire est toujours dans les lieux."),
        (MS, "Merci Nadia. Côté issues, sur les 71 passages, on a 26 maintiens dans le logement avec un plan "
             "d'aide, 11 orientations vers l'EMPP, et trois expulsions qu'on n'a pas pu éviter, contre six sur toute "
             "l'année 2024. Je vous présenterai le bilan complet à la plénière du 5 février."),
        (TG, "Sur les trois expulsions, je voudrais juste dire que deux concernaient des personnes qu'on n'a jamais "
             "réussi à rencontrer. Elles n'ont jamais ouvert. C'est ça notre vraie limite."),
        (HM, "Est-ce que vous avez une idée de la répartition par quartier, pour cette année ?"),
        (MS, "Grosso modo, comme l'an dernier : le Clos-Fleuri en tête, puis les Tanneries, puis Roseraie-Gare, et "
             "un peu moins d'un tiers hors quartiers prioritaires. Je vous donnerai les chiffres exacts en "
             "février, je préfère attendre la séance de décembre."),
    ]),
    ("00:05:44", [
        (MR, "Bonjour à tous. Alors pour le Département, deux nouvelles sur le FSL. La première, c'est que "
             "l'assemblée a voté le nouveau règlement intérieur, qui entre en vigueur au 1er janvier 2026. Le "
             "plafond de l'aide au maintien dans le logement passe de 2 000 à 2 500 euros par ménage et par an. "
             "Et on pourra prendre en compte des dettes de loyer jusqu'à 24 mois d'ancienneté, au lieu de 12 "
             "aujourd'hui, ce qui change beaucoup pour les personnes qui ont décroché pendant une hospitalisation."),
        (MR, "La deuxième, c'est le budget. Le FSL 2025, c'est 3,1 millions d'euros pour le département. Au 31 "
             "octobre, on avait accordé 2 870 aides, donc on devrait finir un peu au-dessus de 2024, qui était à "
             "3 412 aides sur l'année. Pour Montferrange, je n'ai pas encore le chiffre consolidé."),
        (MS, "Et pour la CCAPEX, tu nous avais parlé d'un changement de rythme ?"),
        (MR, "Oui. À partir de janvier 2026, la sous-commission de l'arrondissement de Montferrange se réunira deux "
             "fois par mois, le deuxième et le quatrième mardi, au lieu d'une seule fois. On avait trop de "
             "dossiers, 274 examinés l'an dernier. Et le Département maintient sa participation de 12 000 euros "
             "au fonds incurie en 2026, c'est acté."),
        (ED, "Mathieu, une question : le nouveau plafond de 2 500 euros, il s'applique aussi aux dossiers déposés "
             "en décembre ?"),
        (MR, "Non, c'est la date de décision qui compte. Un dossier déposé en décembre mais examiné en janvier "
             "bénéficiera du nouveau plafond. Un dossier décidé en décembre reste à 2 000."),
        (NB, "Ça, c'est important pour nous, on a plusieurs dossiers en préparation. On va peut-être attendre "
             "janvier pour certains, si la dette dépasse 2 000 euros."),
        (MR, "C'est exactement ce que je vous conseillerais, à condition que la procédure ne soit pas trop avancée. "
             "Et je rappelle que la demande peut toujours être déposée en ligne, le délai moyen de décision reste "
             "autour de trois semaines."),
    ]),
    ("00:08:31", [
        (TG, "Pour l'EMPP, quelques chiffres. Notre file active au 31 octobre, c'est 287 personnes, donc on va "
             "dépasser les 318 de l'an dernier. Le délai entre l'orientation et la première rencontre est descendu "
             "à 9 jours en moyenne, contre 12 l'an dernier. Mais on est au maximum de ce qu'on peut faire avec "
             "quatre virgule neuf ETP, surtout pour les visites à domicile dans les quartiers."),
        (HM, "Et c'est justement là-dessus que j'ai une bonne nouvelle. L'ARS finance un poste d'infirmier "
             "supplémentaire à temps plein pour l'EMPP, dédié aux visites à domicile dans les QPV de Montferrange, "
             "à partir du 1er février 2026. C'est 58 000 euros par an, en mesure nouvelle. Ça répond directement à "
             "la recommandation de l'ORS."),
        (HM, "Deuxième chose : nous augmentons notre financement de la coordination de la commission, qui passe de "
             "45 000 à 52 000 euros en 2026, pour tenir compte du passage au rythme mensuel. Ça nécessitera un "
             "avenant à la convention, puisque le tableau financier prévoyait 45 000 sur les trois ans."),
        (MS, "Merci Hélène, c'est une très bonne nouvelle. Thomas, tu voulais parler de Un chez-soi d'abord."),
        (TG, "Oui, de la part de Julien. L'ARS a validé l'extension du site de Valmoreau de 100 à 120 places, à "
             "partir du 1er septembre 2026. En revanche, la zone d'intervention ne change pas : ça reste la "
             "métropole de Valmoreau. Montferrange n'est toujours pas couverte. Julien insiste là-dessus pour "
             "éviter les fausses joies."),
        (HM, "Je confirme, une antenne à Montferrange n'est pas à l'ordre du jour, le modèle suppose une équipe à "
             "moins de trente minutes des logements."),
        (ED, "Du coup, pour les personnes sans abri de Montferrange qui ont des troubles sévères, on n'a toujours "
             "rien d'équivalent ?"),
        (TG, "Pas d'équivalent, non. On a l'accompagnement vers et dans le logement, on a l'EMPP, et bientôt la "
             "pension de famille, Karine va en parler. Mais pour les personnes les plus malades, qui sortent "
             "d'hospitalisation sans logement, il manque clairement quelque chose. C'était dans l'étude de l'ORS."),
    ]),
    ("00:11:15", [
        (KL, "Bonjour. Pour le SIAO, je vous donne d'abord les chiffres du 115. En 2024, on a reçu 11 240 demandes "
             "sur le département, et 38 % n'ont pas pu être pourvues, faute de place. En 2025, au 30 septembre, on "
             "en est à 8 960 demandes, et la part non pourvue monte à 41 %. L'hiver va être difficile."),
        (KL, "Pour le logement accompagné, on a aujourd'hui 64 personnes de Montferrange en attente d'une place en "
             "pension de famille ou en résidence accueil. Le délai moyen d'attente est de sept mois."),
        (KL, "Et la bonne nouvelle, c'est la pension de famille. Elle s'appellera Les Glycines, elle aura 22 places, "
             "et elle sera finalement construite à Roseraie-Gare, pas aux Tanneries comme on l'avait d'abord "
             "envisagé, parce que le terrain des Tanneries n'a pas pu être libéré. Elle sera gérée par notre "
             "association, Trajectoires. L'ouverture est prévue en mars 2026, si le chantier ne prend pas de "
             "retard."),
        (TG, "Et on a obtenu que quatre places soient réservées à des personnes orientées par la commission ou par "
             "l'EMPP, c'est bien ça, Karine ?"),
        (KL, "C'est ça, quatre places sur vingt-deux, mais toujours avec une demande SIAO. La commission "
             "d'attribution reste celle du SIAO. Et il y aura une convention avec le CMP pour le suivi."),
        (NB, "Pour les locataires d'Ornelle Habitat qui sont en situation d'incurie et qui ne peuvent plus vivre "
             "seuls, ça peut vraiment être une solution. On a deux ou trois situations en tête."),
    ]),
    ("00:13:52", [
        (ED, "Pour le contrat de ville, je confirme que les 18 000 euros pour les actions de la commission dans les "
             "quartiers sont reconduits en 2026. On ajoute 6 000 euros pour la formation des gardiens d'immeuble "
             "et des agents de proximité au repérage de l'incurie et de la souffrance psychique, c'était aussi une "
             "recommandation de l'ORS."),
        (ED, "Concrètement, ce seront trois sessions d'une journée, les mardis 10, 17 et 24 mars 2026, à la maison "
             "de quartier du Clos-Fleuri, pour 45 personnes au total, gardiens d'Ornelle Habitat et de Logivie Est "
             "et agents de la Ville. Les formateurs seront l'EMPP et une psychologue du CMP."),
        (NB, "Nos gardiens sont très demandeurs. Ils sont souvent les premiers à voir, et ils ne savent pas à qui "
             "le dire."),
        (ED, "Par ailleurs, l'appel à projets du contrat de ville 2026 est ouvert jusqu'au 15 décembre. Les "
             "associations qui veulent proposer des actions d'aller-vers en santé mentale dans les trois QPV "
             "peuvent déposer. Je rappelle qu'on parle de 10 430 habitants dans les trois quartiers."),
        (MS, "Je relaierai l'appel à projets dans la prochaine lettre du CLSM."),
        (HM, "Élise, est-ce que la formation pourra être ouverte aux aides à domicile ? Elles voient beaucoup de "
             "situations d'incurie chez les personnes âgées."),
        (ED, "Pas pour cette première vague, on est limités à 45 places. Mais si le bilan est bon, on pourra "
             "refaire une session à l'automne 2026 et l'ouvrir aux services d'aide à domicile."),
        (MS, "Je relaierai l'appel à projets dans la prochaine lettre du CLSM."),
    ]),
    ("00:16:20", [
        (MS, "Dernier point, les décisions. Première décision : le plafond du fonds d'intervention incurie. "
             "Aujourd'hui, il est de 3 500 euros par logement. On a eu trois situations cette année où ça ne "
             "suffisait pas, notamment une avec une désinsectisation complète. Je vous propose de le porter à "
             "4 000 euros par logement à partir du 1er janvier 2026. Le montant total du fonds ne change pas, "
             "30 000 euros."),
        (MR, "Pour le Département, pas d'objection."),
        (NB, "Ornelle Habitat est d'accord aussi."),
        (MS, "Donc c'est adopté, sous réserve de la validation par la plénière du 5 février, puisque c'est la "
             "plénière qui approuve les dépenses au-delà du plafond. On fera un seul avenant avec la hausse de "
             "l'ARS."),
        (MS, "Deuxième décision : inviter systématiquement le SIAO aux séances où une situation d'hébergement est "
             "inscrite, et plus seulement une fois sur deux. Karine, ça vous convient ?"),
        (KL, "Oui, on s'organisera. Envoyez-nous l'ordre du jour une semaine avant."),
        (MS, "Parfait. Le prochain copil aura lieu le jeudi 19 mars 2026 à 14 heures, en présentiel à la Maison des "
             "solidarités, avec une visite du chantier des Glycines si c'est possible. Merci à tous, bonne fin de "
             "journée."),
    ]),
]


def main():
    out = ["COPIL CLSM Montferrange — axe « Logement et santé mentale » (2025-11-20 14:02 GMT+01:00) - Transcription",
           "",
           "Participants",
           "",
           ", ".join(sorted([MS, ED, TG, NB, MR, KL, HM])),
           "",
           "Transcription",
           ""]
    for stamp, turns in SEGMENTS:
        out += [stamp, ""]
        for who, text in turns:
            out += ["%s: %s" % (who, text), ""]
    out += ["00:19:47", "", "Fin de la transcription", ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    words = sum(len(t.split()) for _, ts in SEGMENTS for _, t in ts)
    print("écrit", OUT, "mots", words)


if __name__ == "__main__":
    main()
