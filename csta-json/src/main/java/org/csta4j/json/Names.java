package org.csta4j.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/** Key spellings: the model's accessor names are the camelCase keys; the rest derive from them. */
final class Names {
  private Names() {}

  /** {@code callId} to {@code callID}: an "Id" that ends a word becomes "ID", as in the schema. */
  static String xmlName(String camel) {
    StringBuilder sb = new StringBuilder(camel.length());
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      sb.append(c);
      if (c == 'I'
          && i + 1 < camel.length()
          && camel.charAt(i + 1) == 'd'
          && (i + 2 == camel.length() || Character.isUpperCase(camel.charAt(i + 2)))) {
        sb.append('D');
        i++;
      }
    }
    return sb.toString();
  }

  static String pascal(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The four spellings indexed by {@link JsonDialect#keyVariant()}. */
  static SerializedString[] variants(String camel) {
    String xml = xmlName(camel);
    return new SerializedString[] {
      new SerializedString(camel),
      new SerializedString(xml),
      new SerializedString(pascal(camel)),
      new SerializedString(pascal(xml))
    };
  }
}
