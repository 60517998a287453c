"""What is read from reports, pure (never imports pywikibot): the thematic area of a theme
(areas), the figures a page states (readings, figure_words), the overview of every report and its
cells (overview, cells), and what needs a human across a folder (review). It reads the file format
of salonbot.report and adds nothing to it."""
