"""The orgkb Streamlit dashboard (`kb dashboard`)."""
