"""Who may do what: the four roles of the application, and on PostgreSQL the server's own roles, GRANTs and
row-level policies that enforce them (on a SQLite file the operating-system user is the user)."""
