# -*- coding: utf-8 -*-
"""Diagnostic partagé du CLSM d'Escaudières, rédigé à plusieurs dans Google Docs puis téléchargé en PDF
(Fichier › Télécharger › Document PDF).

Imitation : le moteur d'export de Google Docs est Skia (Producer « Skia/PDF m1xx Google Docs Renderer », Title = nom du
document) ; on rend donc une page HTML mise en forme comme Google Docs (Arial 11 pt, interligne 1,15, styles « Titre »,
« Sous-titre », « Titre 1/2 » aux tailles et gris de Google Docs, puces « ● » / « ○ », tableaux à filets noirs de 1 pt,
liens bleus #1155cc soulignés, table des matières Google Docs = liste de liens sans numéros de page, encadré de
citation fait d'un tableau d'une cellule grisée) avec Chromium sans tête, puis on fixe les métadonnées comme Google
Docs les écrit. La pagination est faite à la main comme la ferait Google Docs : notes de bas de page en bas de LEUR page
sous un court filet, numéro de page seul à droite dans le pied, pas d'en-tête.
"""
import os
import subprocess
import tempfile

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-15_clsm-escaudieres_diagnostic-isolement-aines-qpv.pdf")
DOC_TITLE = "Diagnostic GT Aînés - CLSM Escaudières - VF 15-01-2026"

CSS = """
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.15; color: #000; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 25.4mm 25.4mm 20mm 25.4mm;
        position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
p { margin: 0 0 8pt 0; }
.title { font-size: 26pt; margin: 0 0 3pt 0; }
.subtitle { font-size: 15pt; color: #666666; margin: 0 0 16pt 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 20pt 0 6pt 0; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt 0; }
h3 { font-size: 14pt; font-weight: normal; color: #434343; margin: 16pt 0 4pt 0; }
a { color: #1155cc; text-decoration: underline; }
ul { list-style: none; margin: 0 0 8pt 0; padding-left: 0; }
ul li { padding-left: 36pt; text-indent: -18pt; margin: 0 0 2pt 0; }
ul li::before { content: "\\25CF"; display: inline-block; width: 18pt; text-indent: 0; font-size: 8pt; }
ul.sub li { padding-left: 54pt; }
ul.sub li::before { content: "\\25CB"; }
ul.toc li::before { content: ""; }
ul.toc li { padding-left: 0; text-indent: 0; }
ul.toc li.l2 { padding-left: 18pt; }
ol { margin: 0 0 8pt 0; padding-left: 36pt; }
ol li { margin: 0 0 3pt 0; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
td, th { border: 1pt solid #000; padding: 5pt; vertical-align: top; font-size: 10pt; text-align: left; }
th { font-weight: bold; }
td.n { text-align: right; }
table.quote td { background: #f3f3f3; border: 1pt solid #b7b7b7; font-style: italic; font-size: 11pt; }
.caption { font-size: 10pt; font-weight: bold; margin: 10pt 0 2pt 0; }
.notes { position: absolute; left: 25.4mm; right: 25.4mm; bottom: 18mm; font-size: 9pt; }
.notes hr { width: 33%; margin: 0 0 4pt 0; border: 0; border-top: 0.75pt solid #000; }
.notes p { margin: 0 0 2pt 0; }
.pn { position: absolute; right: 25.4mm; bottom: 10mm; font-size: 10pt; }
sup { font-size: 7pt; }
.meta { margin: 0 0 3pt 0; }
"""

PAGES = [
    # ---- page 1
    ("""
<p class="title">Vieillir seul dans nos quartiers</p>
<p class="subtitle">Diagnostic partagé sur l'isolement et la santé mentale des habitants de 60 ans et plus des quartiers
prioritaires d'Escaudières (Les Hauts-Prés, Cité Saint-Éloi)</p>
<p class="meta">Conseil local de santé mentale (CLSM) d'Escaudières — groupe de travail « Aînés et santé mentale »</p>
<p class="meta"><b>Version finale</b> — 15 janvier 2026</p>
<p class="meta">Rédaction : Manon Delattre, coordinatrice du CLSM, et Thomas Caron, chargé d'études au service
Observation et évaluation de la Ville d'Escaudières</p>
<p>Relecture : Dr Sophie Vandamme (EMPSA, EPSM des Deux-Vallées), Véronique Carpentier (pôle seniors du CCAS)</p>
<h2>Sommaire</h2>
<ul class="toc">
<li><a href="#r">Résumé</a></li>
<li><a href="#s1">1. Contexte et méthode</a></li>
<li class="l2"><a href="#s11">1.1 Pourquoi ce diagnostic</a></li>
<li class="l2"><a href="#s12">1.2 Comment nous avons travaillé</a></li>
<li><a href="#s2">2. Chiffres clés</a></li>
<li><a href="#s3">3. Ce que disent les habitants</a></li>
<li><a href="#s4">4. Ce que disent les professionnels</a></li>
<li><a href="#s5">5. Souffrance psychique, crise suicidaire et aidants</a></li>
<li><a href="#s6">6. Préconisations</a></li>
<li><a href="#a">Annexe : sigles</a></li>
</ul>
<h1 id="r">Résumé</h1>
<p>Entre le 15 septembre et le 31 octobre 2025, 214 habitants de 60 ans et plus des deux quartiers prioritaires ont
répondu à un questionnaire passé à domicile ou au centre social, et 19 professionnels ont été entendus en entretien.</p>
<p>Près d'un répondant sur quatre (22 %) n'avait reçu ni visite ni appel au cours de la semaine précédant l'enquête.
Près de trois sur dix (29 %) présentaient des signes évocateurs de dépression au mini-GDS<sup>1</sup>, mais seuls 6 %
étaient suivis pour un trouble psychique. Le diagnostic débouche sur six préconisations, dont la première est
l'adoption d'un protocole commun de repérage et d'orientation des aînés en souffrance psychique.</p>
""", ["<sup>1</sup> Mini-GDS : version courte en quatre questions de la Geriatric Depression Scale (échelle de "
      "dépression gériatrique). Un score de 1 ou plus est évocateur d'une dépression et appelle une évaluation par "
      "un médecin ; ce n'est pas un diagnostic."]),
    # ---- page 2
    ("""
<h1 id="s1">1. Contexte et méthode</h1>
<h2 id="s11">1.1 Pourquoi ce diagnostic</h2>
<p>Le groupe de travail « Aînés et santé mentale » du CLSM a été créé en mars 2024, à la demande du CCAS et de
l'équipe mobile de psychiatrie du sujet âgé (EMPSA), après trois décès de personnes âgées découverts plusieurs jours
après leur survenue dans le quartier des Hauts-Prés au cours de l'hiver 2023-2024<sup>2</sup>. Il réunit une
vingtaine de structures : CCAS, EPSM des Deux-Vallées, médecins et pharmaciens de la CPTS du Val d'Escaut, services
d'aide à domicile, bailleur Escaut Habitat, centres sociaux, association Les Veilleurs du Quartier et Relais des
Aidants de l'Escaut.</p>
<p>Les quartiers prioritaires de la politique de la ville (QPV) d'Escaudières vieillissent plus vite que le reste de
la commune : la part des 60 ans et plus y est passée de 19 % en 2015 à 26 % en 2020<sup>3</sup>, alors qu'elle est
restée stable, autour de 27 %, dans l'ensemble de la ville. Beaucoup de ces habitants sont arrivés dans les tours
des Hauts-Prés dans les années 1970 et y ont vieilli sans déménager.</p>
<h2 id="s12">1.2 Comment nous avons travaillé</h2>
<p>Le questionnaire comptait 32 questions, dont les quatre du mini-GDS et l'échelle de solitude en trois questions.
Il a été passé par 12 bénévoles des Veilleurs du Quartier et 6 agents du CCAS, formés pendant une demi-journée. Sur
les 214 répondants, 131 habitent les Hauts-Prés et 83 la Cité Saint-Éloi.</p>
<p>Nous avons aussi mené 19 entretiens avec des professionnels :</p>
<ul>
<li>4 médecins généralistes et 3 pharmaciens ;</li>
<li>5 aides à domicile de deux services d'aide à domicile ;</li>
<li>2 gardiens d'immeuble d'Escaut Habitat ;</li>
<li>2 infirmières de l'EMPSA, 2 agents du CCAS et 1 policier municipal.</li>
</ul>
<p><b>Limite principale.</b> Les personnes les plus isolées sont aussi celles qui n'ouvrent pas leur porte : 61
personnes contactées ont refusé ou n'ont jamais répondu. Les résultats sous-estiment donc probablement
l'isolement réel.</p>
""", ["<sup>2</sup> Source : CCAS d'Escaudières, registre des interventions, février 2024.",
      "<sup>3</sup> Recensement de la population 2015 et 2020, exploitation du service Observation et évaluation."]),
    # ---- page 3
    ("""
<h1 id="s2">2. Chiffres clés</h1>
<p class="caption">Tableau 1 — Indicateurs clés par quartier (recensement 2020 et enquête de l'automne 2025)</p>
<table>
<tr><th>Indicateur</th><th>Les Hauts-Prés</th><th>Cité Saint-Éloi</th><th>Ensemble des deux QPV</th></tr>
<tr><td>Habitants de 60 ans et plus</td><td class="n">1 090</td><td class="n">610</td><td class="n">1 700</td></tr>
<tr><td>dont 75 ans et plus</td><td class="n">420</td><td class="n">265</td><td class="n">685</td></tr>
<tr><td>Part des 75 ans et plus vivant seuls</td><td class="n">46 %</td><td class="n">39 %</td><td class="n">43 %</td></tr>
<tr><td>Répondants à l'enquête</td><td class="n">131</td><td class="n">83</td><td class="n">214</td></tr>
<tr><td>Ni visite ni appel dans la semaine</td><td class="n">25 %</td><td class="n">18 %</td><td class="n">22 %</td></tr>
<tr><td>Mini-GDS évocateur (score ≥ 1)</td><td class="n">31 %</td><td class="n">25 %</td><td class="n">29 %</td></tr>
<tr><td>Suivi pour un trouble psychique</td><td class="n">5 %</td><td class="n">7 %</td><td class="n">6 %</td></tr>
</table>
<p>Aux Hauts-Prés, près d'une personne de 75 ans et plus sur deux (46 %) vit seule, contre 39 % à la Cité
Saint-Éloi. Un quart des répondants des Hauts-Prés n'a eu aucun contact, ni visite ni appel, dans la semaine
précédant l'enquête.</p>
<h2>Isolement et solitude : deux choses différentes</h2>
<p>Le diagnostic distingue l'isolement social, mesuré par la rareté des contacts (moins d'un contact par semaine
avec la famille, des amis, des voisins ou une association), et le sentiment de solitude, qui est subjectif : on peut
être entouré et se sentir seul, ou vivre seul sans en souffrir.</p>
<p>Au total, 61 % des répondants disent se sentir seuls « parfois » ou « souvent » ; la proportion monte à 74 % chez
ceux qui vivent seuls. Le sentiment de solitude est plus fréquent le soir et le dimanche, quand les services et les
commerces sont fermés.</p>
<table class="quote"><tr><td>« Depuis que mon mari est parti, je parle à la télé. Elle au moins, elle me répond pas
que je radote. » — habitante de 81 ans, Cité Saint-Éloi</td></tr></table>
""", []),
    # ---- page 4
    ("""
<h1 id="s3">3. Ce que disent les habitants</h1>
<p>Les habitants décrivent un isolement qui s'installe par étapes, souvent après un événement : veuvage, chute,
départ d'un voisin, fermeture d'un commerce. Cinq obstacles reviennent dans les réponses :</p>
<ul>
<li><b>Le logement.</b> Dans les tours des Hauts-Prés, 4 ascenseurs sur 11 ont connu une panne de plus d'une
semaine en 2025 ; au-dessus du 5e étage, une panne suffit à enfermer chez elle une personne qui ne peut plus
descendre les escaliers.</li>
<li><b>Les transports.</b> Depuis la réorganisation du réseau en septembre 2024, la ligne 7 ne dessert plus la Cité
Saint-Éloi le dimanche ni après 19 h.</li>
<li><b>Le numérique.</b> 58 % des répondants de 75 ans et plus n'utilisent jamais internet, alors que la plupart des
démarches se font désormais en ligne.</li>
<li><b>La peur.</b> Un tiers des femmes de plus de 75 ans disent ne plus sortir après la tombée de la nuit.</li>
<li><b>La honte de demander.</b> Le « je ne veux pas déranger » revient dans plus de la moitié des entretiens :</li>
</ul>
<ul class="sub">
<li>on ne veut pas « embêter » ses enfants, qui habitent souvent loin ;</li>
<li>on ne veut pas passer pour « fou » en parlant de son moral au médecin.</li>
</ul>
<h1 id="s4">4. Ce que disent les professionnels</h1>
<p>Les professionnels décrivent un repérage tardif : sur les 19 entretiens, 14 citent au moins une situation
découverte « quand il était déjà trop tard » (hospitalisation, chute grave, décès). Les aides à domicile sont souvent
les premières à voir les signes, mais elles ne savent pas à qui les transmettre : aucune des cinq aides à domicile
interrogées ne connaissait l'existence de l'EMPSA.</p>
<p>Les médecins généralistes soulignent le délai d'accès au centre médico-psychologique : 11 semaines en moyenne en
2025 pour un premier rendez-vous avec un psychiatre. Ils connaissent l'EMPSA et l'apprécient, mais l'appellent
surtout pour des troubles du comportement liés à une démence, moins pour une dépression.</p>
<p>Les pharmaciens, enfin, voient passer des signaux faibles (ordonnances non renouvelées, achats répétés de
somnifères sans ordonnance) sans cadre pour en parler.</p>
""", []),
    # ---- page 5
    ("""
<h1 id="s5">5. Souffrance psychique, crise suicidaire et aidants</h1>
<p>Les personnes âgées sont surreprésentées parmi les décès par suicide. En Hauts-de-France, les 65 ans et plus
représentent 31 % des décès par suicide alors qu'ils forment 20 % de la population ; le taux le plus élevé est celui
des hommes de 85 ans et plus<sup>4</sup>. La crise suicidaire du sujet âgé est moins souvent exprimée, et les
gestes sont plus souvent mortels.</p>
<p>Dans l'enquête, 9 répondants ont dit avoir pensé « qu'il vaudrait mieux mourir » au cours du dernier mois ; avec
leur accord, les enquêteurs ont transmis leur situation au CCAS et à l'EMPSA.</p>
<p><b>Les aidants.</b> 38 des 214 répondants (18 %) aident un proche dépendant, le plus souvent leur conjoint ; la
moitié d'entre eux dorment moins de six heures par nuit. Le Relais des Aidants de l'Escaut, plateforme
d'accompagnement et de répit (PFR), n'en connaissait que cinq.</p>
<h1 id="s6">6. Préconisations</h1>
<ol>
<li>Adopter un protocole commun de repérage et d'orientation des aînés en souffrance psychique (« Vigilance
aînés »), avec une fiche de vigilance unique.</li>
<li>Former au repérage 80 professionnels de première ligne (aides à domicile, gardiens, pharmaciens, agents du
CCAS) d'ici fin 2026.</li>
<li>Installer une permanence mensuelle de l'EMPSA au centre social des Hauts-Prés.</li>
<li>Doubler le nombre de bénévoles visiteurs des Veilleurs du Quartier dans les deux QPV.</li>
<li>Obtenir d'Escaut Habitat un délai de réparation des ascenseurs de 72 heures et le signalement au CCAS des
locataires âgés bloqués par une panne.</li>
<li>Ouvrir un « café des aînés » mensuel à la Cité Saint-Éloi, co-animé par le centre social et la PFR.</li>
</ol>
<h1 id="a">Annexe : sigles</h1>
<p>CCAS : centre communal d'action sociale<br>CLSM : conseil local de santé mentale<br>CMP : centre
médico-psychologique<br>CPTS : communauté professionnelle territoriale de santé<br>EMPSA : équipe mobile de
psychiatrie du sujet âgé<br>EPSM : établissement public de santé mentale<br>GDS : Geriatric Depression Scale<br>PFR :
plateforme d'accompagnement et de répit des aidants<br>QPV : quartier prioritaire de la politique de la ville</p>
""", ["<sup>4</sup> Source : tableau de bord régional de la prévention du suicide, édition 2025 (données de mortalité "
      "2019-2023)."]),
]


def main():
    parts = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
             % (DOC_TITLE, CSS)]
    for i, (body, notes) in enumerate(PAGES, 1):
        parts.append("<div class='page'>%s" % body)
        if notes:
            parts.append("<div class='notes'><hr>%s</div>" % "".join("<p>%s</p>" % n for n in notes))
        parts.append("<div class='pn'>%d</div></div>" % i)
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        raw = os.path.join(tmp, "raw.pdf")
        with open(src, "w", encoding="utf-8") as f:
            f.write("".join(parts))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + raw, src], check=True, capture_output=True)
        reader = pypdf.PdfReader(raw)
        writer = pypdf.PdfWriter()
        for p in reader.pages:
            writer.add_page(p)
        writer.add_metadata({"/Title": DOC_TITLE, "/Producer": "Skia/PDF m131 Google Docs Renderer"})
        with open(OUT, "wb") as f:
            writer.write(f)
    n = len(pypdf.PdfReader(OUT).pages)
    print(OUT, n, "pages")
    if n != len(PAGES):
        raise SystemExit("pagination inattendue : %d pages au lieu de %d" % (n, len(PAGES)))


if __name__ == "__main__":
    main()
