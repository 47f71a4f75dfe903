package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which gateways count as this machine, where plain http needs no --insecure: a loopback address
 * after parsing the host, never a name that only starts like one.
 */
class GatewayLoopbackTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://localhost:8080/csta, true",
    "http://LOCALHOST/csta, true",
    "http://127.0.0.1:5000/csta, true",
    "http://127.9.8.7/csta, true",
    "ws://127.0.0.1/csta, true",
    "http://[::1]:8080/csta, true",
    "http://[0:0:0:0:0:0:0:1]/csta, true",
    "http://127.0.0.1.attacker.example/csta, false",
    "http://127.0.0.1.nip.io/csta, false",
    "http://localhost.attacker.example/csta, false",
    "http://127.1/csta, false",
    "http://0177.0.0.1/csta, false",
    "http://2130706433/csta, false",
    "http://[::ffff:127.0.0.1]/csta, false",
    "http://[::2]/csta, false",
    "http://gateway.example/csta, false",
    "http://192.168.1.10/csta, false",
  })
  void loopbackMeansALoopbackAddressNotAPrefix(String gateway, boolean loopback) {
    assertThat(GatewayCommand.isLoopback(URI.create(gateway).getHost())).isEqualTo(loopback);
  }
}
