"""`make serve`: mkdocs's live-reloading server, made to survive an author's mistakes. A rebuild
that fails keeps the server up, and every page the browser asks for shows what failed (the
build's own messages) until a save fixes it; the page then comes back by itself."""
