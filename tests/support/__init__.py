"""Helpers shared between test modules (no tests here): data builders, witnesses, GUI drivers."""
