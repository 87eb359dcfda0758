"""Show stage: the site's blueprints (public pages, API, exports, editor workspace)."""
