"""A web page's citation opens on the quoted words in a real browser, also when the quote reads several of the
page's cells as one ("Enveloppe totale : 600 000 € …" from a <dt> and its <dd>)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from conftest import lexical_assistant

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                                reason="chromium absent : apt-get install -y chromium")]

FILLER = "\n".join(f"<p>Paragraphe {i} de présentation générale de l'agence et de ses missions.</p>" for i in range(80))
PAGE = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel à projets</title></head><body>
<main><h1>Appel à projets 2027 « Travailler et aller mieux »</h1>
{FILLER}
<aside class="en-bref"><h2>En bref</h2><dl>
<dt>Enveloppe totale</dt><dd>600 000 € sur deux ans (2027-2028)</dd>
<dt>Date limite de dépôt</dt><dd>15 janvier 2027 à 12 h</dd>
<dt>Nombre de projets visés</dt><dd>entre 8 et 12</dd></dl></aside>
<h2>La suite</h2>
{FILLER}
</main></body></html>"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "aap.html").write_text(PAGE, "utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/aap.html"
    server.shutdown()
    server.server_close()


def test_a_quote_read_from_a_definition_list_opens_the_page_on_it(tmp_path, site):
    from playwright.sync_api import sync_playwright

    catalog = f'["aap.html"]\ntitle = "Appel à projets 2027"\nurl = "{site}"\n'
    assistant = lexical_assistant(tmp_path, {"aap.html": PAGE, "catalog.toml": catalog})
    response = assistant.ask("Quelle est l'enveloppe totale de l'appel à projets 2027 ?")
    assert "Enveloppe totale : 600 000 €" in response.answer.text, response.answer.text
    link = response.citations[0].link
    assert link.startswith(site + "#:~:text=")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                    args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 900, "height": 600})
        page.goto(link)
        page.wait_for_function("window.scrollY > 0", timeout=5000)  # the page opened on the quote, not its top
        box = page.locator("dt", has_text="Enveloppe totale").bounding_box()
        assert box is not None and 0 <= box["y"] <= 600, box  # the <dt> quoted is on the screen
        browser.close()
