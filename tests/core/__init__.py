"""Tests that need no Qt: app/ services, queries, specs, registers, documents, CLI, database, audit."""
