from assistant.ui import mentor

mentor.page()
