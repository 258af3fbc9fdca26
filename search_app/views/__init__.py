"""Blueprints: search, documents, figures, exports, api, programmes."""
