"""What rules are made of: the :class:`~.rule.Rule` base and its :class:`~.rule.Context`, and
the one engine that checks the formats' arithmetic relations (:mod:`.relations`). The rules
themselves are plugins (the built-in ones in ``rules/govlint_rules``)."""
