"""The data layer: mapped tables, engine and sessions, schema revision, conflict retry."""
