"""Feeds, HTML metadata, JSON/JSONL shapes and content sniffing (fixtures in
tests/fixtures/ingest/)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from tui.ingest import expand_paths, load_file
from tui.model import Article, article_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def load(name: str) -> tuple[list[Article], list]:
    return load_file(FIXTURES / name)


def test_rss2_items_with_html_content_and_dates() -> None:
    articles, skipped = load("rss2.xml")
    assert [a.title for a in articles] == ["Ferry strike ends after 11 days",
                                           "Port & harbour fees rise"]
    first, second = articles
    assert first.format == "rss" and [a.item for a in articles] == [0, 1]
    assert first.byline == "Ana Ortiz"
    assert first.published == "2025-03-04T10:15:00+01:00"
    assert first.url == "https://harbourwire.example/world/ferry-strike-ends"
    assert first.source == "Harbour Wire — World"
    # content:encoded wins over the shorter description; its script is gone.
    assert first.text == ("Ferry crews voted on Tuesday to end their strike.\n\n"
                          "“We are back at sea,” said union leader Pia Holm.")
    assert second.byline == "Lars Berg"  # "email (Name)"
    assert second.url == "https://harbourwire.example/world/fees"  # from the permalink guid
    assert second.text == "Fees at the port will rise by 4% from April.\n\nShippers objected."
    assert [s.reason for s in skipped] == ["item 3: no title or text"]


def test_rss1_rdf_items() -> None:
    articles, skipped = load("rss1-rdf.xml")
    assert skipped == []
    assert [(a.format, a.title, a.published, a.byline, a.url) for a in articles] == [
        ("rss", "Bridge reopens", "2025-05-12T09:30:00+02:00", "Jan Novak",
         "https://valleynews.example/a"),
        ("rss", "School year extended", "2025-05-13", None, "https://valleynews.example/b"),
    ]
    assert {a.source for a in articles} == {"Valley News"}


def test_rss091_with_declared_latin1_and_char_references() -> None:
    articles, _ = load("rss091.rss")
    assert [a.title for a in articles] == ["Market day moves to Saturday", "Library hours"]
    assert articles[0].text == "The weekly market in Zürich Street moves to Saturday."
    assert articles[0].published is None


def test_atom_entries() -> None:
    articles, skipped = load("atom.xml")
    assert skipped == []
    first, second = articles
    assert first.format == "atom"
    assert first.title == "Outage explained"  # type="html" title read as text
    assert first.url == "https://circuit.example/outage"  # rel=alternate, not rel=edit
    assert first.published == "2025-09-05T17:20:00-05:00"  # published, not updated
    assert first.byline == "Sam Okafor, Maya Whitfield"
    assert first.source == "Circuit Notes"
    assert first.text.endswith("“It should not have happened,” said Inês Carvalho.")
    assert second.text == "First paragraph.\n\nSecond bold paragraph."
    assert second.url == "https://circuit.example/second"
    assert second.published == "2025-09-04T09:00:00+00:00"


def test_feed_saved_as_txt_is_sniffed() -> None:
    articles, _ = load("feed-in-txt.txt")
    assert [(a.format, a.title, a.text) for a in articles] == [
        ("rss", "One", "First item body."), ("rss", "Two", "Second item body.")]


def test_html_saved_as_txt_is_sniffed() -> None:
    [article], _ = load("page-in-txt.txt")
    assert article.format == "html"
    assert article.title == "Saved as text"
    assert article.text.startswith("This HTML page was saved with a .txt extension")
    assert "<" not in article.text


def test_html_json_ld_metadata_wins_and_scripts_are_dropped() -> None:
    [article], _ = load("jsonld.html")
    assert article.title == "Dam talks collapse as drought deepens"
    assert article.byline == "Lea Martin, Omar Said"
    assert article.published == "2025-07-08T06:45:00+02:00"
    assert article.source == "The River Post"
    assert article.url == "https://riverpost.example/dam-talks"
    assert article.text.startswith("Negotiators from the three riparian states")
    assert "according to the regional water authority" in article.text
    assert "SCRIPT TEXT" not in article.text and "color: black" not in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text


def test_html_metadata_from_meta_tags_byline_and_time() -> None:
    [article], _ = load("meta-only.html")
    assert article.title == "Tram line opens at last"
    assert article.byline == "Kim Lee"
    assert article.published == "2025-04-02T07:00:00+01:00"
    assert article.source == "City Gazette"
    assert article.url == "https://citygazette.example/tram"
    assert "“It took eleven minutes,” said one commuter." in article.text


def test_json_wrapper_with_common_field_names() -> None:
    articles, skipped = load("wrapped.json")
    first, second = articles
    assert (first.title, first.byline, first.source, first.url, first.published) == (
        "Lake levels fall", "Ida Berg", "Lake Times", "https://laketimes.example/levels",
        "2025-08-01T12:00:00+00:00")
    # content over summary, without the API's "[+2345 chars]" truncation note
    assert first.text == "Lake levels fell to a record low on Friday.…"
    assert (second.title, second.byline, second.source) == ("Ferries cut", "A. One, B. Two",
                                                            "Lake Times")
    assert second.text == "First paragraph.\n\nSecond paragraph."
    assert second.published == "2025-08-01T09:00:00+02:00"
    assert [a.item for a in articles] == [0, 1]
    assert [s.reason for s in skipped] == ["item 3: no title or text"]


def test_json_single_object_with_html_body_and_epoch_date() -> None:
    [article], skipped = load("single.json")
    assert skipped == []
    assert article.item is None and article.format == "json"
    assert article.text == "Body in HTML.\n\nSecond."
    assert article.published == "2025-01-01T12:00:00+00:00"
    assert (article.byline, article.source) == ("Jo Park", "Example Daily")


def test_json_list() -> None:
    articles, _ = load("list.json")
    assert [(a.title, a.text, a.published, a.item) for a in articles] == [
        ("First", "Alpha text.", None, 0), ("Second", "Beta text.", "2025-02-03", 1)]


def test_jsonl_records_and_bad_lines() -> None:
    articles, skipped = load("dump.jsonl")
    assert [(a.title, a.item) for a in articles] == [("Line one", 0), ("Line three", 2),
                                                     ("Line five", 4)]
    assert articles[0].source == "Wire One"
    assert articles[1].text == "Third record body." and articles[1].byline == "Cy Two"
    assert articles[2].published is None  # "not a date" is not kept as a date
    assert [s.reason for s in skipped] == ["line 4: not a JSON object (a list)"]


def test_jsonl_saved_as_txt_is_sniffed() -> None:
    articles, _ = load("jsonl-in-txt.txt")
    assert [(a.format, a.title) for a in articles] == [("jsonl", "Sniffed one"),
                                                       ("jsonl", "Sniffed two")]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_every_article_has_its_content_id_and_absolute_path(name: str) -> None:
    articles, _ = load(name)
    assert articles
    for article in articles:
        assert article.id == article_id(article.title, article.text)
        assert Path(article.path).is_absolute() and Path(article.path).name == name


def test_the_same_story_keeps_its_id_across_formats(tmp_path: Path) -> None:
    body = "The council met on Monday.\n\nIt approved the budget."
    (tmp_path / "story.txt").write_text(f"Budget approved\n\n{body}\n", encoding="utf-8")
    (tmp_path / "story.jsonl").write_text(
        '{"title": "Budget approved", "text": "The council met on Monday.\\n\\n'
        'It approved the budget."}\n', encoding="utf-8")
    [from_text], _ = load_file(tmp_path / "story.txt")
    [from_jsonl], _ = load_file(tmp_path / "story.jsonl")
    assert from_text.text == from_jsonl.text == body
    assert from_text.id == from_jsonl.id


def test_jsonl_with_bom_crlf_and_utf16(tmp_path: Path) -> None:
    lines = ['{"title": "Één", "text": "Body one."}', '{"title": "Two", "text": "Body two."}']
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    (tmp_path / "wide.jsonl").write_bytes("\n".join(lines).encode("utf-16"))
    for name in ("bom.jsonl", "wide.jsonl"):
        articles, skipped = load_file(tmp_path / name)
        assert skipped == [], name
        assert [(a.title, a.text, a.item) for a in articles] == [
            ("Één", "Body one.", 0), ("Two", "Body two.", 1)], name


def test_jsonl_with_only_bad_lines_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n[1]\n", encoding="utf-8")
    expected = ("no articles in 2 lines (first: line 1: Expecting property name enclosed in "
                "double quotes: line 1 column 2)")
    assert [s.reason for s in load_file(path)[1]] == [expected]


def test_dateline_year_comes_from_the_weekday_before_the_file_date(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Talks resume in Geneva\n\nGENEVA, March 3 (Meridian Wire) - Delegations "
                    "met on Monday for talks.\n", encoding="utf-8")
    saved_2014 = 1_400_000_000  # May 2014: 3 March 2014 was a Monday
    os.utime(path, (saved_2014, saved_2014))
    [article], _ = load_file(path)
    assert article.published == "2014-03-03"
    assert article.source == "Meridian Wire"
    os.utime(path, None)  # saved today: the latest Monday 3 March up to today
    [article], _ = load_file(path)
    assert article.published is not None
    assert date.fromisoformat(article.published).weekday() == 0
    assert date.fromisoformat(article.published) <= date.today()


def test_text_page_with_only_a_title_is_marked_empty(tmp_path: Path) -> None:
    path = tmp_path / "stub.txt"
    path.write_text("Only a headline here\n\nAdvertisement\n", encoding="utf-8")
    [article], skipped = load_file(path)
    assert skipped == []
    assert (article.title, article.text, article.warnings) == ("Only a headline here", "",
                                                               ["empty body"])


def test_text_page_of_only_boilerplate_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Advertisement\n\nShare this article\nHome | News | Sport\n", encoding="utf-8")
    assert [s.reason for s in load_file(path)[1]] == ["no text (only boilerplate)"]


def test_html_body_drops_read_more_comments_and_wire_credit_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Floods recede</title></head><body><article><h1>Floods recede</h1>"
        "<p>Water levels fell across the valley on Sunday as the rain finally eased, and "
        "residents began returning to their homes to count the cost.</p>"
        "<p>Read more: How the valley prepared for the flood</p>"
        "<p>Officials said the main road would reopen within days once engineers had checked "
        "the bridge for damage.</p><p>Comments</p>"
        "<p>(Reporting by Ana Ruiz; Editing by Tom Ek)</p></article></body></html>",
        encoding="utf-8")
    [article], _ = load_file(path)
    assert article.text.startswith("Water levels fell across the valley")
    assert "engineers had checked the bridge" in article.text
    for gone in ("Read more", "Comments", "Reporting by"):
        assert gone not in article.text


def test_text_page_front_matter_reaches_the_article(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("Title: Port reopens\nURL: https://e.example/a\nSource: Harbour Times\n\n"
                    "The port reopened on Tuesday.\n", encoding="utf-8")
    [article], _ = load_file(path)
    assert (article.title, article.url, article.source, article.text) == (
        "Port reopens", "https://e.example/a", "Harbour Times", "The port reopened on Tuesday.")


def test_gzip_compressed_files_are_read_as_what_they_hold(tmp_path: Path) -> None:
    import gzip

    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"title": "Zipped one", "text": "Body one."}\n{oops\n'
                     '{"title": "Zipped two", "text": "Body two."}\n')
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(
        (FIXTURES / "jsonld.html").read_bytes()))
    (tmp_path / "archive.tar.gz").write_bytes(gzip.compress(b"not an article"))
    assert [p.name for p in expand_paths([str(tmp_path)])] == ["dump.jsonl.gz", "page.html.gz"]
    articles, skipped = load_file(tmp_path / "dump.jsonl.gz")
    assert [(a.format, a.title, a.item) for a in articles] == [
        ("jsonl", "Zipped one", 0), ("jsonl", "Zipped two", 2)]
    assert [s.reason for s in skipped] == [
        "line 2: Expecting property name enclosed in double quotes: line 1 column 2"]
    [page], _ = load_file(tmp_path / "page.html.gz")
    assert (page.format, page.title) == ("html", "Dam talks collapse as drought deepens")


def test_gzip_bomb_and_broken_gzip_are_skipped(tmp_path: Path) -> None:
    import gzip

    from tui.ingest import MAX_FILE_BYTES

    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as handle:
        block = b"\n" * (1024 * 1024)
        for _ in range(MAX_FILE_BYTES // len(block) + 2):
            handle.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    [skip] = load_file(bomb)[1]
    assert skip.reason.startswith("too large")
    broken = tmp_path / "broken.html.gz"
    words = " ".join(f"w{(i * 7919) % 104729}" for i in range(5000)).encode()
    broken.write_bytes(gzip.compress(b"<p>" + words + b"</p>")[:2000])
    [skip] = load_file(broken)[1]
    assert skip.reason.startswith("not a valid gzip file")


def test_feed_with_html_named_entities_keeps_their_characters(tmp_path: Path) -> None:
    path = tmp_path / "entities.xml"
    path.write_text('<rss version="2.0"><channel><title>C</title><item><title>Paris&nbsp;talks'
                    " &mdash; day&nbsp;2</title><description>It&rsquo;s &amp; &lt;b&gt;on"
                    "&lt;/b&gt; &bogus;</description></item></channel></rss>", encoding="utf-8")
    [article], _ = load_file(path)
    assert article.title == "Paris talks — day 2"  # a title is one line of plain spaces
    assert article.text.startswith("It’s & on")


def test_html_title_drops_the_site_name_suffix(tmp_path: Path) -> None:
    path = tmp_path / "suffix.html"
    path.write_text('<html><head><meta property="og:title" content="Tram opens | City Gazette">'
                    '<meta property="og:site_name" content="City Gazette"></head><body><article>'
                    "<p>The tram line opened on Wednesday after years of delays and rising costs "
                    "that had angered residents across the city.</p></article></body></html>",
                    encoding="utf-8")
    [article], _ = load_file(path)
    assert (article.title, article.source) == ("Tram opens", "City Gazette")


def test_text_page_that_starts_with_its_byline_takes_its_title_from_the_body(
        tmp_path: Path) -> None:
    path = tmp_path / "byline-first.txt"
    path.write_text("By Ann Lee\n12 March 2025\n\nThe council met on Tuesday. It voted.\n",
                    encoding="utf-8")
    [article], _ = load_file(path)
    assert (article.title, article.byline, article.published, article.text) == (
        "The council met on Tuesday.", "Ann Lee", "2025-03-12",
        "The council met on Tuesday. It voted.")


def test_markdown_heading_marks_are_not_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Ferry strike ends\n\nBy Ana Ortiz\n\nCrews voted to return.\n",
                    encoding="utf-8")
    [article], _ = load_file(path)
    assert (article.title, article.byline, article.text) == (
        "Ferry strike ends", "Ana Ortiz", "Crews voted to return.")


def test_source_from_a_known_outlet_in_the_url(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"title": "A", "text": "B.", "url": "https://www.theguardian.com/x/y"}\n'
                    '{"title": "C", "text": "D.", "url": "https://example.invalid/reuters"}\n'
                    '{"title": "E", "text": "F.", "url": "https://www.reuters.com/z",'
                    ' "source": "Own Name"}\n', encoding="utf-8")
    articles, _ = load_file(path)
    assert [a.source for a in articles] == ["The Guardian", "", "Own Name"]
