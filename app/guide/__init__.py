"""The user guide (คู่มือการใช้งาน): its text task by task (content), the PDF (pdf), `guide --pdf FILE` (cli)."""
