"""The dashboard: figures of every register and the plan, charts and a map of Thailand by province."""
