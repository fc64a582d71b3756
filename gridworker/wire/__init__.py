"""What the device and the county server share about the wire: the protocol's messages
(``protocol``) and the encoding of records in them (``codec``). Core only: no HTTP client, no
server, no Qt."""
