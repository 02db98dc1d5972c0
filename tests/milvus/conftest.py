"""The Milvus backend's own tests use the session's Milvus from tests/conftest.py (`milvus_uri`,
`collection_name`): one milvus-lite server for the whole run, or $MILVUS_URI."""
