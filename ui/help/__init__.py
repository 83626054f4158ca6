"""In-app help: each screen's and wizard page's short explanation (F1, the help buttons) and the user guide."""
