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


SERVE = (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")


def test_port_can_be_chosen_as_the_readme_says():
    # serve.sh reads PORT; the README says so, and how to pass --port to baocao serve
    assert '"${PORT:-8000}"' in SERVE
    assert "PORT=8080 bash scripts/serve.sh" in README
    assert "baocao serve --port" in README


def test_install_step_shows_progress():
    install = [line for line in SERVE.splitlines() if "pip install" in line and "--upgrade pip" not in line]
    assert install and all(" -q" not in line for line in install)
    assert "echo" in SERVE.split(install[0])[0]  # a message before the long step


def test_readme_says_where_the_command_lives_and_how_to_add_files():
    assert ".venv/bin/baocao" in README and "source .venv/bin/activate" in README
    assert ".venv/bin/baocao" in SERVE  # serve.sh prints it too
    # adding one's own files to the running service: ingest into the same data dir, no restart
    assert "baocao ingest" in README and "--data-dir ./data" in README
    assert "không cần khởi động lại" in README or "without restarting" in README


def test_readme_warns_about_the_default_data_dir():
    from ingest.settings import SETTINGS

    [data_dir] = [s for s in SETTINGS if s.name == "data_dir"]
    assert data_dir.default == "./data"
    assert "current directory" in README and "./data" in README
