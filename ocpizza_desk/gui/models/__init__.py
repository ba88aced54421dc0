"""Qt item models: fed by service results on the Qt thread, never querying in data()."""
