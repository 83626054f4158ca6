"""The Qt face of the workbench: it presents and delegates to app/, nothing more."""
