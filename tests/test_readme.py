"""The README is the user's first contact: its commands and settings must match the code."""
from pathlib import Path

from ingest.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    for setting in SETTINGS:
        row = f"| `{setting.name}` | `{setting.env}` | `{setting.default}` |"
        assert row in README, f"README lacks the settings row for {setting.name}"


def test_ci_runs_the_readme_test_command():
    assert "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")


def test_first_command_serves():
    assert "bash scripts/serve.sh" in README
    assert "baocao serve" in (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
