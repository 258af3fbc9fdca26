"""The search engine depends on no web code: its imports (followed through search_app) reach
neither Flask nor the modules that read requests (filters, web, views, errors)."""
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


def test_engine_imports_no_web_code():
    seen, todo, path = set(), ["search_app.engine"], {}
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
