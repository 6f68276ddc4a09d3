//! Operators and protocols on values (arithmetic, comparison, truth, repr/str, items, iteration), as natives see them.
