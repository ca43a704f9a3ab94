# -*- coding: utf-8 -*-
"""Export « Exporter la discussion » (sans médias) d'un groupe WhatsApp sur Android, en français :
« JJ/MM/AAAA HH:MM - Nom: message », messages sur plusieurs lignes sans préfixe, messages système
(chiffrement, création du groupe, ajouts), « <Médias omis> », « Ce message a été supprimé »,
« <Ce message a été modifié> », sondage « SONDAGE: / OPTION: … (n votes) », émojis, numéros de téléphone
à la place des noms pour les membres non enregistrés, abréviations et fautes de frappe."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-05-28_coordos-clsm-hauts-de-france_export-whatsapp-groupe-rue-et-sante-mentale.txt")

LINES = r"""03/02/2025 18:02 - Les messages et les appels sont chiffrés de bout en bout. Seuls les participants à cette discussion peuvent les lire, les écouter ou les partager. En savoir plus.
03/02/2025 18:02 - Sandrine Lemaire a créé le groupe "Coordos CLSM 59-62 · rue & santé mentale 🏠"
03/02/2025 18:03 - Sandrine Lemaire vous a ajouté
03/02/2025 18:03 - Sandrine Lemaire a ajouté Mathieu Dufresne, Aurore Delattre, +33 6 12 00 00 47
03/02/2025 18:05 - Sandrine Lemaire: Bonsoir à tous ! Comme dit en réunion, je crée ce groupe pour qu'on s'échange les infos pratiques entre coordos et partenaires sur les personnes à la rue en souffrance psychique. Pas de noms de personnes accompagnées ici svp, on reste sur de l'info générale 🙏
03/02/2025 18:07 - Aurore Delattre: Merci Sandrine 👍 Aurore, coordo CLSM de Courvières-les-Mines pour ceux qui me connaissent pas
03/02/2025 18:09 - +33 6 12 00 00 47: Bonsoir, Yasmina Haddad, infirmière à la PASS psy de l'hôpital de Marquenval. Enregistrez mon num 😊
04/02/2025 08:41 - Mathieu Dufresne: Bonjour, info pratique : l'accueil de jour L'Escale ouvre en horaires élargis pendant le plan grand froid, de 7h30 à 18h jusqu'au 31 mars.
04/02/2025 08:42 - Mathieu Dufresne: <Médias omis>
04/02/2025 08:44 - Aurore Delattre: Top merci. Ça s'applique aussi le dimanche ?
04/02/2025 08:50 - Mathieu Dufresne: Non le dimanche reste fermé, les gens sont orientés vers la halte de nuit de la Croix-Rouge
11/02/2025 14:15 - Aurore Delattre: Question bête : la PASS psy c'est quoi exactement, c'est différent de l'EMPP ?
11/02/2025 14:31 - +33 6 12 00 00 47: Pas bête du tout ! La PASS psy c'est une permanence d'accès aux soins de santé en psychiatrie : on reçoit à l'hôpital les personnes sans couverture sociale ou sans droits ouverts, pour des consultations et les médicaments, le temps d'ouvrir les droits.
L'EMPP elle se déplace, elle va vers les gens dans la rue et dans les structures.
En gros nous on reçoit, eux ils vont vers 😉
11/02/2025 14:33 - Aurore Delattre: Super clair merci Yasmina
11/02/2025 14:34 - Sandrine Lemaire: Je le mets dans la fiche repère du wiki 👌
20/02/2025 10:02 - Sandrine Lemaire: Ce message a été supprimé
20/02/2025 10:03 - Sandrine Lemaire: Rappel : la fiche de liaison commune v3 est validée par le comité de pilotage du 18/02. C'est elle qu'on utilise désormais pour toutes les orientations vers la cellule Hors les murs et vers l'EMPP. Plus de fax !! 📠❌
20/02/2025 10:03 - Sandrine Lemaire: fiche-liaison-v3.pdf (fichier joint)
20/02/2025 10:05 - Mathieu Dufresne: Enfin 😅 on l'envoie à quelle adresse ?
20/02/2025 10:07 - Sandrine Lemaire: coordination.clsm@marquenval.example pour la cellule, et empp.passerelles@epsm-scarpe.example pour l'EMPP <Ce message a été modifié>
03/03/2025 16:20 - Aurore Delattre: Bonjour, on prépare la journée départementale "Santé mentale et rue" à Courvières. Je vous propose un sondage pour la date
03/03/2025 16:20 - Aurore Delattre: SONDAGE:
Date de la journée départementale ?
OPTION: Jeudi 5 juin (2 votes)
OPTION: Jeudi 12 juin (7 votes)
OPTION: Mardi 17 juin (3 votes)

03/03/2025 18:45 - Aurore Delattre: Ok va pour le jeudi 12 juin, salle Germinal à Courvières-les-Mines 🎉 Le programme suit
17/03/2025 09:12 - +33 6 12 00 00 47: Petit point d'alerte : depuis janvier on voit à la PASS psy beaucoup plus de personnes arrivées de Belgique ou d'autres départements, sans aucun droit ouvert. On a fait 138 consultations au premier trimestre, contre 96 l'an dernier à la même période.
17/03/2025 09:20 - Sandrine Lemaire: Merci Yasmina, on le remonte au copil du PTSM
02/04/2025 11:47 - Mathieu Dufresne: Info : fin de la trêve hivernale le 31/03, on a eu 9 remises à la rue depuis la semaine dernière sur Courvières parmi les gens qu'on suit. Dont 2 personnes suivies par l'EMPP. Si qqn a des places en pension de famille je prends 🙏
02/04/2025 11:52 - Aurore Delattre: Je transmets au SIAO et à l'adjointe à la solidarité
02/04/2025 11:53 - Aurore Delattre: 😢
15/04/2025 17:30 - Sandrine Lemaire: Le webinaire du PRVSH sur les EMPP est en replay : https://www.prvsh.example/replays/empp-qpv
15/04/2025 17:31 - Mathieu Dufresne: 👍
06/05/2025 08:55 - Aurore Delattre: Pour la journée du 12 juin on est à 94 inscrits !! On ferme les inscriptions à 120. Repas offert par le conseil départemental 🥗
06/05/2025 09:01 - Sandrine Lemaire: Génial. Je tiendrai l'atelier "Orienter sans brusquer" avec Karim
06/05/2025 09:03 - +33 6 12 00 00 47: Je peux faire une présentation de la PASS psy si besoin, 10 min max
06/05/2025 09:04 - Aurore Delattre: Validé ✅
28/05/2025 19:12 - Mathieu Dufresne: Attention l'accueil de jour L'Escale sera fermé pour travaux du 4 au 15 août. Les douches seront assurées au gymnase Jean-Jaurès, les repas au Secours populaire rue Basly. Je ferai une affiche.
28/05/2025 19:14 - Sandrine Lemaire: Noté, je le mets dans l'agenda partagé
"""


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(LINES)
    print(OUT)


if __name__ == "__main__":
    main()
