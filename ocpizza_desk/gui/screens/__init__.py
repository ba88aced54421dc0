"""One module per screen: a controller that wires a compiled form to services."""
