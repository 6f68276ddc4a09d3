//! Python-format tracebacks built from the frame chain and the line table.
