"""A web page's main content: furniture (menus, banners, sidebars, footers…) removed, its content column chosen."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag

from ..text import EMAIL, PHONE_FR

DROP_TAGS = ["script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "button", "select", "dialog"]
# Words of class, id and role names that mark page furniture, on any CMS (WordPress, Drupal, SPIP, Joomla…):
# cookie banners and their usual French libraries, menus, breadcrumbs, sharing, sidebars and their widgets,
# "related" and "most read" lists, newsletters, comments, pagination, footers. Names are cut into words at
# "-", "_" and case changes ("tarteaucitronRoot", "col-sidebar"); a word must be one of these.
CONSENT_WORDS = frozenset("cookie cookies consent gdpr rgpd tarteaucitron didomi axeptio onetrust cookiebot cmplz "
                          "orejime".split())
FURNITURE_WORDS = CONSENT_WORDS | frozenset("""
breadcrumb breadcrumbs ariane skip share sharing sharedaddy partage partager social socials sociaux
nav navbar navigation menu menus submenu megamenu sidebar sidebars moduletable
related relatedposts popular trending newsletter subscribe abonnement comments commentaires respond
pagination pager toolbar topbar modal popup footer pied tags aside toc sommaire
""".split())
# The same for names written in one word ("lespluslus", "skiplink", "mostread").
FURNITURE_COMPOUNDS = ("pluslus", "mostread", "lireaussi", "voiraussi", "memesujet", "skiplink", "postnav", "pagenav",
                       "tableofcontents", "tabledesmatieres")  # a table of contents repeats the page's headings
# A page's header: dropped unless it holds the page's h1 or an h2 (an article's own header).
HEADER_WORDS = frozenset({"header", "masthead", "banner", "entete", "bandeau"})
FURNITURE_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog"})
NEVER_DROPPED = frozenset({"html", "body", "main", "article", "h1", "h2", "h3", "h4", "h5", "h6"})
MAX_ID_WORDS = 3  # a longer id is a slug of a title ("comment-creer-un-clsm"), not a name of furniture
MAX_CLASS_WORDS = 4
LEFT_OUT_SHARE = 0.1  # the content column may leave out this share of the text around it, no more
# An element holding this share of the page's text is the content, whatever its names ("layout-with-sidebar"),
# unless they name a cookie banner.
CONTENT_SHARE = 0.5

# Titles of furniture blocks ("Les plus lus", "À lire aussi", "Articles similaires", "Partager cet article", "Table des
# matières").
_FURNITURE_TITLE = re.compile(
    r"(?:les plus (?:lus|consultés|populaires|partagés|vus)|(?:à |a )?lire aussi|voir aussi"
    r"|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:liés|similaires|associés|récents)"
    r"|derniers articles|partager(?: cet article| sur| la page)?|partagez(?: cet article)?|suivez-nous"
    r"|abonnez-vous(?: à (?:notre|la) newsletter)?|mots-clés|étiquettes|tags|laisser un commentaire|commentaires?"
    r"|restez informée?s?|inscrivez-vous(?: à (?:notre|la) (?:newsletter|lettre d'information))?|newsletter"
    r"|(?:notre |la )?lettre d'information|table des matières|sommaire|dans cet article|table of contents)"
    r"\s*:?$", re.IGNORECASE)
# A line that announces links ("À lire aussi : …", "Mots-clés : …"): furniture when it is mostly links.
_FURNITURE_LEAD = re.compile(r"\s*(?:(?:à |a )?lire aussi|voir aussi|mots-clés|étiquettes|tags|partager)\b",
                             re.IGNORECASE)
LINKS_SHARE = 0.5
_WORD_CUT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORD_CUT.split(name) if w]


def _names(tag: Tag) -> tuple[set[str], str]:
    """The words of a tag's class and id names (slugs of titles left out), and the names run together."""
    classes = [c for c in tag.get("class") or [] if len(_words(c)) <= MAX_CLASS_WORDS]
    ident = tag.get("id") or ""
    ids = [ident] if isinstance(ident, str) and len(_words(ident)) <= MAX_ID_WORDS else []
    words = {w for name in classes + ids for w in _words(name)}
    return words, "".join(w for name in classes + ids for w in _words(name))


def _text_size(tag: Tag) -> int:
    return len("".join(tag.get_text().split()))


def _link_size(tag: Tag) -> int:
    return sum(_text_size(a) for a in tag.find_all("a"))


def _is_boilerplate(tag: Tag) -> bool:
    """True for page furniture by its class or id names: a cookie banner, a menu, a breadcrumb, a sidebar…"""
    if tag.name in NEVER_DROPPED:
        return False
    words, joined = _names(tag)
    if words & FURNITURE_WORDS or any(c in joined for c in FURNITURE_COMPOUNDS) or _page_links(tag):
        return True
    return bool(words & HEADER_WORDS) and not tag.find(["h1", "h2"]) and not tag.find_parent(["main", "article"])


def _page_links(tag: Tag) -> bool:
    """True for the links to the previous and next pages ("< Précédent", "Suivant >"), whatever their names: a
    block of links that all say rel="prev" or rel="next"."""
    if tag.name not in ("ul", "ol", "div", "p"):
        return False
    links = tag.find_all("a")
    return bool(links) and all({"prev", "next"} & set(a.get("rel") or []) for a in links) and _mostly_links(tag)


def _is_landmark_furniture(tag: Tag) -> bool:
    """True for a footer, a navigation or search landmark, and a page header without the page's title."""
    role = str(tag.get("role") or "").lower()
    if tag.name == "footer" or role in FURNITURE_ROLES:
        return True
    return ((tag.name == "header" or role == "banner") and not tag.find(["h1", "h2"])
            and not tag.find_parent(["main", "article"]))


def _mostly_links(tag: Tag) -> bool:
    return _link_size(tag) >= LINKS_SHARE * _text_size(tag)


def _furniture_block(heading: Tag) -> list[Tag]:
    """What a furniture title heads: the block it opens (a widget), else the heading and the lists of links
    that follow it."""
    parent = heading.parent
    if (isinstance(parent, Tag) and parent.name not in NEVER_DROPPED
            and parent.find(True) is heading and len(parent.find_all(heading.name)) == 1):
        return [parent]
    block = [heading]
    for sibling in heading.find_next_siblings(True):
        if re.fullmatch(r"h[1-6]", sibling.name) or not _mostly_links(sibling):
            break
        block.append(sibling)
    return block


def _furniture(root: Tag) -> list[Tag]:
    """Blocks headed by a furniture title and lines of links announced as such ("À lire aussi : …")."""
    found: list[Tag] = []
    for heading in root.find_all(["h2", "h3", "h4", "h5", "h6"]):
        if _FURNITURE_TITLE.match(" ".join(heading.get_text(" ").split())):
            found.extend(_furniture_block(heading))
    for block in root.find_all(["p", "div", "ul", "section"]):
        first = next((text for text in block.strings if text.strip()), "")
        if _FURNITURE_LEAD.match(first) and _mostly_links(block):
            found.append(block)
    return found


def _non_link_size(tag: Tag) -> int:
    return _text_size(tag) - _link_size(tag)


def _content_column(root: Tag) -> Tag:
    """Go down from `root` into the child that holds nearly all its text, as long as the rest, left out, holds
    little (a sidebar or a footer no name gave away) and not the page's h1."""
    h1 = root.find("h1")
    while True:
        total = _non_link_size(root)
        best = max(root.find_all(True, recursive=False), key=_non_link_size, default=None)
        if best is None or total == 0 or _non_link_size(best) < (1 - LEFT_OUT_SHARE) * total:
            return root
        if h1 is not None and h1 is not best and best not in h1.parents:
            return root
        root = best


# A call to a footnote: a link to "#nb1" (SPIP), "#fn1", "#cite_note-1" (Wikipedia), "#footnote-1"… whose text is
# its number, with the brackets or superscript around it.
_NOTE_TARGET = re.compile(r"^#(?:nb|fn|cite_note|footnote|note|ftn|_ftn)", re.I)
_NOTE_MARK = re.compile(r"[\s\[\]()\d\u00a0*†]*")


def drop_note_calls(soup: BeautifulSoup) -> None:
    """Remove the footnote numbers from the text ("…dans leur logement [1]."): in a quote they would read as
    the answer's own citation [1]. The notes themselves stay where the page prints them."""
    for link in soup.find_all("a", href=_NOTE_TARGET):
        if not _NOTE_MARK.fullmatch(link.get_text()):
            continue
        holder = link
        while holder.parent is not None and holder.parent.name in ("sup", "span") and _NOTE_MARK.fullmatch(
                holder.parent.get_text()):
            holder = holder.parent
        holder.extract()


ASIDE_MIN_WORDS = 12  # a box of the article ("En bref", "À retenir") says something; a sidebar is links


def _is_content_box(aside: Tag) -> bool:
    """True for an <aside> that is part of the article ("En bref" and its key facts, "À retenir"): inside <main>
    or <article>, mostly words rather than links, and a few sentences' worth of them. Any other is a sidebar."""
    if aside.find_parent(["main", "article"]) is None or _mostly_links(aside) or aside.find(["form", "input", "button"]):
        return False  # a sidebar, a list of links, a sign-up box ("Restez informé… Je m'abonne")
    first = next((text for text in aside.strings if text.strip()), "")
    if _FURNITURE_LEAD.match(first) or _FURNITURE_TITLE.match(first.strip()):
        return False
    return len(aside.get_text(" ").split()) - len(" ".join(a.get_text(" ") for a in aside.find_all("a")).split()) \
        >= ASIDE_MIN_WORDS


# A box of contacts beside the content ("Contacts", "Nous joindre", "Coordonnées"): who to call, with their numbers,
# is what the page offers a reader, though it sits in a sidebar.
_CONTACT_WORDS = re.compile(r"\b(?:contacts?|coordonn[ée]es|nous joindre|qui (?:contacter|appeler)|num[ée]ros? utiles|"
                            r"(?:infos?|informations) pratiques|renseignements)\b", re.IGNORECASE)


def _is_contact_box(aside: Tag) -> bool:
    """True for an <aside> of contacts: named so (its label, class or first heading) and giving a phone number or an
    e-mail address."""
    heading = aside.find(["h2", "h3", "h4", "h5", "h6", "strong"])
    names = " ".join([str(aside.get("aria-label") or ""), " ".join(_names(aside)[0]),
                      heading.get_text(" ") if heading else ""])
    text = aside.get_text(" ")
    return bool(_CONTACT_WORDS.search(names)) and bool(PHONE_FR.search(text) or EMAIL.search(text))


def main_content(soup: BeautifulSoup) -> Tag:
    """The page's content: <main>, else the <article> with most text, else the body's content column; page
    furniture (navigation, banners, sidebars, forms, footers, "related" lists) removed."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    drop_note_calls(soup)
    contacts = []  # kept aside, then put after the content wherever it was chosen
    for tag in soup.find_all("aside"):  # before its form goes: a box to sign up to a newsletter is no content
        if _is_content_box(tag):
            continue
        if _is_contact_box(tag) and not tag.find_parent("aside"):
            contacts.append(tag)
        tag.extract()
    for tag in soup.find_all(DROP_TAGS):
        tag.extract()
    for tag in soup.find_all(True):
        if tag.name not in NEVER_DROPPED and _is_landmark_furniture(tag):
            tag.extract()  # what lies inside an extracted tag goes with it (looking at it again is harmless)
    page_size = _text_size(soup) or 1
    for tag in soup.find_all(True):
        if _is_boilerplate(tag) and (_text_size(tag) < CONTENT_SHARE * page_size or _names(tag)[0] & CONSENT_WORDS):
            tag.extract()
    for tag in _furniture(soup):
        if _text_size(tag) < CONTENT_SHARE * page_size:
            tag.extract()
    articles = soup.find_all("article")
    root = soup.find("main") or max(articles, key=_non_link_size, default=None) or soup.find(role="main")
    root = root if root is not None else _content_column(soup.body or soup)
    for box in contacts:
        for tag in box.find_all(DROP_TAGS):
            tag.extract()
        root.append(box)
    return root
