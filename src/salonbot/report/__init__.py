"""The report layer: model, template data, YAML files, schema, validate, render, parse.

Pure: never imports pywikibot.
"""
