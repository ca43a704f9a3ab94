"""The command line: ingest, add, watch, ask, glossary, stats, eval, report, serve, tui."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from assistant.argparse_fr import number, use_french, whole_number
from assistant.config import PACKAGED_EMBEDDERS, Settings, load_settings
from assistant.corpus_watch import check_corpus_folder
from assistant.errors import AssistantError, RefreshBusyError, SettingsInvalid
from assistant.plural import plural

EXIT_FAILURES = 1
EXIT_ERROR = 2
EXIT_BUSY = 3


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "index", None):
        overrides["index_dir"] = Path(args.index)
    if getattr(args, "corpus", None):
        overrides["corpus_dir"] = Path(args.corpus)
    if getattr(args, "host", None):
        overrides["host"] = args.host
    if getattr(args, "port", None):
        overrides["port"] = args.port
    if getattr(args, "workers", None):
        overrides["api_workers"] = args.workers
    if getattr(args, "wait", None) is not None:
        overrides["lock_timeout_s"] = args.wait
    settings = load_settings(**overrides)
    if settings.embedder not in PACKAGED_EMBEDDERS:  # a hub id or a folder: can it load? (fails in seconds)
        from assistant.store.embedder import check_embedder

        check_embedder(settings.embedder)
    return settings


def _require_index_folder(settings: Settings) -> None:
    if not settings.index_dir.is_dir():
        raise SettingsInvalid(f"Aucun index dans « {settings.index_dir} » : ce dossier n'existe pas. Corrigez "
                              "ASSISTANT_INDEX_DIR (ou --index), ou construisez l'index avec : python cli.py ingest.")


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _filters(args: argparse.Namespace):
    from assistant.models import Filters

    return Filters(docs=tuple(args.doc or ()), kinds=tuple(args.kind or ()), regions=tuple(args.region or ()),
                   date_from=args.date_from, date_to=args.date_to)


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.core import Assistant
    from assistant.views import ingest_progress, print_ingest_report

    settings = _settings(args)
    check_corpus_folder(settings.corpus_dir)
    assistant = Assistant(settings)
    with ingest_progress(_console(stderr=True), quiet=args.json) as progress:
        report = assistant.refresh(progress=progress)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print_ingest_report(_console(), report)
    return EXIT_FAILURES if args.strict and report.failed else 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add one document with its metadata to the corpus and index it (the facade's `add_document`)."""
    from assistant.core import Assistant
    from assistant.corpus_files import file_chunks
    from assistant.errors import IngestError
    from assistant.views import print_ingest_report

    path = Path(args.file)
    if not path.is_file():
        raise IngestError(f"Fichier introuvable : « {path} ».")
    metadata = {key: value for key, value in (
        ("title", args.title), ("kind", args.kind), ("date", args.date), ("published", args.published),
        ("event", args.event), ("organisers", args.organiser), ("speakers", args.speaker),
        ("region", args.region), ("url", args.url)) if value}

    added = Assistant(_settings(args)).add_document(path.name, file_chunks(path), metadata, replace=args.replace)
    if args.json:
        print(json.dumps(added.to_dict(), ensure_ascii=False, default=str))
    else:
        console = _console()
        console.print(f"{added.message} Fichier : {added.file}.")
        if added.report:
            print_ingest_report(console, added.report)
    return 0 if added.indexed else EXIT_BUSY


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.core import Assistant
    from assistant.views import print_response

    settings = _settings(args)
    _require_index_folder(settings)
    assistant = Assistant(settings)
    response = assistant.ask(args.question, k=args.k, filters=_filters(args), front_end="cli")
    if args.json:
        print(json.dumps(response.to_dict(), ensure_ascii=False))
    else:
        print_response(_console(), response)
    return 0


def cmd_glossary(args: argparse.Namespace) -> int:
    from assistant.core import Assistant

    glossary = Assistant(_settings(args)).glossary()
    if args.json:
        print(json.dumps(glossary, ensure_ascii=False))
        return 0
    from rich.table import Table

    table = Table(title="Sigles trouvés dans le corpus")
    table.add_column("Sigle", style="bold")
    table.add_column("Forme(s) développée(s)")
    for acronym, forms in glossary.items():
        table.add_row(acronym, " ; ".join(forms))
    _console().print(table)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from assistant.core import Assistant

    assistant = Assistant(_settings(args))
    stats = assistant.stats()
    docs = assistant.documents()
    if args.json:
        print(json.dumps({"generation": stats.generation, "documents": stats.documents,
                          "passages": stats.passages, "model": stats.model, "built_at": stats.built_at,
                          "by_document": {d.meta.doc_id: d.passages for d in docs}}, ensure_ascii=False))
        return 0
    console = _console()
    console.print(f"Génération {stats.generation} · {plural(stats.documents, 'document')} · "
                  f"{plural(stats.passages, 'passage')}"
                  f" · modèle {stats.model} · construite le {stats.built_at}")
    for d in docs:
        console.print(f"  {d.passages:5d}  {d.meta.title}  [dim]({d.meta.doc_id})[/]")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.core import Assistant
    from assistant.evaluation import evaluate, print_report

    assistant = Assistant(_settings(args))
    report = evaluate(assistant, Path(args.questions), k=args.k)
    if args.json:
        print(json.dumps(report.summary(), ensure_ascii=False))
    else:
        print_report(_console(), report)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Refresh the index whenever the corpus folder changes, until Ctrl-C (assistant/corpus_watch.py)."""
    from assistant.core import Assistant
    from assistant.corpus_watch import watch_corpus

    settings = _settings(args)
    check_corpus_folder(settings.corpus_dir)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a service manager's stop ends it as Ctrl+C does
    print(f"Surveillance du dossier « {settings.corpus_dir} » : l'index suit les ajouts, modifications et "
          "retraits de documents. Ctrl+C pour arrêter.", flush=True)
    try:
        watch_corpus(Assistant(settings), lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        print("Surveillance arrêtée.", flush=True)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The usage report of the question log; `--csv` also writes the log's rows for a spreadsheet."""
    from assistant.core import Assistant
    from assistant.usage import parse_day, write_csv
    from assistant.usage.printing import print_report

    since = parse_day(args.since)
    assistant = Assistant(_settings(args))
    report = assistant.usage_report(since)
    if args.csv:
        try:
            written = write_csv(assistant.question_log.rows(since), Path(args.csv))
        except OSError as exc:
            raise AssistantError(f"Impossible d'écrire « {args.csv} » : {exc.strerror}.") from exc
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
        return 0
    console = _console()
    print_report(console, report)
    if args.csv:
        console.print(f"Journal exporté : {plural(written, 'question')} dans « {args.csv} ».")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.api.server import run

    settings = _settings(args)
    if settings.watch_corpus:
        check_corpus_folder(settings.corpus_dir)
    elif not settings.index_dir.is_dir() and not settings.corpus_dir.is_dir():  # nothing to serve or build from
        raise SettingsInvalid(f"Ni l'index « {settings.index_dir} » ni le corpus « {settings.corpus_dir} » "
                              "n'existent : corrigez ASSISTANT_INDEX_DIR et ASSISTANT_CORPUS_DIR (ou --index, "
                              "--corpus).")
    run(settings)
    return 0


def cmd_tui(args: argparse.Namespace) -> int:
    from assistant.tui.app import run

    run(_settings(args))
    return 0


def build_parser() -> argparse.ArgumentParser:
    use_french()  # argparse's usage, headings and errors too
    parser = argparse.ArgumentParser(prog="cli.py", description="Assistant documentaire CLSM et politique de la ville")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="met à jour l'index à partir du dossier du corpus (incrémental)")
    p.add_argument("--corpus", help="dossier des documents (défaut : corpus/)")
    p.add_argument("--index", help="dossier de l'index (défaut : index/)")
    p.add_argument("--json", action="store_true", help="un seul objet JSON sur la sortie standard")
    p.add_argument("--strict", action="store_true", help="code de sortie non nul si un fichier échoue")
    p.add_argument("--wait", type=number, metavar="SECONDES",
                   help="attendre la fin d'une autre mise à jour en cours (défaut : ne pas attendre)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("add", help="ajoute un document et ses métadonnées au corpus, puis met à jour l'index")
    p.add_argument("file", help="le document (PDF, PowerPoint, Word, OpenDocument, HTML, texte, Markdown, WebVTT, SRT)")
    p.add_argument("--title", help="titre du document")
    p.add_argument("--kind", help="type : diaporama, rapport, page de webinaire, page web, transcription ou document "
                                  "(ou son nom anglais du catalogue : slides, report…)")
    p.add_argument("--date", help="date de l'événement ou du document (AAAA-MM-JJ)")
    p.add_argument("--published", help="date de publication (AAAA-MM-JJ)")
    p.add_argument("--event", help="événement (webinaire, journée…)")
    p.add_argument("--organiser", action="append", help="organisateur (répétable)")
    p.add_argument("--speaker", action="append", help="intervenant (répétable)")
    p.add_argument("--region", help="région")
    p.add_argument("--url", help="lien vers le document d'origine ou le replay")
    p.add_argument("--replace", action="store_true", help="remplacer un fichier du même nom")
    p.add_argument("--corpus", help="dossier des documents (défaut : corpus/)")
    p.add_argument("--index", help="dossier de l'index (défaut : index/)")
    p.add_argument("--json", action="store_true", help="un seul objet JSON sur la sortie standard")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("ask", help="pose une question et affiche la réponse et ses sources")
    p.add_argument("question")
    p.add_argument("--index")
    p.add_argument("--k", type=whole_number, default=None, help="nombre de passages (défaut : 5)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--doc", action="append", help="limiter à un document (répétable)")
    p.add_argument("--kind", action="append", help="limiter à un type de document : diaporama, rapport, "
                   "page de webinaire, page web, transcription ou document (répétable)")
    p.add_argument("--region", action="append", help="limiter à une région (répétable)")
    p.add_argument("--from", dest="date_from", help="date minimale AAAA[-MM-JJ]")
    p.add_argument("--to", dest="date_to", help="date maximale AAAA[-MM-JJ]")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("glossary", help="affiche les sigles appris du corpus")
    p.add_argument("--index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_glossary)

    p = sub.add_parser("stats", help="résume l'index en service")
    p.add_argument("--index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("eval", help="mesure la recherche et les réponses sur un jeu de questions JSONL (avec "
                                    "ASSISTANT_LLM_BASE_URL : aussi la part des phrases rédigées retirées)")
    p.add_argument("--questions", required=True)
    p.add_argument("--index")
    p.add_argument("--k", type=whole_number, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("watch", help="surveille le dossier du corpus et met l'index à jour à chaque changement")
    p.add_argument("--corpus", help="dossier des documents (défaut : corpus/)")
    p.add_argument("--index", help="dossier de l'index (défaut : index/)")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("report", help="rapport d'utilisation : volumes, questions sans réponse, avis, "
                                      "documents cités")
    p.add_argument("--since", metavar="AAAA-MM-JJ", help="depuis ce jour (défaut : tout le journal)")
    p.add_argument("--index")
    p.add_argument("--json", action="store_true", help="un seul objet JSON sur la sortie standard")
    p.add_argument("--csv", metavar="FICHIER", help="écrire aussi les questions du journal dans ce fichier CSV")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("serve", help="lance l'API HTTP et le widget")
    p.add_argument("--index")
    p.add_argument("--corpus")
    p.add_argument("--host")
    p.add_argument("--port", type=whole_number)
    p.add_argument("--workers", type=whole_number, help="processus serveur (défaut : 1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("tui", help="ouvre l'assistant dans le terminal")
    p.add_argument("--index")
    p.set_defaults(func=cmd_tui)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RefreshBusyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BUSY
    except AssistantError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
