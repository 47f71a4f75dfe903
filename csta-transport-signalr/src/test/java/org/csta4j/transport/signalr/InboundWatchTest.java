package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch reads HTTP and WebSocket framing as bytes pass, however the reads split them. */
class InboundWatchTest {
  private static final int LIMIT = 1000;
  private static final String UPGRADED =
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";

  private final List<IOException> refusals = new ArrayList<>();
  private final InboundWatch watch = new InboundWatch(LIMIT, refusals::add);

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A frame as a server sends it: unmasked unless a mask is given. */
  private static byte[] frame(int opcode, boolean fin, long length, byte[] payload, boolean mask) {
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    f.write((fin ? 0x80 : 0) | opcode);
    int maskBit = mask ? 0x80 : 0;
    if (length < 126) {
      f.write(maskBit | (int) length);
    } else if (length <= 0xffff) {
      f.write(maskBit | 126);
      f.write((int) (length >>> 8));
      f.write((int) length);
    } else {
      f.write(maskBit | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        f.write((int) (length >>> shift));
      }
    }
    if (mask) {
      f.writeBytes(new byte[] {1, 2, 3, 4});
    }
    f.writeBytes(payload);
    return f.toByteArray();
  }

  private static byte[] frame(int opcode, boolean fin, int length) {
    return frame(opcode, fin, length, new byte[length], false);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private void feed(byte[] bytes) throws IOException {
    watch.inspect(bytes, 0, bytes.length);
  }

  /** One byte at a time: every state boundary falls between two reads. */
  private void feedByteByByte(byte[] bytes) throws IOException {
    for (int i = 0; i < bytes.length; i++) {
      watch.inspect(bytes, i, 1);
    }
  }

  @Test
  void messagesUpToTheLimitPassInAnySplitAndLengthForm() throws IOException {
    byte[] stream =
        concat(
            ascii(UPGRADED),
            frame(0x1, true, 10),
            frame(0x2, true, LIMIT), // 16-bit length, exactly the limit
            frame(0x1, false, 400),
            frame(0x9, true, 125), // a ping between fragments does not count
            frame(0x0, false, 400),
            frame(0x0, true, 200),
            frame(0x2, true, 0),
            frame(0x1, true, 300, new byte[300], true)); // masked, which a server must not do
    feedByteByByte(stream);
    feed(frame(0x2, true, LIMIT));
    assertThat(refusals).isEmpty();
  }

  @Test
  void aHeaderAnnouncingMoreThanTheLimitIsRefusedBeforeItsPayload() throws IOException {
    feed(ascii(UPGRADED));
    byte[] header = frame(0x2, true, LIMIT + 1, new byte[0], false);
    assertThatThrownBy(() -> feed(header))
        .isInstanceOf(InboundWatch.RefusedMessageException.class)
        .hasMessage(
            "the gateway sent a message of 1001 bytes, over the limit of 1000 bytes"
                + " (maxMessageBytes); refused before reading it");
    assertThat(refusals).hasSize(1);
    // refused for good: later reads fail the same way
    assertThatThrownBy(() -> feed(new byte[1])).isSameAs(refusals.get(0));
  }

  @Test
  void fragmentsAreSummed() throws IOException {
    feed(concat(ascii(UPGRADED), frame(0x1, false, 600), frame(0xA, true, 5)));
    assertThatThrownBy(() -> feedByteByByte(frame(0x0, false, 401)))
        .hasMessageStartingWith("the gateway sent a message of at least 1001 bytes");
  }

  @Test
  void aSixtyFourBitLengthIsRefusedWhateverItsValue() throws IOException {
    feed(ascii(UPGRADED));
    assertThatThrownBy(() -> feed(frame(0x1, true, 50_000_000L, new byte[0], false)))
        .hasMessageContaining("50000000 bytes");
    InboundWatch other = new InboundWatch(LIMIT, e -> {});
    byte[] negative =
        concat(ascii(UPGRADED), new byte[] {(byte) 0x82, 127, -1, -1, -1, -1, -1, -1, -1, -1});
    assertThatThrownBy(() -> other.inspect(negative, 0, negative.length))
        .hasMessageContaining("more than 2^63 bytes");
  }

  @Test
  void aFrameWithReservedBitsIsRefused() throws IOException {
    feed(ascii(UPGRADED));
    assertThatThrownBy(() -> feed(new byte[] {(byte) 0xC1, 5}))
        .hasMessageContaining("compressed or extended WebSocket frame");
  }

  @Test
  void aNonUpgradeResponseBodyIsCountedAfterItsHead() throws IOException {
    // the head (and an interim 100 before it) does not count, the body does
    String head =
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\nContent-Type: application/json\n"
            + "X-Long: "
            + "h".repeat(5000)
            + "\n\n";
    feedByteByByte(ascii(head));
    feed(new byte[LIMIT]);
    assertThatThrownBy(() -> feed(new byte[1]))
        .hasMessage(
            "the gateway's HTTP response (status 200) has a body over the limit of 1000 bytes"
                + " (maxMessageBytes); refused after 1000 bytes of it");
  }

  @Test
  void frameBytesInsideTheHeadAreNotFrames() throws IOException {
    // a 101 whose header values contain what would look like frame headers
    feedByteByByte(ascii("HTTP/1.1 101 Switching\r\nX: \u0082\u007f\r\n\r\n"));
    feed(frame(0x1, true, 100));
    assertThat(refusals).isEmpty();
  }

  @Test
  void stoppedItLetsEverythingThrough() throws IOException {
    feed(ascii("HTTP/1.1 200 Connection established\r\n\r\n"));
    watch.stop(); // TLS is layered on the socket now
    feed(new byte[10 * LIMIT]);
    assertThat(refusals).isEmpty();
  }
}
