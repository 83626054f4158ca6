"""Tests that need Qt (pytest-qt, offscreen): screens, wizards, operations, tasks, i18n."""
