package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every kind of finding, each from a small hand-written pair of documents, with its classification. */
class DriftCheckerTest {

  @Test
  void identicalDocumentsHaveNoFindings() {
    assertThat(Pairs.findings("identical")).isEmpty();
  }

  @Test
  void operationsMatchByMethodAndPathWhateverTheBasePathAndPathParameterNames() {
    assertThat(Pairs.findings("operations"))
        .containsExactlyInAnyOrder(
            "BREAKING OPERATION_MISSING DELETE /things/{id}: operation not found upstream",
            "BREAKING REQUIRED_ADDED GET /things/{id} → query limit: now required upstream",
            "ADDITIVE REQUIRED_REMOVED GET /things/{id} → query verbose: no longer required upstream",
            "BREAKING PARAMETER_MISSING GET /things/{id} → query sort: parameter removed or renamed upstream",
            "ADDITIVE ENUM_VALUE_ADDED GET /things/{id} → query mode: enum value 'auto' added upstream",
            "BREAKING TYPE_CHANGED GET /other → query page: type changed: ours integer, upstream string",
            "BREAKING PARAMETER_MISSING GET /other → header workspace: parameter removed or renamed upstream"
                + " (upstream has it in query)",
            "BREAKING PARAMETER_ADDED_REQUIRED GET /other → query tenant: required upstream but not declared by us");
  }

  @Test
  void requestBodiesBreakWhenUpstreamAcceptsLessThanWeSend() {
    assertThat(Pairs.findings("bodies"))
        .containsExactlyInAnyOrder(
            "BREAKING FIELD_MISSING POST /items → request → ItemCreate.displayName: field removed or renamed upstream"
                + " (upstream has 'display_name')",
            "ADDITIVE REQUIRED_REMOVED POST /items → request → ItemCreate.count: no longer required upstream",
            "ADDITIVE TYPE_CHANGED POST /items → request → ItemCreate.count: type changed: ours integer, upstream number",
            "BREAKING TYPE_CHANGED POST /items → request → ItemCreate.size: type changed: ours number, upstream integer",
            "BREAKING FORMAT_CHANGED POST /items → request → ItemCreate.ownerId: format changed: ours (none), upstream uuid",
            "BREAKING FORMAT_CHANGED POST /items → request → ItemCreate.weight: format changed: ours int64, upstream int32",
            "BREAKING ENUM_VALUE_REMOVED POST /items → request → ItemCreate.color: enum value 'blue' not documented upstream",
            "BREAKING ENUM_ADDED POST /items → request → ItemCreate.kind: upstream restricts values to enum [a, b]",
            "BREAKING REQUIRED_ADDED POST /items → request → ItemCreate.note: now required upstream",
            "BREAKING NULLABLE_REMOVED POST /items → request → ItemCreate.note: upstream does not accept null",
            "BREAKING TYPE_CHANGED POST /items → request → ItemCreate.tags[]: type changed: ours string, upstream integer",
            "ADDITIVE FORMAT_CHANGED POST /items → request → ItemCreate.ratio: format changed: ours float, upstream double",
            "BREAKING REQUIRED_FIELD_ADDED POST /items → request → ItemCreate.workspaceId: required upstream but not declared by us",
            "BREAKING MEDIA_TYPE_MISSING POST /items → request (text/plain): media type text/plain not documented upstream",
            "BREAKING REQUEST_BODY_ADDED_REQUIRED POST /items/{id}/archive → request: upstream requires a request body we do not declare",
            "BREAKING REQUEST_BODY_MISSING POST /items/{id}/touch → request: upstream documents no request body",
            "BREAKING REQUIRED_ADDED POST /items/{id}/rename → request: now required upstream");
  }

  @Test
  void responsesBreakWhenUpstreamMaySendMoreThanWeRead() {
    String job = "GET /jobs/{jobId} → 200 → JobResponse.";
    assertThat(Pairs.findings("responses"))
        .contains(
            "BREAKING NULLABLE_ADDED " + job + "title: may be null upstream",
            "BREAKING REQUIRED_REMOVED " + job + "startedAt: no longer required upstream, may be absent",
            "BREAKING TYPE_CHANGED " + job + "rows: type changed: ours integer, upstream number",
            "BREAKING TYPE_CHANGED " + job + "labels{}: type changed: ours string, upstream integer",
            "BREAKING FIELD_MISSING " + job + "owner: field removed or renamed upstream",
            "BREAKING RESPONSE_MISSING GET /jobs/{jobId} → 201: response not documented upstream",
            "BREAKING MEDIA_TYPE_MISSING GET /jobs/{jobId}/log → 200 (text/plain): media type text/plain not documented upstream",
            "ADDITIVE FORMAT_CHANGED " + job + "jobId: format changed: ours int64, upstream int32",
            "ADDITIVE ENUM_VALUE_ADDED " + job + "status: enum value 'cancelled' added upstream",
            "ADDITIVE ENUM_VALUE_REMOVED " + job + "status: enum value 'incomplete' not documented upstream",
            "ADDITIVE FORMAT_CHANGED " + job + "duration: format changed: ours (none), upstream duration",
            "ADDITIVE TYPE_CHANGED " + job + "bytes: type changed: ours number, upstream integer",
            "ADDITIVE ENUM_ADDED " + job + "jobType: upstream restricts values to enum [sync, reset]",
            "ADDITIVE ENUM_REMOVED " + job + "region: upstream no longer restricts values to an enum",
            "ADDITIVE REQUIRED_ADDED " + job + "lastError: now always present upstream (required)",
            "ADDITIVE REQUIRED_ADDED " + job + "config.a: now always present upstream (required)",
            "ADDITIVE RESPONSE_MISSING GET /jobs → 404: response not documented upstream",
            "ADDITIVE MEDIA_TYPE_MISSING GET /jobs/{jobId} → 409 (application/problem+json):"
                + " media type application/problem+json not documented upstream",
            "WARNING NOT_COMPARED GET /jobs/{jobId}/raw → 200 → Problem:"
                + " upstream declares no properties here; 1 declared field(s) not compared",
            "WARNING UNRESOLVED_REF GET /jobs/{jobId}/attempts → 200 → Problem:"
                + " upstream $ref '#/components/schemas/AttemptsResponseBody' does not resolve; not compared",
            "WARNING NOT_COMPARED GET /jobs/{jobId}/meta → 200: upstream declares no schema; not compared")
        .hasSize(35);
  }

  @Test
  void nestedArrayItemsAreNamedByTheirSchemaPath() {
    assertThat(Pairs.findings("responses"))
        .contains(
            "ADDITIVE ENUM_VALUE_ADDED GET /jobs → 200 → JobsResponse.data[].status: enum value 'cancelled' added upstream",
            "BREAKING NULLABLE_ADDED GET /jobs → 200 → JobsResponse.data[].title: may be null upstream",
            "BREAKING FIELD_MISSING GET /jobs → 200 → JobsResponse.data[].owner: field removed or renamed upstream");
  }

  @Test
  void upstreamQuirksAreToleratedNotReported() {
    // format: UUID (upper case), type: [string, 'null'] (3.1), recursive schemas, oneOf variants,
    // a charset parameter on the media type, readOnly required fields, and our catch-all default response.
    assertThat(Pairs.findings("responses"))
        .noneMatch(line -> line.contains(".id:") || line.contains(".next:") || line.contains(".parent")
            || line.contains("config:") || line.contains("→ default"));
    assertThat(Pairs.findings("bodies"))
        .noneMatch(line -> line.contains(".createdAt") || line.contains(".id:") || line.contains(".name:"));
  }

  @Test
  void onlyAdditiveDriftIsNotBreaking() {
    assertThat(DriftChecker.compare("public",
            OpenApiDocument.load(Pairs.ours("additive").toString()),
            OpenApiDocument.load(Pairs.upstream("additive").toString())))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.isBreaking()).isFalse();
          assertThat(f).hasToString("[public] GET /jobs → 200 → JobsResponse.data[].status: enum value 'x' added upstream");
        });
  }
}
