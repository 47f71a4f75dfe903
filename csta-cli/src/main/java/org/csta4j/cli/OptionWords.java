package org.csta4j.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's words for what the library names by its own: a library message that starts
 * with a setting's name ({@code port: must be 0..65535 but is 70000}) starts with the option the
 * user typed ({@code --port: ...}); and the names closest to a mistyped one ({@code dmeo} -> {@code
 * demo}).
 */
final class OptionWords {
  /** Library names whose option is not their kebab-case form. */
  private static final Map<String, String> ALIASES =
      Map.of("userId", "--user", "password", "--password-env");

  private static final Pattern LEADING_NAME = Pattern.compile("^([a-z][A-Za-z]*): ");

  private OptionWords() {}

  /**
   * {@return {@code message} with a leading library name turned into the command's option}, or the
   * message as it is when the command has no such option.
   */
  static String qualify(String message, CommandSpec spec) {
    Matcher m = LEADING_NAME.matcher(message);
    if (!m.find()) {
      return message;
    }
    String name = m.group(1);
    String option = ALIASES.getOrDefault(name, "--" + kebab(name));
    return spec.findOption(option) == null ? message : option + message.substring(name.length());
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the names within a small edit distance of {@code typed}, closest first} Swapped,
   * missing, extra and wrong letters count one each; a name is offered when at most a third of the
   * typed word (at least one letter) is off.
   */
  static List<String> closest(String typed, Collection<String> names) {
    int allowed = Math.max(1, typed.length() / 3);
    List<String> found = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (String name : names) {
      int d = distance(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (d > allowed || d > best) {
        continue;
      }
      if (d < best) {
        found.clear();
        best = d;
      }
      found.add(name);
    }
    return found;
  }

  /** Optimal string alignment distance: Levenshtein with adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
