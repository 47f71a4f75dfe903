package org.csta4j.simulator.internal;

import org.csta4j.model.CstaMessage;
import org.csta4j.model.DeviceId;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.GetForwarding;
import org.csta4j.model.GetForwardingResponse;
import org.csta4j.model.SetDoNotDisturb;
import org.csta4j.model.SetDoNotDisturbResponse;
import org.csta4j.model.SetForwarding;
import org.csta4j.model.SetForwardingResponse;

/**
 * The device feature services (do-not-disturb and forwarding), from request to the {@link Pbx} and
 * back. A SetForwarding without a type means immediate forwarding.
 */
final class FeatureServices {
  private FeatureServices() {}

  static CstaMessage setDoNotDisturb(SetDoNotDisturb request, GatewaySession session) {
    session.gateway().pbx().setDoNotDisturb(request.device().value(), request.doNotDisturbOn());
    return SetDoNotDisturbResponse.of();
  }

  static CstaMessage getDoNotDisturb(GetDoNotDisturb request, GatewaySession session) {
    return GetDoNotDisturbResponse.builder()
        .doNotDisturbOn(session.gateway().pbx().doNotDisturb(request.device().value()))
        .build();
  }

  static CstaMessage setForwarding(SetForwarding request, GatewaySession session) {
    session
        .gateway()
        .pbx()
        .setForwarding(
            request.device().value(),
            request.forwardingType().orElse(ForwardingType.FORWARD_IMMEDIATE),
            request.activateForward(),
            request.forwardDn().map(DeviceId::value).orElse(null));
    return SetForwardingResponse.of();
  }

  static CstaMessage getForwarding(GetForwarding request, GatewaySession session) {
    return GetForwardingResponse.builder()
        .forwardingList(session.gateway().pbx().forwarding(request.device().value()))
        .build();
  }
}
