"""The Qt layer: screens, item models, workers and translations. It talks to services only."""
