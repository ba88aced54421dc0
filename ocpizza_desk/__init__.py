"""OC Pizza staff back-office."""

__version__ = "0.1.0"
APP_NAME = "ocpizza-desk"
APP_AUTHOR = "OC Pizza"
