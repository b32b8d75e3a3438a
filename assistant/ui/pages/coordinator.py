from assistant.ui import coordinator

coordinator.page()
