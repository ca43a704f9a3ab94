# -*- coding: utf-8 -*-
"""Génère la transcription texte brut (sans horodatage) d'un entretien radio : Radio Val d'Orsane, « Le Journal
des champs », jeudi 2 avril 2026, avec le Dr Simon Delpeuch ; étiquettes d'orateur en majuscules
(« JOURNALISTE : », « Dr DELPEUCH : », « AUDITEUR : »), indications entre crochets (jingle, rires),
paragraphes longs, oralité conservée."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-04-02_radio-val-dorsane_journal-des-champs-dr-delpeuch.txt")

TEXT = """RADIO VAL D'ORSANE — 101.3 FM
« Le Journal des champs » — jeudi 2 avril 2026, 12 h 15
Invité : Dr Simon Delpeuch, médecin généraliste, coordinateur de la maison de santé pluriprofessionnelle (MSP) du Haut-Lauzière, à Chanteloube
Présentation : Camille Ferrand
Transcription réalisée par la rédaction, relue par l'invité. Les passages musicaux et la météo agricole ne sont pas transcrits.

[Jingle]

JOURNALISTE : Bonjour à toutes et à tous, et bienvenue dans le Journal des champs. Aujourd'hui on parle d'un sujet qu'on n'aborde pas assez souvent à l'antenne : le moral des agriculteurs. La sécheresse de l'été dernier, le prix de l'agneau, les dettes... beaucoup d'entre vous nous écrivent que ça ne va pas fort. Pour en parler, j'ai le plaisir de recevoir le docteur Simon Delpeuch, médecin généraliste à Chanteloube. Bonjour docteur.

Dr DELPEUCH : Bonjour Camille, bonjour à tous.

JOURNALISTE : Vous êtes médecin à la maison de santé du Haut-Lauzière. Pour ceux qui ne connaissent pas, c'est quoi, une maison de santé ?

Dr DELPEUCH : Alors une MSP, une maison de santé pluriprofessionnelle, c'est plusieurs professionnels qui travaillent ensemble sur un même projet de santé. Chez nous, à Chanteloube, on est quatre médecins généralistes, une infirmière en pratique avancée, une IPA, six infirmiers, deux kinés. On suit à peu près 7 800 patients comme médecin traitant. Et sur ces patients, il y a environ 18 % de gens du monde agricole : des exploitants, des conjoints, des salariés, des retraités aussi.

JOURNALISTE : 18 %, c'est beaucoup.

Dr DELPEUCH : C'est un territoire d'élevage, donc oui. Et ce sont des patients qu'on voit peu, justement. Un agriculteur, il vient quand il s'est coupé, quand il a mal au dos, pour le renouvellement de la tension. Il ne vient pas en disant « docteur, je suis déprimé ». Ça, presque jamais.

JOURNALISTE : Alors comment vous faites pour repérer que ça ne va pas ?

Dr DELPEUCH : Souvent c'est la consultation pour le dos qui en cache une autre. Moi j'ai pris l'habitude de poser deux ou trois questions systématiquement : comment vous dormez, est-ce que vous arrivez encore à prendre un jour de repos, et l'alcool, combien de verres par jour. Et là, parfois, ça s'ouvre. Quand ça s'ouvre, je prends le temps : on a mis en place à la MSP une consultation longue, de 40 minutes, qu'on peut proposer dans la semaine. Et puis il y a les proches. Beaucoup de signalements viennent des épouses, qui m'appellent en disant « il ne sait pas que je vous appelle ».

JOURNALISTE : Depuis l'automne, vous avez une psychologue à la maison de santé. Ça a changé quoi ?

Dr DELPEUCH : Énormément. Avant, le premier psychologue était à trois quarts d'heure de route. Vous imaginez demander à un éleveur de faire une heure et demie aller-retour, en pleine période de vêlage, pour aller parler de lui ? Ça ne marchait pas. Depuis le 2 octobre 2025, Laure Vigouroux, qui est psychologue, tient une permanence chez nous le jeudi, toute la journée. Et depuis janvier, elle est aussi à Mourèze-les-Bois le mardi matin, à la maison France services. Les six premières séances sont prises en charge par la MSA quand le patient est orienté par la cellule.

JOURNALISTE : Justement, la cellule de la MSA, vous travaillez avec elle ?

Dr DELPEUCH : Tout le temps. La cellule pluridisciplinaire de prévention du mal-être agricole, c'est un peu la plaque tournante. Moi je peux lui signaler quelqu'un, avec son accord, et une travailleuse sociale va le rappeler, regarder avec lui le remplacement, les dettes, les papiers. Ils ont reçu 163 signalements l'année dernière dans le département, c'est une hausse de 38 % en un an. Ça ne veut pas forcément dire que ça va plus mal, ça veut dire aussi qu'on repère mieux.

JOURNALISTE : Et quand c'est plus grave ? Quand quelqu'un a besoin de soins psychiatriques ?

Dr DELPEUCH : Là on a une vraie chance sur notre territoire, c'est l'équipe mobile de psychiatrie rurale du CHS Sainte-Lucie. Ce sont une psychiatre et deux infirmiers qui vont à domicile, à la ferme. Et ça, ça change tout, parce que beaucoup d'agriculteurs n'iraient jamais au CMP. Pour nous médecins, il y a une ligne directe réservée aux médecins, le 04 99 00 66 15 : j'appelle, j'explique la situation, et ils passent en cinq jours en moyenne, c'était leur délai l'an dernier. En urgence, bien sûr, c'est le 15.

JOURNALISTE : On a un auditeur en ligne. Gérard, bonjour, vous nous appelez de Laubarède ?

AUDITEUR : Oui bonjour. Voilà, moi c'est pour mon voisin. Il est éleveur, il a à peu près mon âge, et depuis l'hiver il ne sort plus. Il ne vient plus au marché, il ne répond plus au téléphone, ses bêtes sont encore dedans alors qu'on est en avril. Je ne sais pas quoi faire, j'ai peur de me mêler de ce qui ne me regarde pas.

Dr DELPEUCH : Merci Gérard, c'est exactement le genre de situation dont il faut parler. D'abord, vous ne vous mêlez pas de ce qui ne vous regarde pas : vous êtes son voisin, vous êtes peut-être la personne la mieux placée. Allez le voir, tout simplement. Pas pour lui faire la leçon, juste pour lui dire que vous vous faites du souci. Et si vous sentez qu'il va très mal, vous pouvez appeler Terre d'Écoute, le 04 99 00 31 31, c'est ouvert jour et nuit, et ils vous aideront à savoir quoi faire. Vous pouvez aussi appeler la cellule de la MSA, ou son médecin traitant. Et s'il parle de mourir, s'il vous dit qu'il a un fusil prêt, vous n'attendez pas : c'est le 15.

AUDITEUR : D'accord. Merci docteur. Je vais y aller ce soir.

JOURNALISTE : Merci Gérard. Docteur, une question qu'on nous pose souvent : le remplacement. Un éleveur épuisé qui voudrait souffler quelques jours, il fait comment ?

Dr DELPEUCH : Il y a l'aide au répit de la MSA. Le Service de remplacement envoie un agent qui fait la traite, les soins aux animaux, et l'exploitant paie 15 euros par jour. Et une bonne nouvelle : depuis le 1er janvier 2026, c'est jusqu'à 12 jours par an, contre 10 avant. C'est une demande qu'on avait portée avec le CLSM, et le conseil d'administration de la MSA l'a acceptée en décembre. Mais je vais être honnête avec vous, le problème n'est pas seulement l'argent, c'est qu'il faut accepter de lâcher la ferme. Ça, c'est le plus dur.

JOURNALISTE : Et vous, les médecins, vous tenez le coup ? On parle beaucoup de déserts médicaux.

Dr DELPEUCH : [rires] C'est gentil de demander. Franchement, c'est tendu. Le canton de Mourèze-les-Bois n'a plus qu'un seul médecin depuis le départ à la retraite du docteur Pagès en décembre 2025. Nous à Chanteloube, on a repris une partie de ses patients, mais on ne peut pas tout absorber. C'est pour ça que l'équipe mobile et les IPA, c'est indispensable.

JOURNALISTE : Un dernier mot pour nos auditeurs agriculteurs qui nous écoutent en ce moment, peut-être dans le tracteur ?

Dr DELPEUCH : Juste ça : demander de l'aide, ce n'est pas une faiblesse. Vous faites réparer votre tracteur quand il est en panne, vous faites venir le véto quand une bête est malade. Vous avez le droit de prendre soin de vous aussi. Et il existe des gens autour de vous, des groupes comme Paysans Debout, où on peut parler entre agriculteurs, sans jugement.

JOURNALISTE : Merci docteur Simon Delpeuch. Je rappelle les numéros : Terre d'Écoute, 04 99 00 31 31, jour et nuit, et la cellule de la MSA Orsane-Cévenne, 04 99 00 52 10. Tout de suite, la météo agricole.

[Jingle — fin de la transcription]
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(TEXT)
print("écrit", OUT)
