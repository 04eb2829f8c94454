package io.github.airbytekit.connections.internal;

import org.jspecify.annotations.Nullable;

/**
 * The public API's {@code SourceResponse} or {@code DestinationResponse} (configuration not kept).
 *
 * @param name the display name, or null
 * @param type the connector type such as {@code postgres}, or null
 * @param definitionId the connector definition id, or null
 * @param workspaceId the workspace, or null when Airbyte did not say (then it cannot be checked)
 */
public record ConnectorView(
    @Nullable String name, @Nullable String type, @Nullable String definitionId, @Nullable String workspaceId) {}
