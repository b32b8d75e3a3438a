from assistant.ui import relationship

relationship.page()
