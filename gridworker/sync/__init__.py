"""Sync between a device's store and the county server: wire protocol and the client side."""
