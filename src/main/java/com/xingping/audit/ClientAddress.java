package com.xingping.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for the audit log: the socket's peer, unless that peer is one of the trusted
 * proxies ({@code xingping.audit.trusted-proxies}: addresses or CIDR ranges, none by default); then
 * the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy, read from the
 * right, as each proxy appends the address it saw. A header from anyone else is ignored: a client can
 * write any address into it.
 */
@Component
class ClientAddress {
    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private final List<Range> trusted;

    ClientAddress(@Value("${xingping.audit.trusted-proxies:}") String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (address(hop) == null) {
                return peer;
            }
            if (!isTrusted(hop) || i == 0) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String text) {
        byte[] address = address(text);
        return address != null && trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The address's bytes, or null when the text is no address literal (never a name to look up). */
    private static byte[] address(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address and how many of its leading bits a match must share. */
    private record Range(byte[] network, int bits) {
        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = address(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("xingping.audit.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("xingping.audit.trusted-proxies: '" + entry + "' has no valid prefix length");
                }
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
