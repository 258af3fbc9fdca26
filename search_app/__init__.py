"""The Flask app, the Whoosh index and the `baocao` command line."""
