from assistant.ui import chat

chat.page()
