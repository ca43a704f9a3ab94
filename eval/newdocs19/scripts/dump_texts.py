# -*- coding: utf-8 -*-
"""Affiche le texte extrait de chaque document (comme check.py le lit, avant normalisation pour PPTX/DOCX) : aide à
choisir des preuves verbatim. Usage : python dump_texts.py [fragment-du-nom]"""
import sys
import check

docs = check.load_docs()
for stem, path in docs.items():
    if len(sys.argv) > 1 and sys.argv[1] not in stem:
        continue
    d = check.Doc(path)
    print("=" * 20, stem, len(d.units), "unités")
    for i, u in enumerate(d.units):
        print("--- unité", i + 1)
        print(u[:20000])
