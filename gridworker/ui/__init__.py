"""The desktop app (PySide6): a thin Qt layer over the Qt-free core.

Start with :func:`gridworker.ui.app.run_app`. Threading and store access go through
:mod:`gridworker.ui.operations`; screens are built from services passed to their constructors
(:class:`gridworker.ui.session.Session`), never from a global application object.
"""
