"""Run Debian's poppler-utils (pdftotext, pdftoppm) on PDFs written by the tests.

The tools are required, not optional: a missing tool fails the test with the package to install,
so a CI run never passes without having parsed the PDFs back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from PIL import Image


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: apt-get install -y poppler-utils"
    return path


def pdftotext(pdf: Path, *options: str) -> str:
    """pdftotext's output (UTF-8) with the given options, e.g. ``-layout`` or ``-raw``."""
    command = [tool("pdftotext"), "-enc", "UTF-8", *options, str(pdf), "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")


def text_lines(text: str) -> list[str]:
    """Non-blank lines with the surrounding spaces (indent, centring) removed."""
    return [line.strip() for line in text.replace("\f", "\n").splitlines() if line.strip()]


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    x_max: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')


def bbox_words(pdf: Path) -> list[Word]:
    """Words with their x range per page, from ``pdftotext -bbox``."""
    words = []
    for page, html in enumerate(pdftotext(pdf, "-bbox").split("<page ")[1:], start=1):
        words += [Word(page, float(a), float(b), unescape(t)) for a, b, t in _WORD.findall(html)]
    return words


def render(pdf: Path, out_dir: Path, dpi: int, gray: bool = True) -> list[Image.Image]:
    """Render every page with pdftoppm; returns the page images in order."""
    prefix = out_dir / pdf.stem
    options = ["-gray"] if gray else []
    subprocess.run([tool("pdftoppm"), "-r", str(dpi), *options, "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(out_dir.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(page).convert("L") for page in pages]


def ink(image: Image.Image, threshold: int = 128) -> Image.Image:
    """A 1-bit mask: white where the page has ink."""
    return image.point(lambda v: 255 if v < threshold else 0, mode="1")


def count(mask: Image.Image) -> int:
    """Number of set pixels of a 1-bit mask."""
    return mask.histogram()[-1]
