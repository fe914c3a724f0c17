"""Document.parse: sentences, quotation regions and tokens as offsets into the verbatim text."""

from __future__ import annotations

import pytest
import regex

from newsfacts.document import TOKEN_FRAG, Document, Token


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in Document.parse(text).sentences]


def _quotes(text: str) -> list[tuple[str, int, str, bool]]:
    return [(text[q.start : q.end], q.paragraph, q.mark, q.closed) for q in Document.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mr. Smith met Dr. Jones on Friday. They talked.",
            ["Mr. Smith met Dr. Jones on Friday.", "They talked."],
            id="titles-are-no-ends",
        ),
        pytest.param(
            "J. R. R. Tolkien wrote it. Fans agreed.",
            ["J. R. R. Tolkien wrote it.", "Fans agreed."],
            id="initials-are-no-ends",
        ),
        pytest.param(
            "Prices rose 2.5 per cent. Analysts were surprised! Why? 2024 will tell.",
            ["Prices rose 2.5 per cent.", "Analysts were surprised!", "Why?", "2024 will tell."],
            id="terminal-marks-and-a-digit-start",
        ),
        pytest.param(
            'He asked, "Why now?" Nobody answered.',
            ['He asked, "Why now?"', "Nobody answered."],
            id="closing-quote-stays-with-its-sentence",
        ),
        pytest.param(
            "Talks ended in the U.S. The next round is set.",
            ["Talks ended in the U.S. The next round is set."],
            id="known-miss-abbreviation-ending-a-sentence",
        ),
        pytest.param(
            "First paragraph ends here.\n\nSecond one, no stop",
            ["First paragraph ends here.", "Second one, no stop"],
            id="paragraphs-end-sentences",
        ),
    ],
)
def test_sentences(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“We will rebuild,” she said.", [("We will rebuild,", 0, "“", True)], id="curly"),
        pytest.param('"We will rebuild," she said.', [("We will rebuild,", 0, '"', True)], id="straight"),
        pytest.param(
            "«Nous reconstruirons», a-t-il dit.", [("Nous reconstruirons", 0, "«", True)], id="guillemets"
        ),
        pytest.param(
            "She called it ‘a disaster’ on Monday.", [("a disaster", 0, "‘", True)], id="curly-single"
        ),
        pytest.param(
            "She called it 'a disaster' on Monday, but don't worry.",
            [("a disaster", 0, "'", True)],
            id="straight-single-not-apostrophe",
        ),
        pytest.param('Mixed “quote," he said.', [("quote,", 0, "“", True)], id="mixed-marks-pair"),
        pytest.param(
            "The mayor’s office said “it’s done”, Iran’s envoy said.",
            [("it’s done", 0, "“", True)],
            id="apostrophes-are-no-quotes",
        ),
        pytest.param(
            "Nested “outer ‘inner’ quote” here.", [("outer ‘inner’ quote", 0, "“", True)], id="nested-inside"
        ),
        pytest.param(
            "“The first paragraph goes on\n\n“and on to the next,” he said.",
            [("The first paragraph goes on", 0, "“", False), ("and on to the next,", 1, "“", True)],
            id="unclosed-runs-to-paragraph-end",
        ),
        pytest.param(
            '"It goes on\n\n"and on,\n\n"and ends here," she said.',
            [("It goes on", 0, '"', False), ("and on,", 1, '"', False), ("and ends here,", 2, '"', True)],
            id="unclosed-straight-over-three-paragraphs",
        ),
    ],
)
def test_quote_regions(text, expected):
    assert _quotes(text) == expected


TOKEN_TEXTS = [
    "",
    "   ",
    "The U.S. economy grew 1,200.5 units at 7:30 — don't ask Iran-backed £5m",
    "  leading and trailing space \n\n and\tTabs\u00a0NBSP\u2028line ",
    "“Quoted,” she said… (really) [sic] 2019–20 mid-March Tuesday’s",
    "Ünïcödé naïve café e\u0301 \u0663\u0664 日本語 ½ x²",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_tokens_are_the_matches_of_the_token_pattern(text):
    tokens = Document.parse(text).tokens
    expected = [
        (m.start(), m.end(), m.group()) for m in regex.finditer(TOKEN_FRAG, text, flags=regex.VERBOSE)
    ]
    assert [tuple(t) for t in tokens] == expected
    assert all(type(t) is Token and text[t.start : t.end] == t.text for t in tokens)


def test_tokens_examples():
    text = "The U.S. grew 1,200.5 units at 7:30 — don't ask Iran-backed £5m"
    assert [t.text for t in Document.parse(text).tokens] == [
        "The", "U.S.", "grew", "1,200.5", "units", "at", "7:30", "—",
        "don't", "ask", "Iran-backed", "£", "5", "m",
    ]  # fmt: skip


def test_token_lookups():
    doc = Document.parse("One two. Three four.")
    assert [t.text for t in doc.tokens_in(4, 12)] == ["two", "."]
    assert doc.sentence_at(10) == (9, 20)
    assert doc._token_starts == [t.start for t in doc.tokens]


def test_a_unit_letter_before_a_stop_ends_the_sentence() -> None:
    doc = Document.parse("Repairs could cost up to £12m. The ministry said it would pay.")
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Repairs could cost up to £12m.",
        "The ministry said it would pay.",
    ]


def test_a_stray_space_after_an_opening_mark_still_starts_a_sentence() -> None:
    doc = Document.parse("“We lost,” Reyes said. “ It was a hard night.”")
    assert [doc.text[s:e] for s, e in doc.sentences] == ["“We lost,” Reyes said.", "“ It was a hard night.”"]


def _nested(text: str) -> list[tuple[str, str, bool]]:
    return [(text[q.start : q.end], q.mark, q.nested) for q in Document.parse(text).nested_quotes]


@pytest.mark.parametrize(
    ("text", "outer", "nested"),
    [
        pytest.param(
            "“I heard the governor ask, ‘Is the dam safe?’” the engineer said.",
            ["I heard the governor ask, ‘Is the dam safe?’"],
            [("Is the dam safe?", "‘", True)],
            id="curly-single-in-double",
        ),
        pytest.param(
            "\"He said 'not today' and 'not tomorrow' either,\" she said.",
            ["He said 'not today' and 'not tomorrow' either,"],
            [("not today", "'", True), ("not tomorrow", "'", True)],
            id="two-straight-singles-in-double",
        ),
        pytest.param(
            "“The mayor’s aides said it’s done,” Iran’s envoy said.",
            ["The mayor’s aides said it’s done,"],
            [],
            id="apostrophes-are-no-nested-quotes",
        ),
        pytest.param(
            "She wrote that 'the clerk shouted \"Stop!\" at them' in a letter.",
            ['the clerk shouted "Stop!" at them'],
            [("Stop!", '"', True)],
            id="double-in-single-is-nested-not-outer",
        ),
        pytest.param(
            "“He kept saying ‘wait for me” to the crowd.",
            ["He kept saying ‘wait for me"],
            [],
            id="unclosed-single-is-no-nested-quote",
        ),
    ],
)
def test_nested_quote_regions(text, outer, nested):
    doc = Document.parse(text)
    assert [text[q.start : q.end] for q in doc.quotes] == outer
    assert _nested(text) == nested


def test_lookups_answer_for_outer_regions_only() -> None:
    text = "“I heard the governor ask, ‘Is the dam safe?’” the engineer said."
    doc = Document.parse(text)
    (outer,) = doc.quotes
    (inner,) = doc.nested_quotes
    assert not outer.nested
    assert doc.quote_at(inner.start) == outer
    assert doc.quotes_in(inner.start, inner.end) == (outer,)
    assert doc.has_quote_between(inner.start, inner.end)
