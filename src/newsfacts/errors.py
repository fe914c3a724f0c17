"""The exception tree.

::

    NewsfactsError
     └── PublishedDateError (also a ValueError): ``published`` could not be read as a date

Wrong argument types raise the built-in ``TypeError``; text never raises.
"""

from __future__ import annotations

__all__ = ["NewsfactsError", "PublishedDateError"]


class NewsfactsError(Exception):
    """The root of every error newsfacts raises on purpose."""


class PublishedDateError(NewsfactsError, ValueError):
    """The ``published`` argument is not a date newsfacts can read."""
