package org.csta4j.transport.support;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a gateway host is this machine, decided from the host's text alone: a transport may then
 * allow plain {@code http}/{@code ws}, since nothing crosses a network. Never a DNS lookup, which
 * whoever controls a name could answer with a loopback address.
 */
public final class Loopback {
  private Loopback() {}

  /**
   * {@return whether the host is this machine by its text alone} True for {@code localhost} (any
   * casing), an IPv4 literal in {@code 127.0.0.0/8} written as four decimal numbers without leading
   * zeros, and the IPv6 loopback {@code ::1} in any of its spellings, with or without brackets (as
   * {@link java.net.URI#getHost()} gives it). False for every other name, {@code
   * 127.0.0.1.attacker.example} included, and for null or empty input. Never asks DNS.
   *
   * @param host a host as {@link java.net.URI#getHost()} gives it; null for a URI without one
   */
  public static boolean isLoopbackHost(@Nullable String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") || h.indexOf(':') >= 0) {
      return isIpv6Loopback(h);
    }
    return isIpv4Loopback(h);
  }

  private static boolean isIpv4Loopback(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      // decimal only, no leading zero: "0177" or "0x7f" mean 127 to some parsers, not to others
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return parts[0].equals("127");
  }

  private static boolean isIpv6Loopback(String h) {
    String literal = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    if (literal.isEmpty() || literal.indexOf(':') < 0) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      // hex digits and colons only: no zone id, no IPv4-mapped form, nothing a resolver would take
      if (!(c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    try {
      // in brackets the JDK parses an IPv6 literal and never asks DNS
      InetAddress a = InetAddress.getByName("[" + literal + "]");
      return a instanceof Inet6Address && a.isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
