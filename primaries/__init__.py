"""primaries package."""
