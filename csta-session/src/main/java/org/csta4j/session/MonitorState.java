package org.csta4j.session;

/** The state of a {@link Monitor} handle. */
public enum MonitorState {
  /** Events flow. */
  ACTIVE,
  /** The session is reconnecting; the monitor will be restored under the same handle. */
  SUSPENDED,
  /** The gateway refused to restore it after a reconnect (the device is gone, for instance). */
  LOST,
  /** Stopped by the application or closed with the session; final. */
  STOPPED
}
