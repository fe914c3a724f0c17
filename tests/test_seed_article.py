"""The seed article of the shared gold: every quote, speaker and figure right.

Reads ``../shared/eval`` (the evaluation material beside the checkout) and
skips cleanly when it is not there; the article's text stays out of the project.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsfacts import extract_facts

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SEED = "seed-gaza-talks"

pytestmark = pytest.mark.skipif(
    not (EVAL / "score.py").exists(), reason="../shared/eval is not beside the checkout"
)


@pytest.fixture(scope="module")
def scored() -> dict:
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = next(
        json.loads(line)
        for line in (EVAL / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] == SEED
    )
    text = (EVAL / "dev" / "texts" / f"{SEED}.txt").read_text(encoding="utf-8")
    facts = extract_facts(text, published=gold["published"])
    return score.score_article(gold, text, facts.model_dump(mode="json"))


@pytest.mark.parametrize("figure", ["quotes", "quote_speaker", "figures"])
def test_seed_article_is_perfect(scored: dict, figure: str) -> None:
    assert scored[figure]["f1"] == 1.0, [
        error for error in scored["errors"] if figure.split("_")[0] in error[0]
    ]


def test_seed_article_figures_have_their_qualifier_and_source(scored: dict) -> None:
    assert scored["figure_qualifier"]["ok"] == scored["figure_qualifier"]["n"]
    assert scored["figure_source"]["ok"] == scored["figure_source"]["n"]
