"""The optional team password: a shared door key, not user accounts.

Set ``password`` in the app's secrets or the ``VIEWPOINTS_PASSWORD`` environment variable; when neither
is set, the dashboard is open. The password is compared in constant time.
"""

from __future__ import annotations

import hmac
import os

import streamlit as st

from . import state as V


def password_ok() -> bool:
    """An optional shared password (st.secrets["password"] or VIEWPOINTS_PASSWORD); off when unset."""
    try:
        secret = st.secrets.get("password", "")
    except (FileNotFoundError, KeyError, OSError):
        secret = ""
    secret = secret or os.environ.get("VIEWPOINTS_PASSWORD", "")
    if not secret or st.session_state.get(V.K_AUTHENTICATED):
        return True
    st.title("Viewpoints", anchor=False)
    with st.form("password"):
        given = st.text_input("Team password", type="password")
        if st.form_submit_button("Enter"):
            if hmac.compare_digest(given.encode("utf-8"), str(secret).encode("utf-8")):
                st.session_state[V.K_AUTHENTICATED] = True
                st.rerun()
            st.error("That password is not right.")
    return False
