"""Bringing articles in and keeping them: files and URLs read, markup cleaned, the store, batch runs, datasets.
May import the whole engine; nothing in the engine (``text``, ``speakers``, ``stance``, the top-level modules
it runs) imports this package: ``analyze`` never knows the store."""
