"""Stage 4, presentation: selections from the tables, charts, snapshots and the UI's words.

No Streamlit here (that is ``districts.ui``): ``views``, ``charts``, ``snapshot``, ``i18n``.
"""
