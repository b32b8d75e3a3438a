"""The Streamlit app's pages. ``app.py`` at the repository root is the entry point."""
