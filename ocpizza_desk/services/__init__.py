"""Use cases, one module per area: permission check, one transaction, plain dataclass results.

Nothing here imports Qt: everything a screen can do, a test can do without one.
"""
