"""The facts watch: reads every official page data/bedrock.yml cites, compares each with the
copy recorded when the facts were last checked (data/watched-pages/), section by section,
and says what a maintainer must re-check. `make facts-watch`, `make facts-watch-record`."""
