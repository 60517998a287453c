"""The report file format, pure (never imports pywikibot): the model, template data, YAML files,
schema, validate, parse, render and splice, scaffold. What is read from many reports (areas,
figures, the overview) is in salonbot.analytics, which imports this layer and never the reverse."""
