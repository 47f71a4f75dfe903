package org.csta4j.cli;

import static org.csta4j.model.internal.Failures.describe;

import java.io.Console;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaResponse;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.support.Loopback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command against a gateway, real or simulated: the connection options, the password (from an
 * environment variable or a prompt, never an argument), login with the library exactly as an
 * application does, and requests that fail with one line and an exit code.
 */
abstract sealed class GatewayCommand extends BaseCommand
    permits MonitorCommand, CallCommand, ClearCommand, SnapshotCommand {
  private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

  @Option(
      names = "--gateway",
      required = true,
      paramLabel = "URL",
      description =
          "The gateway's hub URL, like https://gateway.example/csta"
              + " (csta simulator prints its own).")
  URI gateway;

  @Option(names = "--user", required = true, paramLabel = "USER", description = "The login user.")
  String user;

  @Option(
      names = "--pbx-domain",
      required = true,
      paramLabel = "DOMAIN",
      description = "The PBX domain of the login.")
  String pbxDomain;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "Read the password from this environment variable. Without it, csta asks for it."
              + " It is never taken as an argument, so it stays out of the shell history.")
  @Nullable String passwordEnv;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "How long to wait for connecting and for each answer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--json", description = "One JSON object per line on stdout, for scripts and jq.")
  boolean json;

  @Option(
      names = "--insecure",
      description =
          "Allow plain http or ws to another machine: the password then crosses the network"
              + " unencrypted. Plain http to this machine (127.0.0.1, localhost) needs no flag.")
  boolean insecure;

  @Mixin TransportOption transport;

  /** Requests, answers and events at debug, for {@code --verbose}. */
  @SuppressWarnings("NullAway.Init") // made in run(), once Logging has read --verbose
  Logger protocol;

  final CstaCodec codec = CstaCodec.create();

  @Override
  final int run() throws Exception {
    protocol = LoggerFactory.getLogger("org.csta4j.cli.protocol");
    checkGateway();
    if (timeoutSeconds < 1) {
      throw new CliException(ExitCode.USAGE, "--timeout: must be at least 1 second");
    }
    CstaTransportFactory factory = transport.factory(gateway, insecure);
    CstaClient.Builder builder =
        CstaClient.builder()
            .gateway(gateway)
            .transport(factory)
            .requestTimeout(timeout())
            .connectTimeout(timeout());
    char[] password = password();
    try {
      builder.credentials(user, password, pbxDomain);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, OptionWords.qualify(describe(e), spec), e);
    } finally {
      Arrays.fill(password, '\0'); // the builder keeps its own copy
    }
    try (CstaClient client = builder.build()) {
      protocol.debug(
          "connecting to {} as {}@{} over the {} transport (password {})",
          gateway,
          user,
          pbxDomain,
          factory.name(),
          passwordEnv == null ? "typed in, not shown" : "from $" + passwordEnv + ", not shown");
      CstaSession session = connect(client);
      protocol.debug("logged in, session {}", session.sessionId());
      if (protocol.isDebugEnabled()) {
        session.onRawEvent((name, body) -> protocol.debug("<- event {} {}", name, body));
      }
      return run(client, session);
    }
  }

  /** The command's work on a logged-in session; the client is closed afterwards. */
  abstract int run(CstaClient client, CstaSession session) throws Exception;

  Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  /**
   * Waits for an answer. {@code what} names the request in messages ("MakeCall 100 -> 101"), {@code
   * hint} says what to try if the gateway refuses it.
   */
  <T> T await(String what, Supplier<CompletableFuture<T>> request, String hint) {
    protocol.debug("-> {}", what);
    try {
      T response = request.get().get(timeoutSeconds + 5L, TimeUnit.SECONDS);
      protocol.debug("<- {}", response);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCode.FAILED, what + ": interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw Failures.request(what, e, timeout(), hint);
    } catch (IllegalArgumentException e) {
      throw Failures.request(what, e, timeout(), hint);
    }
  }

  /** Prints a response: its JSON line with {@code --json}, else {@code text}. */
  void print(String service, CstaResponse response, String text) {
    term.line(json ? new JsonLines(codec).response(service, response) : text);
  }

  private CstaSession connect(CstaClient client) {
    // the client times out connecting and login itself; this wait only guards against a hang
    long wait = 2L * timeoutSeconds + 5;
    try {
      return client.connect().get(wait, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCode.CANNOT_CONNECT, "interrupted while connecting", e);
    } catch (ExecutionException | TimeoutException e) {
      throw Failures.connect(gateway, user + "@" + pbxDomain, e, timeout());
    }
  }

  private void checkGateway() {
    String scheme = gateway.getScheme();
    if (scheme == null
        || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
        || gateway.getHost() == null) {
      throw new CliException(
          ExitCode.USAGE,
          "--gateway: '"
              + gateway
              + "' is not a hub URL; give one like https://gateway.example/csta"
              + " (http, https, ws or wss)");
    }
    boolean plain = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("ws");
    if (plain && !insecure && !isLoopback(gateway.getHost())) {
      // the SignalR transport refuses this too; saying so here names the way out
      throw new CliException(
          ExitCode.USAGE,
          "--gateway: plain "
              + scheme
              + " to "
              + gateway.getHost()
              + " would send the password unencrypted; use https (or wss), or add --insecure"
              + " if you mean it");
    }
  }

  /** This machine, by the host's text: never a prefix match, never a DNS lookup. */
  static boolean isLoopback(String host) {
    return Loopback.isLoopbackHost(host);
  }

  private char[] password() {
    if (passwordEnv != null) {
      String value = System.getenv(passwordEnv);
      if (value == null || value.isEmpty()) {
        throw new CliException(
            ExitCode.USAGE,
            "--password-env "
                + passwordEnv
                + ": that environment variable is not set; set it first, e.g."
                + " read -rs "
                + passwordEnv
                + " && export "
                + passwordEnv);
      }
      return value.toCharArray();
    }
    Console console = Terminal.interactiveConsole();
    if (console == null) {
      throw new CliException(
          ExitCode.USAGE,
          "no password: not on a terminal to ask for it; give --password-env VAR naming an"
              + " environment variable that holds it");
    }
    char[] typed = console.readPassword("Password for %s@%s: ", user, pbxDomain);
    if (typed == null || typed.length == 0) {
      throw new CliException(ExitCode.USAGE, "no password given");
    }
    return typed;
  }
}
