"""The ``newsfacts`` command: demo, extract in each format, errors, and ``python -m newsfacts``."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from newsfacts import Facts
from newsfacts.cli import main

TEXT = '"We will rebuild," Mayor Ana Ruiz said on Monday. More than 40 homes were lost, police said.\n'
HEADINGS = ["Actors (", "Quotes (", "Claims (", "Figures (", "Dates ("]


def test_demo_prints_every_section(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "newsfacts demo" in out
    assert all(heading in out for heading in HEADINGS)


def test_no_command_runs_the_demo(capsys):
    assert main([]) == 0
    assert capsys.readouterr().out.startswith("newsfacts demo")


def test_extract_json_validates_as_facts(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--published", "2024-08-19", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    facts = Facts.model_validate(data, context={"text": TEXT})
    assert facts == Facts.model_validate_json(json.dumps(data))


def test_extract_jsonl_gives_one_fact_a_line(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(row["fact"] in {"actor", "quote", "claim", "figure", "date"} for row in rows)


def test_extract_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    assert main(["extract", "-"]) == 0
    out = capsys.readouterr().out
    assert all(heading in out for heading in HEADINGS)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "no/such/file.txt"], "No such file"),
        (["extract", "--published", "soon", "-"], "ISO 8601"),
    ],
    ids=["missing-file", "bad-published"],
)
def test_bad_input_exits_2_with_a_message(argv, message, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["extract", "--format", "xml", "-"])
    assert raised.value.code == 2


def test_python_dash_m_runs_the_demo():
    done = subprocess.run([sys.executable, "-m", "newsfacts"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Quotes (" in done.stdout
