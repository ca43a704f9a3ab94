import re, unicodedata, math
VTT="/work/main/eval/newdocs4/corpus/2025-10-07_pole-ressources-ville-bfc_webinaire-logement-sante-mentale.vtt"
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()
def cues():
    out=[]
    for b in open(VTT, encoding="utf-8").read().split("\n\n"):
        ls=b.strip().split("\n")
        if ls and "-->" in ls[0]:
            h,m,s=ls[0].split(" --> ")[0].split(":")
            out.append((int(h)*3600+int(m)*60+float(s), ls[1:]))
    return out
def first_second(ev):
    cs=cues()
    a=norm(ev[0][0])
    for sec, ls in cs:
        if any(a in norm(l) for l in ls):
            return int(math.floor(sec))
    raise SystemExit("not found: "+ev[0][0])
