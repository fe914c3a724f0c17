"""One module per fact family; each reads a :class:`~newsfacts.document.Document`."""
