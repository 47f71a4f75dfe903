package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultRecordTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void holdsItsFieldsAndPrintsAsTheLogDoes() {
    FaultRecord r = FaultRecord.of(AT, "drop-connection", "connection c1 (no close frame)");

    assertThat(r.at()).isEqualTo(AT);
    assertThat(r.fault()).isEqualTo("drop-connection");
    assertThat(r.detail()).isEqualTo("connection c1 (no close frame)");
    assertThat(r)
        .hasToString("2026-01-02T03:04:05Z drop-connection: connection c1 (no close frame)");
    assertThat(r)
        .isEqualTo(
            FaultRecord.builder()
                .at(AT)
                .fault("drop-connection")
                .detail("connection c1 (no close frame)")
                .build());
  }

  @Test
  void aBlankFaultNameOrAMissingFieldIsRefusedByName() {
    assertThatThrownBy(() -> FaultRecord.of(AT, " ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fault: must not be blank");
    assertThatThrownBy(() -> FaultRecord.builder().at(AT).fault("f").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("detail");
  }
}
