package io.github.airbytekit.testkit.internal.versions;

import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.http.Api;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Route;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the fake behaves as one Airbyte version: what it sends (shaped by {@link ResponseShaper}), which enum values
 * it accepts ({@link RequestCheck}) and the version's server behaviour. {@code latest} shapes nothing and accepts
 * everything, as the fake always did.
 */
public final class VersionRules {
  private final Profile profile;
  private final boolean shaping;
  private final boolean strictRequests;
  private final ResponseShaper shaper;
  private final RequestCheck check;
  private final RequestCheck strictCheck;

  private VersionRules(Profile profile, boolean shaping, boolean strictRequests) {
    this.profile = profile;
    this.shaping = shaping;
    this.strictRequests = strictRequests;
    this.shaper = new ResponseShaper(profile);
    this.check = new RequestCheck(profile);
    this.strictCheck = new RequestCheck(profile, true);
  }

  /** The rules of {@code version}; {@code latest} sends full responses. */
  public static VersionRules of(String version) {
    return of(version, false);
  }

  /**
   * The rules of {@code version}; with {@code strictRequests} request bodies are checked for enum values the
   * version lacks on {@code latest} too (released versions always check them), and for strings that do not have
   * their declared format ({@code uuid}, {@code date-time}).
   */
  public static VersionRules of(String version, boolean strictRequests) {
    return new VersionRules(Profile.load(version), !version.equals("latest"), strictRequests);
  }

  public String version() {
    return profile.version();
  }

  /** The job types {@code GET /jobs} lists without a {@code jobType} filter. */
  public List<String> defaultJobTypes() {
    return profile.jobListDefaultJobTypes();
  }

  /** The status a job gets for {@code status}: a version without {@code queued} reports a waiting job pending. */
  public FakeJobStatus jobStatus(FakeJobStatus status) {
    return status == FakeJobStatus.QUEUED && !profile.knows(Api.PUBLIC, "JobStatusEnum", "queued")
        ? FakeJobStatus.PENDING
        : status;
  }

  /**
   * Refuses a request body with an enum value this version does not have, or in strict mode a string without its
   * declared format, as its server would; in strict mode also a public API id parameter that is not a UUID
   * ({@link ParameterCheck}).
   *
   * @throws HttpProblem 400 (public API) or 422 (Config API) naming the JSON path; 403 or 400 for an id parameter
   */
  public void checkRequest(Route route, Exchange exchange) {
    boolean publicIds = strictRequests && route.api() == Api.PUBLIC;
    if (publicIds) {
      ParameterCheck.boundQueryLists(exchange); // bound by the framework, before the body is read
    }
    checkBody(route, exchange);
    if (publicIds) {
      ParameterCheck.roleCheckedIds(exchange); // the controller's role check
    }
  }

  private void checkBody(Route route, Exchange exchange) {
    String schema = profile.requestSchema(route.api(), route.operationId());
    if (!(shaping || strictRequests) || schema == null || exchange.body().isBlank()) {
      return;
    }
    Object body;
    try {
      body = JsonTree.parse(exchange.body());
    } catch (RuntimeException malformed) {
      return; // the route reports it in its own words
    }
    String problem = (strictRequests ? strictCheck : check).problem(route.api(), schema, body, "$");
    if (problem != null) {
      throw new HttpProblem(route.api() == Api.PUBLIC ? 400 : 422, "invalid-input", "Invalid request body: " + problem);
    }
  }

  /**
   * Why a value a test seeds cannot exist on this version, or null when it can.
   *
   * @param json the value as a {@link JsonTree}
   * @param name how to name the value in the message, e.g. {@code syncCatalog}
   */
  public @Nullable String seedProblem(Api api, String schema, Object json, String name) {
    return shaping ? check.problem(api, schema, json, name) : null;
  }

  /** Shapes the answer body in place, as a body of {@code schema}; nothing changes on {@code latest}. */
  public void shape(Api api, @Nullable String schema, Exchange exchange) {
    String body = exchange.responseBody();
    if (shaping && schema != null && body != null) {
      exchange.responseBody(shaper.shape(api, schema, body));
    }
  }
}
