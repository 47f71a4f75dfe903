package org.csta4j.simulator.internal;

/**
 * Not API: a user the gateway accepts, uni-tel's user id, password and PBX domain. The password is
 * never shown, not even by {@link #toString()}.
 */
public final class GatewayUser {
  private final String userId;
  private final String password;
  private final String pbxDomain;

  /**
   * A user that logs in with exactly these values (the domain ignoring case).
   *
   * @param userId the user id
   * @param password the password
   * @param pbxDomain the PBX domain
   */
  public GatewayUser(String userId, String password, String pbxDomain) {
    this.userId = userId;
    this.password = password;
    this.pbxDomain = pbxDomain;
  }

  boolean accepts(String userId, String password, String pbxDomain) {
    return this.userId.equals(userId)
        && this.password.equals(password)
        && this.pbxDomain.equalsIgnoreCase(pbxDomain);
  }

  /** {@return the user id} */
  public String userId() {
    return userId;
  }

  /** {@return the PBX domain} */
  public String pbxDomain() {
    return pbxDomain;
  }

  /** {@return {@code user:****@domain}} */
  @Override
  public String toString() {
    return userId + ":****@" + pbxDomain;
  }
}
