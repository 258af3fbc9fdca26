"""The document page: highlighted text, figures table, sources, original download, similar documents."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, render_template, send_file
from markupsafe import Markup, escape

from search_app import db, web

bp = Blueprint("documents", __name__)

KIND_CLASS = {"organization": "org", "person": "per", "place": "loc", "figure": "fig"}


def highlight(text: str, entities: list[dict], figures: list[dict]) -> Markup:
    """Escape the text and wrap entities and figures; overlapping spans keep the earlier (figures win ties)."""
    spans = [(f["start"], f["end"], "figure", f"fig-{f['idx']}", f.get("unit", "")) for f in figures]
    spans += [(e["start"], e["end"], e["type"], None, e.get("canonical") or "") for e in entities]
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    spans.sort(key=lambda s: (s[0], s[2] != "figure", -(s[1] - s[0])))
    out, pos = [], 0
    for start, end, kind, anchor, title in spans:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        attrs = f' class="hl hl-{KIND_CLASS.get(kind, "other")}"'
        if anchor:
            attrs += f' id="{anchor}"'
        if title:
            attrs += f' title="{escape(title)}"'
        out.append(Markup(f"<span{attrs}>") + escape(text[start:end]) + Markup("</span>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


@bp.get("/documents/<doc_id>")
def show(doc_id: str):
    conn = web.conn()
    doc = db.document(conn, doc_id)
    if doc is None:
        abort(404)
    figures = db.doc_figures(conn, doc_id)
    ents = db.entities(conn, doc_id)
    mentions = [e for e in ents if e["type"] == "organization"]
    orgs = sorted({e["canonical"] for e in mentions if e["canonical"] and e.get("correction") != "reject"})
    similar = web.engine().similar(doc_id, doc["text"], orgs)
    return render_template("document.html", doc=doc, figures=figures, orgs=orgs,
                           people=sorted({e["name"] for e in ents if e["type"] == "person"}),
                           places=sorted({e["canonical"] or e["name"] for e in ents if e["type"] == "place"}),
                           body=highlight(doc["text"], ents, figures), similar=similar, mentions=mentions)


@bp.get("/documents/<doc_id>/original/<int:n>")
def original(doc_id: str, n: int):
    """Send a kept original; only files inside <data_dir>/originals are ever served."""
    sources = db.sources(web.conn(), doc_id)
    if not 0 <= n < len(sources) or not sources[n]["original"]:
        abort(404)
    root = (Path(web.store().data_dir) / "originals").resolve()
    path = Path(sources[n]["original"])
    if not path.is_absolute():
        path = Path(web.store().data_dir) / path
    path = path.resolve()
    if not path.is_relative_to(root) or not path.is_file():
        abort(404)
    name = Path(sources[n]["source"].split("!")[-1].split("#")[0]).name or path.name
    return send_file(path, as_attachment=True, download_name=name)
