"""The async clients and raw-response views, generated from the sync clients by openapi/tools/twins.py."""
