"""Modules reportlab imports eagerly but the Thai text layer never uses, loaded on first use instead.

``reportlab.lib.utils`` runs ``from PIL import Image`` when it is imported (0.015–0.02 s with PIL's own imports),
yet only drawing a picture (a certificate's QR code) touches it. Importing this module first gives ``PIL.Image`` a
lazy module (the standard library's ``importlib.util.LazyLoader``): it is the real module, executed at its first
attribute access, so reportlab's ``haveImages`` stays true and a picture is drawn exactly as before.
"""

from __future__ import annotations

import importlib.util
import sys

DEFERRED = ("PIL.Image",)


def defer(name: str) -> None:
    """Import ``name`` lazily (nothing if it is already imported or cannot be found)."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


for _name in DEFERRED:
    defer(_name)
