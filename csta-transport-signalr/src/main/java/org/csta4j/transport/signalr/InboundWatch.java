package org.csta4j.transport.signalr;

import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Watches the bytes one socket receives, as they pass on their way to OkHttp, and refuses a message
 * over the limit before OkHttp buffers it: OkHttp reads a whole WebSocket message into memory
 * before it hands it on, whatever its size, and a negotiate response body too.
 *
 * <p>The stream starts with an HTTP/1.1 response (OkHttp is told to speak HTTP/1.1 only, and the
 * connection pool keeps no idle connection, so a socket carries one exchange). A {@code 101}
 * switches to WebSocket frames (RFC 6455 section 5.2): each frame header is parsed as it passes,
 * the payload lengths of one message's frames are summed (control frames between fragments do not
 * count), and a header that takes the message over the limit is refused before any of its payload
 * is read. Any other response's body is counted and refused once it passes the limit. Frames with
 * RSV bits set are refused too: this client offers no extension, and a compressed frame's size on
 * the wire says nothing of its size once inflated. The status line and headers are not counted:
 * OkHttp bounds them itself (256 KiB).
 *
 * <p>Not thread-safe: one reader per socket, as OkHttp has.
 */
final class InboundWatch {
  /** A message refused for its size or its extensions; the socket is closed. */
  static final class RefusedMessageException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedMessageException(String message) {
      super(message);
    }
  }

  private enum Mode {
    STATUS_LINE,
    HEADERS,
    BODY,
    FRAME_START,
    FRAME_LENGTH,
    FRAME_EXTENDED_LENGTH,
    FRAME_MASK,
    FRAME_PAYLOAD,
    OFF
  }

  private final int limit;
  private final Consumer<IOException> onRefusal;
  private Mode mode = Mode.STATUS_LINE;
  private @Nullable RefusedMessageException refused;

  // HTTP
  private final StringBuilder statusLine = new StringBuilder();
  private int status = -1;
  private int headerLineLength;
  private long bodyBytes;

  // WebSocket
  private boolean fin;
  private int opcode;
  private boolean masked;
  private int lengthBytesLeft;
  private long length;
  private int maskBytesLeft;
  private long payloadLeft;
  private long messageBytes; // of the data frames of the message being received

  /**
   * @param limit the largest message accepted, in bytes
   * @param onRefusal told once, before the refusal is thrown to the reader
   */
  InboundWatch(int limit, Consumer<IOException> onRefusal) {
    this.limit = limit;
    this.onRefusal = onRefusal;
  }

  /** Lets everything through from now on: TLS was layered on this socket and is watched above. */
  void stop() {
    mode = Mode.OFF;
  }

  /**
   * Inspects bytes just read, before the reader gets them.
   *
   * @throws RefusedMessageException if they take a message over the limit (then, and on every later
   *     call)
   */
  void inspect(byte[] b, int off, int len) throws RefusedMessageException {
    if (refused != null) {
      throw refused;
    }
    int i = off;
    int end = off + len;
    while (i < end) {
      switch (mode) {
        case OFF -> {
          return;
        }
        case STATUS_LINE -> i = statusLine(b, i, end);
        case HEADERS -> i = headers(b, i, end);
        case BODY -> {
          bodyBytes += end - i;
          i = end;
          if (bodyBytes > limit) {
            refuse(
                "the gateway's HTTP response (status "
                    + status
                    + ") has a body over the limit of "
                    + limit
                    + " bytes (maxMessageBytes); refused after "
                    + limit
                    + " bytes of it");
          }
        }
        case FRAME_START -> frameStart(b[i++]);
        case FRAME_LENGTH -> frameLength(b[i++]);
        case FRAME_EXTENDED_LENGTH -> {
          length = (length << 8) | (b[i++] & 0xff);
          if (--lengthBytesLeft == 0) {
            lengthKnown();
          }
        }
        case FRAME_MASK -> {
          i++;
          if (--maskBytesLeft == 0) {
            startPayload();
          }
        }
        case FRAME_PAYLOAD -> {
          long n = Math.min(payloadLeft, end - i);
          payloadLeft -= n;
          i += (int) n;
          if (payloadLeft == 0) {
            mode = Mode.FRAME_START;
          }
        }
      }
    }
  }

  private int statusLine(byte[] b, int i, int end) {
    while (i < end) {
      byte c = b[i++];
      if (c == '\n') {
        status = parseStatus(statusLine.toString());
        headerLineLength = 0;
        mode = Mode.HEADERS;
        return i;
      }
      if (c != '\r' && statusLine.length() < 64) {
        statusLine.append((char) (c & 0xff));
      }
    }
    return i;
  }

  private int headers(byte[] b, int i, int end) {
    while (i < end) {
      byte c = b[i++];
      if (c == '\n') {
        if (headerLineLength == 0) {
          endOfHead();
          return i;
        }
        headerLineLength = 0;
      } else if (c != '\r') {
        headerLineLength++;
      }
    }
    return i;
  }

  private void endOfHead() {
    if (status == 101) {
      mode = Mode.FRAME_START;
    } else if (status >= 100 && status < 200) {
      statusLine.setLength(0); // an interim response: the real one follows
      mode = Mode.STATUS_LINE;
    } else {
      bodyBytes = 0;
      mode = Mode.BODY;
    }
  }

  private static int parseStatus(String line) {
    // "HTTP/1.1 101 Switching Protocols"
    if (!line.startsWith("HTTP/")) {
      return -1;
    }
    int space = line.indexOf(' ');
    if (space < 0 || line.length() < space + 4) {
      return -1;
    }
    String code = line.substring(space + 1, space + 4);
    for (int k = 0; k < 3; k++) {
      if (!Character.isDigit(code.charAt(k))) {
        return -1;
      }
    }
    return Integer.parseInt(code);
  }

  private void frameStart(byte c) throws RefusedMessageException {
    fin = (c & 0x80) != 0;
    opcode = c & 0x0f;
    if ((c & 0x70) != 0) {
      refuse(
          "the gateway sent a compressed or extended WebSocket frame (RSV bits set), which this"
              + " client never offered; its size could not be checked against the limit of "
              + limit
              + " bytes (maxMessageBytes)");
    }
    mode = Mode.FRAME_LENGTH;
  }

  private void frameLength(byte c) throws RefusedMessageException {
    masked = (c & 0x80) != 0;
    int l = c & 0x7f;
    if (l == 126 || l == 127) {
      lengthBytesLeft = l == 126 ? 2 : 8;
      length = 0;
      mode = Mode.FRAME_EXTENDED_LENGTH;
    } else {
      length = l;
      lengthKnown();
    }
  }

  private void lengthKnown() throws RefusedMessageException {
    if (opcode < 0x8) { // a data frame: text, binary or continuation
      long total = opcode == 0x0 ? messageBytes + length : length;
      if (length < 0 || total < 0 || total > limit) {
        refuse(
            "the gateway sent a message of "
                + (length < 0 || total < 0
                    ? "more than 2^63"
                    : (fin ? "" : "at least ") + Long.toString(total))
                + " bytes, over the limit of "
                + limit
                + " bytes (maxMessageBytes); refused before reading it");
      }
      messageBytes = fin ? 0 : total;
    }
    if (masked) {
      maskBytesLeft = 4;
      mode = Mode.FRAME_MASK;
    } else {
      startPayload();
    }
  }

  private void startPayload() {
    payloadLeft = length;
    mode = payloadLeft == 0 ? Mode.FRAME_START : Mode.FRAME_PAYLOAD;
  }

  private void refuse(String why) throws RefusedMessageException {
    RefusedMessageException e = new RefusedMessageException(why);
    refused = e;
    onRefusal.accept(e);
    throw e;
  }

  @Override
  public String toString() {
    return "InboundWatch{" + mode + ", status " + status + ", limit " + limit + "}";
  }
}
