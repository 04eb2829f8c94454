package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Airbyte the command talks to: a {@link CloudWorkspace} built from the global options, and with
 * {@code --fake} the embedded {@link FakeAirbyteServer} it points at.
 */
final class Session implements AutoCloseable {
  private final @Nullable FakeAirbyteServer fake;
  private final CloudWorkspace.Builder settings;
  /** Built up front only with {@code --workspace-id}; otherwise each connection brings its own. */
  private final @Nullable CloudWorkspace workspace;
  /** Workspaces made for single connections ({@code buildForConnection}), closed with the session. */
  private final List<CloudWorkspace> perConnection = new ArrayList<>();

  private Session(
      @Nullable FakeAirbyteServer fake, CloudWorkspace.Builder settings, @Nullable CloudWorkspace workspace) {
    this.fake = fake;
    this.settings = settings;
    this.workspace = workspace;
  }

  static Session open(RootCommand root) {
    boolean anyClient = root.clientId != null || root.clientSecret != null;
    if (!root.fake && root.bearerToken != null && anyClient) {
      throw CliException.usage(
          "use either a bearer token (--bearer-token, AIRBYTE_BEARER_TOKEN) or client credentials"
              + " (--client-id/--client-secret, AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET), not both");
    }
    FakeAirbyteServer fake = null;
    CloudWorkspace.Builder builder = CloudWorkspace.builder();
    if (root.fake) {
      fake = FakeAirbyteServer.builder().demoSeed().build();
      builder
          .apiRoot(fake.apiRoot())
          .configApiRoot(fake.configApiRoot())
          .clientCredentials(fake.clientId(), Secret.of(fake.clientSecret()))
          // The fake moves a job one step per poll: poll briskly so --fake syncs finish in about a second.
          .pollPolicy(fastPolls());
    } else {
      builder.apiRoot(root.apiUrl);
      if (root.configApiUrl != null) {
        builder.configApiRoot(root.configApiUrl);
      }
      if (root.bearerToken != null) {
        builder.bearerToken(Secret.of(root.bearerToken));
      } else if (root.clientId != null && root.clientSecret != null) {
        builder.clientCredentials(root.clientId, Secret.of(root.clientSecret));
      } else if (root.clientId != null) {
        builder.clientId(root.clientId);
      } else if (root.clientSecret != null) {
        builder.clientSecret(Secret.of(root.clientSecret));
      }
    }
    if (root.readTimeout != null) {
      if (root.readTimeout.isNegative() || root.readTimeout.isZero()) {
        throw CliException.usage("--read-timeout must be positive, was " + root.readTimeout);
      }
      builder.readTimeout(root.readTimeout);
    }
    try {
      CloudWorkspace workspace = null;
      if (root.workspaceId != null) {
        workspace = builder.workspaceId(root.workspaceId).build();
      }
      return new Session(fake, builder, workspace);
    } catch (RuntimeException e) {
      if (fake != null) {
        fake.close();
      }
      throw e;
    }
  }

  static PollPolicy fastPolls() {
    return PollPolicy.builder()
        .initialInterval(Duration.ofMillis(150))
        .maxInterval(Duration.ofMillis(300))
        .build();
  }

  /**
   * Connection {@code connectionId}, checked to exist (one GET) and, with {@code --workspace-id}, to
   * belong to that workspace (exit 7 if not); otherwise reached through its own workspace.
   */
  CloudConnection connection(String connectionId) {
    if (workspace == null) {
      CloudConnection connection = settings.buildForConnection(connectionId);
      perConnection.add(connection.workspace());
      return connection;
    }
    CloudConnection connection = workspace.getConnection(connectionId);
    connection.checkIsValid();
    return connection;
  }

  @Override
  public void close() {
    perConnection.forEach(CloudWorkspace::close);
    if (workspace != null) {
      workspace.close();
    }
    if (fake != null) {
      fake.close();
    }
  }
}
