"""The emblem certificate register, Qt-free: numbers, states, settings, wording, verification."""
