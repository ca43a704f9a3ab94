# -*- coding: utf-8 -*-
"""Génère la transcription Teams (.docx, python-docx) de la réunion du groupe de travail « jeunesse » du CLSM de
Kervallon du mardi 10 mars 2026 (environ 20 minutes).

Mise en forme d'un export « Transcription » de Microsoft Teams : titre de la réunion, date et durée, ligne
« … a démarré la transcription », puis pour chaque prise de parole un paragraphe « Prénom Nom   0:03:12 »
(nom, trois espaces, horodatage h:mm:ss) suivi du paragraphe du texte dit ; tics de langage et phrases
inachevées conservés ; ligne finale « … a arrêté la transcription ». Horodatages calculés d'après la longueur des
répliques (débit oral), de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import random

from docx import Document
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-10_clsm-kervallon_transcription-gt-jeunesse-mars-2026.docx")

G, M, S, L, C, J, N = ("Gwenaëlle Le Bihan", "Yann Morvan", "Sophie Tanguy", "Léna Caradec", "Claire Nédélec",
                       "Julien Riou", "Nadia Benali")
TURNS = [
    (G, "Bon, je crois qu'on est au complet. Bonjour à tous. Je lance l'enregistrement pour le compte rendu, comme d'habitude, personne ne s'y oppose ? Parfait. Donc réunion du groupe de travail jeunesse du CLSM, on est le mardi 10 mars. À l'ordre du jour : le point sur les délais à la MDA et l'antenne, la mission locale, les PSSM, le harcèlement avec Claire, les financements avec Julien, et pour finir le baromètre jeunesse et la mise à jour du guide. On a vingt minutes, donc je vais être un peu stricte sur le temps."),
    (M, "Vas-y, on te suit."),
    (G, "Sophie, tu commences avec la MDA ?"),
    (S, "Oui. Alors, euh, je vais commencer par la mauvaise nouvelle. Vous vous souvenez qu'en plénière, en février, on avait annoncé un délai moyen de premier accueil de 12 jours sur l'année 2025, ce qui était vraiment une belle amélioration. Eh bien depuis janvier on est remontés à 16 jours. C'est mécanique : une de nos psychologues est en congé maternité, et le remplacement n'arrive qu'au 1er avril. Donc ça devrait redescendre au deuxième trimestre, mais je préfère que vous l'ayez en tête si des familles vous en parlent."),
    (M, "Et à l'antenne de Pen ar Roz ?"),
    (S, "À l'antenne ça tient, on est toujours autour d'une semaine. Par contre, l'ouverture du vendredi, qu'on avait annoncée pour le 1er avril, est décalée. On n'a pas encore recruté l'éducateur, le jury est la semaine prochaine. Donc l'antenne ouvrira le vendredi après-midi à partir du vendredi 15 mai, de 14 heures à 18 heures. Je mettrai à jour l'info sur le site."),
    (G, "D'accord, je note : ouverture du vendredi reportée au 15 mai. Ça change le guide aussi, on y reviendra. Yann, côté CMP ?"),
    (M, "Côté centre médico-psychologique infanto-juvénile, je ne vais pas vous mentir, ça reste très tendu. Pour un premier rendez-vous avec un pédopsychiatre, hors urgence, on est à quatre mois et demi d'attente. Pour un premier entretien infirmier d'évaluation, c'est trois semaines. C'est pour ça que le travail en amont avec la MDA et le PAEJ est essentiel : tout ce qui peut être accompagné sans passer par le CMP doit l'être, et nous on garde les places pour les situations qui relèvent vraiment du soin psychiatrique."),
    (N, "Ce qui pose la question des jeunes qui sont entre les deux, justement."),
    (M, "Oui, totalement, c'est le sujet de la cellule des situations complexes. Le premier jeudi du mois, ça ne bouge pas."),
    (G, "Merci. Léna, la mission locale ?"),
    (L, "Oui, bonjour à tous. Alors, trois choses. Un, le bilan de la psychologue à mi-temps, qu'on a depuis janvier 2025 : sur l'année 2025 elle a reçu 96 jeunes, dont à peu près un tiers qui habitent les quartiers prioritaires. Et la bonne nouvelle, c'est que l'ARS a accepté de passer le poste de 0,5 à 0,8 équivalent temps plein à partir d'avril, sur le fonds d'intervention régional. Deux, on a maintenant deux Promeneurs du Net à la mission locale, financés par la CAF, qui sont présents sur Instagram, Snapchat et Discord, et qui tiennent une permanence en ligne le mercredi de 17 heures à 20 heures. Et trois, euh, le public : on accompagne toujours autour de 1 900 jeunes par an, et on voit de plus en plus de jeunes qui décrochent d'une formation pour des raisons d'anxiété, c'est devenu le premier motif de rupture de parcours que nous signalent les conseillers."),
    (J, "Les Promeneurs du Net, c'est bien le dispositif national de la CAF, présence éducative en ligne ?"),
    (L, "C'est ça. Ce ne sont pas des psys, ce sont des professionnels de la jeunesse qui vont là où sont les jeunes, en ligne, et qui orientent."),
    (G, "Très bien. Nadia, les PSSM ? Attends, je vous partage le tableau de suivi des formations, ce sera plus parlant. Vous le voyez ?"),
    (L, "Oui, c'est bon, on le voit."),
    (N, "Alors je commence, coupez-moi si ça ne s'affiche pas chez vous.", 35.0),
    (N, "Alors, pour rappel on a formé 118 personnes en 2025, toutes sessions confondues, dont 106 au module jeunes. Pour 2026 l'objectif c'est 150. La session du 16 et 17 mars, la semaine prochaine, est complète, 16 inscrits, et on a une liste d'attente de neuf personnes. Donc on a ouvert une session supplémentaire les 8 et 9 juin, à la maison de quartier du Roz, à Pen ar Roz, en priorité pour les gens de la liste d'attente et pour les associations des quartiers. Et autre nouvelle : PSSM France déploie un module pour les lycéens eux-mêmes, le module ados. On aimerait un pilote au lycée de l'Odet à la rentrée de septembre, mais ça demande l'accord du proviseur et c'est une formation plus courte, donc on en reparlera."),
    (C, "Pour le lycée de l'Odet je peux faire le lien avec l'infirmière, on se voit jeudi."),
    (N, "Ah super, merci Claire."),
    (G, "Claire, justement, à toi pour le harcèlement."),
    (C, "Oui. Donc je parle pour le collège Yves-Kerguélen, où je suis, et un peu pour le bassin. Depuis la rentrée de septembre, on a traité onze situations de harcèlement dans le cadre du protocole pHARe au collège, dont quatre de cyberharcèlement. Ce qui est nouveau, c'est que les élèves ambassadeurs de pHARe repèrent beaucoup de choses, et que les situations nous arrivent plus tôt. Par contre, sur le bassin, on reste très peu nombreuses. On est à une infirmière pour à peu près 1 250 élèves, et certaines collègues ont trois établissements. Donc le temps d'écoute individuelle, il est rogné."),
    (M, "Et côté psychologues de l'Éducation nationale ?"),
    (C, "Au CIO de Kervallon ils sont six postes de psychologues de l'Éducation nationale, et il y en a un qui est vacant depuis janvier. Donc les collèges de Kerbrézel se partagent un temps réduit. C'est vraiment un point qu'il faudrait remonter à la direction académique."),
    (G, "Je le mets dans le relevé de décisions : courrier du CLSM à la DSDEN sur le poste vacant de psychologue au CIO. Yann, tu peux le co-signer ?"),
    (M, "Oui bien sûr."),
    (G, "Julien, les financements."),
    (G, "Julien ? Je crois qu'on l'a perdu. Ah, il revient.", 20.0),
    (J, "Oui. Alors côté contrat de ville, le comité de pilotage du 3 mars a validé les subventions 2026. Pour le volet santé mentale des jeunes, c'est 21 500 euros, contre 24 000 l'an dernier, donc une petite baisse, je ne vous le cache pas, liée à la baisse globale de l'enveloppe. Dedans il y a 14 000 euros pour les permanences du PAEJ dans les deux quartiers et 7 500 euros pour les ateliers écrans. Par contre bonne nouvelle, l'appel à projets 2027 ouvrira plus tôt, en septembre, et la santé mentale y sera un axe prioritaire."),
    (S, "Et pour la Fondation de France, je complète : on a reçu la deuxième tranche, 18 000 euros, pour le projet ambassadeurs bien-être. On a maintenant 24 lycéens formés dans trois lycées. Le rapport intermédiaire est à rendre à la Fondation pour le 30 juin."),
    (J, "Et la CAF ?"),
    (S, "La CAF c'est 15 000 euros cette année, c'est ce qui finance le groupe de parents, Parents d'ados parlons-en. En 2025 on a fait neuf séances, avec 71 parents différents. En 2026 ça devient mensuel, le premier mardi du mois à 18 h 30 au centre social de Kerbrézel."),
    (N, "Juste un mot sur les ateliers écrans, puisque Julien en parlait. En 2025 on a touché 260 jeunes et 85 parents, dans les deux quartiers. Et ce qui marche le mieux, ce n'est pas l'atelier où on explique aux jeunes qu'il faut décrocher, c'est celui où ils font eux-mêmes le bilan de leur temps d'écran sur une semaine, avec l'application du téléphone. Beaucoup sont surpris, certains dépassent les sept heures par jour le week-end."),
    (C, "Et au collège, depuis la rentrée, on applique le portable en pause : les téléphones sont déposés dans des casiers à l'arrivée. Honnêtement, dans la cour, on voit la différence, les élèves se parlent davantage. Par contre le soir ça ne change rien, et c'est le soir que le cyberharcèlement se passe."),
    (J, "Petite info aussi : pour les SISM 2026, la ville a retenu les dates du 5 au 18 octobre. On refait un programme jeunes, et j'aimerais qu'on ait un événement dans chacun des deux quartiers, pas seulement à Pen ar Roz."),
    (G, "Noté. On lancera l'appel à propositions pour le programme en mai. Julien, tu me renvoies les dates par écrit ?"),
    (J, "Je te fais un mail ce soir."),
    (G, "Parfait. Dernier point, le baromètre jeunesse et le guide. Pour le baromètre, le questionnaire en ligne sera ouvert du 4 mai au 19 juin. On vise 800 répondants de 11 à 25 ans, en passant par les collèges, les lycées, l'IUT et la mission locale. Les premiers résultats seraient présentés à la plénière d'automne."),
    (M, "On garde les mêmes questions qu'en 2025 sur les écrans et le sommeil ? Sinon on ne pourra pas comparer."),
    (G, "Oui, le tronc commun est identique, on ajoute juste un module sur le harcèlement en ligne. Et pour le guide orienter un jeune, la version 1 date de septembre. Je propose une version 2 pour juin, avec : les nouveaux horaires de l'antenne, les Promeneurs du Net, le module ados des PSSM, et on retire le délai de la MDA, qui bouge trop, on mettra juste le créneau sans rendez-vous. Ça vous va ?"),
    (N, "Et il faut corriger le numéro SMS du PAEJ, il y a une coquille dans la version papier."),
    (G, "Oui, bien vu. Qui veut relire ? Léna, Nadia ? OK. Bon, on est pile dans les temps. Prochaine réunion du groupe le mardi 12 mai, 14 heures, à la MDA. Je vous envoie le relevé de décisions d'ici vendredi. Merci à tous, bonne fin de journée."),
    (S, "Merci, à bientôt."),
    (L, "Merci, bonne journée."),
]


def hms(t):
    t = int(t)
    return "%d:%02d:%02d" % (t // 3600, (t % 3600) // 60, t % 60)


def main():
    rnd = random.Random(4910)
    raw = []
    for turn in TURNS:
        text = turn[1]
        pause = turn[2] if len(turn) > 2 else 0.0  # silence (partage d'écran, coupure de connexion)
        raw.append((rnd.uniform(1.5, 6.0) + pause, len(text.split()) / rnd.uniform(2.2, 2.7)))
    total = 4.0 + sum(g + d for g, d in raw[1:]) + raw[0][1]
    scale = 1210.0 / total
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Segoe UI"
    st.font.size = Pt(10)
    h = d.add_paragraph()
    r = h.add_run("GT jeunesse CLSM Kervallon – réunion mensuelle-20260310_140212-Transcription de la réunion")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("10 mars 2026, 02:02PM")
    d.add_paragraph("20m 14s")
    d.add_paragraph("")
    d.add_paragraph("Gwenaëlle Le Bihan a démarré la transcription")
    t = 4.0
    for k, ((who, text, *_), (gap, dur)) in enumerate(zip(TURNS, raw)):
        if k:
            t += gap * scale  # silence avant la prise de parole
        p = d.add_paragraph()
        rn = p.add_run(who)
        rn.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        rn.font.size = Pt(9)
        tm = p.add_run("   " + hms(t))
        tm.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        tm.font.size = Pt(9)
        d.add_paragraph(text)
        t += dur * scale
    d.add_paragraph("Gwenaëlle Le Bihan a arrêté la transcription")
    cp = d.core_properties
    cp.title = "GT jeunesse CLSM Kervallon – réunion du 10 mars 2026 – transcription"
    cp.author = "Gwenaëlle Le Bihan"
    d.save(OUT)
    print("écrit :", OUT, "— fin %s" % hms(t))


if __name__ == "__main__":
    main()
