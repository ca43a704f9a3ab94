"""Errors the core raises; each carries a French message fit to show to the person who asked."""


class AssistantError(Exception):
    """Base error: `str(error)` is a clear, actionable French message."""


class IndexMissingError(AssistantError):
    """No index snapshot is available yet."""

    def __init__(self, index_dir: str):
        from pathlib import Path

        default = Path(index_dir).resolve() == Path("index").resolve()
        command = "python cli.py ingest (ou make run)" if default else f"python cli.py ingest --index {index_dir}"
        super().__init__(f"Aucun index n'est disponible dans « {index_dir} ». Construisez-le avec : {command}.")


class RefreshBusyError(AssistantError):
    """Another refresh holds the index lock."""

    def __init__(self):
        super().__init__(
            "Une autre mise à jour de l'index est déjà en cours. Réessayez dans quelques instants."
        )


class IngestError(AssistantError):
    """A file could not be read; the message says why, in French."""


class InvalidQuestionError(AssistantError):
    """The question is empty or too long."""


class InvalidFiltersError(AssistantError):
    """A filter that would match nothing by mistake: an unknown kind, an unreadable date, a reversed period."""


class SettingsInvalid(AssistantError):
    """A setting (environment variable or assistant.toml) has a value that cannot be used."""


class DocumentRefused(AssistantError):
    """A document that cannot be added to the corpus, and why. `reason` says what kind of refusal it is
    (`unsupported`, `too_large`, `exists`, `invalid`, `failed`, `unknown`), for a front end to map (HTTP 415, 413…)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message
