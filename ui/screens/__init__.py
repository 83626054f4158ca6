"""One module per workflow step; each exposes create_screen(ctx) -> QWidget (imported lazily)."""
