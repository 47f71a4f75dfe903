package org.csta4j.cli;

import picocli.CommandLine.Command;

/** Mixed into every command, so that each one's help lists the exit codes. */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:a step or request failed (refused, no answer in time, an event missing)",
      "2:usage error",
      "3:cannot connect to the gateway, or lost it for good",
      "4:login refused",
      "130:interrupted by Ctrl-C, which is how monitor and simulator end"
    })
final class ExitCodesHelp {}
