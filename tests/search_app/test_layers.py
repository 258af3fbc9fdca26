"""Layers of search_app: the search backends depend on no web code (their imports, followed through
search_app, reach neither Flask nor the modules that read requests), and the web app, the API, the
CLI and the exports reach a search engine only through the seam (search_app.backends), never a
backend's own modules."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WEB = ("flask", "werkzeug", "jinja2", "waitress", "search_app.filters", "search_app.web", "search_app.views",
       "search_app.errors")


def _imports(module: str) -> set[str]:
    path = ROOT / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = ROOT / module.replace(".", "/") / "__init__.py"
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names
                    if (ROOT / node.module.replace(".", "/") / f"{a.name}.py").exists()}
    return out


BACKENDS = sorted("search_app." + p.relative_to(ROOT / "search_app").with_suffix("").as_posix().replace("/", ".")
                  .removesuffix(".__init__") for p in (ROOT / "search_app" / "backends").rglob("*.py"))
# the embedded index's own maintenance (`baocao check --repair` reads and repairs the Whoosh files)
MAY_REACH_WHOOSH = {"search_app.check"}


def test_backends_import_no_web_code():
    assert "search_app.backends.whoosh.engine" in BACKENDS and "search_app.backends.opensearch" in BACKENDS
    seen, todo, path = set(), list(BACKENDS), {}
    while todo:
        mod = todo.pop()
        if mod in seen:
            continue
        seen.add(mod)
        for dep in _imports(mod):
            path.setdefault(dep, mod)
            if dep.startswith("search_app.") and dep not in seen:
                todo.append(dep)
    web = sorted(d for d in path if d.startswith(WEB))
    assert not web, [f"{d} (imported by {path[d]})" for d in web]


def test_callers_use_only_the_seam():
    callers = sorted("search_app." + p.relative_to(ROOT / "search_app").with_suffix("").as_posix().replace("/", ".")
                     .removesuffix(".__init__") for p in (ROOT / "search_app").rglob("*.py")
                     if "backends" not in p.parts)
    assert "search_app.views.exports" in callers and "search_app.commands" in callers
    reach = {mod: sorted(d for d in _imports(mod) if d.startswith(("search_app.backends.", "whoosh")))
             for mod in callers if mod not in MAY_REACH_WHOOSH}
    # analysis.py builds the Whoosh tokenizers and posting formats (their class paths are pickled in
    # the schema of existing indexes, so they stay where they are)
    reach["search_app.analysis"] = [d for d in reach.get("search_app.analysis", [])
                                    if d not in ("whoosh.analysis", "whoosh.formats")]
    assert not {mod: deps for mod, deps in reach.items() if deps}
