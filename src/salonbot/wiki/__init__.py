"""The wiki layer, the one place that imports pywikibot (site adapter, its retry logging, its
global options), and the plain data of pages and titles (page.py, titles.py: no pywikibot)."""
