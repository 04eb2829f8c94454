package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.ConnectionSchedule;
import io.github.airbytekit.connections.ConnectionStatus;
import io.github.airbytekit.domain.StreamConfiguration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public API's {@code ConnectionResponse}, as far as this module reads it.
 *
 * @param connectionId the connection id
 * @param name the display name
 * @param sourceId the source id
 * @param destinationId the destination id
 * @param workspaceId the workspace, or null when Airbyte did not say (then it cannot be checked)
 * @param status the status
 * @param prefix the table prefix, or null
 * @param streams the selected streams' configurations, lossless (unknown properties kept for write-back)
 * @param schedule the schedule
 */
public record ConnectionView(
    String connectionId,
    ResponseField<String> name,
    ResponseField<String> sourceId,
    ResponseField<String> destinationId,
    @Nullable String workspaceId,
    ResponseField<ConnectionStatus> status,
    @Nullable String prefix,
    ResponseField<List<StreamConfiguration>> streams,
    ResponseField<ConnectionSchedule> schedule) {}
