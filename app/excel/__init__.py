"""Excel in and out, Qt-free: the one sheet writer, register and meeting exports, the import report."""
