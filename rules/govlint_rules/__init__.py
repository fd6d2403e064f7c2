"""govlint's built-in rules, one module per family, each registered as a plugin through the
``govlint`` entry-point group exactly as a third-party plugin would be."""
