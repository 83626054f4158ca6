"""Wizards and dialogs of the workflow steps."""
