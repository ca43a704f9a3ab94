# -*- coding: utf-8 -*-
"""Page de wiki de type Notion imprimée en PDF par Chromium sans tête (« Imprimer > Enregistrer en PDF ») :
fil d'Ariane de l'espace de travail, icône émoji et bandeau de couverture, titre, bloc de propriétés (clé / valeur
en grille), encadrés « callout » à émoji, étapes numérotées, blocs dépliables (▾ ouverts à l'impression), vue
tableau d'une base de données avec colonnes de propriétés et étiquettes colorées, liste de cases à cocher (☑/☐),
commentaires en marge, mention « Dernière modification ». Pas d'en-tête ni de pied du navigateur."""
import os
import subprocess
import tempfile

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-20_clsm-marquenval_fiche-repere-orienter-personne-rue-souffrance-psychique.pdf")

HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Orienter une personne à la rue en souffrance psychique</title>
<style>
@page { size: A4; margin: 14mm 16mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #37352f; line-height: 1.45; }
.topbar { font-size: 8.5pt; color: #787774; display: flex; justify-content: space-between; border-bottom: 1px solid #eee; padding-bottom: 4px; }
.cover { height: 70px; background: linear-gradient(90deg, #d3e5ef, #f5e0e9); margin: 8px 0 0 0; }
.icon { font-size: 40pt; margin-top: -30px; }
h1 { font-size: 24pt; margin: 4px 0 10px 0; }
.props { display: grid; grid-template-columns: 170px 1fr; row-gap: 3px; font-size: 9.5pt; margin-bottom: 14px; }
.props .k { color: #787774; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; margin-right: 4px; font-size: 8.5pt; }
.t1 { background: #d3e5ef; } .t2 { background: #f5e0e9; } .t3 { background: #dbeddb; } .t4 { background: #fdecc8; }
.callout { display: flex; gap: 10px; background: #f1f1ef; border-radius: 4px; padding: 10px 12px; margin: 10px 0; }
.callout.red { background: #fdebec; }
.callout .e { font-size: 14pt; }
h2 { font-size: 15pt; margin: 18px 0 6px 0; }
h3 { font-size: 12pt; margin: 12px 0 4px 0; }
.toggle > .summary::before { content: "▾ "; }
.toggle > .body { margin-left: 20px; }
table.db { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
table.db th { text-align: left; color: #787774; font-weight: normal; border-bottom: 1px solid #e9e9e7; padding: 4px; }
table.db td { border-bottom: 1px solid #e9e9e7; padding: 4px; vertical-align: top; }
.todo { list-style: none; padding-left: 4px; }
.comment { font-size: 8.5pt; color: #9b9a97; border-left: 2px solid #ffd400; padding-left: 6px; margin: 4px 0 8px 0; }
.footer-note { font-size: 8.5pt; color: #9b9a97; margin-top: 18px; }
</style></head><body>
<div class="topbar"><span>Wiki CLSM Marquenval / Fiches repères / Orienter une personne à la rue en souffrance psychique</span><span>Modifié le 20 janv. 2026</span></div>
<div class="cover"></div>
<div class="icon">🧭</div>
<h1>Orienter une personne à la rue en souffrance psychique</h1>
<div class="props">
<div class="k">👤 Propriétaire</div><div>Sandrine Lemaire</div>
<div class="k">🏷 Étiquettes</div><div><span class="tag t1">orientation</span><span class="tag t2">EMPP</span><span class="tag t3">PASS psy</span><span class="tag t4">fiche repère</span></div>
<div class="k">✅ Statut</div><div>Validée par le comité de pilotage du CLSM (13 janvier 2026)</div>
<div class="k">📅 Dernière modification</div><div>20 janvier 2026</div>
<div class="k">🔗 Public</div><div>Travailleurs sociaux, agents d'accueil, bailleurs, polices municipales du territoire du CLSM</div>
</div>

<div class="callout"><span class="e">💡</span><div>Pas besoin de diagnostic pour solliciter l'équipe mobile psychiatrie précarité (EMPP) : une inquiétude suffit. C'est à l'équipe mobile d'évaluer, pas à vous.</div></div>
<div class="callout red"><span class="e">🚨</span><div>Urgence vitale ou danger immédiat pour la personne ou pour autrui : appelez le 15. N'attendez pas la cellule « Hors les murs ».</div></div>

<h2>Les étapes</h2>
<ol>
<li><b>Observer et noter</b> ce qui vous inquiète : des faits datés (« ne mange plus depuis une semaine », « parle seul la nuit »), sans étiquette de maladie.</li>
<li><b>En parler avec la personne</b> et la prévenir que vous souhaitez la mettre en lien avec une équipe de soin. Son accord écrit n'est pas demandé.</li>
<li><b>Remplir la fiche de liaison commune v3</b> (une page) et l'envoyer à empp.passerelles@epsm-scarpe.example.</li>
<li><b>L'EMPP rencontre la personne</b> dans les quinze jours, là où elle se trouve. Délai moyen constaté en 2025 : 9 jours.</li>
<li><b>Si la situation reste bloquée</b> (refus répétés, plusieurs partenaires concernés, risque d'expulsion), la présenter à la cellule « Hors les murs » : fiche à envoyer au moins dix jours avant la réunion du premier lundi du mois.</li>
</ol>
<div class="comment">💬 Aurore Delattre : on pourrait ajouter la version courte de la fiche pour les bailleurs ? — Sandrine Lemaire : oui, prévu pour le printemps.</div>

<h2>Questions fréquentes</h2>
<div class="toggle"><div class="summary"><b>Quelle différence entre l'EMPP et la PASS psy ?</b></div>
<div class="body"><p>L'EMPP se déplace : elle va vers les personnes, dans la rue, dans les accueils de jour et les centres d'hébergement. La PASS psy (permanence d'accès aux soins de santé en psychiatrie) reçoit à l'hôpital de Marquenval les personnes sans droits ouverts, pour une consultation et les médicaments, le temps que leurs droits soient ouverts.</p></div></div>
<div class="toggle"><div class="summary"><b>Et si la personne refuse ?</b></div>
<div class="body"><p>On respecte son refus et on garde le lien : on repropose plus tard, autrement, avec une autre personne. Après trois tentatives de rencontre sans succès, l'EMPP peut proposer de présenter la situation à la cellule « Hors les murs ».</p></div></div>
<div class="toggle"><div class="summary"><b>La personne n'a aucune couverture santé</b></div>
<div class="body"><p>Orientez-la vers la PASS psy, et en parallèle vers le CCAS pour une demande de complémentaire santé solidaire (C2S) ou d'aide médicale de l'État (AME) selon sa situation.</p></div></div>

<h2>La cellule « Hors les murs » en 2025</h2>
<p>En 2025, la cellule a examiné 31 situations (27 en 2024) ; une solution de soin ou d'hébergement a été trouvée pour 22 d'entre elles. Elle s'ouvre en 2026 aux situations de Courvières-les-Mines.</p>

<h2>Annuaire des dispositifs</h2>
<p style="font-size:8.5pt;color:#787774">▦ Vue tableau · 6 éléments · trié par Type</p>
<table class="db">
<tr><th>Aa Nom</th><th>≡ Type</th><th>⌖ Ville</th><th>🕑 Quand</th><th>✉ Contact</th></tr>
<tr><td>EMPP Passerelles</td><td><span class="tag t2">Équipe mobile</span></td><td>Marquenval, Courvières-les-Mines</td><td>Permanence à L'Escale le mardi matin, au Phare le vendredi matin</td><td>empp.passerelles@epsm-scarpe.example</td></tr>
<tr><td>PASS psy de Marquenval</td><td><span class="tag t3">Consultation hospitalière</span></td><td>Marquenval</td><td>Lundi au vendredi, 9 h – 12 h, sans rendez-vous</td><td>pass.psy@ch-marquenval.example</td></tr>
<tr><td>Accueil de jour Le Phare</td><td><span class="tag t1">Accueil de jour</span></td><td>Marquenval (Haut-Pavé)</td><td>Lundi au vendredi, 9 h – 17 h</td><td>lephare@filariane.example</td></tr>
<tr><td>Accueil de jour L'Escale</td><td><span class="tag t1">Accueil de jour</span></td><td>Courvières-les-Mines</td><td>Lundi au samedi, 8 h 30 – 16 h</td><td>escale@solidarite-terrils.example</td></tr>
<tr><td>LHSS Les Hirondelles</td><td><span class="tag t4">Lits halte soins santé</span></td><td>Marquenval</td><td>12 places, admission par le SIAO</td><td>siao59@siao.example</td></tr>
<tr><td>CMP adultes de Marquenval</td><td><span class="tag t3">Centre médico-psychologique</span></td><td>Marquenval</td><td>Premier rendez-vous : environ 3 mois d'attente</td><td>cmp.adultes@epsm-scarpe.example</td></tr>
</table>

<h2>À faire (coordination)</h2>
<ul class="todo">
<li>☑ Mettre en ligne la fiche de liaison v3</li>
<li>☑ Ajouter la PASS psy à l'annuaire</li>
<li>☐ Traduire la fiche de liaison en anglais et en arabe</li>
<li>☐ Prochaine mise à jour de l'annuaire : avril 2026</li>
</ul>
<p class="footer-note">Dernière modification par Sandrine Lemaire le 20 janvier 2026 · 4 commentaires · Partagé avec l'espace « Coordos CLSM 59-62 »</p>
</body></html>
"""


def main():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(HTML)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(d, "prof"),
                        "--print-to-pdf=" + OUT, "file://" + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(OUT)


if __name__ == "__main__":
    main()
