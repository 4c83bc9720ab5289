"""Cleaning: raw bytes to a Document (decode, front matter, HTML to text, page metadata, boilerplate)."""
