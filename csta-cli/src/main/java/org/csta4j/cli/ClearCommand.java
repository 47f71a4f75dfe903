package org.csta4j.cli;

import static org.csta4j.model.internal.Failures.describe;

import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeviceId;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code csta clear CALL_ID}: ClearConnection of {@code ConnectionId.ofCall(CALL_ID)}, the call id
 * alone, as uni-tel's own sample clears calls; with {@code --device}, that device's connection.
 */
@Command(
    name = "clear",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Hang up a call (ClearConnection).",
      "With the call id alone, as uni-tel's sample does it, the gateway clears the calling"
          + " party's connection, which in a call of two ends the call. With --device, only"
          + " that device leaves the call."
    })
final class ClearCommand extends GatewayCommand {
  @Parameters(
      index = "0",
      paramLabel = "CALL_ID",
      description = "The call, as csta call, csta monitor or csta snapshot print it.")
  String callId;

  @Option(
      names = "--device",
      paramLabel = "DEVICE",
      description = "Clear this device's connection in the call instead.")
  @Nullable String device;

  @Override
  int run(CstaClient client, CstaSession session) {
    ConnectionId connection;
    try {
      connection =
          device == null
              ? ConnectionId.ofCall(callId)
              : ConnectionId.builder().callId(callId).deviceId(DeviceId.of(device)).build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, describe(e), e);
    }
    String what = "ClearConnection of call " + callId + (device == null ? "" : " at " + device);
    var cleared =
        await(
            what,
            () -> session.clearConnection(connection),
            "Is the call still there? csta snapshot DEVICE lists the calls at a device.");
    print("ClearConnection", cleared, "call " + callId + ": cleared");
    return ExitCode.OK;
  }
}
