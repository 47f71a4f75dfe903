package org.csta4j.simulator.internal;

import static org.csta4j.simulator.internal.PbxState.dev;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csta4j.model.DeviceId;
import org.csta4j.model.DoNotDisturbEvent;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.ForwardListItem;
import org.csta4j.model.ForwardingEvent;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.OperationError;
import org.csta4j.simulator.internal.PbxState.DeviceSettings;
import org.csta4j.simulator.internal.PbxState.Forward;
import org.jspecify.annotations.Nullable;

/**
 * The device features of ECMA-269 (do-not-disturb and forwarding) on the PBX state; the call flow
 * reads them when it offers a call. Callers hold the Pbx lock; see {@link Pbx} for the rules.
 */
final class Features {
  private final PbxState pbx;

  Features(PbxState pbx) {
    this.pbx = pbx;
  }

  void setDoNotDisturb(String device, boolean on) {
    String d = pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID);
    pbx.settingsOf(d).dnd = on;
    ExtendedDeviceId subject = dev(d);
    pbx.deliverTo(
        d,
        xref ->
            DoNotDisturbEvent.builder()
                .monitorCrossRefId(xref)
                .device(subject)
                .doNotDisturbOn(on)
                .build());
  }

  boolean doNotDisturb(String device) {
    return pbx.settingsOf(pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID)).dnd;
  }

  void setForwarding(String device, ForwardingType type, boolean on, @Nullable String to) {
    String d = pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID);
    DeviceSettings s = pbx.settingsOf(d);
    Forward previous = s.forwards.get(type);
    @Nullable String dest;
    if (to != null && !to.isBlank()) {
      dest = pbx.norm(to, OperationError.INVALID_FORWARDING_DESTINATION);
      if (dest.equals(d)) {
        throw new CstaServiceException(
            OperationError.INVALID_FORWARDING_DESTINATION,
            "device " + d + " cannot forward to itself");
      }
    } else {
      dest = previous == null ? null : previous.to();
      if (on) {
        throw new CstaServiceException(
            OperationError.INVALID_FORWARDING_DESTINATION,
            "forwarding " + type.wireName() + " of device " + d + " needs a destination");
      }
    }
    s.forwards.put(type, new Forward(on, dest));
    ExtendedDeviceId subject = dev(d);
    Optional<DeviceId> forwardTo = Optional.ofNullable(dest).map(DeviceId::of);
    pbx.deliverTo(
        d,
        xref ->
            ForwardingEvent.builder()
                .monitorCrossRefId(xref)
                .device(subject)
                .forwardingType(type)
                .forwardStatus(on)
                .forwardTo(forwardTo)
                .build());
  }

  List<ForwardListItem> forwarding(String device) {
    String d = pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID);
    List<ForwardListItem> items = new ArrayList<>();
    for (Map.Entry<ForwardingType, Forward> e : pbx.settingsOf(d).forwards.entrySet()) {
      items.add(
          ForwardListItem.builder()
              .forwardingType(e.getKey())
              .forwardStatus(e.getValue().on())
              .forwardDn(Optional.ofNullable(e.getValue().to()).map(DeviceId::of))
              .build());
    }
    return List.copyOf(items);
  }
}
