package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.WorkspaceMismatchException;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The Airbyte the command talks to: a {@link CloudWorkspace} built from the global options, and with
 * {@code --fake} the embedded {@link FakeAirbyteServer} it points at.
 */
final class Session implements AutoCloseable {
  /**
   * Stands in for an unknown workspace id until the connection tells its own (the library requires
   * one; see /work/coord/cli-requests.md).
   */
  static final String UNKNOWN_WORKSPACE = "unknown-workspace";

  private final @Nullable FakeAirbyteServer fake;
  private final CloudWorkspace workspace;
  private final boolean workspaceGiven;

  private Session(@Nullable FakeAirbyteServer fake, CloudWorkspace workspace, boolean workspaceGiven) {
    this.fake = fake;
    this.workspace = workspace;
    this.workspaceGiven = workspaceGiven;
  }

  static Session open(RootCommand root) {
    boolean anyClient = root.clientId != null || root.clientSecret != null;
    if (!root.fake && root.bearerToken != null && anyClient) {
      throw CliException.usage(
          "use either a bearer token (--bearer-token, AIRBYTE_BEARER_TOKEN) or client credentials"
              + " (--client-id/--client-secret, AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET), not both");
    }
    FakeAirbyteServer fake = null;
    CloudWorkspace.Builder builder = CloudWorkspace.builder().environment(root.env);
    if (root.fake) {
      fake = FakeAirbyteServer.builder().demoSeed().build();
      builder
          .apiRoot(fake.apiRoot())
          .configApiRoot(fake.configApiRoot())
          .clientCredentials(fake.clientId(), Secret.of(fake.clientSecret()))
          // The fake's jobs move one step per poll: poll briskly so the tour stays short.
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
    String workspaceId = root.workspaceId;
    String assumed = fake != null ? fake.workspaceId() : UNKNOWN_WORKSPACE;
    builder.workspaceId(workspaceId != null ? workspaceId : assumed);
    try {
      return new Session(fake, builder.build(), workspaceId != null);
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

  /** The embedded fake, with {@code --fake}. */
  @Nullable FakeAirbyteServer fake() {
    return fake;
  }

  /** The workspace as configured (its id may be a placeholder without {@code --workspace-id}). */
  CloudWorkspace workspace() {
    return workspace;
  }

  /**
   * Connection {@code connectionId}, checked to exist (one GET) and, with {@code --workspace-id}, to
   * belong to that workspace; otherwise in its own workspace.
   */
  CloudConnection connection(String connectionId) {
    CloudConnection connection = workspace.getConnection(connectionId);
    if (workspaceGiven) {
      connection.checkIsValid();
      return connection;
    }
    try {
      connection.checkIsValid();
      return connection;
    } catch (WorkspaceMismatchException e) {
      // Expected without --workspace-id: adopt the connection's own workspace.
      // Details load (and are verified again) lazily, only if the command needs them.
      return workspace.newBuilder().workspaceId(e.actualWorkspaceId()).build().getConnection(connectionId);
    }
  }

  @Override
  public void close() {
    if (fake != null) {
      fake.close();
    }
  }
}
