"""Mentor Session Assistant in the browser: ``streamlit run app.py``."""

import streamlit as st

from assistant.ui import navigation, sidebar, state

st.set_page_config(page_title="Mentor Session Assistant", page_icon="🧭", layout="wide")
state.keep_inputs()
page = st.navigation(navigation.pages())
with st.sidebar:
    st.markdown("### :material/explore: Mentor Session Assistant")
sidebar.render()
page.run()
