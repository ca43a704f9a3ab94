"""OCR in French with Tesseract (pytesseract): page images to text, a quality gate, a cache by image hash."""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGE = "fra"
OCR_VERSION = 1  # bump when what a recognition gives changes (language, options): cached readings are not reused
MIN_CONFIDENCE = 60.0  # mean word confidence (Tesseract's 0-100) under which a page's text is noise, not indexed
MIN_WORDS = 3  # words of two letters or more a page needs to count as read
PAGE_TIMEOUT_S = 180  # one page's recognition is stopped after this long
# Tesseract's own OpenMP threads made a page 2x slower on 2 shared cores (bench/ocr_bench.py): one thread,
# unless OMP_THREAD_LIMIT is set in the environment.
THREADS = "1"
CACHE_DIR = "ocr-cache"  # in the index folder: one JSON file per page image already recognised
INSTALL_HINT = ("installez Tesseract et ses données françaises (Debian/Ubuntu : "
                "sudo apt-get install tesseract-ocr tesseract-ocr-fra), puis relancez la mise à jour")

_tesseract_lock = threading.Lock()  # pytesseract reads its command from a module global


@dataclass(frozen=True)
class Reading:
    """What Tesseract read on one image: its lines of text, its word count and mean word confidence."""

    text: str
    words: int
    confidence: float

    def problem(self) -> str | None:
        """Why this reading is too poor to index (French), or None when it is usable."""
        real = sum(1 for word in self.text.split() if sum(ch.isalpha() for ch in word) >= 2)
        if real < MIN_WORDS:
            return f"trop peu de mots reconnus par l'OCR ({real})"
        if self.confidence < MIN_CONFIDENCE:
            return (f"reconnaissance OCR trop incertaine (confiance moyenne {round(self.confidence)} %, "
                    f"minimum {round(MIN_CONFIDENCE)} %)")
        return None


def reading_from_data(data: dict) -> Reading:
    """A Reading from pytesseract's image_to_data dictionary: words grouped back into their lines."""
    lines: dict[tuple, list[str]] = {}
    confidences = []
    for i, word in enumerate(data.get("text", [])):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        confidences.append(conf)
    text = "\n".join(" ".join(words) for words in lines.values())
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return Reading(text=text, words=len(confidences), confidence=mean)


class OcrUnavailable(Exception):
    """Tesseract or its French data is missing; the message says how to install them (French)."""


class Ocr:
    """Tesseract run through pytesseract on PIL images, with readings cached by image content hash."""

    def __init__(self, tesseract_cmd: str = "tesseract", cache_dir: Path | None = None):
        self.tesseract_cmd = tesseract_cmd or "tesseract"
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self._missing: str | None | bool = False  # False: not checked yet

    def missing(self) -> str | None:
        """Why OCR cannot run here (French, with how to install), or None when Tesseract reads French."""
        if self._missing is False:
            self._missing = self._check()
        return self._missing  # type: ignore[return-value]

    def _check(self) -> str | None:
        command = shutil.which(self.tesseract_cmd)
        if command is None:
            return f"Tesseract est introuvable (« {self.tesseract_cmd} ») : {INSTALL_HINT}"
        try:
            listed = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"Tesseract ne démarre pas ({type(exc).__name__}) : {INSTALL_HINT}"
        languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
        if LANGUAGE not in languages:
            return f"les données françaises de Tesseract sont absentes : {INSTALL_HINT}"
        return None

    def read(self, image, dpi: int | None = None) -> tuple[Reading, bool]:
        """Recognise the text of a PIL image; (reading, True) when it came from the cache.

        OcrUnavailable when Tesseract is missing; RuntimeError when it fails or takes too long."""
        key = image_key(image)
        cached = self._cached(key)
        if cached is not None:
            return cached, True
        problem = self.missing()
        if problem:
            raise OcrUnavailable(problem)
        import pytesseract

        config = f"--dpi {max(70, min(1200, dpi))}" if dpi else ""
        with _tesseract_lock:
            pytesseract.pytesseract.tesseract_cmd = self.tesseract_cmd
            pytesseract.pytesseract.environ = {"OMP_THREAD_LIMIT": THREADS, **os.environ}  # its child's environment
            try:
                data = pytesseract.image_to_data(image, lang=LANGUAGE, config=config, timeout=PAGE_TIMEOUT_S,
                                                 output_type=pytesseract.Output.DICT)
            except pytesseract.TesseractNotFoundError as exc:
                raise OcrUnavailable(f"Tesseract est introuvable : {INSTALL_HINT}") from exc
            except pytesseract.TesseractError as exc:
                raise RuntimeError(f"Tesseract a échoué ({str(exc.message).strip()[:120]})") from exc
            except RuntimeError as exc:  # pytesseract's timeout
                raise RuntimeError(f"reconnaissance interrompue après {PAGE_TIMEOUT_S} s") from exc
        reading = reading_from_data(data)
        self._store(key, reading)
        return reading, False

    def _cache_path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.json" if self.cache_dir else None

    def _cached(self, key: str) -> Reading | None:
        path = self._cache_path(key)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text("utf-8"))
            return Reading(str(data["text"]), int(data["words"]), float(data["confidence"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store(self, key: str, reading: Reading) -> None:
        """Keep a reading for the next refresh (a failure to write only costs a new recognition)."""
        path = self._cache_path(key)
        if path is None:
            return
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"text": reading.text, "words": reading.words,
                                       "confidence": reading.confidence}, ensure_ascii=False), "utf-8")
            os.replace(tmp, path)


def image_key(image) -> str:
    """Content hash of a PIL image's pixels, with what else changes its reading (language, OCR version)."""
    digest = hashlib.sha256(f"{OCR_VERSION}|{LANGUAGE}|{image.mode}|{image.size}|".encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


@dataclass
class OcrRun:
    """What OCR did during one refresh: pages recognised (and from the cache), time spent, pages left out."""

    ocr: Ocr
    pages: int = 0
    cached: int = 0
    seconds: float = 0.0
    left_out: dict[str, list[str]] = field(default_factory=dict)  # file path -> French notes, one per page

    def read(self, image, dpi: int | None = None) -> Reading:
        """Read one page image, counting it; OcrUnavailable or RuntimeError as `Ocr.read`."""
        start = time.perf_counter()
        reading, cached = self.ocr.read(image, dpi)
        if cached:
            self.cached += 1
        else:
            self.pages += 1
            self.seconds += time.perf_counter() - start
        return reading

    def note(self, path: Path | str, message: str) -> None:
        self.left_out.setdefault(str(path), []).append(message)


_current: contextvars.ContextVar[OcrRun | None] = contextvars.ContextVar("ocr_run", default=None)


@contextlib.contextmanager
def ocr_run(tesseract_cmd: str = "tesseract", cache_dir: Path | None = None):
    """Make PDF loading inside this block use Tesseract from `tesseract_cmd` and this cache; yields the OcrRun."""
    run = OcrRun(Ocr(tesseract_cmd, cache_dir))
    token = _current.set(run)
    try:
        yield run
    finally:
        _current.reset(token)


def current_run() -> OcrRun:
    """The OcrRun of the enclosing `ocr_run` block, or a fresh one (default command, no cache) outside any."""
    return _current.get() or OcrRun(Ocr())


def available(tesseract_cmd: str = "tesseract") -> bool:
    """True when Tesseract with its French data can run from this command."""
    return Ocr(tesseract_cmd).missing() is None
