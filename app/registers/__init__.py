"""The four registers (cities, zones, ambassadors, partnerships), Qt-free: records, validation, tables."""
