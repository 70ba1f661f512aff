"""Author-facing checks (`make check`): each function returns a list of problems, one line
each, naming locale, page and item. The tests assert the lists are empty on the real site
and not empty on deliberately broken copies."""
