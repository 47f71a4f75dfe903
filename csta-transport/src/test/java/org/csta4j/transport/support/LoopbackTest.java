package org.csta4j.transport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loopback is decided from the URI's host text, never by asking DNS. */
class LoopbackTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://localhost/csta, true",
    "http://LocalHost:8080/csta, true",
    "http://127.0.0.1/csta, true",
    "http://127.0.0.1:9000/csta, true",
    "http://127.255.254.1/csta, true",
    "ws://127.1.2.3/csta, true",
    "http://[::1]/csta, true",
    "http://[::1]:8080/csta, true",
    "http://[0:0:0:0:0:0:0:1]/csta, true",
    "http://[0000::0001]/csta, true",
    // a name that merely starts like a loopback address is a name, resolved by whoever owns it
    "http://127.0.0.1.attacker.example/csta, false",
    "http://127.attacker.example/csta, false",
    "http://localhost.attacker.example/csta, false",
    "http://attacker.localhost/csta, false",
    "http://localhost.:8080/csta, false",
    "http://gateway.example/csta, false",
    // numbers that some parsers read as 127.0.0.1 and others do not
    "http://127.1/csta, false",
    "http://0177.0.0.1/csta, false",
    "http://127.0.0.01/csta, false",
    "http://2130706433/csta, false",
    "http://127.0.0.256/csta, false",
    "http://128.0.0.1/csta, false",
    "http://10.0.0.1/csta, false",
    "http://0.0.0.0/csta, false",
    // IPv6 other than ::1, or with what a resolver would interpret
    "http://[::2]/csta, false",
    "http://[::]/csta, false",
    "http://[::ffff:127.0.0.1]/csta, false",
    "http://[fe80::1%25lo]/csta, false",
  })
  void aHostIsLoopbackOnlyByItsText(String uri, boolean loopback) {
    assertThat(Loopback.isLoopbackHost(URI.create(uri).getHost())).isEqualTo(loopback);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "::1, true",
    "[::1], true",
    "127.0.0.1, true",
    "'', false",
    "[, false",
    "[], false",
    "[::1, false",
    "::1], false",
    "::1::, false",
    "localhost:80, false",
  })
  void bareHostsAsTextToo(String host, boolean loopback) {
    assertThat(Loopback.isLoopbackHost(host)).isEqualTo(loopback);
  }

  @org.junit.jupiter.api.Test
  void nullIsNotLoopback() {
    assertThat(Loopback.isLoopbackHost(null)).isFalse();
  }
}
