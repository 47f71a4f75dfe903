package org.csta4j.json;

import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;

/**
 * How the codec writes JSON. Reading is always lenient and accepts every dialect; writing follows
 * one. {@link #UNITEL} is what the uni-tel gateway documents for requests. The other presets are
 * the variants a gateway plausibly sends, which the simulator writes so that clients are tested
 * against each. Dialects are immutable values, equal when their four choices are.
 */
@Value.Immutable
@CstaStyle
public abstract class JsonDialect {
  /** Casing of the first letter of keys. */
  public enum KeyCase {
    /** {@code callingDevice}: System.Text.Json's default. */
    CAMEL,
    /** {@code CallingDevice}: .NET property names kept as they are. */
    PASCAL
  }

  /** How identifiers ending in "ID" are spelt. */
  public enum IdSpelling {
    /** {@code callId}, {@code monitorCrossRefId}: camelCase of .NET names. */
    ID_CAMEL,
    /** {@code callID}, {@code monitorCrossRefID}: the ECMA-323 element names. */
    ID_XML
  }

  /** How device-identifier choices (callingDevice in events and so on) are written. */
  public enum DeviceForm {
    /** {@code {"deviceIdentifier":"100"}}, as the schema nests them. */
    OBJECT,
    /** {@code "100"}: a known device as a plain string. */
    FLAT
  }

  /** How enumerations are written. */
  public enum EnumForm {
    /** {@code "alerting"}. */
    NAMES,
    /** {@code 2}: the schema position, as System.Text.Json writes enums by default. */
    NUMBERS
  }

  /** The uni-tel request convention: camelCase, {@code Id}, nested device choices, enum names. */
  public static final JsonDialect UNITEL =
      of(KeyCase.CAMEL, IdSpelling.ID_CAMEL, DeviceForm.OBJECT, EnumForm.NAMES);

  /** camelCase of the XML names ({@code callID}), nested devices, enum names. */
  public static final JsonDialect CAMEL_XML_IDS =
      of(KeyCase.CAMEL, IdSpelling.ID_XML, DeviceForm.OBJECT, EnumForm.NAMES);

  /** camelCase with {@code Id}, devices as plain strings, enum names. */
  public static final JsonDialect CAMEL_FLAT_DEVICES =
      of(KeyCase.CAMEL, IdSpelling.ID_CAMEL, DeviceForm.FLAT, EnumForm.NAMES);

  /** PascalCase of the XML names ({@code CallID}), nested devices, enums as numbers. */
  public static final JsonDialect PASCAL_NUMERIC =
      of(KeyCase.PASCAL, IdSpelling.ID_XML, DeviceForm.OBJECT, EnumForm.NUMBERS);

  /** Only the generated implementation extends this. */
  JsonDialect() {}

  /**
   * {@return the dialect made of the four choices} Dialects are values: equal choices give equal
   * dialects.
   *
   * @param keyCase the casing of keys' first letter
   * @param idSpelling how identifiers ending in "ID" are spelt
   * @param deviceForm how device-identifier choices are written
   * @param enumForm how enumerations are written
   * @throws NullPointerException naming the choice that is null
   */
  public static JsonDialect of(
      KeyCase keyCase, IdSpelling idSpelling, DeviceForm deviceForm, EnumForm enumForm) {
    return ImmutableJsonDialect.of(keyCase, idSpelling, deviceForm, enumForm);
  }

  /** {@return the casing of the first letter of keys} */
  @Value.Parameter
  public abstract KeyCase keyCase();

  /** {@return how identifiers ending in "ID" are spelt} */
  @Value.Parameter
  public abstract IdSpelling idSpelling();

  /** {@return how device-identifier choices are written} */
  @Value.Parameter
  public abstract DeviceForm deviceForm();

  /** {@return how enumerations are written} */
  @Value.Parameter
  public abstract EnumForm enumForm();

  /** Index 0..3 of the key spelling (case x id), used to pick precomputed names. */
  int keyVariant() {
    return (keyCase() == KeyCase.PASCAL ? 2 : 0) + (idSpelling() == IdSpelling.ID_XML ? 1 : 0);
  }
}
