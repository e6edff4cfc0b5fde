"""Reading agencies' workbooks, Qt-free: safe opening, header and cells, values, the plan, applying it."""
