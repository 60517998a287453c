"""The wiki layer: the one place that imports pywikibot (the site adapter and the logging of its retries)."""
