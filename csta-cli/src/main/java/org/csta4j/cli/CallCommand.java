package org.csta4j.cli;

import org.csta4j.model.MakeCallResponse;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code csta call FROM TO}: MakeCall, then prints the new call's id. */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Place a call (MakeCall): the gateway rings FROM, and when it is answered, calls TO.",
      "Prints the call id, which csta clear takes."
    })
final class CallCommand extends GatewayCommand {
  @Parameters(index = "0", paramLabel = "FROM", description = "The calling device, e.g. 100.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "The number to call, e.g. 101.")
  String to;

  @Override
  int run(CstaClient client, CstaSession session) {
    String what = "MakeCall " + from + " -> " + to;
    MakeCallResponse call =
        await(
            what,
            () -> session.makeCall(from, to),
            "Check that "
                + from
                + " is a device this user may control and that "
                + to
                + " is a number it can dial.");
    String callId = call.callingConnection().callId().orElse("(none given)");
    print("MakeCall", call, "call " + callId + ": " + from + " -> " + to);
    return ExitCode.OK;
  }
}
