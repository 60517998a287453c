"""What the wiki tests, the soak (tests/soak.py) and the benchmarks share, one copy each:

- `api`: the sandbox wiki's action API as people use it (`Wiki`);
- `proxy`: an HTTP proxy between pywikibot and the wiki that records every request and injects
  faults on demand (`Proxy`, `Rule`);
- `pywikibot_dir`: a copy of a pywikibot configuration folder that reaches the wiki through the
  proxy (`proxied_pywikibot_dir`).
"""
