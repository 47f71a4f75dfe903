package org.csta4j.examples.clicktodial;

import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;

/**
 * Click to dial, as a CRM backend does it: the agent clicks a customer's number, the agent's phone
 * rings, and when the agent picks up the gateway calls the customer. One logged-in session serves
 * every click; it keeps itself alive and reconnects by itself.
 *
 * <pre>
 * CSTA_GATEWAY=https://gateway.example/csta CSTA_USER=... CSTA_PBX_DOMAIN=... CSTA_PASSWORD=... \
 *   java -cp ... org.csta4j.examples.clicktodial.ClickToDial AGENT_PHONE CUSTOMER_NUMBER
 * </pre>
 */
public final class ClickToDial implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 15;

  private final CstaClient client;
  private final CstaSession session;

  private ClickToDial(CstaClient client, CstaSession session) {
    this.client = client;
    this.session = session;
  }

  /** Connects and logs in; the password array may be cleared afterwards. */
  public static ClickToDial connect(URI gateway, String user, char[] password, String pbxDomain)
      throws InterruptedException, ExecutionException, TimeoutException {
    CstaClient client =
        CstaClient.builder().gateway(gateway).credentials(user, password, pbxDomain).build();
    try {
      return new ClickToDial(client, client.connect().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** Calls {@code customer} from {@code agentPhone}; returns the new call's id. */
  public String dial(String agentPhone, String customer)
      throws InterruptedException, ExecutionException, TimeoutException {
    MakeCallResponse call =
        session.makeCall(agentPhone, customer).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return call.callingConnection().callId().orElseThrow();
  }

  /** Hangs up the agent's side of a call, which ends a call of two. */
  public void hangUp(String agentPhone, String callId)
      throws InterruptedException, ExecutionException, TimeoutException {
    session
        .clearConnection(ConnectionId.of(callId, agentPhone))
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Logs out and closes the connection. */
  @Override
  public void close() {
    client.close();
  }

  /** Dials once: {@code ClickToDial AGENT_PHONE CUSTOMER}, logged in from the environment. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ClickToDial AGENT_PHONE CUSTOMER_NUMBER");
      System.err.println("  with CSTA_GATEWAY, CSTA_USER, CSTA_PBX_DOMAIN and CSTA_PASSWORD set");
      System.exit(2);
    }
    try (ClickToDial dialer =
        connect(
            URI.create(env("CSTA_GATEWAY")),
            env("CSTA_USER"),
            env("CSTA_PASSWORD").toCharArray(),
            env("CSTA_PBX_DOMAIN"))) {
      String callId = dialer.dial(args[0], args[1]);
      System.out.println("call " + callId + ": " + args[0] + " -> " + args[1]);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("ClickToDial: set " + name);
      System.exit(2);
    }
    return value;
  }
}
