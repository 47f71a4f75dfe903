package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.csta4j.model.CstaEnum;
import org.csta4j.model.CstaException;
import org.junit.jupiter.api.Test;

/** The builder's argument checks, and how enum numbers are mapped. */
class CodecSettingsTest {
  @Test
  void limitsMustBeSensibleAndTheMessageNamesTheSetting() {
    assertThatThrownBy(() -> CstaCodec.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength: must be positive but is 0");
    assertThatThrownBy(() -> CstaCodec.builder().maxNestingDepth(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth: must be at least 8 but is 7");
    assertThatThrownBy(() -> CstaCodec.builder().maxDocumentLength(1023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength: must be at least 1024 but is 1023");
  }

  @Test
  void theVendorPrefixIsANameWithoutAColon() {
    assertThatThrownBy(() -> CstaCodec.builder().vendorPrefix(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prefix: must not be blank");
    assertThatThrownBy(() -> CstaCodec.builder().vendorPrefix("acme:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prefix: must be a name without ':'");
    assertThatThrownBy(() -> CstaCodec.builder().dialect(nullDialect()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dialect");
  }

  @SuppressWarnings("NullAway") // the null a caller without NullAway could pass
  private static JsonDialect nullDialect() {
    return null;
  }

  @Test
  void codecErrorsShareTheLibrarysRoot() {
    assertThatThrownBy(() -> CstaCodec.standard().decodeEvent("Delivered", new byte[0]))
        .isInstanceOf(CstaException.class)
        .isInstanceOf(CstaCodecException.class);
  }

  /** Codes deliberately not in declaration order. */
  enum Shuffled implements CstaEnum {
    SECOND("second", 1),
    FIRST("first", 0),
    FIFTH("fifth", 5);

    private final String wireName;
    private final int code;

    Shuffled(String wireName, int code) {
      this.wireName = wireName;
      this.code = code;
    }

    @Override
    public String wireName() {
      return wireName;
    }

    @Override
    public int code() {
      return code;
    }
  }

  private static Shuffled read(String json) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return new EnumCodec<>(Shuffled.class)
          .read(p, new ReadContext("Test", new Codecs(factory, "vendorData")));
    }
  }

  @Test
  void enumNumbersAreTheirCodesNotTheirDeclarationOrder() throws IOException {
    assertThat(read("0")).isEqualTo(Shuffled.FIRST);
    assertThat(read("1")).isEqualTo(Shuffled.SECOND);
    assertThat(read("\"5\"")).isEqualTo(Shuffled.FIFTH);
    assertThatThrownBy(() -> read("2"))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("unknown Shuffled number 2");
  }

  @Test
  void dialectsAreValuesOfTheirFourChoices() {
    JsonDialect unitel =
        JsonDialect.of(
            JsonDialect.KeyCase.CAMEL,
            JsonDialect.IdSpelling.ID_CAMEL,
            JsonDialect.DeviceForm.OBJECT,
            JsonDialect.EnumForm.NAMES);
    assertThat(unitel).isEqualTo(JsonDialect.UNITEL).hasSameHashCodeAs(JsonDialect.UNITEL);
    assertThat(unitel).isNotEqualTo(JsonDialect.CAMEL_XML_IDS);
    assertThat(JsonDialect.PASCAL_NUMERIC.toString())
        .contains("PASCAL", "ID_XML", "OBJECT", "NUMBERS");
    assertThatThrownBy(
            () ->
                JsonDialect.of(
                    nullKeyCase(),
                    JsonDialect.IdSpelling.ID_CAMEL,
                    JsonDialect.DeviceForm.OBJECT,
                    JsonDialect.EnumForm.NAMES))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("keyCase");
  }

  @SuppressWarnings("NullAway") // the null a caller without NullAway could pass
  private static JsonDialect.KeyCase nullKeyCase() {
    return null;
  }

  @Test
  void hubMethodsAreValuesNamedInTheirText() {
    HubMethod login =
        CstaCodec.standard().registry().method("startapplicationsession").orElseThrow();
    assertThat(login.name()).isEqualTo("StartApplicationSession");
    assertThat(login.negativeResponseType()).isPresent();
    assertThat(login)
        .isEqualTo(CstaMessageRegistry.standard().method("StartApplicationSession").orElseThrow());
    assertThat(login.toString())
        .isEqualTo(
            "StartApplicationSession(StartApplicationSession) -> StartApplicationSessionPosResponse");
    HubMethod call = CstaMessageRegistry.standard().method("MakeCall").orElseThrow();
    assertThat(call).isNotEqualTo(login);
    assertThat(call.negativeResponseType()).isEmpty();
  }
}
