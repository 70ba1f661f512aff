"""Markdown twins of the guide's pages, and the llms.txt files that list them (llmstxt.org):
what a reader hands to an assistant, and what an assistant reads on its own."""
