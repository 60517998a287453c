"""The report layer, pure (never imports pywikibot): model, template data, YAML files, schema,
validate, render, parse, scaffold and the overview of many reports."""
