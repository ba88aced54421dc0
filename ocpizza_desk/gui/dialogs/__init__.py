"""Small dialogs shared by screens (cancel with a reason, take a payment, customise)."""
