"""The outreach log: quick log, timeline and impact, follow-ups, templates, pipeline."""
