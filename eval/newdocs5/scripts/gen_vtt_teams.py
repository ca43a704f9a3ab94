"""Teams-style WebVTT transcript: cue ids "<uuid>/<n>-0", <v Firstname Lastname> voice tags, normal
punctuation, questions read from the chat. Timing: ~150 words a minute, short gaps between cues and
longer ones at speaker changes. Writes cue starts to /tmp/newdocs5_vtt_cues.json for the question file.
"""
import json
import random
import re
import uuid
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-11-13_villes-quartiers-bretagne_cafe-ressources-gem-qpv.vtt"

NF = "Nadia Ferhat"
JC = "Julien Castaing"
ML = "Marion Le Goff"

TURNS = [
    (NF, "Bonjour à toutes et à tous, et bienvenue à ce café-ressources de Villes et Quartiers Bretagne. "
         "Je vous rappelle que la réunion est enregistrée et que la transcription sera mise en ligne avec le "
         "replay. Aujourd'hui, nous parlons des groupes d'entraide mutuelle, les GEM, et de la manière d'en "
         "ouvrir un dans un quartier prioritaire. Avec moi, Julien Castaing, coordinateur du Conseil local de "
         "santé mentale de Bréhançon, et Marion Le Goff, animatrice du GEM L'Escale, qui a ouvert dans le "
         "quartier de Kerlann. Julien, pour commencer, est-ce que tu peux nous rappeler ce qu'est un GEM ?"),
    (JC, "Oui, bien sûr. Un groupe d'entraide mutuelle, c'est une association de personnes qui vivent avec "
         "des troubles psychiques et qui se regroupent pour rompre l'isolement, s'entraider et organiser "
         "ensemble des activités. Les GEM ont été créés par la loi du 11 février 2005 sur le handicap. Ce n'est "
         "pas un lieu de soin : il n'y a ni médecin ni infirmier. Ce sont les adhérents qui décident, en "
         "assemblée générale, de ce qui se fait au GEM. Ils sont financés par l'ARS, avec des crédits de la "
         "Caisse nationale de solidarité pour l'autonomie, la CNSA."),
    (NF, "Et pourquoi un GEM à Kerlann, plutôt qu'en centre-ville ?"),
    (JC, "Bréhançon avait déjà un GEM, mais en centre-ville, à quarante minutes de bus de Kerlann. Le "
         "diagnostic du CLSM, en 2020, montrait que les habitants de Kerlann, qui est notre seul quartier "
         "prioritaire avec environ 5 300 habitants, étaient très peu présents dans ce GEM : 3 adhérents sur 52. "
         "En même temps, le bailleur et le centre social nous parlaient de personnes très isolées, qui ne "
         "sortaient presque plus de chez elles. Le groupe de travail Inclusion et citoyenneté du CLSM a donc "
         "porté l'idée d'un deuxième GEM, implanté directement dans le quartier."),
    (NF, "Concrètement, quelles ont été les étapes ?"),
    (JC, "Je dirais qu'il y a eu quatre étapes. D'abord, constituer un noyau de futurs adhérents : pendant "
         "six mois, on a réuni une douzaine de personnes chaque semaine, avec l'aide du centre social et de "
         "l'équipe du CMP. Ensuite, trouver un parrain : c'est l'association Solidarité Psy Armor, qui "
         "regroupe des familles et des usagers. Troisième étape, répondre à l'appel à candidatures de l'ARS, "
         "en septembre 2021. Et la quatrième étape, trouver un local, a été de loin la plus longue."),
    (ML, "Oui, le local, c'est un ancien commerce en pied d'immeuble de 140 mètres carrés, mis à disposition "
         "par le bailleur Armor Habitat pour un loyer de 450 euros par mois, charges comprises. Il a fallu huit "
         "mois de travaux, en partie financés par le bailleur. Le GEM a finalement ouvert ses portes en avril "
         "2022."),
    (NF, "Marion, est-ce que tu peux nous dire comment ça fonctionne aujourd'hui ?"),
    (ML, "Bien sûr. Aujourd'hui, L'Escale compte 64 adhérents, dont 38 habitent Kerlann. On accueille entre "
         "18 et 25 personnes chaque jour. Le GEM est ouvert du mardi au samedi, de 13 h 30 à 19 h, et jusqu'à "
         "21 h le jeudi pour le repas partagé. Nous sommes deux animateurs salariés, pour 1,6 équivalent temps "
         "plein. Les activités sont choisies par les adhérents : atelier cuisine, jardin partagé au pied de la "
         "tour, sorties à la mer, marche, jeux de société, et depuis cette année un atelier d'écriture. Le "
         "budget de fonctionnement est de 92 500 euros par an, versés par l'ARS. La ville ajoute une subvention "
         "de 6 000 euros pour les sorties, au titre du contrat de ville."),
    (ML, "Je voudrais ajouter une chose sur le rôle des animateurs. Notre travail, ce n'est pas de faire à la "
         "place des adhérents. C'est de les aider à porter eux-mêmes les projets. Par exemple, l'atelier "
         "cuisine est entièrement animé par deux adhérentes, qui font les courses et gèrent la caisse. Le "
         "règlement intérieur a été écrit par les adhérents et voté en assemblée générale. Il tient sur une "
         "page : pas d'alcool dans le local, respect de chacun, et ce qui se dit au GEM reste au GEM."),
    (NF, "Avant de passer aux questions du chat : Marion, qu'est-ce que ça a changé pour les adhérents, "
         "après trois ans et demi ?"),
    (ML, "En janvier 2025, les adhérents ont construit eux-mêmes un petit questionnaire, et 41 personnes y ont "
         "répondu. 33 disent qu'elles se sentent moins seules qu'avant leur arrivée au GEM. 12 ont repris une "
         "activité à l'extérieur : du bénévolat, une formation ou un emploi à temps partiel. Et plusieurs "
         "nous disent qu'elles vont moins souvent aux urgences, même si on ne peut pas le mesurer "
         "précisément. Ce qui revient le plus dans les réponses, c'est un mot : on se sent utile. Les "
         "adhérents accueillent les nouveaux, ils les accompagnent à la mairie ou à la CAF, ils se "
         "téléphonent le dimanche quand le GEM est fermé."),
    (JC, "Et du côté du CLSM, on a constaté un effet qu'on n'attendait pas : les gardiens d'immeuble "
         "d'Armor Habitat nous signalent moins de situations de crise dans les deux tours les plus proches "
         "du local. Ce n'est pas une évaluation scientifique, mais c'est un signal que le bailleur a lui-même "
         "présenté en assemblée plénière du CLSM en juin dernier."),
    (NF, "Question de Sandrine dans le chat : « Est-ce qu'il faut un diagnostic psychiatrique ou une "
         "notification de la MDPH pour adhérer à un GEM ? »"),
    (ML, "Non, et c'est une vraie question, parce que beaucoup de gens le croient. Il n'y a pas besoin de "
         "certificat médical, ni de notification de la Maison départementale des personnes handicapées. La "
         "personne vient, elle découvre le lieu, elle peut venir plusieurs fois avant de décider d'adhérer. "
         "L'adhésion coûte 10 euros par an. Ce qui compte, c'est qu'elle se reconnaisse dans le projet "
         "d'entraide."),
    (NF, "Autre question, de Mathieu : « Quelle est la différence entre le parrain et le gestionnaire ? »"),
    (JC, "Alors, le parrain, c'est une association qui soutient le GEM, qui l'aide à se structurer et qui "
         "veille au respect de l'esprit d'entraide, notamment en cas de conflit. Le gestionnaire, lui, "
         "s'occupe de la gestion administrative et financière : il emploie les animateurs, il tient la "
         "comptabilité et il reçoit la subvention tant que le GEM n'est pas autonome. À L'Escale, le parrain, "
         "c'est Solidarité Psy Armor, et le gestionnaire, c'est l'association Trajectoires. L'objectif, c'est "
         "que l'association des adhérents gère elle-même son budget ; ils visent l'autonomie en 2027."),
    (NF, "Et le CLSM, concrètement, il a servi à quoi dans tout ça ?"),
    (JC, "Il a servi à trois choses. D'abord, à légitimer le projet : c'est le comité de pilotage du CLSM qui a "
         "validé la candidature auprès de l'ARS, avec un courrier de soutien du maire. Ensuite, à faire le lien "
         "avec le bailleur, qui siège au CLSM depuis 2019 ; sans cela, nous n'aurions jamais eu ce local. Et "
         "enfin, à faire connaître le GEM : on a présenté L'Escale à tous les partenaires, et aujourd'hui un "
         "tiers des nouveaux adhérents arrivent par le centre social ou par les gardiens d'immeuble."),
    (NF, "Question de Sandrine, encore : « Est-ce qu'il y a eu des difficultés avec le voisinage ? »"),
    (ML, "Un peu, au début. Quelques voisins avaient peur, et il y a eu une pétition de 25 signatures. Nous "
         "avons organisé une journée portes ouvertes avec le bailleur et l'amicale des locataires, et ce sont "
         "les adhérents eux-mêmes qui ont présenté le lieu. Aujourd'hui, l'amicale nous prête sa salle pour les "
         "fêtes, et on tient un stand à la fête de quartier chaque mois de juin."),
    (NF, "Une question de Mathieu : « Combien de temps faut-il prévoir entre l'idée et l'ouverture ? »"),
    (JC, "Chez nous, il a fallu deux ans et demi entre le diagnostic du CLSM et l'ouverture en avril 2022. Mon "
         "conseil, c'est de ne pas sous-estimer le temps de constitution du groupe d'adhérents. C'est lui qui "
         "porte le projet, pas les professionnels. Si les futurs adhérents ne sont pas là dès le départ, "
         "l'ARS ne retiendra pas le dossier, et elle aura raison."),
    (NF, "Dernière question, anonyme : « Est-ce que les professionnels du CMP peuvent orienter quelqu'un vers "
         "le GEM ? »"),
    (ML, "Oui, et ils le font beaucoup. Le CMP de Kerlann nous envoie environ une personne par mois. Mais on "
         "demande toujours que la personne vienne d'abord en visite, accompagnée si elle le souhaite, et "
         "qu'elle choisisse elle-même d'adhérer. Le GEM ne reçoit pas de prescription, et on ne fait pas de "
         "compte rendu au soignant. C'est une règle à laquelle les adhérents tiennent beaucoup."),
    (NF, "Merci beaucoup Julien, merci Marion. Pour résumer : un GEM en quartier prioritaire, c'est d'abord "
         "un groupe d'habitants concernés, un parrain, un local trouvé avec le bailleur, et un CLSM qui fait "
         "le lien. Je rappelle que le prochain café-ressources aura lieu le 11 décembre 2025, sur les "
         "médiateurs santé dans les quartiers. Bonne fin de journée à toutes et à tous."),
]


def split_cues(text, maxw=22):
    sents = re.split(r"(?<=[.?!»])\s+(?=[A-ZÀ-ÝÉ«])", text)
    cues, cur = [], []
    for s in sents:
        w = s.split()
        if cur and len(cur) + len(w) > maxw:
            cues.append(" ".join(cur))
            cur = []
        if len(w) > maxw:  # long sentence: cut at a comma or colon near the middle
            parts = re.split(r"(?<=[,:;])\s+", s)
            for p in parts:
                pw = p.split()
                if cur and len(cur) + len(pw) > maxw:
                    cues.append(" ".join(cur))
                    cur = []
                cur.extend(pw)
        else:
            cur.extend(w)
    if cur:
        cues.append(" ".join(cur))
    return cues


def ts(t):
    ms = int(round(t * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


def main():
    rnd = random.Random(20251113)
    meeting = uuid.UUID(int=rnd.getrandbits(128), version=4)
    t = 4.2
    out = ["WEBVTT", ""]
    cues_meta = []
    n = 0
    for spk, text in TURNS:
        t += rnd.uniform(0.8, 1.6)
        seg = uuid.UUID(int=rnd.getrandbits(128), version=4)
        for i, cue in enumerate(split_cues(text)):
            n += 1
            dur = len(cue.split()) / 150 * 60 * rnd.uniform(0.95, 1.08)
            start, end = t, t + dur
            out += [f"{seg}/{n}-{i}", f"{ts(start)} --> {ts(end)}", f"<v {spk}>{cue}</v>", ""]
            cues_meta.append({"start": round(start, 3), "speaker": spk, "text": cue})
            t = end + rnd.uniform(0.1, 0.5)
    OUT.write_text("\n".join(out), encoding="utf-8")
    Path("/tmp/newdocs5_vtt_cues.json").write_text(json.dumps(cues_meta, ensure_ascii=False, indent=1))
    words = sum(len(x[1].split()) for x in TURNS)
    print("wrote", OUT, "cues", n, "words", words, "end", ts(t), meeting)


if __name__ == "__main__":
    main()
