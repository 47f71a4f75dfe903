package org.csta4j.cli;

import java.util.stream.Collectors;
import org.csta4j.model.CallState;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.internal.EventText;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code csta snapshot DEVICE}: SnapshotDevice, one line per call at the device. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the calls at a device now (SnapshotDevice).")
final class SnapshotCommand extends GatewayCommand {
  @Parameters(index = "0", paramLabel = "DEVICE", description = "The device, e.g. 100.")
  String device;

  @Override
  int run(CstaClient client, CstaSession session) {
    SnapshotDeviceResponse snapshot =
        await(
            "SnapshotDevice " + device,
            () -> session.snapshot(device),
            "Check that " + device + " is a device this user may see.");
    if (json) {
      print("SnapshotDevice", snapshot, "");
      return ExitCode.OK;
    }
    int calls = snapshot.snapshotData().size();
    term.line(device + ": " + (calls == 1 ? "1 call" : calls + " calls"));
    for (SnapshotDeviceResponseInfo info : snapshot.snapshotData()) {
      term.line(
          "  call "
              + info.connectionIdentifier().callId().orElse("?")
              + "  "
              + state(info.localCallState())
              + info.endpointDevice().map(d -> "  with " + EventText.device(d)).orElse(""));
    }
    snapshot
        .serviceCrossRefId()
        .ifPresent(
            id -> term.line("  (the gateway sends the calls in events, reference " + id + ")"));
    return ExitCode.OK;
  }

  private static String state(CallState state) {
    if (!state.compoundCallState().isEmpty()) {
      return state.compoundCallState().stream()
          .map(LocalConnectionState::wireName)
          .collect(Collectors.joining("/"));
    }
    return state.simpleCallState().map(s -> s.wireName()).orElse("unknown");
  }
}
