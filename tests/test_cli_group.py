from click.testing import CliRunner

from search_app.cli import main


def test_help_lists_group():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "baocao" in result.output
