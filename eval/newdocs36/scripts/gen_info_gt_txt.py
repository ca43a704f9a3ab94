# -*- coding: utf-8 -*-
"""Génère la lettre d'information n° 5 (février 2026) du groupe de travail « Santé mentale et exil » du CLSM de
Sarrelmont, telle qu'enregistrée depuis un client de messagerie en texte brut (.txt).

Particularités voulues : en-têtes de courriel, corps coupé à 72 colonnes, rubriques numérotées en capitales,
liste de dates à tirets avec retrait suspendu, bloc de signature après « -- », mention écologique, message
transféré (en-têtes « Sujet / Date / De / Pour ») avec sa propre liste et sa signature, pied de liste de
diffusion. Tout est inventé (personnes, structures, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-10_clsm-sarrelmont_info-gt-exil-n5.txt")
WIDTH = 72

HEADERS = """From: Amandine Wetzel <clsm@sarrelmont.example>
To: gt-sante-mentale-exil@listes.sarrelmont.example
Date: Tue, 10 Feb 2026 09:12:44 +0100
Subject: [GT Exil] Info n°5 - février 2026 : agenda, interprétariat,
 médiateurs pairs
Content-Type: text/plain; charset=UTF-8"""

# « P: » paragraphe ; « T: » titre de rubrique ; « -: » élément de liste ; « R: » ligne brute (non coupée)
BODY = [
    "R:Bonjour à toutes et à tous,",
    "P:Voici la cinquième lettre d'information du groupe de travail « Santé mentale et exil » du conseil local de "
    "santé mentale (CLSM). Au sommaire : retour sur la plénière, nouveaux médiateurs pairs, nouveaux tarifs "
    "d'interprétariat, groupe de parole pour femmes exilées et agenda du premier semestre.",
    "T:1. RETOUR SUR LA PLÉNIÈRE DU 29 JANVIER",
    "P:Merci aux 74 participants de la séance plénière du CLSM. Le diaporama du bilan 2025 est en ligne sur "
    "sante-mentale.sarrelmont.example/exil. Deux chiffres à retenir : la consultation Escale a suivi 342 patients "
    "en 2025, et son délai de premier rendez-vous est descendu à 5,5 semaines au dernier trimestre. L'objectif "
    "2026 reste de passer sous les 4 semaines.",
    "P:La plénière a validé deux priorités pour 2026 : le financement d'un temps de psychologue pour l'HUDA du Relais "
    "des Deux Rives, et l'extension de la permanence avancée de la PASS psy au quartier Bellevue, à partir du jeudi "
    "2 avril 2026, un jeudi sur deux de 14 h à 17 h, à la maison de quartier.",
    "T:2. DEUX NOUVEAUX MÉDIATEURS PAIRS",
    "P:Depuis le lundi 2 février 2026, l'équipe de Pairs & Passerelles accueille deux nouveaux médiateurs pairs, "
    "Abdi (somali) et Arben (albanais). Ils sont donc désormais huit et couvrent huit langues. Pour demander un "
    "accompagnement : 06 99 00 73 28, ou la permanence du mercredi après-midi, 4 rue de la Fonderie.",
    "P:Rappel : les médiateurs pairs accompagnent vers le soin ; ils ne remplacent pas un interprète en "
    "consultation.",
    "T:3. INTERPRÉTARIAT : CE QUI CHANGE AU 1ER MARS",
    "P:Interlangues Grand Est nous informe d'une hausse de ses tarifs au 1er mars 2026 (voir le message transféré "
    "ci-dessous). Bonne nouvelle en contrepartie : l'ARS a reconduit pour 2026 le fonds mutualisé d'interprétariat "
    "du CLSM, et le droit de tirage de chaque structure signataire passe de 40 à 50 heures par an. Les structures "
    "qui n'ont pas encore signé la convention 2026 doivent la retourner avant le vendredi 27 février 2026.",
    "T:4. UN GROUPE DE PAROLE POUR FEMMES EXILÉES",
    "P:Un groupe de parole réservé aux femmes ouvrira au CADA Les Deux Rives le jeudi 16 avril 2026, puis se réunira "
    "tous les quinze jours de 14 h à 15 h 30. Il sera co-animé par une psychologue d'Escale et une médiatrice paire, "
    "avec une interprète en dari et une interprète en arabe. Une garde d'enfants est prévue sur place. Douze places ; "
    "les orientations se font auprès de Manon Steiner, référente santé du Relais des Deux Rives (03 99 00 51 14).",
    "T:5. AGENDA DU PREMIER SEMESTRE 2026",
    "-:mardi 3 mars 2026, 14 h - 16 h 30 : réunion du groupe de travail, maison de quartier Bellevue (salle 2)",
    "-:jeudi 19 et vendredi 20 mars 2026 : formation « Accueillir et accompagner en contexte transculturel », "
    "session 1, IRTS Argonne-Sarre (complet, liste d'attente)",
    "-:jeudi 2 avril 2026 : première permanence de la PASS psy à Bellevue",
    "-:mardi 14 avril 2026, 9 h - 12 h 30 : atelier « Travailler avec un interprète » (16 places), direction de la "
    "santé publique",
    "-:jeudi 16 avril 2026 : ouverture du groupe de parole pour femmes exilées",
    "-:mardi 5 mai 2026, 14 h - 16 h 30 : réunion du groupe de travail",
    "-:jeudi 11 et vendredi 12 juin 2026 : formation transculturelle, session 2, IRTS Argonne-Sarre",
    "-:samedi 20 juin 2026 : Journée mondiale des réfugiés, stand du CLSM au parc de la Fonderie",
    "P:Inscriptions aux formations et à l'atelier : répondez simplement à ce message en indiquant vos nom, structure "
    "et fonction. Les formations sont gratuites pour les structures membres du CLSM.",
    "R:Belle journée à toutes et à tous,",
    "R:Amandine",
]

SIGNATURE = """-- 
Amandine Wetzel
Coordinatrice du conseil local de santé mentale (CLSM)
Ville de Sarrelmont - Direction de la santé publique
2 place de l'Hôtel-de-Ville, Sarrelmont
Tél. 03 99 00 12 35 | Port. 06 99 00 48 17
clsm@sarrelmont.example | sante-mentale.sarrelmont.example

Pensez à l'environnement avant d'imprimer ce message."""

FORWARD_HEAD = """-------- Message transféré --------
Sujet : Évolution de nos tarifs au 1er mars 2026
Date : Mon, 2 Feb 2026 16:05:31 +0100
De : Interlangues Grand Est <contact@interlangues-ge.example>
Pour : clsm@sarrelmont.example"""

FORWARD = [
    "R:Madame la Coordinatrice,",
    "P:Après trois années sans augmentation, notre conseil d'administration a voté une revalorisation de nos tarifs, "
    "rendue nécessaire par la hausse de nos charges et par l'effort de formation continue de nos interprètes. À "
    "compter du 1er mars 2026 :",
    "*:interprétariat sur place : 54 € TTC de l'heure (au lieu de 52 €), toute heure commencée étant due ; minimum "
    "facturé : une heure ;",
    "*:interprétariat par téléphone : 38 € TTC de l'heure (au lieu de 36 €), facturé par tranche de 15 minutes ;",
    "*:déplacement hors de l'agglomération : forfait de 15 € ;",
    "*:annulation moins de 24 heures à l'avance : la prestation est facturée.",
    "P:Les délais de réservation restent inchangés : 48 heures ouvrées pour un interprète sur place, 5 jours ouvrés "
    "pour les langues rares (tigrinya, pachto, somali, amharique). Nous proposons désormais l'interprétariat par "
    "visioconférence, au tarif du téléphone.",
    "P:Nous restons à votre disposition pour en parler et vous remercions de votre confiance.",
    "R:Bien cordialement,",
    "R:Sophie Lamberti\nResponsable de la planification\nInterlangues Grand Est\n03 99 00 84 60",
]

LIST_FOOTER = """_______________________________________________
Liste gt-sante-mentale-exil@listes.sarrelmont.example
Vous recevez ce message car vous êtes membre du groupe de travail
« Santé mentale et exil » du CLSM de Sarrelmont.
Se désinscrire : https://listes.sarrelmont.example/desinscription"""


NB = "\u00a0"


def tie(txt):
    """Espaces insécables (typographie française) pendant la coupure, rendues ensuite en espaces ordinaires."""
    txt = re.sub(r" ([:;?!»€%])", NB + r"\1", txt)
    txt = txt.replace("« ", "«" + NB)
    for _ in range(3):
        txt = re.sub(r"(\d) (\d)", r"\1" + NB + r"\2", txt)
    txt = re.sub(r"(\d) h\b", r"\1" + NB + "h", txt)
    txt = re.sub(r"\bh (\d)", "h" + NB + r"\1", txt)
    return txt


def wrap(txt, width, **kw):
    return [ln.replace(NB, " ") for ln in textwrap.wrap(tie(txt), width, break_on_hyphens=False, **kw)]


def render(items, quote=""):
    out = []
    for it in items:
        kind, txt = it[:2], it[2:]
        if kind == "R:":
            out += txt.split("\n")
        elif kind == "T:":
            out += [txt, "-" * len(txt)]
        elif kind == "P:":
            out += wrap(txt, WIDTH - len(quote))
        elif kind in ("-:", "*:"):
            bullet = "- " if kind == "-:" else "  * "
            out += wrap(txt, WIDTH - len(quote), initial_indent=bullet, subsequent_indent=" " * len(bullet))
            continue  # pas de ligne vide entre les éléments de liste
        out.append("")
    return out


def main():
    lines = HEADERS.split("\n") + [""]
    lines += render(BODY)
    lines += SIGNATURE.split("\n") + ["", ""]
    lines += FORWARD_HEAD.split("\n") + [""]
    lines += render(FORWARD)
    lines += LIST_FOOTER.split("\n")
    # une ligne vide après chaque liste
    fixed = []
    for i, ln in enumerate(lines):
        fixed.append(ln)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ln.startswith(("- ", "  * ", "    ", "  ")) and ln.strip() and nxt and not nxt.startswith(
                ("- ", "  * ", "  ")):
            fixed.append("")
    text = "\n".join(fixed).rstrip() + "\n"
    for ln in text.split("\n"):
        assert len(ln) <= WIDTH, ln
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
