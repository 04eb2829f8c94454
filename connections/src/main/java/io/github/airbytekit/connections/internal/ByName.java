package io.github.airbytekit.connections.internal;

import io.github.airbytekit.domain.StreamConfiguration;

/** A stream configuration for an Airbyte whose configurations have no {@code namespace}: the same, without it. */
public final class ByName {
  private ByName() {}

  /** {@return {@code configuration} without its namespace, every other property (unknown ones included) kept} */
  public static StreamConfiguration only(StreamConfiguration configuration) {
    if (configuration.getNamespace() == null) {
      return configuration;
    }
    return StreamConfiguration.builder()
        .name(configuration.getName())
        .syncMode(configuration.getSyncMode())
        .cursorField(configuration.getCursorField())
        .primaryKey(configuration.getPrimaryKey())
        .selectedFields(configuration.getSelectedFields())
        .mappers(configuration.getMappers())
        .destinationObjectName(configuration.getDestinationObjectName())
        .includeFiles(configuration.isIncludeFiles())
        .putAllAdditionalProperties(configuration.getAdditionalProperties())
        .build();
  }
}
