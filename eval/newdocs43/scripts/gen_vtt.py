# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (style Zoom) du webinaire du CLSM du 20 novembre 2025 (lot newdocs43).

Chaque repère : numéro, horodatage « HH:MM:SS.mmm --> HH:MM:SS.mmm », puis « Prénom Nom: texte ».
Le texte vient de vtt_text.py ; la durée totale est calée autour de 15 minutes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vtt_text import TURNS  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-20_clsm-montclavel_webinaire-assistants-familiaux.vtt")
TARGET = 905.0   # secondes
GAP = 0.9        # silence entre deux tours de parole
START = 4.2      # le temps que les participants arrivent


def chunks(text):
    out, cur = [], []
    for w in text.split():
        cur.append(w)
        if (len(cur) >= 9 and w[-1] in ".,?!:;") or len(cur) >= 16:
            out.append(cur)
            cur = []
    if cur:
        if len(cur) < 4 and out:
            out[-1] += cur
        else:
            out.append(cur)
    return [" ".join(c) for c in out]


def ts(x):
    ms = int(round(x * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


words = sum(len(t.split()) for _, t in TURNS)
rate = words / (TARGET - START - GAP * (len(TURNS) - 1))
lines = ["WEBVTT", ""]
t = START
n = 0
for k, (who, text) in enumerate(TURNS):
    if k:
        t += GAP
    for c in chunks(text):
        n += 1
        dur = len(c.split()) / rate
        lines += [str(n), "%s --> %s" % (ts(t), ts(t + dur)), "%s: %s" % (who, c), ""]
        t += dur
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print(OUT, "%d repères, %.1f s, %.2f mots/s" % (n, t, rate))
