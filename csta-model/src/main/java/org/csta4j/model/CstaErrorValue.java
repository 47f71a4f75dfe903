package org.csta4j.model;

/** A value of one of the ECMA-323 universal failure categories; it knows its category. */
public sealed interface CstaErrorValue extends CstaEnum
    permits OperationError,
        SecurityError,
        StateIncompatibilityError,
        SystemResourceAvailabilityError,
        SubscribedResourceAvailabilityError,
        PerformanceManagementError,
        PrivateDataInfoError {
  /** {@return the category this value belongs to} */
  ErrorCategory category();
}
