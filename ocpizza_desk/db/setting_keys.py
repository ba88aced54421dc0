"""The rows of `app_settings` that more than one layer reads, named once, below both.

The services write the maintenance switch, the legal mentions and the till rules; the backup
tool (ops) writes the last backup's time; the metrics exporter (ops) reads the switch and
the backup's time, the demo seed (ops) writes the first values. A key defined in a service
or in an ops module would make the other layer import it against the grain.
"""

MAINTENANCE_KEY = "maintenance"  # {"on", "message", "since"}: services/maintenance.py
LAST_BACKUP_KEY = "last_backup"  # the last successful backup's time: ops/backup.py
LEGAL_KEY = "legal"  # the chain's legal mentions printed on receipts: services/documents.py
TILL_RULES_KEY = "till_rules"  # the counter's limits: services/settings.py
HALF_RULE_KEY = "half_and_half"  # {"rule": "higher" | "average"}: services/settings.py, cart
