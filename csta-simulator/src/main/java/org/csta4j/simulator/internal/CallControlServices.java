package org.csta4j.simulator.internal;

import org.csta4j.model.AnswerCall;
import org.csta4j.model.AnswerCallResponse;
import org.csta4j.model.ClearCall;
import org.csta4j.model.ClearCallResponse;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConsultationCall;
import org.csta4j.model.ConsultationCallResponse;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.DeflectCall;
import org.csta4j.model.DeflectCallResponse;
import org.csta4j.model.HoldCall;
import org.csta4j.model.HoldCallResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.RetrieveCall;
import org.csta4j.model.RetrieveCallResponse;
import org.csta4j.model.SingleStepTransferCall;
import org.csta4j.model.SingleStepTransferCallResponse;
import org.csta4j.model.SnapshotCallResponse;
import org.csta4j.model.TransferCall;
import org.csta4j.model.TransferCallResponse;

/** The call control services, from request to the {@link Pbx} and back to a response. */
final class CallControlServices {
  private CallControlServices() {}

  static CstaMessage makeCall(MakeCall request, GatewaySession session) {
    return MakeCallResponse.of(
        session
            .gateway()
            .pbx()
            .makeCall(request.callingDevice().value(), request.calledDirectoryNumber().value()));
  }

  static CstaMessage clearConnection(ClearConnection request, GatewaySession session) {
    Pbx pbx = session.gateway().pbx();
    pbx.clearConnection(callersConnection(pbx, request.connectionToBeCleared()));
    return ClearConnectionResponse.of();
  }

  static CstaMessage clearCall(ClearCall request, GatewaySession session) {
    session.gateway().pbx().clearCall(request.callToBeCleared());
    return ClearCallResponse.of();
  }

  static CstaMessage answerCall(AnswerCall request, GatewaySession session) {
    session.gateway().pbx().answerCall(request.callToBeAnswered());
    return AnswerCallResponse.of();
  }

  static CstaMessage holdCall(HoldCall request, GatewaySession session) {
    session.gateway().pbx().holdCall(request.callToBeHeld());
    return HoldCallResponse.of();
  }

  static CstaMessage retrieveCall(RetrieveCall request, GatewaySession session) {
    session.gateway().pbx().retrieveCall(request.callToBeRetrieved());
    return RetrieveCallResponse.of();
  }

  static CstaMessage consultationCall(ConsultationCall request, GatewaySession session) {
    return ConsultationCallResponse.of(
        session
            .gateway()
            .pbx()
            .consultationCall(request.existingCall(), request.consultedDevice().value()));
  }

  static CstaMessage transferCall(TransferCall request, GatewaySession session) {
    return TransferCallResponse.builder()
        .transferredCall(
            session.gateway().pbx().transferCall(request.heldCall(), request.activeCall()))
        .build();
  }

  static CstaMessage singleStepTransferCall(
      SingleStepTransferCall request, GatewaySession session) {
    return SingleStepTransferCallResponse.builder()
        .transferredCall(
            session
                .gateway()
                .pbx()
                .singleStepTransferCall(request.activeCall(), request.transferredTo().value()))
        .build();
  }

  static CstaMessage deflectCall(DeflectCall request, GatewaySession session) {
    session
        .gateway()
        .pbx()
        .deflectCall(request.callToBeDiverted(), request.newDestination().value());
    return DeflectCallResponse.of();
  }

  /**
   * A connection given by call id only (as uni-tel's sample clears calls) means the calling party's
   * connection while it is in the call, else the first party's.
   */
  private static ConnectionId callersConnection(Pbx pbx, ConnectionId connection) {
    if (connection.deviceId().isPresent() || connection.callId().isEmpty()) {
      return connection;
    }
    SnapshotCallResponse snapshot = pbx.snapshotCall(connection);
    var parties = snapshot.snapshotData();
    var caller = snapshot.callingDevice().flatMap(d -> d.deviceIdentifier());
    return parties.stream()
        .filter(p -> caller.isPresent() && p.deviceOnCall().deviceIdentifier().equals(caller))
        .findFirst()
        .or(() -> parties.stream().findFirst())
        .flatMap(p -> p.deviceOnCall().deviceIdentifier())
        .map(d -> ConnectionId.builder().from(connection).deviceId(d).build())
        .orElse(connection);
  }
}
