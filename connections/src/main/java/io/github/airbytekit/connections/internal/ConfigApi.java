package io.github.airbytekit.connections.internal;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The Config API operations this module uses (all {@code POST} with a JSON body), relative to the Config
 * API root. The root is resolved once; when it could not be, every call fails with the supplied error.
 */
public final class ConfigApi {
  private final Http http;
  private final @Nullable String root;
  private final Supplier<RuntimeException> unresolved;

  /** The {@code web_backend/connections/get} response, of which only the catalog is read. */
  @SuppressWarnings("NullAway.Init")
  public static final class WebBackendConnection {
    public @Nullable SyncCatalog syncCatalog;
  }

  public ConfigApi(Http http, @Nullable String root, Supplier<RuntimeException> unresolved) {
    this.http = http;
    this.root = root;
    this.unresolved = unresolved;
  }

  private HttpUrl url(String path) {
    if (root == null) {
      throw unresolved.get();
    }
    return HttpUrl.get(root + path);
  }

  /** {@code state/get}, as the exact response text. */
  public String getStateJson(String connectionId) {
    return http.callText("POST", url("/state/get"),
        w -> w.beginObject().name("connectionId").value(connectionId).endObject());
  }

  /** {@code state/get}. */
  public ConnectionState getState(String connectionId) {
    return http.call("POST", url("/state/get"),
        w -> w.beginObject().name("connectionId").value(connectionId).endObject(), ConnectionState.class);
  }

  /** {@code state/create_or_update_safe}; {@code state} must already carry {@code connectionId}. */
  public ConnectionState createOrUpdateStateSafe(String connectionId, ConnectionState state) {
    return http.call("POST", url("/state/create_or_update_safe"), w -> {
      w.beginObject().name("connectionId").value(connectionId).name("connectionState");
      http.writeValue(w, ConnectionState.class, state);
      w.endObject();
    }, ConnectionState.class);
  }

  /** {@code web_backend/connections/get} with {@code withRefreshedCatalog=false}; its {@code syncCatalog}. */
  public @Nullable SyncCatalog getSyncCatalog(String connectionId) {
    WebBackendConnection read = http.call("POST", url("/web_backend/connections/get"),
        w -> w.beginObject().name("connectionId").value(connectionId).name("withRefreshedCatalog").value(false)
            .endObject(),
        WebBackendConnection.class);
    return read.syncCatalog;
  }

  /** {@code web_backend/connections/update} with {@code skipReset=true}; the stored catalog. */
  public @Nullable SyncCatalog updateSyncCatalog(String connectionId, SyncCatalog catalog) {
    WebBackendConnection read = http.call("POST", url("/web_backend/connections/update"), w -> {
      w.beginObject().name("connectionId").value(connectionId).name("syncCatalog");
      http.writeValue(w, SyncCatalog.class, catalog);
      w.name("skipReset").value(true).endObject();
    }, WebBackendConnection.class);
    return read.syncCatalog;
  }

  /** {@code jobs/get}: the job with its attempts and logs. */
  public Dto.JobInfo getJobInfo(long jobId) {
    return http.call("POST", url("/jobs/get"), w -> w.beginObject().name("id").value(jobId).endObject(),
        Dto.JobInfo.class);
  }

  /** {@code sources/check_connection} or {@code destinations/check_connection}. */
  public Dto.CheckConnection checkConnection(String connectorType, String id) {
    return http.call("POST", url("/" + connectorType + "s/check_connection"),
        w -> w.beginObject().name(connectorType + "Id").value(id).endObject(), Dto.CheckConnection.class);
  }
}
