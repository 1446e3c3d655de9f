"""The tests, one package so that tests/views is ``tests.views`` and never shadows the app's ``views``."""
