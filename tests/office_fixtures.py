"""Office fixture files written for real with python-pptx, python-docx, odfpy and msoffcrypto-tool (no mocks)."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SlideSpec:
    """One slide to write: title, bullet lines, speaker notes, hidden or shown."""

    title: str
    lines: list[str] = field(default_factory=list)
    notes: str = ""
    hidden: bool = False


# A block of a text document: ("h1".."h3", text), ("p", text), ("table", rows), ("footnote", (text, note)),
# ("comment", (text, comment)).
DocBlock = tuple[str, object]


def write_pptx(path: Path, slides: list[SlideSpec], title: str = "") -> Path:
    """A PowerPoint deck: title-and-content slides, notes in each slide's notes page, hidden ones show="0"."""
    from pptx import Presentation

    deck = Presentation()
    deck.core_properties.title = title
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = spec.title
        body = slide.placeholders[1].text_frame
        for i, line in enumerate(spec.lines):
            paragraph = body.paragraphs[0] if i == 0 else body.add_paragraph()
            paragraph.text = line
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
        if spec.hidden:
            slide._element.set("show", "0")
    deck.save(str(path))
    return path


def write_odp(path: Path, slides: list[SlideSpec], title: str = "") -> Path:
    """An Impress deck: title and outline frames, notes in presentation:notes, hidden slides through their
    drawing-page style (presentation:visibility="hidden"), as LibreOffice writes them."""
    from odf import dc
    from odf.draw import Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import DrawingPageProperties, MasterPage, PageLayout, PageLayoutProperties, Style
    from odf.text import List, ListItem, P

    doc = OpenDocumentPresentation()
    if title:
        doc.meta.addElement(dc.Title(text=title))
    layout = PageLayout(name="PM1")
    layout.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="21cm", printorientation="landscape"))
    doc.automaticstyles.addElement(layout)
    hidden = Style(name="dp2", family="drawing-page")
    hidden.addElement(DrawingPageProperties(visibility="hidden"))
    doc.automaticstyles.addElement(hidden)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    for n, spec in enumerate(slides, start=1):
        page = Page(name=f"page{n}", masterpagename=master, **({"stylename": hidden} if spec.hidden else {}))
        frame = _frame("title", width="25cm", height="3cm", x="1.5cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=spec.title))
        frame.addElement(box)
        page.addElement(frame)
        if spec.lines:
            frame = _frame("outline", width="25cm", height="14cm", x="1.5cm", y="5cm")
            box, items = TextBox(), List()
            for line in spec.lines:
                item = ListItem()
                item.addElement(P(text=line))
                items.addElement(item)
            box.addElement(items)
            frame.addElement(box)
            page.addElement(frame)
        if spec.notes:
            notes, box = Notes(), TextBox()
            frame = _frame("notes", width="16cm", height="12cm", x="2cm", y="14cm")
            box.addElement(P(text=spec.notes))
            frame.addElement(box)
            notes.addElement(frame)
            page.addElement(notes)
        doc.presentation.addElement(page)
    doc.save(str(path))
    return path


def _frame(presentation_class: str, **size):
    """A draw:frame of the given presentation:class (title, outline, notes)."""
    from odf.draw import Frame
    from odf.namespaces import PRESENTATIONNS

    frame = Frame(**size)
    frame.setAttrNS(PRESENTATIONNS, "class", presentation_class)
    return frame


def write_docx(path: Path, blocks: list[DocBlock], title: str = "") -> Path:
    """A Word document: headings (Heading n styles), paragraphs, tables with a header row, comments."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for kind, value in blocks:
        if kind.startswith("h"):
            document.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "table":
            rows = list(value)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "comment":
            text, comment = value
            paragraph = document.add_paragraph(text)
            document.add_comment(paragraph.runs, text=comment, author="Relecteur", initials="R")
    document.save(str(path))
    return path


def write_odt(path: Path, blocks: list[DocBlock], title: str = "") -> Path:
    """A Writer document: text:h headings, paragraphs, tables with header rows, footnotes and comments."""
    from odf import dc, office
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import H, Note, NoteBody, NoteCitation, P

    doc = OpenDocumentText()
    if title:
        doc.meta.addElement(dc.Title(text=title))
    for n, (kind, value) in enumerate(blocks):
        if kind.startswith("h"):
            doc.text.addElement(H(outlinelevel=int(kind[1]), text=str(value)))
        elif kind == "p":
            doc.text.addElement(P(text=str(value)))
        elif kind == "table":
            rows = list(value)
            table = Table(name=f"Tableau{n}")
            table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            header = TableHeaderRows()
            table.addElement(header)
            for r, row in enumerate(rows):
                table_row = TableRow()
                for cell in row:
                    table_cell = TableCell()
                    table_cell.addElement(P(text=cell))
                    table_row.addElement(table_cell)
                (header if r == 0 else table).addElement(table_row)
            doc.text.addElement(table)
        elif kind in ("footnote", "comment"):
            text, extra = value
            paragraph = P(text=text)
            if kind == "footnote":
                note = Note(id=f"ftn{n}", noteclass="footnote")
                note.addElement(NoteCitation(text="1"))
                body = NoteBody()
                body.addElement(P(text=extra))
                note.addElement(body)
                paragraph.addElement(note)
            else:
                annotation = office.Annotation()
                annotation.addElement(dc.Creator(text="Relecteur"))
                annotation.addElement(P(text=extra))
                paragraph.addElement(annotation)
            doc.text.addElement(paragraph)
    doc.save(str(path))
    return path


def encrypt_ooxml(source: Path, target: Path, password: str = "secret") -> Path:
    """The Office file `source` saved with a password (ECMA-376 agile encryption, as Office does)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain:
        out = io.BytesIO()
        OOXMLFile(plain).encrypt(password, out)
    target.write_bytes(out.getvalue())
    return target


def encrypt_odf(source: Path, target: Path, password: str = "secret") -> Path:
    """The OpenDocument file `source` saved with a password: content.xml deflated, then AES-256-CBC with a
    PBKDF2 key, its encryption data in the manifest (ODF 1.2 section 3.4, as LibreOffice writes it)."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    plain = members["content.xml"]
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed = packed.compress(plain) + packed.flush()
    salt, iv = os.urandom(16), os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha1", hashlib.sha256(password.encode()).digest(), salt, 100000, 32)
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padder.update(compressed) + padder.finalize()) + encryptor.finalize()
    b64 = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    entry = (
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" '
        f'manifest:size="{len(plain)}"><manifest:encryption-data manifest:checksum-type='
        f'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum='
        f'"{b64(hashlib.sha256(compressed[:1024]).digest())}"><manifest:algorithm manifest:algorithm-name='
        f'"http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="{b64(iv)}"/>'
        f'<manifest:start-key-generation manifest:start-key-generation-name='
        f'"http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/><manifest:key-derivation '
        f'manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" '
        f'manifest:salt="{b64(salt)}"/></manifest:encryption-data></manifest:file-entry>'
    )
    manifest = members["META-INF/manifest.xml"].decode()
    start = manifest.index('<manifest:file-entry manifest:full-path="content.xml"')
    end = manifest.index("/>", start) + 2
    members["META-INF/manifest.xml"] = (manifest[:start] + entry + manifest[end:]).encode()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", members.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", encrypted, compress_type=zipfile.ZIP_STORED)
        members.pop("content.xml")
        for name, raw in members.items():
            archive.writestr(name, raw, compress_type=zipfile.ZIP_DEFLATED)
    return target
