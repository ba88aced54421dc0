"""Forms compiled from ui/*.ui by tools/build_forms.py (make forms). Do not edit by hand."""
