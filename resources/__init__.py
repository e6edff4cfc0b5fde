"""Data files shipped with the application (fonts, reference data, translations)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent
