# -*- coding: utf-8 -*-
"""Sous-titres SRT exportés de Webex : matinée régionale « Emploi et santé mentale dans les quartiers » (9 juin 2026).

Forme imitée d'un export de transcription Webex ouvert puis réenregistré sous Windows :
- encodage Windows-1252 (apostrophes typographiques ’, guillemets « », œ, €), fins de ligne CRLF ;
- chaque repère commence par « Prénom Nom (Organisation) : » ; repères de 10 à 16 mots coupés en deux lignes ;
- espaces insécables à la française (avant « : », dans les guillemets, « 9 h 30 ») ;
- chiffres écrits tantôt en chiffres, tantôt en lettres, comme la reconnaissance vocale de Webex les rend.
"""
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-06-09_rqvl_matinee-regionale-emploi-sante-mentale-quartiers.srt")

CD = "Claire Dumontet (RQVL)"
SO = "Sandrine Oliveira (France Travail)"
HV = "Hélène Vasseur (CH des Ormeaux)"
FA = "Farid Amrani (Ressourcerie La Navette)"
YR = "Yannick Roux (GEM L’Escale)"
MB = "Martine Brossard (Ville de Montargeuil)"

TURNS = [
    (CD, "Bonjour à toutes et à tous, je crois qu’on peut commencer. Bienvenue à cette matinée régionale « Emploi et santé mentale dans les quartiers », organisée par Ressources Quartiers Val de Loire avec la Plateforme régionale de l’emploi accompagné. Nous avons cinquante-huit inscrits ce matin et onze CLSM de la région sont représentés, ce qui est une très belle participation."),
    (CD, "Le principe de la matinée : cinq interventions courtes, puis vos questions. Je rappelle que la réunion est enregistrée et que la transcription sera mise en ligne avec la synthèse écrite. Je donne tout de suite la parole à Sandrine Oliveira, directrice de l’agence France Travail de Montargeuil-Grands-Clos."),
    (SO, "Merci Claire, bonjour à tous. Alors pour situer, dans notre agence, mille huit cent cinquante demandeurs d’emploi inscrits résident dans les deux quartiers prioritaires, les Grands-Clos et Bel-Air des Sablons. C’est à peu près un tiers de notre portefeuille."),
    (SO, "Quand on interroge les conseillers, ils estiment qu’environ un demandeur sur cinq parmi ces habitants évoque une difficulté de santé psychique. Ce n’est pas un diagnostic, c’est ce que les gens nous disent : le stress, la fatigue, l’anxiété, parfois un suivi au CMP."),
    (SO, "Depuis janvier 2026, nous avons dans l’agence deux conseillers référents santé mentale. Ils ont suivi la formation premiers secours en santé mentale et une journée d’immersion au centre hospitalier des Ormeaux. Leur rôle, c’est d’appuyer leurs collègues et de faire le lien avec le dispositif Tremplin."),
    (SO, "Grâce à ce lien, le délai entre le moment où un conseiller repère le besoin et le premier rendez-vous avec un job coach est passé à quinze jours, alors qu’il fallait compter plus d’un mois l’an dernier. Notre objectif pour 2026, c’est d’orienter trente personnes vers Tremplin."),
    (CD, "Merci Sandrine. Docteur Hélène Vasseur, vous êtes psychiatre, cheffe du pôle de psychiatrie adulte du centre hospitalier des Ormeaux. Comment l’équipe de soins travaille-t-elle avec les job coachs ?"),
    (HV, "Bonjour. Je dirais d’abord une chose simple : pour beaucoup de nos patients, le travail fait partie du soin. Pendant longtemps on a dit « d’abord on stabilise, ensuite on verra pour le travail ». Les études sur la méthode IPS montrent que ce n’est pas la bonne séquence."),
    (HV, "Concrètement, les job coachs d’Élan Travail ont un bureau au CMP des Grands-Clos deux demi-journées par semaine. Et nous avons une réunion de synthèse tous les mardis matin, avec les infirmiers, le psychiatre référent et le job coach, pour parler des personnes qui sont dans le dispositif."),
    (HV, "Le job coach ne reçoit pas le dossier médical, bien sûr. On échange seulement ce que la personne a accepté qu’on partage, et cela est écrit dans un document d’accord signé au début de l’accompagnement."),
    (HV, "Parmi les personnes accompagnées, les troubles les plus fréquents sont les troubles anxieux et dépressifs, puis les troubles psychotiques, dont la schizophrénie, et les troubles bipolaires. Et je tiens à le dire : nous avons des personnes avec une schizophrénie qui travaillent aujourd’hui en CDI."),
    (CD, "Merci. On passe maintenant du côté des employeurs avec Farid Amrani, directeur de la Ressourcerie La Navette, qui est un atelier et chantier d’insertion."),
    (FA, "Bonjour à tous. La Navette, c’est une ressourcerie : on collecte, on répare et on revend des objets et des meubles. Nous avons dix-huit salariés en insertion, en CDDI de vingt-six heures par semaine, et quatre encadrants techniques."),
    (FA, "Sur ces dix-huit salariés, cinq sont suivis en psychiatrie, et sans doute d’autres qui ne l’ont pas dit. Ce qu’on a appris, c’est que des petits aménagements changent tout. Par exemple on a décalé le démarrage de la journée à 9 h 30 au lieu de 8 h, parce que les traitements rendent les matins difficiles."),
    (FA, "On a aussi mis en place un tuteur pour chaque nouveau salarié pendant les trois premiers mois. Et on a un temps d’échange le vendredi, où chacun peut dire comment s’est passée sa semaine."),
    (FA, "En 2025, notre taux de sorties dynamiques, c’est-à-dire les personnes qui partent vers un emploi ou une formation, a été de cinquante-huit pour cent. Et quatre personnes sont passées de La Navette à un emploi en entreprise avec l’appui d’un job coach de Tremplin. Pour nous, c’est la passerelle qui manquait."),
    (CD, "Merci Farid. Yannick Roux, vous êtes médiateur de santé pair au CLSM de Vierzelles et membre du GEM L’Escale. Vous vouliez partager votre parcours ?"),
    (YR, "Oui, bonjour. Alors j’ai été hospitalisé en 2017, pour un trouble bipolaire. Pendant quatre ans je n’ai pas travaillé. On me disait que ce n’était pas le moment, que je n’étais pas prêt. Moi je voulais retravailler, mais personne ne m’en parlait."),
    (YR, "En 2021, j’ai repris un travail à mi-temps dans une librairie, avec l’aide d’une conseillère qui a pris le temps. Aujourd’hui je suis médiateur de santé pair, et je peux dire aux personnes que c’est possible, parce que je l’ai vécu."),
    (YR, "Au GEM L’Escale, nous avons soixante-trois adhérents. Depuis l’automne dernier on co-anime avec le CLSM de Vierzelles un atelier qui s’appelle « Parler de sa santé au travail ». On y prépare ensemble les entretiens d’embauche et on s’entraîne à répondre aux questions gênantes."),
    (YR, "Si je devais garder un mot, ce serait la confiance. La confiance de la personne en elle-même, et la confiance des professionnels dans la personne. Quand un conseiller croit que vous pouvez travailler, ça change tout."),
    (CD, "Merci beaucoup Yannick. Pour terminer les interventions, Martine Brossard, adjointe au maire de Montargeuil chargée de la santé et de la cohésion sociale."),
    (MB, "Merci. Je voudrais dire que la ville ne se contente pas de soutenir, elle veut aussi donner l’exemple comme employeur. Le maire a signé le 2 juin 2026 la charte « Employeurs engagés pour la santé mentale », et la ville recrutera en 2027 deux agents accompagnés par Tremplin, dans les espaces verts et à la médiathèque."),
    (MB, "Deuxième point, la mobilité. Vous avez été nombreux à nous alerter sur la zone d’activités des Noues. À partir du 1er septembre 2026, la ligne 12 du réseau de bus partira à 5 h 40 et desservira la zone des Noues dès 6 h. C’est une décision de l’agglomération, et c’est le CLSM qui a porté cette demande."),
    (MB, "Enfin, la ville augmente sa participation au financement de Tremplin, qui passe de trente mille à quarante mille euros en 2026 au titre de la politique de la ville."),
    (CD, "Merci Martine. On a quelques minutes pour les questions. Une question dans le chat pour Yannick : comment le GEM a-t-il été associé au CLSM de Vierzelles ?"),
    (YR, "Le GEM siège à l’assemblée plénière du CLSM depuis sa création, et depuis 2025 il co-pilote la commission emploi avec la mission locale. Ce n’est pas un strapontin : on a une voix comme les autres membres."),
    (CD, "Une question pour Sandrine : est-ce que les référents santé mentale existent dans toutes les agences France Travail de la région ?"),
    (SO, "Non, pas encore. C’est une expérimentation dans trois agences du Loiret, dont la nôtre. Un bilan est prévu à la fin de l’année, et si c’est concluant, la direction régionale envisage de l’étendre en 2027."),
    (CD, "Et une dernière question pour le docteur Vasseur : que se passe-t-il si la personne fait une rechute pendant qu’elle est en emploi ?"),
    (HV, "C’est justement là que le soutien sans limite de durée est important. Le job coach reste en contact avec l’employeur, avec l’accord de la personne, on peut organiser un arrêt, puis une reprise progressive. Une rechute n’est pas un échec du parcours."),
    (CD, "Merci à toutes et à tous. Je vous rappelle que le prochain comité de pilotage régional de l’emploi accompagné aura lieu le 22 septembre 2026 à Orléans. La synthèse de la matinée vous sera envoyée d’ici la fin du mois de juin. Très bonne journée."),
]

SEC_PER_WORD = 0.72


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


NBSP = "\u00a0"


def typo(text):
    """Espaces insécables à la française (avant : ; ? !, dans les guillemets, dans « 9 h 30 »), comme Webex les rend."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP)
    text = re.sub(r"(\d) h( \d\d)?", lambda m: m.group(1) + NBSP + "h" + (NBSP + m.group(2)[1:] if m.group(2) else ""), text)
    return text


def main():
    t = 4.0
    blocks = []
    starts = []
    for speaker, text in TURNS:
        text = typo(text)
        words = text.split(" ")
        starts.append((t, speaker, text[:50]))
        i = 0
        while i < len(words):
            n = 14
            chunk = words[i:i + n]
            if len(words) - (i + n) < 5:
                chunk = words[i:]
            i += len(chunk)
            dur = len(chunk) * SEC_PER_WORD + 0.6
            body = "%s : %s" % (speaker, " ".join(chunk))
            lines = textwrap.wrap(body, 60, break_on_hyphens=False)
            blocks.append((t, t + dur, lines))
            t += dur + 0.15
        t += 6.0
    out = []
    for n, (a, b, lines) in enumerate(blocks, 1):
        out.append(str(n))
        out.append("%s --> %s" % (ts(a), ts(b)))
        out.extend(lines)
        out.append("")
    data = "\r\n".join(out) + "\r\n"
    with open(OUT, "wb") as f:
        f.write(data.encode("cp1252"))
    print(OUT, "durée %.0f s, %d repères" % (t, len(blocks)))
    for s, sp, txt in starts:
        print("%7.1f %s | %s" % (s, sp, txt))


if __name__ == "__main__":
    main()
