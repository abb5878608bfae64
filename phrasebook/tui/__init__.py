"""The terminal UI. Imported only when the UI is opened: the core never imports textual."""
