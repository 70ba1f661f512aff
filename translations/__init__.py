"""Where the translations stand: every section of every page fingerprinted per language in
data/translations.yml, drift between languages found without git, out-of-date sections
recorded with the change they have not caught up with. See __main__.py for the commands."""
