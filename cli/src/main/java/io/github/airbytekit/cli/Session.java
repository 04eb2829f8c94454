package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.testkit.AirbyteVersion;
import io.github.airbytekit.connections.SyncResult;
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
  /** The embedded fake this session started (closed with it), or null. */
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
    if (!root.fake) {
      requireCredentials(root);
    }
    FakeAirbyteServer fake = null;
    CloudWorkspace.Builder builder = CloudWorkspace.builder();
    if (root.airbyteVersion != null) {
      builder.airbyteVersion(root.airbyteVersion);
    }
    if (root.fake) {
      FakeAirbyteServer target = root.sharedFake;
      if (target == null) {
        fake = FakeAirbyteServer.builder().demoSeed().airbyteVersion(fakeVersion(root.airbyteVersion)).build();
        target = fake;
      }
      builder
          .apiRoot(target.apiRoot())
          .configApiRoot(target.configApiRoot())
          .clientCredentials(target.clientId(), Secret.of(target.clientSecret()))
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
    if (root.pollPolicy != null) {
      builder.pollPolicy(root.pollPolicy);
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

  /** The version the embedded fake behaves as: the one asked for, else latest. */
  private static AirbyteVersion fakeVersion(@Nullable String name) {
    try {
      return name == null ? AirbyteVersion.LATEST : AirbyteVersion.of(name);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--airbyte-version: " + e.getMessage(), e);
    }
  }
  /** Names the missing flags before the library could name its builder methods. */
  private static void requireCredentials(RootCommand root) {
    if (root.bearerToken != null || root.clientId != null && root.clientSecret != null) {
      return;
    }
    if (root.clientId != null) {
      throw CliException.usage("--client-id needs --client-secret (or AIRBYTE_CLIENT_SECRET); or use"
          + " --bearer-token (AIRBYTE_BEARER_TOKEN) instead");
    }
    if (root.clientSecret != null) {
      throw CliException.usage("--client-secret needs --client-id (or AIRBYTE_CLIENT_ID); or use"
          + " --bearer-token (AIRBYTE_BEARER_TOKEN) instead");
    }
    throw CliException.usage("no Airbyte credentials: pass --client-id and --client-secret (or set"
        + " AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET), or --bearer-token (AIRBYTE_BEARER_TOKEN);"
        + " or try any command with --fake");
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

  /**
   * The workspace of {@code --workspace-id}, else one of {@code fallbackId} (the fake's with {@code --fake}); a
   * usage error (exit 2) naming the option when there is neither.
   */
  CloudWorkspace workspace(@Nullable String fallbackId) {
    if (workspace != null) {
      return workspace;
    }
    if (fallbackId == null) {
      throw CliException.usage("this command needs --workspace-id (or AIRBYTE_WORKSPACE_ID)");
    }
    CloudWorkspace built = settings.workspaceId(fallbackId).build();
    perConnection.add(built);
    return built;
  }

  /**
   * Job {@code jobId}, with {@code --workspace-id} checked to belong to that workspace; otherwise reached through
   * its connection's own workspace (one GET of the job, one of its connection).
   */
  SyncResult job(long jobId) {
    if (workspace != null) {
      return workspace.getSyncResult(jobId);
    }
    SyncResult job = settings.buildForJob(jobId);
    perConnection.add(job.connection().workspace());
    return job;
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
