"""Offline laptops: take a copy out, bring its changes back as a package, settle conflicts (no Qt here).

* ``checkout``: the offline copy and its refresh (``sync checkout``, ``sync refresh``);
* ``journal``: the copy's changes from its own audit trail, collapsed per record and field;
* ``package``: the change package file (``sync export``) and its checks;
* ``apply`` with ``conflicts`` and ``numbering``: applying a package on the server (``sync import``).
"""
