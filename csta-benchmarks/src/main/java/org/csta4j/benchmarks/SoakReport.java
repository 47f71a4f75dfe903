package org.csta4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A soak's result: rows of checks (each against its baseline) and of plain figures, printed as a
 * Markdown table, then the details of whatever failed. The soak fails if any check does.
 */
final class SoakReport {
  private record Row(String what, String baseline, String observed, @Nullable Boolean ok) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  /** A check: {@code observed} against {@code baseline}; the soak fails unless {@code ok}. */
  void check(String what, Object baseline, Object observed, boolean ok) {
    rows.add(new Row(what, String.valueOf(baseline), String.valueOf(observed), ok));
  }

  /** A check that {@code observed} is zero. */
  void zero(String what, long observed) {
    check(what, 0, observed, observed == 0);
  }

  /** A figure that is not checked. */
  void info(String what, Object observed) {
    rows.add(new Row(what, "", String.valueOf(observed), null));
  }

  /** What went wrong, printed below the table. */
  void detail(String line) {
    details.add(line);
  }

  boolean passed() {
    return rows.stream().noneMatch(r -> Boolean.FALSE.equals(r.ok));
  }

  void print() {
    System.out.println();
    System.out.println("| | baseline | observed | |");
    System.out.println("|---|---|---|---|");
    for (Row r : rows) {
      String verdict = r.ok == null ? "" : r.ok ? "ok" : "**FAIL**";
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s |%n",
          r.what,
          cell(r.baseline),
          cell(r.observed),
          verdict);
    }
    if (!details.isEmpty()) {
      System.out.println();
      System.out.println("details:");
      details.forEach(d -> System.out.println("  " + d));
    }
    System.out.println();
    System.out.println(passed() ? "PASS" : "FAIL");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
