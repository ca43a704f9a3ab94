"""Scanned PDF pages: which pages need OCR, their page images, and the text Tesseract reads on them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ocr import OcrRun, OcrUnavailable, Reading

MIN_IMAGE_PIXELS = 300 * 300  # smaller images are logos or icons, not scanned pages


@dataclass
class Recognised:
    """The OCR of a PDF's pages without text: which pages got text, the pages left out and why (French),
    and why OCR could not run at all when some page needed it."""

    texts: dict[int, str] = field(default_factory=dict)  # page index (from 0) -> recognised text
    notes: list[str] = field(default_factory=list)
    missing: str | None = None
    attempted: bool = False  # some page had a text-less image worth reading


def needs_ocr(text: str) -> bool:
    """A page needs OCR when its text layer holds no letter (nothing, or a stamped page number only)."""
    return not any(ch.isalpha() for ch in text)


def page_images(page) -> list:
    """The page's images large enough to be a scan, in grey levels, turned the way the page is shown."""
    images = []
    for image_file in page.images:
        image = image_file.image
        if image is None or image.width * image.height < MIN_IMAGE_PIXELS:
            continue
        image = image.convert("L")
        rotation = (page.rotation or 0) % 360
        if rotation:
            image = image.rotate(-rotation, expand=True)  # /Rotate turns clockwise, PIL counter-clockwise
        images.append(image)
    return images


def scan_dpi(page, image) -> int | None:
    """The resolution the image is shown at on the page (Tesseract reads better knowing it)."""
    try:
        longest_inches = max(float(page.mediabox.width), float(page.mediabox.height)) / 72
        return round(max(image.size) / longest_inches) if longest_inches > 0 else None
    except Exception:  # noqa: BLE001 - an odd media box only costs the hint
        return None


def _combined(readings: list[Reading]) -> Reading:
    words = sum(r.words for r in readings)
    confidence = sum(r.confidence * r.words for r in readings) / words if words else 0.0
    return Reading("\n".join(r.text for r in readings if r.text), words, confidence)


def recognise(pages: list, texts: list[str], run: OcrRun) -> Recognised:
    """Read by OCR the pages whose text layer is empty but which show an image; pages keep their numbers.

    A page whose reading is too poor is left out with a note; a page whose images hold no word at all is
    left out silently, like a page without text."""
    result = Recognised()
    unread: list[int] = []
    for index, (page, text) in enumerate(zip(pages, texts)):
        if not needs_ocr(text):
            continue
        number = index + 1
        try:
            images = page_images(page)
        except Exception as exc:  # noqa: BLE001 - pypdf or Pillow failing on one image leaves the page out
            result.notes.append(f"p. {number} : image de la page illisible ({type(exc).__name__}), page non indexée")
            continue
        if not images:
            continue
        result.attempted = True
        if result.missing:
            unread.append(number)
            continue
        try:
            reading = _combined([run.read(image, scan_dpi(page, image)) for image in images])
        except OcrUnavailable as exc:
            result.missing = str(exc)
            unread.append(number)
            continue
        except RuntimeError as exc:
            result.notes.append(f"p. {number} : {exc}, page non indexée")
            continue
        if reading.words == 0:
            continue
        problem = reading.problem()
        if problem:
            result.notes.append(f"p. {number} : {problem}, page non indexée")
        else:
            result.texts[index] = reading.text
    if unread:
        what = "page scannée non lue" if len(unread) == 1 else "pages scannées non lues"
        result.notes.append(f"p. {', '.join(str(n) for n in unread)} : {what} — {result.missing}")
    return result
