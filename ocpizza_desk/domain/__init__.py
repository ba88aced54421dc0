"""Pure-Python business rules: no framework imports here, so every rule is testable alone."""
