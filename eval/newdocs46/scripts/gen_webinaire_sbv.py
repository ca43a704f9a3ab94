# -*- coding: utf-8 -*-
"""Génère le fichier de sous-titres YouTube (.sbv) du webinaire du CLSM de Pont-Vernel du mercredi 10 septembre
2025 (Journée mondiale de prévention du suicide) : « Sentinelles, VigilanS, 3114 : qui fait quoi ? ».

Format SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm », texte sur une ou deux
lignes. Quatre voix ; le nom de l'orateur n'apparaît qu'aux changements de tour, sous la forme « >> Nom : »
(comme les sous-titres manuels de YouTube). Une diapositive est lue à voix haute, trois questions du chat sont
lues par l'animatrice. Durées calculées d'après la longueur du texte (débit oral), de façon déterministe.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-10_clsm-pont-vernel_webinaire-sentinelles-vigilans.sbv")

CUES = """[Musique]
>> Maëlle Guéroult : Bonjour à toutes et à tous, on va commencer, il est midi et demi passé de deux minutes.
Bienvenue à ce webinaire du conseil local de santé mentale de Pont-Vernel.
Nous sommes le 10 septembre, c'est la Journée mondiale de prévention du suicide,
et on a choisi cette date pour faire le point sur notre réseau de sentinelles.
Je suis Maëlle Guéroult, je coordonne le CLSM depuis bientôt quatre ans.
Quelques règles : vos micros sont coupés, vous pouvez poser vos questions dans le chat,
je les lirai au fur et à mesure. Le webinaire est enregistré, le replay sera en ligne d'ici la fin de la semaine.
Et je le dis tout de suite, parce que le sujet peut remuer :
si vous-même ou un proche n'allez pas bien, le 3114 répond jour et nuit, c'est gratuit.
Avec moi aujourd'hui, trois invités. Le docteur Sophie Delaunay, psychiatre,
qui est responsable de la cellule VigilanS Normandie au CHU d'Aubremont.
Rachid Ouali, gardien d'immeuble chez Risle Habitat au Clos-Moulin, et sentinelle depuis 2023.
Et Anne-Laure Hébert, infirmière scolaire au collège des Tilleuls, à Beauséjour.
On commence par le réseau lui-même. Je partage mon écran... vous voyez la diapo ?
Bon, je vous la lis, pour ceux qui sont au téléphone.
Diapo trois, « Qu'est-ce qu'une sentinelle ? ».
Une sentinelle est une personne volontaire, habitant ou professionnel,
formée pour repérer les personnes en souffrance et les orienter vers les ressources d'aide et de soins.
Trois verbes : repérer, aller vers, orienter.
Ce qu'une sentinelle ne fait pas : évaluer le risque suicidaire, soigner, garder un secret qui met une vie en danger.
Une sentinelle n'est jamais seule : elle est rattachée à un professionnel référent du CLSM.
Fin de la diapo. Voilà, c'est la définition qu'on donne en formation.
Le réseau a été lancé en mars 2022, avec une première session de formation en avril 2022.
Et à ce jour, on a formé 131 sentinelles sur la commune.
Parmi elles, 46 habitent ou travaillent dans nos deux quartiers prioritaires,
le Clos-Moulin et Beauséjour-Les Tilleuls.
>> Sophie Delaunay : Je peux ajouter un point de comparaison, Maëlle ?
À l'échelle du département du Pays-de-Risle, on est à un peu plus de 400 sentinelles formées,
donc Pont-Vernel représente à peu près un tiers du réseau départemental
alors que la ville fait à peine 12 % de la population du département.
>> Maëlle Guéroult : Merci. C'est vrai qu'on a été moteur, grâce aux bailleurs et aux centres sociaux.
Rachid, toi tu as fait la formation en 2023. Pourquoi tu t'es lancé ?
>> Rachid Ouali : Alors moi je suis gardien depuis dix-sept ans au Clos-Moulin,
je connais tout le monde, je vois passer les gens tous les jours.
et il y a eu un décès dans un des bâtiments en 2022 un monsieur que je connaissais bien
et après je me suis dit j'ai rien vu venir est-ce que j'aurais pu voir quelque chose
donc quand le bailleur a proposé la formation j'ai levé la main tout de suite
Ce que ça m'a appris, c'est surtout à poser la question franchement.
On a peur de dire le mot, on se dit que ça va donner l'idée. Et en fait non.
La formatrice nous l'a répété : parler du suicide ne pousse pas au suicide, ça soulage.
L'an dernier, une dame du bâtiment C, qui donnait ses affaires, ses plantes, ses bibelots,
qui ne descendait plus ses poubelles. Je lui ai demandé : est-ce que vous pensez à vous tuer ?
Elle a dit oui. Elle a pleuré. Et moi je n'ai pas essayé de régler le problème,
ce n'est pas mon rôle. J'ai appelé Maëlle, et le jour même on avait un rendez-vous au CMP.
>> Maëlle Guéroult : Et c'est exactement ça, le circuit : la sentinelle repère, elle ne reste pas seule.
Docteur Delaunay, on vous a fait venir surtout pour VigilanS. Vous pouvez nous expliquer ?
>> Sophie Delaunay : Oui. VigilanS, c'est un dispositif de recontact des personnes
qui ont fait une tentative de suicide. Le constat de départ est simple :
la période qui suit une tentative est celle où le risque de récidive est le plus élevé,
surtout dans les six premiers mois.
Donc on ne laisse pas la personne repartir sans lien.
Concrètement, à la sortie des urgences ou du service, on lui remet une carte ressource
avec le numéro de la cellule, qu'elle peut appeler si ça ne va pas.
Ensuite, un de nos vigilanseurs l'appelle entre le 10e et le 21e jour après sa sortie.
Les vigilanseurs, ce sont des infirmiers et des psychologues formés à l'entretien téléphonique de crise.
Si on n'arrive pas à la joindre, ou si l'appel montre qu'elle est encore fragile,
on lui envoie des cartes postales personnalisées, une par mois pendant six mois.
Et on fait un dernier appel au bout de six mois pour faire le point et clore la veille.
On prévient aussi le médecin traitant et le psychiatre, s'il y en a un, à chaque étape.
>> Maëlle Guéroult : Et en volume, ça représente quoi ?
>> Sophie Delaunay : En 2024, dans le département, on a inclus 628 personnes,
dont 276 sorties du CH de Pont-Vernel. À l'échelle de la Normandie, c'est 6 410 inclusions en 2024.
Et on arrive à joindre environ sept personnes sur dix au premier appel, 71 % exactement l'an dernier.
Pour les autres, ce sont les cartes postales qui gardent le lien.
Ça peut paraître dérisoire, une carte postale. Mais des patients nous les rapportent des mois après,
ils les ont gardées dans leur portefeuille.
>> Maëlle Guéroult : On a une première question dans le chat, je la lis.
C'est Sandrine, assistante sociale au CCAS : « Est-ce qu'une sentinelle, ou un travailleur social,
peut appeler VigilanS pour signaler une personne qui l'inquiète ? »
>> Sophie Delaunay : Très bonne question, et la réponse est non.
VigilanS n'est ni un numéro d'urgence ni un numéro de signalement.
L'inclusion se fait uniquement par l'équipe soignante, après une tentative de suicide, avec l'accord de la personne.
Si quelqu'un vous inquiète maintenant, c'est le 3114, ou le 15 si le danger est immédiat.
>> Maëlle Guéroult : Justement, le 3114, on en dit deux mots ?
>> Sophie Delaunay : Le 3114, c'est le numéro national de prévention du suicide, ouvert depuis le 1er octobre 2021.
Il est gratuit, accessible 24 heures sur 24, 7 jours sur 7, partout en France.
Au bout du fil, ce sont des infirmiers et des psychologues formés à la crise suicidaire.
On peut appeler pour soi, mais aussi pour un proche, ou en tant que professionnel qui se pose une question.
Pour la Normandie, le centre répondant de jour est chez nous, au CHU d'Aubremont,
et la nuit les appels basculent vers un centre national de débordement.
Depuis le Pays-de-Risle, il y a eu 3 940 appels au 3114 en 2024.
>> Maëlle Guéroult : Merci. Deuxième question du chat, d'Olivier, éducateur de prévention :
« Combien de temps dure la formation sentinelle et combien elle coûte ? »
Alors, le module sentinelle dure une journée, sept heures, en groupe de douze personnes maximum.
Il est gratuit pour les participants, il est financé par l'ARS Normandie et par le contrat de ville.
Et il y a un deuxième niveau, le module évaluation orientation, sur deux jours,
qui est réservé aux professionnels : infirmiers, psychologues, médecins, assistants sociaux.
Eux apprennent à évaluer le risque et l'urgence, et à orienter vers le bon niveau de soins.
Les prochaines dates : module sentinelle le jeudi 2 octobre, et module évaluation orientation les 13 et 14 novembre.
Les inscriptions se font auprès du CLSM, par mail à clsm@pont-vernel.example.
>> Anne-Laure Hébert : Je peux rebondir, Maëlle ? Parce que j'ai fait les deux modules.
Et c'est ce qui nous a aidés au moment de bâtir le protocole de postvention pour les établissements scolaires.
>> Maëlle Guéroult : Vas-y, explique d'abord ce que c'est, la postvention, parce que le mot n'est pas très connu.
>> Anne-Laure Hébert : La postvention, c'est l'ensemble des actions menées après un suicide
pour soutenir l'entourage, repérer les personnes fragilisées et éviter un effet de contagion.
Parce qu'on sait qu'après le suicide d'un jeune, d'autres jeunes autour de lui sont plus à risque.
Dans notre collège, on a vécu ça en 2023, et on avait improvisé, on avait fait des erreurs.
Par exemple, la principale avait annoncé le décès au micro dans la cour. On ne fait plus jamais ça.
Le protocole a été validé par la DSDEN et le CLSM le 18 mars 2025.
Il dit que la cellule de crise de l'établissement se réunit dans les deux heures après l'alerte,
que l'annonce se fait classe par classe, par un adulte que les élèves connaissent, avec un texte écrit à l'avance,
et que l'infirmière et la psychologue de l'Éducation nationale reçoivent les élèves les plus exposés dans les 48 heures.
Les plus exposés, c'est les amis proches, la fratrie, les élèves qui ont eux-mêmes déjà fait une tentative.
>> Maëlle Guéroult : Et le protocole couvre les lycées aussi ?
>> Anne-Laure Hébert : Oui, les écoles, les collèges et les lycées publics de Pont-Vernel.
Pour le privé sous contrat, on est en discussion.
>> Maëlle Guéroult : Dernière question du chat, anonyme : « Les sentinelles sont-elles payées ? »
Non. C'est un engagement bénévole, même pour les professionnels qui le font en plus de leur poste.
Par contre, on prend soin d'elles. Rachid, tu veux dire un mot de la réunion du réseau ?
>> Rachid Ouali : Oui, tous les deux mois on se retrouve, les sentinelles, avec une psychologue du CMP.
on parle des situations sans donner les noms et ça fait du bien parce que c'est lourd parfois
on repart moins seul avec ce qu'on a entendu
>> Maëlle Guéroult : Merci à tous les trois. Je rappelle les numéros utiles avant de se quitter.
Le 3114 pour toute personne en détresse ou pour un proche inquiet. Le 15 en cas de danger immédiat.
Le CMP adultes de Pont-Vernel, au 03 99 00 52 30. La Maison des adolescents, au 03 99 00 58 70.
Et pour le réseau, vous pouvez m'appeler au 06 99 00 41 27.
La prochaine réunion du réseau de sentinelles aura lieu le mardi 18 novembre à 18 heures,
à la maison de quartier du Clos-Moulin. Bonne fin de journée, et prenez soin de vous.
[Musique]"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%d:%02d:%02d.%03d" % (h, m, s, ms)


def split_long(text, limit=80):
    """Les repères trop longs sont coupés en deux repères, comme le fait l'outil de sous-titrage."""
    if len(text) <= limit:
        return [text]
    words = text.split()
    half, acc = len(text) / 2, 0
    for i, w in enumerate(words):
        acc += len(w) + 1
        if acc >= half:
            while i + 1 < len(words) - 1 and words[i + 1] in (":", ";", "?", "!", "»"):
                i += 1
            if words[i] == "«" or words[i] == ">>":
                i -= 1
            return split_long(" ".join(words[:i + 1]), limit) + split_long(" ".join(words[i + 1:]), limit)
    return [text]


def main():
    rnd = random.Random(46)
    t = 0.5
    blocks = []
    for raw in CUES.split("\n"):
        turn = raw.startswith(">> ")
        if turn:
            t += rnd.uniform(0.6, 1.4)  # changement de voix : petit silence
        if turn:
            # l'étiquette ne doit jamais être séparée du début de la réplique
            label, rest = raw.split(" : ", 1)
            pieces = split_long(rest, 80)
            pieces[0] = label + " : " + pieces[0]
        else:
            pieces = [raw] if raw == "[Musique]" else split_long(raw, 80)
        for piece in pieces:
            if piece == "[Musique]":
                dur = 8.0 if not blocks else 10.0
            else:
                # débit lent d'un webinaire (environ 10 à 12 caractères par seconde, hésitations comprises)
                dur = max(1.8, len(piece) / rnd.uniform(9.5, 11.0))
            start, end = t, t + dur
            lines = textwrap.wrap(piece, 46, break_on_hyphens=False) if len(piece) > 46 else [piece]
            if len(lines) > 2:
                lines = [" ".join(lines[:-1]), lines[-1]]
            blocks.append("%s,%s\n%s" % (fmt(start), fmt(end), "\n".join(lines)))
            t = end + rnd.uniform(0.1, 0.6)
            if rnd.random() < 0.08:
                t += rnd.uniform(1.5, 4.0)  # silence, partage d'écran, lecture du chat
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("écrit :", OUT, "—", len(blocks), "repères, %.0f s" % t)


if __name__ == "__main__":
    main()
