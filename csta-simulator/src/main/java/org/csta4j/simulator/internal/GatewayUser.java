package org.csta4j.simulator.internal;

/** A user the gateway accepts: uni-tel's user id, password and PBX domain. */
public final class GatewayUser {
  final String userId;
  private final String password;
  final String pbxDomain;

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

  public String userId() {
    return userId;
  }

  public String pbxDomain() {
    return pbxDomain;
  }

  @Override
  public String toString() {
    return userId + ":****@" + pbxDomain;
  }
}
