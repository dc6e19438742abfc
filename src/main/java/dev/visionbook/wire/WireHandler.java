package dev.visionbook.wire;

import java.io.IOException;

/** Answers one request on the loopback server: by forwarding it, from a cassette, or with a fault. */
@FunctionalInterface
interface WireHandler {

    Reply handle(Inbound request) throws IOException;
}
