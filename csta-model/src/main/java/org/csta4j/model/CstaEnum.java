package org.csta4j.model;

/**
 * An enumeration of the CSTA schema. Constants are declared in the order of the ECMA-323 edition 6
 * schema and each carries its position there as {@link #code()}: the number an xsd-generated .NET
 * type serializes to. The set is closed: only the model's enumerations implement it.
 */
public sealed interface CstaEnum
    permits AgentState,
        AutoOriginate,
        ConsultOptions,
        DigitMode,
        EventCause,
        ForwardDefault,
        ForwardingType,
        LocalConnectionState,
        MonitorType,
        PendingAgentState,
        RequestedAgentState,
        SessionEndReasonValue,
        SessionError,
        SessionTermReasonValue,
        SimpleCallState,
        CstaErrorValue {
  /** {@return the value as the schema spells it, e.g. {@code "newCall"} or {@code "aCDBusy"}} */
  String wireName();

  /**
   * {@return the position in the schema's enumeration; what a gateway sends when it writes enums as
   * numbers}
   */
  int code();
}
