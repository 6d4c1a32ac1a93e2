"""Helpers shared by the Streamlit pages (the store of the session, French texts)."""
