"""Committees and meetings, Qt-free: members, attendance, the agenda, resolutions and their follow-up."""
