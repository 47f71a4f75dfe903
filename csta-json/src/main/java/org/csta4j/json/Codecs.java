package org.csta4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.CorrelatorData;
import org.csta4j.model.CstaEnum;
import org.csta4j.model.CstaErrorCode;
import org.csta4j.model.DeviceId;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.PrivateData;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.UserData;

/** The codec of every model type, made once per type and shared; safe for concurrent use. */
final class Codecs {
  /** Accessors whose wire name is not their own name. */
  private static final Map<String, String> RENAMES =
      Map.of(
          "MonitorFilter.privateEvents", "private",
          "PrivateFilter.privateEvents", "private",
          // a connection, named for the ECMA-323 element it is sent as
          "MakeCallResponse.callingConnection", "callingDevice",
          // the universal failure's root element
          "UniversalFailure.cstaErrorCode", "CSTAErrorCode");

  final JsonFactory factory;
  final String vendorPrefix;
  final String vendorPrefixLower;
  private final Map<Class<?>, TypeCodec<?>> codecs = new ConcurrentHashMap<>();

  /** Value codecs being set up by the thread holding the lock; lets recursive types resolve. */
  private final Map<Class<?>, TypeCodec<?>> inProgress = new HashMap<>();

  Codecs(JsonFactory factory, String vendorPrefix) {
    this.factory = factory;
    this.vendorPrefix = vendorPrefix;
    this.vendorPrefixLower = vendorPrefix.toLowerCase(Locale.ROOT) + ":";
    codecs.put(String.class, ScalarCodecs.STRING);
    codecs.put(Integer.class, ScalarCodecs.INT);
    codecs.put(int.class, ScalarCodecs.INT);
    codecs.put(Long.class, ScalarCodecs.LONG);
    codecs.put(long.class, ScalarCodecs.LONG);
    codecs.put(Boolean.class, ScalarCodecs.BOOLEAN);
    codecs.put(boolean.class, ScalarCodecs.BOOLEAN);
    codecs.put(Duration.class, ScalarCodecs.SECONDS);
    codecs.put(DeviceId.class, DeviceCodecs.DEVICE_ID);
    codecs.put(ExtendedDeviceId.class, DeviceCodecs.EXTENDED_DEVICE_ID);
    codecs.put(RedirectionDeviceId.class, DeviceCodecs.REDIRECTION_DEVICE_ID);
    codecs.put(CorrelatorData.class, DeviceCodecs.CORRELATOR_DATA);
    codecs.put(UserData.class, DeviceCodecs.USER_DATA);
    codecs.put(CstaErrorCode.class, DeviceCodecs.ERROR_CODE);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  <T> TypeCodec<T> codecFor(Class<T> type) {
    TypeCodec<?> codec = codecs.get(type);
    if (codec != null) {
      return (TypeCodec<T>) codec;
    }
    synchronized (this) {
      codec = codecs.get(type);
      if (codec == null) {
        codec = inProgress.get(type);
      }
      if (codec != null) {
        return (TypeCodec<T>) codec;
      }
      if (type.isEnum() && CstaEnum.class.isAssignableFrom(type)) {
        codec = new EnumCodec(type);
        codecs.put(type, codec);
      } else if (type.isInterface()) {
        ValueCodec.VendorKeys vendorKeys =
            type == ApplicationSpecificInfo.class
                ? ValueCodec.VendorKeys.WRITE_PREFIX
                : type == PrivateData.class
                    ? ValueCodec.VendorKeys.ACCEPT_PREFIX
                    : ValueCodec.VendorKeys.NONE;
        ValueCodec<T> value = new ValueCodec<>(type, this, vendorKeys, RENAMES);
        inProgress.put(type, value);
        try {
          value.link(this);
        } finally {
          inProgress.remove(type);
        }
        codecs.put(type, value);
        codec = value;
      } else {
        throw new IllegalArgumentException("no JSON codec for " + type.getName());
      }
      return (TypeCodec<T>) codec;
    }
  }
}
