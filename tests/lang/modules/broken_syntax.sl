# A module that does not compile (imported by import_syntax_error.sl).
value = 1
if value
    value = 2
