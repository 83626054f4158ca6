"""Share files: what the city bureau sends each district bureau of a two-level campaign (issue 14)."""
