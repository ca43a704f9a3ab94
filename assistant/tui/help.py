"""The help screen: every action of the terminal and its key, in French."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

HELP_SECTIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Questions",
        (
            ("Entrée", "poser la question"),
            ("↑ / ↓", "questions précédentes / suivantes (historique)"),
            ("Ctrl+Z", "relire la dernière question seule (annule « compris comme … »)"),
            ("F3", "donner un avis sur la dernière réponse (utile ou pas)"),
            ("Ctrl+N", "nouvelle conversation"),
            ("Ctrl+F", "filtres : type de document, région, années"),
        ),
    ),
    (
        "Sources",
        (
            ("Tab / Maj+Tab", "aller aux sources, à la conversation"),
            ("↑ / ↓", "choisir une source"),
            ("Entrée", "voir le passage entier et ses voisins"),
            ("c ou Ctrl+Y", "copier la citation (référence complète, lien vers l'endroit cité)"),
            ("o ou Ctrl+O", "ouvrir le document à l'endroit cité"),
        ),
    ),
    (
        "Passage",
        (
            ("+ / -", "plus ou moins de contexte autour du passage"),
            ("Échap", "revenir à la conversation"),
        ),
    ),
    (
        "Application",
        (
            ("F1 ou ?", "cette aide"),
            ("Ctrl+T", "thème clair / sombre"),
            ("Ctrl+R", "recharger l'index s'il a été mis à jour"),
            ("F2", "ajouter un document au corpus (fichier, titre, type, date…)"),
            ("Échap", "fermer une fenêtre, revenir à la question"),
            ("Ctrl+Q", "quitter"),
        ),
    ),
)


def help_content() -> Content:
    width = max(len(key) for _, keys in HELP_SECTIONS for key, _ in keys) + 2
    parts: list = []
    for title, keys in HELP_SECTIONS:
        parts.append((f"{title}\n", "bold $text-primary"))
        for key, action in keys:
            parts.append((f"  {key:<{width}}", "bold $text-accent"))
            parts.append(f"{action}\n")
    parts.append(("Échap, F1 ou q : fermer l'aide", "italic $text-muted"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """The list of keys."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 76;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $text-primary;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    BINDINGS = [
        Binding("escape,f1,q,question_mark", "dismiss", "Fermer l'aide"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll() as body:
            body.border_title = "Aide — raccourcis clavier"
            yield Static(help_content())
