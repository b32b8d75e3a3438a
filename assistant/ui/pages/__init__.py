"""Page scripts run by ``st.navigation``; each one draws a workspace from ``assistant.ui``."""
