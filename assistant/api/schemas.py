"""Request and response models of the HTTP API, with French descriptions and examples for /docs."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.models import Filters, Turn

EXAMPLE_QUESTION = "Quelle différence entre le volet santé mentale d'un CLS et un CLSM ?"

EXAMPLE_CITATION = {
    "n": 1,
    "doc": "2024-04-23_ccoms_clsm-outil-sante-mentale-occitanie",
    "title": "Le conseil local de santé mentale : un outil pour répondre aux enjeux de santé mentale",
    "location": "diapositive 12",
    "location_detail": {"kind": "slide", "start": 12, "end": 12, "section": "", "label": "diapositive 12"},
    "url": "http://ressources-clsm.org/",
    "text": "Conseil ≠ contrat : le CLSM est un espace de concertation, le volet santé mentale "
    "d'un CLS en est la déclinaison contractuelle.",
    "score": 0.8731,
    "date": "2024-04-23",
    "kind": "slides",
    "kind_label": "diaporama",
    "organisers": ["CCOMS - Centre national de ressources et d'appui aux CLSM"],
    "passage_id": "2024-04-23_ccoms_clsm-outil-sante-mentale-occitanie#s12",
}


class TurnIn(BaseModel):
    """An earlier exchange of the conversation, sent back for follow-up questions."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(max_length=2000, description="Question posée lors d'un tour précédent.")
    answer: str = Field(default="", max_length=8000, description="Réponse donnée à ce tour (texte).")

    def to_turn(self) -> Turn:
        return Turn(question=self.question, answer=self.answer)


class FiltersIn(BaseModel):
    """Restrictions on the documents searched; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    docs: list[str] = Field(default_factory=list, max_length=50,
                            description="Identifiants de documents à interroger (nom de fichier sans extension).")
    kinds: list[str] = Field(default_factory=list, max_length=20,
                             description="Types de documents, en anglais ou en français : « slides » ou "
                                         "« diaporama », « report » ou « rapport », « webinar page »…")
    regions: list[str] = Field(default_factory=list, max_length=20,
                               description="Régions, par exemple « Occitanie ».")
    date_from: str | None = Field(default=None, max_length=10, description="Date minimale (AAAA-MM-JJ).")
    date_to: str | None = Field(default=None, max_length=10, description="Date maximale (AAAA-MM-JJ).")

    def to_filters(self) -> Filters:
        return Filters(docs=tuple(self.docs), kinds=tuple(self.kinds), regions=tuple(self.regions),
                       date_from=self.date_from or None, date_to=self.date_to or None)


class AskRequest(BaseModel):
    """A question in French, with optional filters and the previous turns of the conversation."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"question": EXAMPLE_QUESTION},
                {"question": "Combien de CLSM en Occitanie ?", "filters": {"regions": ["Occitanie"]}},
                {
                    "question": "Et comment impliquer les élus ?",
                    "conversation": [{"question": "Qu'est-ce qu'un CLSM ?",
                                      "answer": "Un conseil local de santé mentale est un espace de concertation… [1]"}],
                },
            ]
        },
    )

    question: str = Field(description="La question, en français (1 000 caractères au plus par défaut).",
                          examples=[EXAMPLE_QUESTION])
    k: int | None = Field(default=None, ge=1, le=20, description="Nombre de passages à citer (par défaut : 5).")
    filters: FiltersIn | None = Field(default=None, description="Restreindre la recherche à certains documents.")
    conversation: list[TurnIn] = Field(default_factory=list, max_length=20,
                                       description="Tours précédents, du plus ancien au plus récent, "
                                                   "pour les questions de relance.")
    standalone: bool = Field(default=False,
                             description="Lire la question seule, sans la rattacher aux tours précédents "
                                         "(pour annuler une lecture « compris comme … »).")
    front_end: str = Field(default="api", pattern="^(api|widget)$",
                           description="Qui pose la question, pour le journal des questions : « widget » pour "
                                       "le widget du site, « api » (par défaut) pour tout autre client.")


class LocationDetail(BaseModel):
    kind: str = Field(description="« page », « slide », « time » ou « section ».")
    start: float = Field(description="Page du PDF, ou seconde de début pour une transcription.")
    end: float
    section: str = ""
    printed: int | None = Field(default=None, description="Numéro imprimé sur la diapositive, s'il y en a un.")
    ocr: bool = Field(default=False, description="Texte reconnu par OCR sur une page scannée (le libellé le dit).")
    label: str = Field(description="Libellé en français : « p. 3 », « diapositive 7 », « 00:12:31–00:12:48 ».")


class CitationOut(BaseModel):
    """A numbered source of the answer."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_CITATION]})

    n: int = Field(description="Numéro de la source, repris par les marqueurs [n] de la réponse.")
    doc: str = Field(description="Identifiant du document.")
    title: str = Field(description="Titre du document.")
    location: str = Field(description="Page, diapositive ou minutage, en français.")
    location_detail: LocationDetail
    url: str | None = Field(description="Lien vers le document d'origine.")
    link: str | None = Field(default=None, description="Lien vers l'endroit cité : la page du PDF, la seconde du "
                                                       "replay, le texte cité d'une page web.")
    text: str = Field(description="Texte du passage cité (texte brut, à afficher comme du texte).")
    score: float
    date: str | None = None
    kind: str | None = None
    kind_label: str = Field(default="", description="Le type du document en français : « diaporama »…")
    organisers: list[str] = []
    passage_id: str = ""


class SentenceOut(BaseModel):
    text: str = Field(description="Phrase reprise mot pour mot d'un passage, ou rédigée par le modèle de langue "
                                  "et vérifiée dans les passages qu'elle cite.")
    n: int = Field(description="Numéro de la source de la phrase.")
    citations: list[int] = Field(default_factory=list, description="Tous les numéros de sources de la phrase, "
                                 "`n` en premier (une phrase rédigée peut en citer plusieurs : [1][3]).")
    spans: list[list[int]] = Field(default_factory=list,
                                   description="Positions [début, fin] des mots cités dans le texte du passage.")


class PartOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    label: str = Field(description="Ce que la partie traite (un côté d'une comparaison), ou vide.")
    is_list: bool = Field(alias="list", description="Vrai quand les phrases sont les éléments d'une liste.")
    left_out: int = Field(default=0, description="Éléments de la liste que la source contient et que la réponse "
                          "ne cite pas (liste abrégée : la note le dit).")
    sentences: list[SentenceOut]


class AnswerOut(BaseModel):
    kind: str = Field(default="passage", description="Forme de la réponse : « definition », « value », "
                      "« comparison », « list », « passage », ou « none » (pas de réponse).")
    text: str = Field(description="Réponse complète avec ses marqueurs [n], ou le message d'absence de réponse.")
    abstained: bool = Field(description="Vrai quand les documents ne permettent pas de répondre.")
    mode: str = Field(default="extractive", description="« extractive » : phrases reprises des documents ; "
                      "« generated » : réponse rédigée par le modèle de langue à partir des sources, chaque phrase "
                      "vérifiée dans les passages qu'elle cite.")
    mode_label: str = Field(default="Extraits des documents", description="Le mode, tel qu'il s'affiche : "
                            "« Extraits des documents » ou « Réponse rédigée à partir des sources ».")
    removed: int = Field(default=0, description="Phrases rédigées retirées parce que leurs sources ne les "
                         "confirmaient pas.")
    note: str | None = Field(default=None, description="Courte remarque pour le lecteur, ou null : des phrases "
                             "retirées, ou pourquoi les extraits remplacent la réponse rédigée (modèle injoignable, "
                             "délai dépassé…).")
    parts: list[PartOut] = Field(default_factory=list, description="La réponse en parties (une par côté d'une "
                                                                   "comparaison, une liste…), à afficher dans l'ordre.")
    sentences: list[SentenceOut]


class AskResponse(BaseModel):
    """The same object as `cli.py ask --json`."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "question": EXAMPLE_QUESTION,
        "answer": {
            "text": "Conseil ≠ contrat : le CLSM est un espace de concertation… [1]",
            "abstained": False,
            "mode": "extractive",
            "mode_label": "Extraits des documents",
            "removed": 0,
            "note": None,
            "sentences": [{"text": "Conseil ≠ contrat : le CLSM est un espace de concertation…", "n": 1,
                           "citations": [1]}],
        },
        "citations": [EXAMPLE_CITATION],
    }]})

    id: str = Field(description="Identifiant de la réponse, pour donner un avis (`POST /v1/feedback`).")
    question: str
    understood_as: str | None = Field(default=None, description="La question telle qu'elle a été comprise, "
                                      "quand elle a été rattachée aux tours précédents.")
    answer: AnswerOut
    citations: list[CitationOut]


class SearchHitOut(BaseModel):
    rank: int
    passage_id: str
    doc: str
    title: str
    location: str
    location_detail: LocationDetail
    url: str | None = None
    link: str | None = Field(default=None, description="Lien vers l'endroit du passage (page du PDF…).")
    date: str | None = None
    text: str
    context: str = Field(description="Titre de section ou de diapositive du passage.")
    score: float
    lexical: float
    dense: float


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHitOut]


class DocumentOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "doc_id": "2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier",
        "path": "2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier.pdf",
        "title": "La santé mentale dans mon quartier : un programme expérimental 2022-2023",
        "kind": "slides", "kind_label": "diaporama", "date": "2023-02-02", "published": None,
        "event": "Webinaire Santé mentale et politique de la ville en Hauts-de-France (IREV, CCOMS)",
        "organisers": ["CCOMS - Centre national de ressources et d'appui aux CLSM"],
        "speakers": ["Fanny Pastant", "Sonia Charapoff"], "region": "Hauts-de-France",
        "url": "https://www.irev.fr/", "passages": 24,
    }]})

    doc_id: str
    path: str
    title: str
    kind: str = Field(description="Type de document tel que le catalogue l'écrit : « slides », « report »…")
    kind_label: str = Field(default="", description="Le type en français : « diaporama », « rapport »…")
    date: str | None = None
    published: str | None = None
    event: str | None = None
    organisers: list[str] = []
    speakers: list[str] = []
    region: str | None = None
    url: str | None = None
    passages: int = Field(description="Nombre de passages indexés.")


class DocumentsResponse(BaseModel):
    generation: str
    documents: list[DocumentOut]


class ReadyResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "prêt", "generation": "gen-000003", "documents": 5, "passages": 180,
        "model": "use-multilingual", "built_at": "2024-05-02T10:14:03+00:00"}]})

    status: str
    generation: str
    documents: int
    passages: int
    model: str
    built_at: str


class OcrOut(BaseModel):
    pages: int = Field(description="Pages scannées lues par OCR (Tesseract) pendant cette mise à jour.")
    cached: int = Field(description="Pages scannées dont la lecture déjà faite a été reprise (même image).")
    seconds: float = Field(description="Durée de la reconnaissance, en secondes.")


class IngestReportOut(BaseModel):
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    removed: list[str]
    failed: list[dict]
    warnings: list[dict] = Field(default_factory=list, description="Fichiers indexés malgré une entrée douteuse "
                                 "du catalogue (un type de document inconnu…) : « path » et « message ».")
    ocr: OcrOut | None = Field(default=None, description="Ce que l'OCR a lu (pages scannées des PDF).")
    generation: str | None


class JobProgress(BaseModel):
    stage: str = Field(description="« files » (lecture des fichiers), « embedding », « sentences » ou vide.")
    done: int
    total: int


class JobOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "3f2a9c1b7d4e", "state": "en cours", "progress": {"stage": "embedding", "done": 64, "total": 150},
        "started": "2026-12-01T09:30:00Z", "finished": None, "report": None, "error": None}]})

    id: str
    state: str = Field(description="« en cours », « terminé » ou « échoué ».")
    progress: JobProgress
    started: str
    finished: str | None = None
    report: IngestReportOut | None = Field(default=None, description="Le bilan, une fois terminé.")
    error: str | None = Field(default=None, description="La raison, en cas d'échec.")


class UploadResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "file": "2024-06-11_irev_webinaire-cls.pdf",
        "catalog": {"title": "Webinaire CLS et santé mentale", "kind": "slides", "date": "2024-06-11"},
        "indexed": True,
        "report": {"added": ["2024-06-11_irev_webinaire-cls.pdf"], "updated": [], "unchanged": [],
                   "removed": [], "failed": [], "generation": "gen-000004"},
        "message": "Document enregistré et indexé.",
    }]})

    file: str
    catalog: dict
    indexed: bool
    report: IngestReportOut | None
    message: str


class LastRefresh(BaseModel):
    time: str = Field(description="Fin de la mise à jour (UTC, ISO 8601).")
    report: dict | None = Field(description="Son bilan (ajoutés, modifiés, retirés, en échec et pourquoi).")
    error: str | None = Field(description="La raison, si elle a échoué.")


class AdminStatus(BaseModel):
    """The live index as the admin page shows it."""

    generation: str | None = Field(description="La génération en service (null avant la première).")
    built_at: str | None
    model: str | None
    passages: int
    documents: list[DocumentOut]
    formats: list[str] = Field(description="Les extensions de fichier acceptées à l'ajout.")
    last_refresh: LastRefresh | None = Field(description="La dernière mise à jour (API, ligne de commande, ajout).")
    running_job: JobOut | None = Field(description="La mise à jour en cours, s'il y en a une.")


class RemovedDocument(BaseModel):
    doc_id: str
    report: IngestReportOut
    message: str


class ErrorOut(BaseModel):
    """Every error: a French message fit to show to the person."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"detail": "La question est trop longue (1 204 caractères, maximum 1000)."}]})

    detail: str
    errors: list[dict] | None = None


ERRORS = {
    413: {"model": ErrorOut, "description": "Corps de requête trop volumineux."},
    422: {"model": ErrorOut, "description": "Question trop longue, vide ou JSON mal formé."},
    429: {"model": ErrorOut, "description": "Trop de requêtes : voir l'en-tête Retry-After."},
    503: {"model": ErrorOut, "description": "Index pas encore disponible."},
}
ADMIN_ERRORS = {
    401: {"model": ErrorOut, "description": "Jeton absent."},
    403: {"model": ErrorOut, "description": "Jeton invalide."},
    409: {"model": ErrorOut, "description": "Une mise à jour est déjà en cours."},
    503: {"model": ErrorOut, "description": "Administration désactivée (aucun jeton configuré)."},
}
