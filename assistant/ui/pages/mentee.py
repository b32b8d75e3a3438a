from assistant.ui import mentee

mentee.page()
