package dev.visionbook.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** Reads and checks the connection file Jupyter hands a kernel: addresses, ports and signing key. */
final class ConnectionFile {

    private ConnectionFile() {
    }

    static KernelConnectionProperties read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the connection file " + file + ": " + e.getMessage()
                    + ". Jupyter passes it as the last argument; check the kernelspec's argv.", e);
        }
        KernelConnectionProperties properties;
        try {
            properties = KernelConnectionProperties.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The connection file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        return check(properties, file);
    }

    static KernelConnectionProperties check(KernelConnectionProperties properties, Object source) {
        if (properties == null || properties.getIp() == null || properties.getIp().isBlank()) {
            throw new IllegalArgumentException("The connection file " + source + " has no \"ip\" to bind to.");
        }
        if (!"tcp".equals(properties.getTransport())) {
            throw new IllegalArgumentException("The connection file " + source + " asks for transport \""
                    + properties.getTransport() + "\"; this kernel speaks only \"tcp\".");
        }
        // Without a key every message would be accepted unsigned: refuse rather than run open.
        if (properties.getKey() == null || properties.getKey().isEmpty()) {
            throw new IllegalArgumentException("The connection file " + source + " has an empty \"key\": this kernel"
                    + " only accepts signed messages. Let Jupyter generate the connection file.");
        }
        if (!"hmac-sha256".equals(properties.getSignatureScheme())) {
            throw new IllegalArgumentException("The connection file " + source + " asks for signature scheme \""
                    + properties.getSignatureScheme() + "\"; this kernel signs with \"hmac-sha256\".");
        }
        return properties;
    }
}
