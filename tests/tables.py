"""Table-driven test cases: load ``tests/cases/<name>.yaml`` as pytest parameters.

A case is a mapping with an ``id`` (the test id) and, for a known limit, an
``xfail`` reason that makes it a strict xfail: it fails the run the day the
limit is lifted, so the table is then updated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

CASES_DIR = Path(__file__).parent / "cases"


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of ``cases/<name>.yaml`` (a list, or a mapping holding one under ``cases``)."""
    data = yaml.safe_load((CASES_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


def case_params(cases: list[dict[str, Any]]) -> list[Any]:
    """One ``pytest.param`` per case, with its id, and a strict xfail where it names a known limit."""
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else [],
        )
        for case in cases
    ]
