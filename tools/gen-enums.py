#!/usr/bin/env python3
"""Generates the model's schema enumerations from the project copy of ecma323-ed6-types.txt (csta-model test resources).

Run from the repository root: python3 tools/gen-enums.py. The output is committed; EnumCatalogueTest
checks it against the catalogue on every build, so a drifting copy fails the tests.
"""
import re, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
types = (root / "csta-model/src/test/resources/reference/ecma323-ed6-types.txt").read_text().splitlines()
enums = {}
for line in types:
    m = re.match(r"ENUM (\w+): (.*)$", line)
    if m:
        enums[m.group(1)] = [v.strip() for v in m.group(2).split("|")]

# java name -> (schema enum, javadoc)
WANTED = {
    "LocalConnectionState": ("LocalConnectionState", "The state of a connection as seen from its device (ECMA-269 LocalConnectionState)."),
    "EventCause": ("EventCause", "Why an event happened (ECMA-269 EventCause), every value of ECMA-323 edition 6."),
    "OperationError": ("OperationErrors", "Values of the {@code operation} error category."),
    "SecurityError": ("SecurityErrors", "Values of the {@code security} error category."),
    "StateIncompatibilityError": ("StateIncompatibilityErrors", "Values of the {@code stateIncompatibility} error category."),
    "SystemResourceAvailabilityError": ("SystemResourceAvailabilityErrors", "Values of the {@code systemResourceAvailability} error category (spelt {@code systemResourceAvailibility} on the wire)."),
    "SubscribedResourceAvailabilityError": ("SubscribedResourceAvailabilityErrors", "Values of the {@code subscribedResourceAvailability} error category."),
    "PerformanceManagementError": ("PerformanceManagementErrors", "Values of the {@code performanceManagement} error category."),
    "PrivateDataInfoError": ("PrivateDataInfoErrors", "Values of the {@code privateData} error category."),
    "MonitorType": ("MonitorType", "Whether a monitor follows a call or a device."),
    "AgentState": ("AgentState", "An ACD agent's state."),
    "PendingAgentState": ("PendingAgentState", "The state an agent will enter when its current call ends."),
    "RequestedAgentState": ("ReqAgentState", "The agent state a SetAgentState request asks for."),
    "ForwardingType": ("ForwardingType", "The kind of call forwarding."),
    "ForwardDefault": ("ForwardDefault", "Which forwarding setting is the device's default."),
    "AutoOriginate": ("AutoOriginate", "Whether MakeCall prompts the calling device before it dials."),
    "ConsultOptions": ("ConsultOptions", "What a consultation call may later be used for."),
    "DigitMode": ("DigitMode", "How GenerateDigits sends digits."),
    "SimpleCallState": ("SimpleCallState", "A call's state as one value, in snapshots."),
}
ERROR_CATEGORY = {
    "OperationError": "OPERATION", "SecurityError": "SECURITY", "StateIncompatibilityError": "STATE_INCOMPATIBILITY",
    "SystemResourceAvailabilityError": "SYSTEM_RESOURCE_AVAILABILITY",
    "SubscribedResourceAvailabilityError": "SUBSCRIBED_RESOURCE_AVAILABILITY",
    "PerformanceManagementError": "PERFORMANCE_MANAGEMENT", "PrivateDataInfoError": "PRIVATE_DATA",
}

def constant(wire):
    if wire == "null":
        return "NULL"
    s = wire.replace(":", "_")
    if re.match(r"^[a-z][A-Z]", s):  # aCDBusy, dTMF, cSTA...: a lower-cased acronym
        s = s[0].upper() + s[1:]
    # split before an upper-case letter that follows a lower-case letter or digit, and inside acronyms
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.upper()

def constant_docs(path):
    """The javadoc above each constant of an existing file, kept verbatim: the meanings are written by hand."""
    docs = {}
    if not path.exists():
        return docs
    block = []
    for line in path.read_text().splitlines():
        if line.startswith("  /**") or (block and not block[-1].endswith("*/")):
            block.append(line)
            continue
        m = re.match(r"  ([A-Z][A-Z0-9_]*)\(", line)
        if m and block:
            docs[m.group(1)] = block
        block = []
    return docs

out_dir = root / "csta-model/src/main/java/org/csta4j/model"
for java, (schema, doc) in WANTED.items():
    values = enums[schema]
    names = [constant(v) for v in values]
    assert len(set(names)) == len(names), (java, names)
    docs = constant_docs(out_dir / f"{java}.java")
    category = ERROR_CATEGORY.get(java)
    implements = "CstaErrorValue" if category else "CstaEnum"
    lines = ["package org.csta4j.model;", "", "import java.util.HashMap;", "import java.util.Locale;",
             "import java.util.Map;", "import java.util.Optional;", "",
             "/**", f" * {doc}", " *",
             f" * <p>Generated from ECMA-323 edition 6 ({schema}) by {{@code tools/gen-enums.py}}; constants are in",
             " * schema order, so {@link #code()} is the schema position.", " */",
             f"public enum {java} implements {implements} {{"]
    for i, (n, v) in enumerate(zip(names, values)):
        sep = "," if i < len(values) - 1 else ";"
        # a new constant gets no comment, so that javadoc's doclint asks for one
        lines += docs.get(n, [])
        lines.append(f'  {n}("{v}", {i}){sep}')
    lines += ["",
              f"  private static final Map<String, {java}> BY_NAME = new HashMap<>();", "",
              "  static {",
              f"    for ({java} v : values()) {{",
              "      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);",
              "    }", "  }", "",
              "  private final String wireName;",
              "  private final int code;", "",
              f"  {java}(String wireName, int code) {{", "    this.wireName = wireName;", "    this.code = code;", "  }", "",
              "  @Override", "  public String wireName() {", "    return wireName;", "  }", "",
              "  @Override", "  public int code() {", "    return code;", "  }", ""]
    if category:
        lines += ["  @Override", "  public ErrorCategory category() {", f"    return ErrorCategory.{category};", "  }", ""]
    lines += ["  /**", "   * The constant a gateway sent by name, ignoring case.", "   *",
              "   * @param name the value as the schema spells it, in any casing",
              "   * @return the constant, or empty if {@code name} is not one of this enumeration's values",
              "   */",
              f"  public static Optional<{java}> fromWireName(String name) {{",
              "    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));", "  }",
              "", "  @Override", "  public String toString() {", "    return wireName;", "  }", "}", ""]
    (out_dir / f"{java}.java").write_text("\n".join(lines))
    print(java, len(values))
