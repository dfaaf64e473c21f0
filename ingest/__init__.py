"""Reading documents and structured files, extracting records, loading them into the graph."""
