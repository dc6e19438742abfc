package dev.visionbook.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refuses requests whose {@code Host} header is not a name of this server. A web page can make a
 * browser send requests to loopback under a name the page's owner controls (DNS rebinding); such a
 * request carries that name in {@code Host}, and since the server writes the host into upload URLs
 * and file URIs, it is checked before anything else runs. Accepted: the loopback names
 * ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code ::1}), the bound address,
 * names the user configured, and, when bound to every interface, any IP address (an address needs
 * no DNS and so cannot be rebound).
 */
final class HostGuard {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    private final String bound;
    private final boolean everyInterface;
    private final Set<String> configured;

    HostGuard(String boundHost, Set<String> allowedHosts) {
        this.bound = normalise(boundHost);
        this.everyInterface = bound.equals("0.0.0.0") || bound.equals("::") || bound.isEmpty();
        this.configured = allowedHosts.stream().map(HostGuard::normalise).collect(Collectors.toUnmodifiableSet());
    }

    void check(Context ctx) {
        String header = ctx.header("Host");
        // HTTP/1.1 requires the header and Jetty enforces it; browsers always send it.
        if (header == null || header.isBlank() || allowed(hostOf(header))) {
            return;
        }
        throw ApiException.permissionDenied("The Host header '" + ProtoJson.abbreviate(header) + "' is not a name of this"
                + " local server, which answers to localhost and 127.0.0.1 only (a guard against DNS rebinding)."
                + " To use another name, start it with: visionbook serve --allow-host NAME");
    }

    boolean allowed(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals(bound) || configured.contains(host)) {
            return true;
        }
        if (IPV4.matcher(host).matches()) {
            return host.startsWith("127.") || everyInterface;
        }
        if (host.contains(":") && IPV6.matcher(host).matches()) {
            return host.equals("::1") || host.equals("0:0:0:0:0:0:0:1") || everyInterface;
        }
        return false;
    }

    /** {@code [::1]:8080} → {@code ::1}; {@code LocalHost.:80} → {@code localhost}. */
    static String hostOf(String header) {
        String host = header.strip();
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return normalise(close < 0 ? host.substring(1) : host.substring(1, close));
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(':') == colon) {
            host = host.substring(0, colon);
        }
        return normalise(host);
    }

    private static String normalise(String host) {
        String lower = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
