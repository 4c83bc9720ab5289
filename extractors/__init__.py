"""Pure functions from raw bytes and text to documents, mentions and typed records; nothing here does I/O."""
