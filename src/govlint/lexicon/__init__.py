"""The words of the domain, each read one way everywhere: labels (:mod:`.labels`: normalised,
enumerator split off, compared) and Chinese numerals (:mod:`.numerals`)."""
