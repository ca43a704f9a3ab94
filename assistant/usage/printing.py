"""The usage report for people, in French, on a rich console (what `cli.py report` prints)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.dates import french_date
from assistant.plural import plural

from .report import UsageReport

FRONT_END_NAMES = {"api": "API", "widget": "widget", "cli": "ligne de commande", "tui": "terminal"}


def _when(asked_at: str) -> str:
    return f"{french_date(asked_at)} {asked_at[11:16]}"


def print_report(console: Console, report: UsageReport) -> None:
    period = f"depuis le {french_date(report.since)}" if report.since else "tout le journal"
    console.print(f"[bold]Rapport d'utilisation[/] ({period})")
    if not report.questions:
        console.print("Aucune question enregistrée sur cette période.")
    else:
        console.print(f"{plural(report.questions, 'question')} · {report.unanswered_count} sans réponse · avis : "
                      f"{plural(report.rated_useful, 'utile')}, "
                      f"{plural(report.rated_not_useful, 'pas utile', 'pas utiles')}")
        console.print("Par interface : " + " · ".join(f"{FRONT_END_NAMES.get(f, f)} {n}"
                                                      for f, n in report.front_ends.items()))
        _volumes(console, report)
    _unanswered(console, report)
    _not_useful(console, report)
    _documents(console, report)


def _volumes(console: Console, report: UsageReport) -> None:
    names = list(report.front_ends)
    table = Table(title="Questions par jour", title_justify="left")
    table.add_column("Jour")
    for name in names:
        table.add_column(FRONT_END_NAMES.get(name, name), justify="right")
    table.add_column("Total", justify="right", style="bold")
    for day in report.days:
        table.add_row(french_date(day.day), *(str(day.by_front_end.get(n, 0)) for n in names), str(day.total))
    console.print(table)


def _unanswered(console: Console, report: UsageReport) -> None:
    console.print("\n[bold]Questions sans réponse[/] (les ressources à produire, les plus demandées d'abord)")
    if not report.unanswered:
        console.print("  Aucune : le corpus a répondu à toutes les questions.")
    for group in report.unanswered:
        last = _when(group.last_asked)
        console.print(f"  {group.count:3d} × {escape(group.question)}  [dim](dernière : {last})[/]")
        if group.other_wordings:
            console.print("        [dim]aussi :[/] " + " ; ".join(f"« {escape(w)} »" for w in group.other_wordings))


# how an answer was shaped, as staff read it
ANSWER_KINDS = {"value": "réponse chiffrée", "passage": "extraits", "definition": "définition",
                "comparison": "comparaison", "list": "liste"}


def _not_useful(console: Console, report: UsageReport) -> None:
    console.print("\n[bold]Réponses jugées « pas utiles »[/] (les plus récentes d'abord)")
    if not report.not_useful:
        console.print("  Aucune.")
    for answer in report.not_useful:
        state = "sans réponse" if answer.abstained else ANSWER_KINDS.get(answer.answer_kind, "réponse")
        console.print(f"  {_when(answer.asked_at)} · {FRONT_END_NAMES.get(answer.front_end, answer.front_end)} · "
                      f"{escape(answer.question)} [dim]({state})[/]")
        if answer.comment:
            console.print(f"      commentaire : {escape(answer.comment)}")
        if answer.citations:
            console.print("      sources : " + " ; ".join(_sources(answer.citations)))


def _sources(citations: list[dict]) -> list[str]:
    """One entry per document, its locations together: "Titre (p. 3, p. 7)"."""
    places: dict[str, list[str]] = {}
    for c in citations:
        places.setdefault(c["title"], []).append(c["location"])
    return [f"{escape(title)} ({escape(', '.join(dict.fromkeys(locations)))})" for title, locations in places.items()]


def _documents(console: Console, report: UsageReport) -> None:
    console.print("\n[bold]Documents les plus cités[/] (nombre de réponses qui les citent)")
    if not report.most_cited:
        console.print("  Aucun document cité sur cette période.")
    for doc in report.most_cited:  # (a document no longer indexed is named by its file already)
        named = "" if doc.title.startswith(doc.doc) else f" [dim]({escape(doc.doc)})[/]"
        console.print(f"  {doc.answers:4d}  {escape(doc.title)}{named}")
    console.print("\n[bold]Documents jamais cités[/] sur cette période")
    if not report.never_cited:
        console.print("  Aucun : chaque document a été cité au moins une fois.")
    for doc in report.never_cited:
        console.print(f"  - {escape(doc.title)} [dim]({escape(doc.doc)})[/]")
