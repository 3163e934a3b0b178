"""Funding: allocations, projects (by layout), their merging and status, reconciliation, themes."""
