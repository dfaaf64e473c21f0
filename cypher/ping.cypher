// Is the database answering? No parameters.
RETURN 1 AS ok
