package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeEnum;
import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.StreamConfiguration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code PATCH /connections/{id}} body: only what is set is sent. */
public final class ConnectionPatch {
  final ConnectionPatchRequest request = new ConnectionPatchRequest();

  private ConnectionPatch() {}

  /** A new name. */
  public static ConnectionPatch name(String name) {
    ConnectionPatch patch = new ConnectionPatch();
    patch.request.name(name);
    return patch;
  }

  /** A new table prefix ({@code ""} clears it). */
  public static ConnectionPatch prefix(String prefix) {
    ConnectionPatch patch = new ConnectionPatch();
    patch.request.prefix(prefix);
    return patch;
  }

  /** A new status wire value ({@code active} or {@code inactive}). */
  public static ConnectionPatch status(String status) {
    ConnectionPatch patch = new ConnectionPatch();
    patch.request.status(ConnectionStatusEnum.of(status));
    return patch;
  }

  /** A new schedule type and, for {@code cron}, its expression. */
  public static ConnectionPatch schedule(String scheduleType, @Nullable String cronExpression) {
    ConnectionPatch patch = new ConnectionPatch();
    patch.request.schedule(
        new ConnectionSchedule().scheduleType(ScheduleTypeEnum.of(scheduleType)).cronExpression(cronExpression));
    return patch;
  }

  /** The selected streams; each configuration is sent exactly as given, unknown properties included. */
  public static ConnectionPatch streams(List<StreamConfiguration> streams) {
    ConnectionPatch patch = new ConnectionPatch();
    patch.request.configurations(new StreamConfigurations().streams(List.copyOf(streams)));
    return patch;
  }
}
