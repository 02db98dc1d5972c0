"""Blind probe collection 39 (see make_docs.py and make_questions.py)."""
