package io.github.airbytekit.testkit.internal.routes;

import static io.github.airbytekit.testkit.internal.http.Api.CONFIG;
import static io.github.airbytekit.testkit.internal.http.Api.PUBLIC;

import io.github.airbytekit.testkit.internal.CallRecorder;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.TokenBook;
import io.github.airbytekit.testkit.internal.http.Layout;
import io.github.airbytekit.testkit.internal.http.Routes;
import java.util.List;

/**
 * Every route of the fake, in one table: method, path relative to its API's root, {@code operationId} and
 * response schema of our openapi/ documents, handler. Handlers run with the store locked.
 */
public final class RouteTable {
  private RouteTable() {}

  /** The options the routes need besides the store. */
  public static final class Options {
    final boolean strict;
    final String clientId;
    final String clientSecret;
    final List<String> defaultJobTypes;
    final boolean structuredLogs;

    /**
     * @param strict whether unknown request properties are refused
     * @param defaultJobTypes the job types {@code GET /jobs} lists without {@code jobType}
     * @param structuredLogs whether {@code jobs/get} sends attempt logs as events unless a connection says otherwise
     */
    public Options(
        boolean strict, String clientId, String clientSecret, List<String> defaultJobTypes, boolean structuredLogs) {
      this.strict = strict;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.defaultJobTypes = List.copyOf(defaultJobTypes);
      this.structuredLogs = structuredLogs;
    }
  }

  public static Routes create(Layout layout, FakeStore store, TokenBook tokens, CallRecorder journal, Options options) {
    TokenRoute token = new TokenRoute(options.clientId, options.clientSecret, tokens, journal);
    WorkspaceRoutes workspaces = new WorkspaceRoutes(store);
    ConnectionRoutes connections = new ConnectionRoutes(store, options.strict);
    JobRoutes jobs = new JobRoutes(store, options.strict, options.defaultJobTypes);
    ActorRoutes<?> sources = ActorRoutes.sources(store, options.strict);
    ActorRoutes<?> destinations = ActorRoutes.destinations(store, options.strict);
    ConfigBodies bodies = new ConfigBodies(options.strict);
    StateRoutes state = new StateRoutes(store, bodies);
    WebBackendRoutes webBackend = new WebBackendRoutes(store, bodies);
    ConfigJobRoutes configJobs = new ConfigJobRoutes(store, bodies, options.structuredLogs);
    return Routes.builder(layout)
        .openRoute(PUBLIC, "POST", "/applications/token", "createAccessToken", "AccessTokenResponse", token::handle)
        .route(PUBLIC, "GET", "/workspaces", "listWorkspaces", "WorkspacesResponse", workspaces::list)
        .route(PUBLIC, "GET", "/workspaces/{workspaceId}", "getWorkspace", "WorkspaceResponse", workspaces::get)
        .route(PUBLIC, "GET", "/connections", "listConnections", "ConnectionsResponse", connections::list)
        .route(PUBLIC, "POST", "/connections", "createConnection", "ConnectionResponse", connections::create)
        .route(PUBLIC, "GET", "/connections/{connectionId}", "getConnection", "ConnectionResponse", connections::get)
        .route(PUBLIC, "PATCH", "/connections/{connectionId}", "patchConnection", "ConnectionResponse", connections::patch)
        .route(PUBLIC, "DELETE", "/connections/{connectionId}", "deleteConnection", null, connections::delete)
        .route(PUBLIC, "GET", "/jobs", "listJobs", "JobsResponse", jobs::list)
        .route(PUBLIC, "POST", "/jobs", "createJob", "JobResponse", jobs::create)
        .route(PUBLIC, "GET", "/jobs/{jobId}", "getJob", "JobResponse", jobs::get)
        .route(PUBLIC, "DELETE", "/jobs/{jobId}", "cancelJob", "JobResponse", jobs::cancel)
        .route(PUBLIC, "GET", "/sources", "listSources", "SourcesResponse", sources::list)
        .route(PUBLIC, "POST", "/sources", "createSource", "SourceResponse", sources::create)
        .route(PUBLIC, "GET", "/sources/{sourceId}", "getSource", "SourceResponse", sources::get)
        .route(PUBLIC, "PATCH", "/sources/{sourceId}", "patchSource", "SourceResponse", sources::patch)
        .route(PUBLIC, "DELETE", "/sources/{sourceId}", "deleteSource", null, sources::delete)
        .route(PUBLIC, "GET", "/destinations", "listDestinations", "DestinationsResponse", destinations::list)
        .route(PUBLIC, "POST", "/destinations", "createDestination", "DestinationResponse", destinations::create)
        .route(PUBLIC, "GET", "/destinations/{destinationId}", "getDestination", "DestinationResponse", destinations::get)
        .route(PUBLIC, "PATCH", "/destinations/{destinationId}", "patchDestination", "DestinationResponse",
            destinations::patch)
        .route(PUBLIC, "DELETE", "/destinations/{destinationId}", "deleteDestination", null, destinations::delete)
        .route(CONFIG, "POST", "/state/get", "getState", "ConnectionState", state::get)
        .route(CONFIG, "POST", "/state/create_or_update_safe", "createOrUpdateStateSafe", "ConnectionState",
            state::createOrUpdateSafe)
        .route(CONFIG, "POST", "/web_backend/connections/get", "webBackendGetConnection", "WebBackendConnectionRead",
            webBackend::get)
        .route(CONFIG, "POST", "/web_backend/connections/update", "webBackendUpdateConnection",
            "WebBackendConnectionRead", webBackend::update)
        .route(CONFIG, "POST", "/jobs/get", "getJobInfo", "JobInfoRead", configJobs::get)
        .route(CONFIG, "POST", "/connections/reset/stream", "resetConnectionStream", "JobInfoRead",
            configJobs::resetStreams)
        .route(CONFIG, "POST", "/connections/clear/stream", "clearConnectionStream", "JobInfoRead",
            configJobs::clearStreams)
        .route(CONFIG, "POST", "/connections/refresh", "refreshConnectionStream", "JobReadResponse",
            configJobs::refresh)
        .build();
  }
}
