"""The README's configuration table is the list of settings: every `Settings` field is in it, every row is a
setting, and `cli.py serve` started with every row as the README writes it (environment variables, then the same
values in assistant.toml) shows each value at work wherever an endpoint can show it."""

from __future__ import annotations

import json
import re
import socket
import time
from pathlib import Path

import httpx
import psutil
import pytest
from conftest import FAST_EMBEDDER
from helpers import ROOT, start_cli
from llm_standin import Reply, StandInChat, first_sentence, passages

from assistant.config import Settings

README = ROOT / "README.md"
ENV_NAME = re.compile(r"ASSISTANT_[A-Z0-9_]+(?:<NAME>)?")
HOST = "127.0.0.2"  # another loopback address than the default: the host setting is seen at work
TOKEN = "jeton-tableau-4c1e"
QUESTION = "Qui réunit le conseil local de santé mentale de Figeac ?"
DOCUMENTS = {  # file -> text; one of them too large for the max_file_mb chosen below
    "figeac.md": "# CLSM de Figeac\n\nLe conseil local de santé mentale de Figeac réunit les élus, la psychiatrie "
                 "publique, les bailleurs et les usagers. Il se réunit deux fois par an en assemblée plénière. "
                 "Son coordinateur anime trois groupes de travail : logement, jeunesse et accès aux soins.\n",
    "cahors.md": "# CLSM de Cahors\n\nLe CLSM de Cahors a ouvert une cellule de cas complexes en 2023.\n",
    "rodez.md": "# CLSM de Rodez\n\nÀ Rodez, le conseil local de santé mentale forme les agents d'accueil.\n",
    "volumineux.txt": "Un document trop volumineux pour le réglage choisi. " * 600,
}
CATALOG = '["figeac.md"]\ntitle = "Compte rendu du CLSM de Figeac"\n'

# Values chosen so that an endpoint shows them at work; every other setting gets a value derived from its type.
OBSERVED = {
    "ASSISTANT_EMBEDDER": FAST_EMBEDDER,
    "ASSISTANT_ADMIN_TOKEN": TOKEN,
    "ASSISTANT_HOST": HOST,
    "ASSISTANT_API_WORKERS": "2",
    "ASSISTANT_RATE_LIMIT_PER_MINUTE": "3",
    "ASSISTANT_MAX_UPLOAD_MB": "0.05",
    "ASSISTANT_MAX_FILE_MB": "0.01",
    "ASSISTANT_TOP_K": "2",
    "ASSISTANT_CATALOG_FILE": "notices.toml",
    "ASSISTANT_WATCH_CORPUS": "true",
    "ASSISTANT_WATCH_DEBOUNCE_S": "0.2",
    "ASSISTANT_WATCH_SETTLE_S": "0.3",
    "ASSISTANT_UNKNOWN_WORDS_SHARE": "0.9",
    "ASSISTANT_ABSTAIN_THRESHOLD": "0.05",
    "ASSISTANT_LLM_API_KEY": "cle-tableau-9d2f",
}
ENV_ONLY = {"llm_api_key"}  # read from the environment only: written in assistant.toml, it must be ignored


def one_faithful_sentence(body: dict) -> Reply:
    """The stand-in model's answer: the first sentence of passage [1], cited (one sentence, as max_sentences=1)."""
    prompt = body["messages"][-1]["content"]
    return Reply.text(f"{first_sentence(passages(prompt)[0][1])} [1].")


def configuration_table() -> dict[str, str]:
    """Each environment name of the README's configuration table -> the meaning cell of its row ("" for a row of
    several settings: its examples are not told apart)."""
    section = README.read_text("utf-8").split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `ASSISTANT_") and len(cells) == 2:
            names = ENV_NAME.findall(cells[0])
            rows |= {name: cells[1] if len(names) == 1 else "" for name in names}
    return rows


def readme_toml_block() -> str:
    return README.read_text("utf-8").split("\n## Configuration\n", 1)[1].split("```toml\n", 1)[1].split("```")[0]


def field_of(env_name: str) -> str:
    return env_name.removeprefix("ASSISTANT_").split("__")[0].lower()


def test_every_setting_is_in_the_table_and_every_row_is_a_setting():
    table = configuration_table()
    documented = {field_of(name) for name in table}
    assert set(Settings.model_fields) - documented == set(), "réglages absents du tableau du README"
    assert documented - set(Settings.model_fields) == set(), "lignes du tableau qui ne sont pas des réglages"
    assert "ASSISTANT_TUNING__<NAME>" in table  # the nested group, by its documented form


def _default(name: str):
    info = Settings.model_fields[name]
    return info.default_factory() if info.default_factory else info.default


def _valid(name: str, text: str) -> bool:
    try:
        return getattr(Settings(**{name: text}), name) != _default(name)
    except ValueError:
        return False


def documented_value(env_name: str, meaning: str) -> str:
    """The first example the README gives in the row that is not the default, else one derived from the type."""
    name = field_of(env_name)
    for example in re.findall(r"`([^`]+)`", meaning):
        if not example.startswith("ASSISTANT_") and _valid(name, example):
            return example
    default = _default(name)
    if isinstance(default, bool):
        return str(not default).lower()
    if isinstance(default, int):
        return str(default + 1)
    if isinstance(default, float):
        return str(default / 2 if default else 0.5)
    raise AssertionError(f"donnez une valeur de test à {env_name}")


def server_values(tmp: Path, port: int, llm_url: str) -> dict[str, str]:
    """Every row of the table with a value, as environment variables written the way the README writes them;
    the language model is the stand-in at `llm_url`."""
    table = configuration_table()
    paths = {"ASSISTANT_CORPUS_DIR": tmp / "corpus", "ASSISTANT_INDEX_DIR": tmp / "index",
             "ASSISTANT_DATA_DIR": tmp / "data"}
    values = {}
    for env_name, meaning in table.items():
        if env_name == "ASSISTANT_TUNING__<NAME>":
            values["ASSISTANT_TUNING__MAX_SENTENCES"] = "1"  # the example the row gives
        elif env_name in paths:
            values[env_name] = str(paths[env_name])
        elif env_name == "ASSISTANT_PORT":
            values[env_name] = str(port)
        elif env_name == "ASSISTANT_LLM_BASE_URL":
            values[env_name] = llm_url
        else:
            values[env_name] = OBSERVED.get(env_name) or documented_value(env_name, meaning)
    return values


def as_toml(values: dict[str, str]) -> str:
    """The same values in assistant.toml: parsed by Settings (together: some go in pairs), each written with its
    TOML type; the README's own [tuning] block."""
    lines = []
    parsed = Settings(**{field_of(e): t for e, t in values.items() if field_of(e) not in {"tuning", *ENV_ONLY}})
    for env_name, text in values.items():
        name = field_of(env_name)
        if name == "tuning":
            continue
        value = text if name in ENV_ONLY else getattr(parsed, name)
        if isinstance(value, Path):
            value = str(value)
        lines.append(f"{name} = {json.dumps(value).lower() if isinstance(value, bool) else json.dumps(value)}")
    return "\n".join(lines) + "\n\n" + readme_toml_block()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def lay_out_corpus(tmp: Path) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, "utf-8")
    (corpus / "notices.toml").write_text(CATALOG, "utf-8")


def until(check, what: str, timeout: float = 120.0, server=None):
    deadline = time.monotonic() + timeout
    while True:
        if server is not None and server.poll() is not None:
            raise AssertionError(f"le serveur s'est arrêté : {server.communicate()[1][-3000:]}")
        try:
            if check():
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"délai dépassé : {what}"
        time.sleep(0.3)


class Client:
    """Requests from the test as if through the trusted proxy: each from another client address (the rate limit
    of 3 a minute applies per client)."""

    def __init__(self, url: str):
        self.http = httpx.Client(base_url=url, timeout=30)
        self.n = 0

    def __call__(self, method: str, path: str, client: str | None = None, **kwargs) -> httpx.Response:
        self.n += 1
        headers = {"X-Forwarded-For": client or f"203.0.113.{self.n % 250 + 1}", **kwargs.pop("headers", {})}
        return self.http.request(method, path, headers=headers, **kwargs)


def documents(call) -> set[str]:
    response = call("GET", "/v1/documents")
    return {d["path"] for d in response.json()["documents"]} if response.status_code == 200 else set()


def check_server_uses(values: dict[str, str], tmp: Path, server, tuning: dict, chat: StandInChat, form: str) -> None:
    url = f"http://{HOST}:{values['ASSISTANT_PORT']}"
    call = Client(url)
    expected = {"figeac.md", "cahors.md", "rodez.md"}
    # host, port; the watch builds the index at start (corpus and index folders, embedder, catalog, file limit)
    until(lambda: all(documents(call) == expected for _ in range(4)), "le corpus indexé par la surveillance",
          server=server)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{values['ASSISTANT_PORT']}/healthz", timeout=2)
    ready = call("GET", "/readyz").json()
    assert ready["model"] == values["ASSISTANT_EMBEDDER"] and ready["documents"] == 3
    titles = {d["path"]: d["title"] for d in call("GET", "/v1/documents").json()["documents"]}
    assert titles["figeac.md"] == "Compte rendu du CLSM de Figeac"
    # the server's processes (api_workers)
    workers = [p for p in psutil.Process(server.pid).children(recursive=True) if "python" in p.name().lower()]
    assert len(workers) >= int(values["ASSISTANT_API_WORKERS"])
    # the watch: a document dropped in the corpus is served
    (tmp / "corpus" / "millau.md").write_text("# CLSM de Millau\n\nLe CLSM de Millau prépare un forum.\n", "utf-8")
    until(lambda: all("millau.md" in documents(call) for _ in range(4)), "le document ajouté", server=server)
    # admin token; CORS origins
    assert call("GET", "/v1/admin/jobs/inconnu").status_code == 401
    assert call("GET", "/v1/admin/jobs/inconnu", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404
    for origin in re.split(r"\s*,\s*", values["ASSISTANT_CORS_ORIGINS"]):
        allowed = call("GET", "/healthz", headers={"Origin": origin}).headers.get("access-control-allow-origin")
        assert allowed == origin
    # rate limit per client, clients told apart by X-Forwarded-For from the trusted proxy (per worker process)
    burst = 2 * int(values["ASSISTANT_RATE_LIMIT_PER_MINUTE"]) * int(values["ASSISTANT_API_WORKERS"]) + 1
    same = [call("GET", "/v1/search", client="198.51.100.7", params={"q": "CLSM"}).status_code for _ in range(burst)]
    assert 429 in same
    assert all(call("GET", "/v1/search", params={"q": "CLSM"}).status_code == 200 for _ in range(burst))
    # limits: question length, body size, upload size
    limit = int(values["ASSISTANT_MAX_QUESTION_CHARS"])
    assert call("GET", "/v1/search", params={"q": "a" * limit}).status_code == 200
    assert call("GET", "/v1/search", params={"q": "a" * (limit + 1)}).status_code == 422
    body_limit = int(values["ASSISTANT_MAX_BODY_BYTES"])
    for size, refused in ((body_limit, False), (body_limit + 1, True)):
        pad = " " * (size - len(json.dumps({"question": QUESTION, "pad": ""})))
        body = json.dumps({"question": QUESTION, "pad": pad})
        status = call("POST", "/v1/ask", content=body, headers={"Content-Type": "application/json"}).status_code
        assert (status == 413) is refused, (size, status)
    upload = int(float(values["ASSISTANT_MAX_UPLOAD_MB"]) * 1024 * 1024) + 1
    refused = call("POST", "/v1/admin/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                   files={"file": ("gros.txt", b"a" * upload, "text/plain")}, data={"title": "Gros"})
    assert refused.status_code == 413, refused.text
    # question time: top_k passages cited, the tuning group, the question log off
    answer = call("POST", "/v1/ask", json={"question": QUESTION}).json()
    assert len(answer["citations"]) == int(values["ASSISTANT_TOP_K"])
    assert not answer["answer"]["abstained"] and "Figeac" in answer["answer"]["text"]
    assert len(answer["answer"]["sentences"]) <= tuning.get("max_sentences", 99)
    assert len(answer["answer"]["text"]) <= tuning.get("max_answer_chars", 10_000)
    # the answer written by the language model (its address, its name, the key from the environment only)
    assert answer["answer"]["mode"] == "generated", answer["answer"]
    request = chat.completions[-1]
    assert request.body["model"] == values["ASSISTANT_LLM_MODEL"]
    key = f"Bearer {values['ASSISTANT_LLM_API_KEY']}" if form == "environment" else None
    assert request.headers.get("Authorization") == key
    if values["ASSISTANT_QUESTION_LOG"] == "false":
        assert not (tmp / "data" / "questions.sqlite").exists()


@pytest.mark.server
@pytest.mark.subprocess
@pytest.mark.parametrize("form", ["environment", "assistant.toml"])
def test_the_server_takes_every_documented_setting(form, tmp_path):
    lay_out_corpus(tmp_path)
    chat = StandInChat(one_faithful_sentence)
    values = server_values(tmp_path, free_port(), chat.base_url)
    if form == "environment":
        env, tuning = values, {"max_sentences": 1}
    else:
        config = tmp_path / "assistant.toml"
        config.write_text(as_toml(values), "utf-8")
        env = {"ASSISTANT_CONFIG": str(config)}
        tuning = {"max_answer_chars": 350}
    server = start_cli("serve", **env)
    try:
        check_server_uses(values, tmp_path, server, tuning, chat, form)
    finally:
        chat.stop()
        server.terminate()
        try:
            _, err = server.communicate(timeout=30)
        except Exception:  # noqa: BLE001 - a worker that does not stop is killed with its supervisor
            server.kill()
            _, err = server.communicate()
    assert "Traceback" not in err, err[-3000:]
    assert values["ASSISTANT_LLM_API_KEY"] not in err
