"""Snippet checks: pull every code block out of the built site and run it against the
fake Bedrock with the real SDKs (see run.py); `python -m snippet_runner` prints a report."""
