"""Rich renderings for the command line: refresh progress and report, answers with their sources."""

from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from assistant.dates import french_date
from assistant.excerpts import excerpt
from assistant.models import IngestReport, Response
from assistant.plural import plural

CLI_EXCERPT_CHARS = 400  # `cli.py ask` shows this much of each source
STAGES = {"files": "Lecture des fichiers", "embedding": "Calcul des vecteurs", "sentences": "Vecteurs des phrases"}


@contextmanager
def ingest_progress(console: Console, quiet: bool = False):
    """A progress callback(stage, done, total) drawing one bar per stage on stderr."""
    if quiet:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=False) as bars:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(STAGES.get(stage, stage), total=max(total, 1))
            bars.update(tasks[stage], completed=done if total else 1, total=max(total, 1))

        yield progress


def print_ingest_report(console: Console, report: IngestReport) -> None:
    lines = [
        ("Ajoutés", report.added, "green"),
        ("Mis à jour", report.updated, "cyan"),
        ("Inchangés", report.unchanged, "dim"),
        ("Retirés", report.removed, "yellow"),
    ]
    for label, paths, style in lines:
        console.print(f"[{style}]{label} : {len(paths)}[/]")
        if label != "Inchangés":
            for path in paths:
                console.print(f"  · {path}")
    console.print(f"[red]En échec : {len(report.failed)}[/]" if report.failed else "En échec : 0")
    for failure in report.failed:
        console.print(f"  · {failure.path} — {failure.reason}", markup=False)
    if report.warnings:
        console.print(f"[yellow]Avertissements : {len(report.warnings)}[/]")
    for warning in report.warnings:
        console.print(f"  · {warning.path} — {warning.message}", markup=False)
    if report.ocr_pages or report.ocr_cached:
        console.print(ocr_summary(report))
    console.print(f"Index en service : {report.generation} ({plural(report.documents, 'document')}, "
                  f"{plural(report.passages, 'passage')})")


def ocr_summary(report: IngestReport) -> str:
    """ "Pages lues par OCR : 3 en 4,2 s ; 2 déjà lues, reprises du cache" """
    seconds = f"{report.ocr_seconds:.1f}".replace(".", ",")
    line = f"Pages lues par OCR : {report.ocr_pages} en {seconds} s"
    if report.ocr_cached:
        line += (f" ; {report.ocr_cached} déjà lues, reprises du cache" if report.ocr_cached > 1
                 else " ; 1 déjà lue, reprise du cache")
    return line


def answer_text(response: Response) -> Text:
    """The answer as Rich text: what it is (quoted or written from the sources) and its note, then its parts in
    order, a comparison's sides labelled, a list as bullets, each sentence followed by its source numbers."""
    answer = Text()
    if not response.answer.abstained:
        answer.append(response.answer.mode_label, style="italic")
        answer.append("\n")
    if response.answer.note:
        answer.append(f"Note : {response.answer.note}", style="yellow")
        answer.append("\n")
    if not response.answer.abstained or response.answer.note:
        answer.append("\n")
    if response.answer.abstained:
        answer.append(response.answer.text, style="bold yellow")
        if response.citations:
            answer.append("\nPistes les plus proches :", style="dim")
        return answer
    for p, part in enumerate(response.answer.parts):
        if p:
            answer.append("\n")
        if part.label:
            answer.append(f"{part.label} : ", style="bold")
            if part.is_list:
                answer.append("\n")
        for i, sentence in enumerate(part.sentences):
            if part.is_list:
                answer.append(("\n" if i else "") + "  • ")
            elif i:
                answer.append(" ")
            answer.append(sentence.text)
            answer.append(f" {sentence.marks}", style="bold cyan")
    return answer


def print_response(console: Console, response: Response) -> None:
    title = response.question
    if response.resolved_question:
        title += f" (compris comme : {response.resolved_question})"
    console.print(Panel(answer_text(response), title=title, title_align="left"))
    for c in response.citations:
        head = Text()
        head.append(f"[{c.n}] ", style="bold cyan")
        head.append(c.title, style="bold")
        head.append(f" — {c.location.label}")
        if c.date:
            head.append(f" — {french_date(c.date)}")
        console.print(head)
        if c.link or c.url:
            console.print(Text(f"    {c.link or c.url}", style="blue underline"))
        console.print(Text("    " + excerpt(c.text, response.terms, CLI_EXCERPT_CHARS, quote=c.quote), style="dim"))
