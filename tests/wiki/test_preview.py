"""`salonbot preview` against the sandbox wiki, checked in a real headless Chromium.

The HTML file must stand alone (the wiki's CSS inlined, no scripts, links absolute to the wiki)
and, loaded in a browser, show the report's headings and bullets as the wiki renders them. A
screenshot is kept under test-artifacts/ for people to look at.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.support.chromium import chromium

from salonbot.sandbox import SandboxInfo

from .conftest import Workspace

GOLDEN = Path(__file__).parents[1] / "golden"
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
class Elements(HTMLParser):
    """The text of each h1-h4 and li element (without section edit links, which are hidden),
    and every href/src, of an HTML document."""

    WATCHED = ("h1", "h2", "h3", "h4", "li")

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._open: list[tuple[str, list[str]]] = []
        self._spans: list[bool] = []  # for each open span: is it (inside) an edit link?
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [value or "" for name, value in attrs if name in ("href", "src")]
        if tag in self.WATCHED:
            self._open.append((tag, []))
        if tag == "span":
            classes = (dict(attrs).get("class") or "").split()
            self._spans.append("mw-editsection" in classes or any(self._spans))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._spans:
            self._spans.pop()
        if self._open and self._open[-1][0] == tag:
            name, parts = self._open.pop()
            self.found.append((name, " ".join("".join(parts).split())))

    def handle_data(self, data: str) -> None:
        if any(self._spans):
            return
        for _, parts in self._open:
            parts.append(data)

    def texts(self, tag: str) -> list[str]:
        return [text for name, text in self.found if name == tag]


@pytest.fixture
def previewed(workspace: Workspace) -> Path:
    workspace.write("ma-ug.yaml", (GOLDEN / "morocco.yaml").read_text(encoding="utf-8"))
    result = workspace.run("preview", "reports/ma-ug.yaml")
    assert result.returncode == 0, result.stderr
    assert "could not be fetched" not in result.stderr  # the wiki's own CSS, not the fallback
    path = workspace.root / "preview" / "ma-ug.html"
    assert result.stdout.strip() == str(Path("preview") / "ma-ug.html")
    return path


def test_preview_file_stands_alone(previewed: Path, sandbox: SandboxInfo) -> None:
    document = previewed.read_text(encoding="utf-8")
    elements = Elements(document)
    assert "script" not in elements.tags and "link" not in elements.tags
    assert "<style>" in document and ".mw-parser-output" in document  # the wiki's stylesheet
    assert "skin-vector" in document  # the body classes of the wiki's skin
    for url in elements.urls:  # interwiki links (commons:) point to their own wiki
        assert url.startswith(("#", "http://", "https://")), url
    assert any(url.startswith(sandbox.url + "/index.php") for url in elements.urls)


def test_preview_in_chromium_shows_the_page(previewed: Path) -> None:
    result = chromium("--dump-dom", previewed.resolve().as_uri())
    assert result.returncode == 0, result.stderr
    dom = Elements(result.stdout)
    h2 = dom.texts("h2")
    for heading in ("Date and location", "Participant List", "What happened",
                    "Summary of the discussion points", "Other Areas", "Statement on your budget"):
        assert heading in h2, (heading, h2)
    assert "Discussion Theme 1 (Advocacy)" in dom.texts("h3")
    assert "Discussion Theme 2 (Capacity Building)" in dom.texts("h3")
    assert "Capacity Building (for advocacy)" in dom.texts("h4")
    assert any(text.startswith("Strategy/Wikimedia movement") for text in dom.texts("h1"))
    bullets = dom.texts("li")
    assert any(text.startswith("WMF should make efforts in media") for text in bullets)
    assert any(text == "The question of a legal status of the User Group (urgent point)"
               for text in bullets)
    assert len(bullets) > 40

    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "preview-ma-ug.png"
    screenshot.unlink(missing_ok=True)
    result = chromium(f"--screenshot={screenshot}", "--window-size=1200,2000",
                      "--hide-scrollbars", previewed.resolve().as_uri())
    assert result.returncode == 0, result.stderr
    assert screenshot.stat().st_size > 50_000  # a page of text, not a blank image


def test_preview_output_and_open(workspace: Workspace, tmp_path: Path) -> None:
    workspace.write("minimal.yaml", (GOLDEN / "minimal.yaml").read_text(encoding="utf-8"))
    opened = tmp_path / "opened.txt"
    # webbrowser runs $BROWSER with %s replaced by the URL.
    browser = shlex.join([sys.executable, "-c",
                          f"import sys; open({str(opened)!r}, 'w').write(sys.argv[1])"]) + " %s"
    env = {**workspace.env, "BROWSER": browser}
    result = subprocess.run([sys.executable, "-m", "salonbot", "preview", "reports/minimal.yaml",
                             "-o", "out/minimal.html", "--open"], cwd=workspace.root, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    output = workspace.root / "out" / "minimal.html"
    assert "What happened" in output.read_text(encoding="utf-8")
    assert opened.read_text() == output.resolve().as_uri()
    assert not (workspace.root / "preview").exists()


def test_preview_of_an_invalid_file_says_where(workspace: Workspace) -> None:
    workspace.write("bad.yaml", "title: X\nwhat_happend: typo\n")
    result = workspace.run("preview", "reports/bad.yaml")
    assert result.returncode == 1
    assert "reports/bad.yaml:2:" in result.stderr and "Traceback" not in result.stderr
    assert not (workspace.root / "preview").exists()



def test_links_and_stylesheet_urls_are_made_absolute() -> None:
    from salonbot.wiki.preview import absolute_css_urls, absolute_links, with_style_modules

    base = "https://meta.example.org/w/index.php"
    page = ('<a href="/wiki/Foo?a=1&amp;b=2">x</a> <a href="#Budget">y</a> '
            '<img src="//upload.example.org/a.jpg" srcset="/b.jpg 1.5x, //c.example/c.jpg 2x"/>')
    assert absolute_links(page, base) == (
        '<a href="https://meta.example.org/wiki/Foo?a=1&amp;b=2">x</a> <a href="#Budget">y</a> '
        '<img src="https://upload.example.org/a.jpg" '
        'srcset="https://meta.example.org/b.jpg 1.5x, https://c.example/c.jpg 2x"/>')
    load = "https://meta.example.org/w/load.php?lang=en&modules=skins.vector.styles&skin=vector"
    assert with_style_modules(load, ["user.styles", "ext.cite.styles", "skins.vector.styles"]) == (
        "https://meta.example.org/w/load.php?lang=en&"
        "modules=ext.cite.styles|skins.vector.styles&skin=vector&only=styles")
    css = "a{background:url(/w/a.svg)}b{background:url('data:image/png;base64,xyz')}"
    assert absolute_css_urls(css, load) == ("a{background:url(https://meta.example.org/w/a.svg)}"
                                            "b{background:url('data:image/png;base64,xyz')}")


def test_only_real_tags_are_rewritten_and_the_css_cannot_end_its_style() -> None:
    # Text that looks like an attribute (a report can say anything) is text; a stylesheet that
    # says </style> must not end the <style> element and start HTML.
    from salonbot.wiki.preview import absolute_links, preview_document

    base = "https://meta.example.org/w/index.php"
    page = ('<p>write href="/x" like this <!-- <a href="/y"> --></p>'
            '<pre>&lt;a href="/z"&gt;</pre><a class="new" href="/w/A?b=1&amp;c=2" title="A">A</a>')
    assert absolute_links(page, base) == (
        '<p>write href="/x" like this <!-- <a href="/y"> --></p><pre>&lt;a href="/z"&gt;</pre>'
        '<a class="new" href="https://meta.example.org/w/A?b=1&amp;c=2" title="A">A</a>')
    css = 'a::after{content:"</STYLE><script>alert(1)</script>"}'
    document = preview_document({"text": ""}, "T", base, css)
    assert "<script>" not in document.split("</style>", 1)[0].split("<style>", 1)[0]
    assert document.lower().count("</style") == 2  # the two style elements' own end tags
