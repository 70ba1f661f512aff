"""`make bench`: how fast the site builds, rebuilds and is checked, measured against the bare
stack in the same run (this machine is shared and noisy: ratios, not absolute times, are
what compare)."""
