package org.csta4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema enumerations match ECMA-323 edition 6 value for value, in schema order. */
class EnumCatalogueTest {
  static Map<String, List<String>> catalogue() throws IOException {
    // the project's copy of ../shared/reference/ecma323-ed6-types.txt (.ci/run checks it is equal)
    Path types;
    try {
      types =
          Paths.get(
              EnumCatalogueTest.class.getResource("/reference/ecma323-ed6-types.txt").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    Map<String, List<String>> enums = new HashMap<>();
    for (String line : Files.readAllLines(types)) {
      if (line.startsWith("ENUM ")) {
        int colon = line.indexOf(": ");
        enums.put(
            line.substring(5, colon),
            Arrays.stream(line.substring(colon + 2).split("\\|"))
                .map(String::trim)
                .collect(Collectors.toList()));
      }
    }
    return enums;
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(LocalConnectionState.class, "LocalConnectionState"),
        Arguments.of(EventCause.class, "EventCause"),
        Arguments.of(OperationError.class, "OperationErrors"),
        Arguments.of(SecurityError.class, "SecurityErrors"),
        Arguments.of(StateIncompatibilityError.class, "StateIncompatibilityErrors"),
        Arguments.of(SystemResourceAvailabilityError.class, "SystemResourceAvailabilityErrors"),
        Arguments.of(
            SubscribedResourceAvailabilityError.class, "SubscribedResourceAvailabilityErrors"),
        Arguments.of(PerformanceManagementError.class, "PerformanceManagementErrors"),
        Arguments.of(PrivateDataInfoError.class, "PrivateDataInfoErrors"),
        Arguments.of(MonitorType.class, "MonitorType"),
        Arguments.of(AgentState.class, "AgentState"),
        Arguments.of(PendingAgentState.class, "PendingAgentState"),
        Arguments.of(RequestedAgentState.class, "ReqAgentState"),
        Arguments.of(ForwardingType.class, "ForwardingType"),
        Arguments.of(ForwardDefault.class, "ForwardDefault"),
        Arguments.of(AutoOriginate.class, "AutoOriginate"),
        Arguments.of(ConsultOptions.class, "ConsultOptions"),
        Arguments.of(DigitMode.class, "DigitMode"),
        Arguments.of(SimpleCallState.class, "SimpleCallState"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("enums")
  void everySchemaValueInSchemaOrder(Class<? extends CstaEnum> type, String schemaName)
      throws IOException {
    List<String> wire =
        Arrays.stream(type.getEnumConstants()).map(CstaEnum::wireName).collect(Collectors.toList());

    assertThat(wire).containsExactlyElementsOf(catalogue().get(schemaName));
    for (CstaEnum e : type.getEnumConstants()) {
      assertThat(e.code()).isEqualTo(wire.indexOf(e.wireName()));
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("enums")
  void errorValuesKnowTheirCategory(Class<? extends CstaEnum> type, String schemaName) {
    if (CstaErrorValue.class.isAssignableFrom(type)) {
      CstaErrorValue first = (CstaErrorValue) type.getEnumConstants()[0];
      assertThat(first.category().allowedValues()).contains(first);
    }
  }

  /** Every enumeration of the model: the error values through the sealed {@link CstaErrorValue}. */
  static Stream<Class<?>> everyModelEnum() {
    return Stream.concat(
        Stream.of(
            AgentState.class,
            AutoOriginate.class,
            ConsultOptions.class,
            DigitMode.class,
            EventCause.class,
            ForwardDefault.class,
            ForwardingType.class,
            LocalConnectionState.class,
            MonitorType.class,
            PendingAgentState.class,
            RequestedAgentState.class,
            SessionEndReasonValue.class,
            SessionError.class,
            SessionTermReasonValue.class,
            SimpleCallState.class),
        Arrays.stream(CstaErrorValue.class.getPermittedSubclasses()));
  }

  @ParameterizedTest
  @MethodSource("everyModelEnum")
  void everyCodeIsTheConstantsPositionAndEveryWireNameIsFound(Class<?> type) {
    assertThat(type.isEnum()).as(type + " is an enum").isTrue();
    CstaEnum[] constants = (CstaEnum[]) type.getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      assertThat(constants[i].code()).as(constants[i].wireName()).isEqualTo(i);
    }
    assertThat(Arrays.stream(constants).map(CstaEnum::wireName).distinct().count())
        .isEqualTo(constants.length);
  }

  @Test
  void theSealedSetHoldsTheCatalogueEnumsAndTheSessionEnums() {
    List<Class<?>> all = everyModelEnum().collect(Collectors.toList());
    enums().forEach(a -> assertThat(all).contains((Class<?>) a.get()[0]));
    assertThat(all)
        .contains(SessionError.class, SessionEndReasonValue.class, SessionTermReasonValue.class)
        .hasSize(22);
  }
}
