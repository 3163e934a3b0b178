"""Scheduled fetching from ModernGov sites: list a committee's meetings, download new and re-published papers safely, version them."""
