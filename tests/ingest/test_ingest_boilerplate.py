"""Line rules for scraped text pages: what is boilerplate, and prose that only looks like it."""

from __future__ import annotations

import pytest

from tui.ingest.textpage import is_boilerplate_line, parse_text_page


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "STORY CONTINUES BELOW THIS AD", "Story continues below",
    "Article continues after advertisement", "Skip to main content", "Menu", "QUICK LINKS",
    "Trending:", "Most read", "Related stories", "Read more: Budget talks stall",
    "Also read: Why the rupee fell", "Share this article", "Share on Facebook", "Comments (14)",
    "12 comments", "Sign up to our football newsletter", "Subscribe now", "© Pitchside Scotland",
    "© 2025 Example News. All rights reserved.", "Copyright 2024 The Ledger",
    "With inputs from agencies", "With inputs from PTI",
    "(Reporting by Lena Vogt; Editing by Mark Heaney)",
    "(Additional reporting by Sam Lee in Oslo)",
    "Reporting by Lena Vogt; editing by Mark Heaney",
    "Home | Local | Politics | Courts", "Home Video Shorts Live TV",
    "News | Politics | Business | Opinion | Sport",
    "Prime Minister Sara Lind arrives on Wednesday. Photo: Anders Holm/Nordic Ledger",
    "An Ashworth & Pike store in Leeds. Photograph: Square Mile Post",
    "Couriers wait outside a restaurant. (Jorge Ortiz / Valley Courier)",
    "North Korean leader Kim Jong Un and Vladimir Putin. Source REUTERS/FILE",
    "Firefighters at the scene. (AP Photo/Ana Ruiz)", "Photo: Kevin Baird",
])
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Copyright holders say the new rules go too far.",
    "Reporting by the BBC revealed that the ministry had known for months.",
    "He described the image: a man standing alone on the bridge.",
    "Health and science news",
    "Business and politics",
    "With inputs from local farmers the plan was drafted.",
    "Share prices fell 3% on Tuesday.",
    "Advertisement revenue fell by a third, the company said.",
    "Menu prices at the canteen will rise in April.",
    "Fife Rovers 2-1 Clyde Harbour",
    "Putin-Kim meet: What’s on plate?",
    "The source, a senior official, said the talks had stalled.",
    "Print and online editions will merge next year, the publisher said.",
    "“Sign up,” she said, “and you will see.”",
    "She earns 50/50 from the deal and a share of the video rights.",
])
def test_prose_that_looks_like_boilerplate_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_list_under_a_most_read_heading_is_dropped_to_the_blank_line() -> None:
    page = parse_text_page(
        "Headline\n\nBy A Writer\n\nFirst paragraph of the story.\n\nMost read\n"
        "Another story headline\nA third headline?\n\nLast paragraph of the story.\n")
    assert page.text == "First paragraph of the story.\n\nLast paragraph of the story."
    assert page.byline == "A Writer"


def test_paragraph_structure_is_kept_when_lines_are_dropped() -> None:
    page = parse_text_page("Title\n\nOne.\nCaption here. Photo: A Person\nTwo.\n\n\n\n"
                           "Advertisement\n\nThree.")
    assert page.text == "One.\nTwo.\n\nThree."


@pytest.mark.parametrize(("page", "title", "byline", "published", "source", "body"), [
    ("Nordic Ledger\n\nHEADLINE HERE\n\nBy Ann Lee\n12 March 2025\n\nBody.",
     "HEADLINE HERE", "Ann Lee", "2025-03-12", "Nordic Ledger", "Body."),
    ("Headline\n\nBy the time the count ended, it was late.\n\nMore.",
     "Headline", None, None, "", "By the time the count ended, it was late.\n\nMore."),
    ("Headline\n\nA standfirst sentence here.\n\nBy Ann Lee and Bo Ek\n\nBody.",
     "Headline", "Ann Lee and Bo Ek", None, "", "A standfirst sentence here.\n\nBody."),
    ("Headline\n\nUpdated: 3 May 2025 10:00 GMT\n\nBody.",
     "Headline", None, "2025-05-03T10:00:00+00:00", "", "Body."),
    ("Headline\n\nKim Lee | 3 May 2025\n\nBody.",
     "Headline", "Kim Lee", "2025-05-03", "", "Body."),
    ("Headline\n\nPARIS (Reuters) - The talks ended on Friday.\n\n© 2025 Paris Daily",
     "Headline", None, None, "Paris Daily", "PARIS (Reuters) - The talks ended on Friday."),
    ("Headline\n\nPARIS (Reuters) - The talks ended on Friday.",
     "Headline", None, None, "Reuters", "PARIS (Reuters) - The talks ended on Friday."),
    ("Headline\n\nBy Ann Lee Updated: June 5, 2024 10:00 IST\n\nBody.",
     "Headline", "Ann Lee", "2024-06-05T10:00:00+05:30", "", "Body."),
    ("Headline\n\nWritten by Ann Lee | Edited by Bo Ek\nLast updated: 5 June 2024\n\nBody.",
     "Headline", "Ann Lee", "2024-06-05", "", "Body."),
])
def test_header_shapes(page: str, title: str, byline: str | None, published: str | None,
                       source: str, body: str) -> None:
    parsed = parse_text_page(page)
    assert (parsed.title, parsed.byline, parsed.published, parsed.source, parsed.text) == (
        title, byline, published, source, body)


def test_front_matter_fields_of_scraper_exports() -> None:
    page = parse_text_page(
        "Title: Port reopens\nAuthor: By Ann Lee\nDate: 2025-03-04T10:00:00Z\n"
        "URL: https://e.example/a\nSource: Harbour Times\n\n"
        "The port reopened on Tuesday.\n\nMore text.")
    assert (page.title, page.byline, page.published, page.source, page.url) == (
        "Port reopens", "Ann Lee", "2025-03-04T10:00:00+00:00", "Harbour Times",
        "https://e.example/a")
    assert page.text == "The port reopened on Tuesday.\n\nMore text."


def test_yaml_front_matter() -> None:
    page = parse_text_page('---\ntitle: "YAML page"\nauthor: Bo Ek\ntags: [a, b]\n'
                           "date: 2025-03-04\n---\n\nBody here.")
    assert (page.title, page.byline, page.published, page.text) == (
        "YAML page", "Bo Ek", "2025-03-04", "Body here.")


@pytest.mark.parametrize("page", [
    "Title: only one field line here\n\nBody.",
    "Headline\n\nNote: this is not front matter.\n\nBody.",
    "Update: the vote is delayed\nThe council said: no date yet.\n\nBody.",
])
def test_lines_with_colons_are_not_front_matter(page: str) -> None:
    parsed = parse_text_page(page)
    assert parsed.title == page.split("\n")[0]
    assert parsed.url is None and parsed.byline is None


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    page = parse_text_page(
        "Council delays vote\n\n"
        "The city council on Tuesday delayed a vote on the new transit plan after\n"
        "residents packed the chamber to object to the route, which would cut\n"
        "through two parks.\n\n"
        "“We will listen,” the mayor said.\n")
    assert page.text == (
        "The city council on Tuesday delayed a vote on the new transit plan after residents "
        "packed the chamber to object to the route, which would cut through two parks.\n\n"
        "“We will listen,” the mayor said.")


@pytest.mark.parametrize("block", [
    # a list
    "- The first item of a list that is long enough\n- The second item of that same list here",
    # separate sentences on separate lines
    "The council met on Tuesday to discuss the plan.\nThe mayor said it would pass next week.",
    # short lines (an address, a poem)
    "City Hall\n1 Main Street\nSpringfield",
    # long lines are paragraphs of their own
    "A" * 120 + " end of one\n" + "B" * 120 + " end of two",
])
def test_blocks_that_are_not_hard_wrapped_keep_their_lines(block: str) -> None:
    assert parse_text_page(f"Title\n\n{block}\n").text == block
