"""Doc 1: resource-centre page presenting a webinar replay, with the transcript pasted from
YouTube's "Afficher la transcription" panel (timestamp line, caption line, alternating)."""
import html
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-04-10_quartiers-ressources-centre-est_replay-sante-mentale-contrats-de-ville.html"

# One caption per line; "||" = a pause (change of speaker, slide...), "@" = jump (editing cut).
CAPTIONS = """
bonjour à toutes et à tous et bienvenue
dans ce troisième rendez-vous du cycle les jeudis de la santé mentale
organisé par Quartiers & Ressources Centre-Est
je suis Hélène Marchal, chargée de mission au centre de ressources
aujourd'hui on parle de la place de la santé mentale
dans les nouveaux contrats de ville Engagements Quartiers 2030
vous êtes plus d'une centaine d'inscrits, merci
petite consigne vos questions c'est dans le chat
on les reprendra à la fin
j'ai le plaisir d'accueillir deux intervenants
Nadia Belkacem coordinatrice du conseil local de santé mentale
de Vauzelles-les-Forges
et Thomas Guérin, chef de projet politique de la ville
à la communauté d'agglomération de Brévannes
Nadia je te laisse la parole
||
merci Hélène bonjour à tous
alors le CLSM de Vauzelles-les-Forges a été créé en 2019
il couvre toute la commune soit environ 27 000 habitants
dont à peu près un tiers vit dans nos trois quartiers prioritaires
les Grands Champs, la Pépinière et Bel-Air
quand on a commencé à préparer le nouveau contrat de ville en 2023
on s'est appuyé sur le diagnostic local de santé
réalisé avec l'observatoire régional de santé
et ce diagnostic nous a vraiment servi de levier
par exemple aux Grands Champs
31 % des habitants interrogés déclaraient un mal-être fréquent
contre 19 % sur l'ensemble de la commune
un écart de douze points, ça parle aux élus
c'est ce chiffre qui a convaincu le comité de pilotage
d'inscrire la santé mentale parmi les quatre priorités du contrat
à côté de l'emploi de la réussite éducative
et de la tranquillité publique
je fais une parenthèse parce qu'on me pose souvent la question
le CLSM ce n'est pas la même chose que l'atelier santé ville
l'atelier santé ville, l'ASV, c'est un dispositif de la politique de la ville
centré sur la santé en général dans les quartiers
alors que le CLSM c'est une instance de concertation
présidée par le maire et co-animée avec la psychiatrie publique
qui réunit élus, soignants, usagers, familles et partenaires
sur tout le territoire communal et uniquement sur la santé mentale
chez nous les deux travaillent main dans la main
la coordinatrice ASV et moi on partage le même bureau d'ailleurs
||
alors concrètement qu'est-ce qu'on a mis dans le contrat
on a écrit trois fiches action
la première c'est un poste de médiatrice santé mentale
en adulte-relais basé au centre social des Grands Champs
elle va au-devant des habitants en bas des immeubles
et elle fait le lien avec le CMP quand c'est nécessaire
sur sa première année pleine, en 2024
elle a rencontré 212 habitants
et elle en a orienté 37 vers le CMP adultes
ce qui est important c'est que la moitié d'entre eux
n'avaient jamais eu de contact avec la psychiatrie
elle tient aussi une permanence le mardi matin
au marché de la Pépinière, sous un barnum
ça a l'air tout bête mais c'est là qu'on touche les gens
la deuxième fiche c'est la formation aux premiers secours en santé mentale
des gardiens d'immeuble et des agents d'accueil
en 2024 on a formé 24 gardiens du bailleur Habitat Val-de-Forges
et la troisième c'est un groupe de parole pour les parents
animé par une psychologue du CMP infanto-juvénile
au total les crédits politique de la ville mobilisés
représentent 18 000 euros par an pour la santé mentale
hors poste adulte-relais qui est financé à part par l'État
et ce que je retiens c'est qu'il faut être là au bon moment
si le CLSM n'est pas autour de la table quand on écrit le contrat
après c'est trop tard, les enveloppes sont déjà réparties
dernière chose, l'évaluation
on a choisi peu d'indicateurs mais on les suit vraiment
le nombre de personnes orientées vers le soin
le délai d'obtention d'un premier rendez-vous au CMP
et la participation des habitants aux actions
le délai au CMP il est passé de 11 semaines à 7 semaines
entre 2023 et 2024, grâce notamment aux entretiens infirmiers d'accueil
voilà je m'arrête là pour laisser la parole à Thomas
||
merci Nadia, bonjour à tous
moi je suis de l'autre côté de la table on va dire
je pilote le contrat de ville de l'agglomération de Brévannes
on a cinq quartiers prioritaires pour environ 62 000 habitants
et on n'a pas de CLSM intercommunal
on a deux CLSM communaux celui de Brévannes et celui de Saint-Lié
le principal outil financier c'est l'appel à projets annuel du contrat de ville
en 2025 on a financé 96 projets
dont 14 qui portent directement sur la santé mentale
pour vous donner un ordre de grandeur en 2023 il y en avait 6
donc le sujet a vraiment pris de la place
c'est lié au covid bien sûr mais aussi au travail des deux coordinateurs CLSM
qui ont accompagné les associations pour monter leurs dossiers
la date limite de dépôt chez nous c'est le 15 novembre
pour des actions qui démarrent en janvier
et on regarde trois critères
l'ancrage réel dans le quartier
la participation des habitants à la construction du projet
et le partenariat avec le CLSM ou avec le CMP du secteur
un projet santé mentale sans lien avec le soin on ne le finance plus
ça ne veut pas dire que l'association doit faire du soin
ça veut dire qu'elle sait vers qui orienter
la difficulté que je vois c'est la durée
beaucoup de projets sont financés sur un an seulement
alors on a introduit des conventions pluriannuelles
sur trois ans pour les actions qui ont fait leurs preuves
cette année quatre projets santé mentale en bénéficient
||
alors quelques conseils pour les coordinateurs qui nous écoutent
premier conseil allez voir le délégué du préfet
c'est lui qui porte la parole de l'État dans le contrat
et souvent il ne connaît pas bien le CLSM
deuxième conseil demandez à siéger au comité technique du contrat de ville
c'est là que les projets sont vraiment discutés
troisième conseil n'arrivez pas avec un projet tout ficelé
arrivez avec un constat partagé, des chiffres du diagnostic
et laissez les associations du quartier se l'approprier
et enfin pensez au PTSM
le projet territorial de santé mentale du département
parce que si votre action figure aussi dans le PTSM
c'est un argument de plus pour l'ARS et pour la préfecture
||
merci Thomas on passe aux questions il y en a beaucoup dans le chat
première question pour Nadia comment est financé ton poste de coordinatrice
alors mon poste est financé à 50 % par l'ARS
à 30 % par la ville
et à 20 % par les crédits politique de la ville
c'est un montage assez classique en fait
deuxième question est-ce que les conseils citoyens sont associés
oui depuis 2024 deux membres du conseil citoyen des Grands Champs
siègent au comité de pilotage du CLSM
au début c'était un peu intimidant pour eux
maintenant ce sont eux qui proposent les thèmes des réunions publiques
Thomas une question pour toi
qu'est-ce qu'on fait si le délégué du préfet ne connaît pas du tout le sujet
je dirais invitez-le à la plénière du CLSM
c'est souvent là qu'il découvre tout le réseau
et envoyez-lui la fiche repère du centre de ressources
sur santé mentale et politique de la ville, elle est très bien faite
une dernière question, est-ce qu'on peut financer de la psychothérapie avec les crédits politique de la ville
non, les crédits politique de la ville ne financent pas le soin
ils financent la prévention, l'accès aux droits, l'aller-vers
le soin relève de l'assurance maladie et de l'ARS
par contre vous pouvez financer un temps de psychologue
qui fait de la prévention, des groupes de parole, de l'orientation
c'est ce qu'on fait avec le groupe de parole des parents
encore une question, est-ce que ça marche aussi dans les quartiers de veille active
oui en partie, les quartiers sortis de la géographie prioritaire
peuvent encore bénéficier de certains crédits, mais c'est au cas par cas
le mieux c'est d'en parler avec le délégué du préfet
||
merci à tous les deux c'est passionnant
je rappelle que le prochain jeudi de la santé mentale aura lieu le 15 mai
sur le thème logement et santé mentale
avec le bailleur Habitat Val-de-Forges justement
vous recevrez le questionnaire de satisfaction par mail
bonne fin de journée à tous
"""


def fmt(sec: int) -> str:
    m, s = divmod(sec, 60)
    if m >= 60:
        h, m = divmod(m, 60)
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}"


def timed():
    t = 3
    out = []
    for line in CAPTIONS.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line == "||":
            t += 5
            continue
        out.append((t, line))
        words = len(line.split())
        t += max(2, round(words / 2.2))
    return out, t


def main():
    caps, end = timed()
    lines = []
    for t, c in caps:
        lines.append(f'      <p class="yt-ts">{fmt(t)}</p>')
        lines.append(f"      <p>{html.escape(c, quote=False)}</p>")
    transcript = "\n".join(lines)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Replay – Santé mentale et contrats de ville : retours d'expérience | Quartiers &amp; Ressources Centre-Est</title>
  <meta name="description" content="Replay du webinaire du 10 avril 2025 du cycle « Les jeudis de la santé mentale ».">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Quartiers &amp; Ressources Centre-Est</a>
    <nav>
      <ul>
        <li><a href="/le-centre/">Le centre</a></li>
        <li><a href="/thematiques/">Thématiques</a></li>
        <li><a href="/agenda/">Agenda</a></li>
        <li><a href="/ressources/">Ressources</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/ressources/">Ressources</a> › <a href="/ressources/replays/">Replays</a> › Santé mentale et contrats de ville</nav>
  <main>
    <article>
      <h1>Replay : santé mentale et contrats de ville, retours d'expérience</h1>
      <p class="meta">Webinaire du jeudi 10 avril 2025 – cycle « Les jeudis de la santé mentale » n° 3 – version montée de {end // 60} minutes</p>
      <div class="video">
        <iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/q7RzX2vLk0E" title="Santé mentale et contrats de ville – QRCE" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>
      </div>
      <p>Comment faire une place à la santé mentale dans les contrats de ville « Engagements Quartiers 2030 » ? Une coordinatrice de CLSM et un chef de projet politique de la ville croisent leurs regards : diagnostic, fiches action, appel à projets, conseils pour entrer dans les instances du contrat.</p>
      <h2>Intervenants</h2>
      <ul>
        <li>Nadia Belkacem, coordinatrice du CLSM de Vauzelles-les-Forges</li>
        <li>Thomas Guérin, chef de projet politique de la ville, communauté d'agglomération de Brévannes</li>
        <li>Animation : Hélène Marchal, chargée de mission, Quartiers &amp; Ressources Centre-Est</li>
      </ul>
      <h2>Pour aller plus loin</h2>
      <ul>
        <li><a href="/ressources/fiche-repere-sante-mentale-politique-de-la-ville.pdf">Fiche repère « Santé mentale et politique de la ville » (PDF, 1,2 Mo)</a></li>
        <li><a href="/agenda/jeudi-sante-mentale-4-logement/">Prochain rendez-vous : logement et santé mentale</a></li>
      </ul>
      <h2>Transcription</h2>
      <p class="note">Transcription automatique copiée depuis YouTube, non relue. L'intégralité du webinaire (1 h) est disponible sur demande.</p>
      <div class="transcription">
{transcript}
      </div>
    </article>
  </main>
  <footer>
    <p>Quartiers &amp; Ressources Centre-Est – centre de ressources politique de la ville Bourgogne-Franche-Comté – 8 avenue Carnot, 25000 Besançon</p>
    <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/newsletter/">Lettre d'information</a></p>
  </footer>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")
    for t, c in caps:
        print(t, fmt(t), c)


if __name__ == "__main__":
    main()
