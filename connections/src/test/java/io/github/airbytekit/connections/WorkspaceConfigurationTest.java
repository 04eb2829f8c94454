package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roots, credentials and environment handling (§9.4 B and C cases), all without I/O. */
class WorkspaceConfigurationTest {
  private static final String WS = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  private static CloudWorkspace.Builder bearer() {
    return CloudWorkspace.builder().workspaceId(WS).bearerToken(Secret.of("token"));
  }

  @Test
  void cloudDefaultsResolveTheCloudConfigRootAndWebRoot() { // B1
    CloudWorkspace workspace = bearer().build();

    assertThat(workspace.apiRoot()).isEqualTo("https://api.airbyte.com/v1");
    assertThat(workspace.configApiRoot()).isEqualTo("https://cloud.airbyte.com/api/v1");
    assertThat(workspace.webUrlRoot()).isEqualTo("https://cloud.airbyte.com");
    assertThat(workspace.workspaceUrl()).isEqualTo("https://cloud.airbyte.com/workspaces/" + WS);
  }

  @Test
  void selfManagedPublicRootsMapToTheirConfigRoot() { // B2–B4
    assertThat(bearer().apiRoot("https://example.airbyte.com/api/public/v1").build().configApiRoot())
        .isEqualTo("https://example.airbyte.com/api/v1");
    assertThat(bearer().apiRoot("https://example.airbyte.com/airbyte/api/public/v1/").build().configApiRoot())
        .isEqualTo("https://example.airbyte.com/airbyte/api/v1");
    assertThat(bearer().apiRoot("http://localhost:8000/api/public/v1").build().configApiRoot())
        .isEqualTo("http://localhost:8000/api/v1");
  }

  @Test
  void anExplicitConfigRootWinsWithoutItsTrailingSlash() { // B5–B6
    assertThat(bearer().apiRoot("https://example.airbyte.com/custom/public")
        .configApiRoot("https://example.airbyte.com/custom/config").build().configApiRoot())
        .isEqualTo("https://example.airbyte.com/custom/config");
    assertThat(bearer().apiRoot("https://example.airbyte.com/custom/public")
        .configApiRoot("https://example.airbyte.com/custom/config/").build().configApiRoot())
        .isEqualTo("https://example.airbyte.com/custom/config");
  }

  @Test
  void theEnvironmentVariableComesNextWithFromEnvironment() { // B7
    CloudWorkspace workspace = CloudWorkspace.fromEnvironment(Map.of("AIRBYTE_WORKSPACE_ID", WS,
        "AIRBYTE_BEARER_TOKEN", "token", "AIRBYTE_API_ROOT", "https://example.airbyte.com/custom/public",
        "AIRBYTE_CLOUD_CONFIG_API_URL", "https://example.airbyte.com/env/config/"));

    assertThat(workspace.configApiRoot()).isEqualTo("https://example.airbyte.com/env/config");
  }

  @Test
  void aBuilderNeverReadsTheEnvironment() {
    // Whatever the process environment holds, builder() derives the root from the public one only.
    assertThat(bearer().apiRoot("https://example.airbyte.com/custom/public").build().configApiRoot()).isNull();
  }

  @Test
  void anUnderivableConfigRootFailsConfigCallsNamingTheOption() { // B8
    CloudWorkspace workspace = bearer().apiRoot("https://example.airbyte.com/custom/public").build();

    assertThat(workspace.configApiRoot()).isNull();
    assertThatThrownBy(() -> workspace.getConnection("c").dumpRawState())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Cannot derive the Config API root from the public API root"
            + " 'https://example.airbyte.com/custom/public' (it is neither https://api.airbyte.com/v1 nor ends with"
            + " /api/public/v1). Set CloudWorkspace.builder().configApiRoot(…), or AIRBYTE_CONFIG_API_ROOT (or"
            + " AIRBYTE_CLOUD_CONFIG_API_URL) with CloudWorkspace.fromEnvironment().");
  }

  @Test
  void theWebRootOfASelfManagedDeploymentIsItsHostNotItsApiRoot() {
    assertThat(bearer().apiRoot("https://airbyte.internal:8443/api/public/v1").build().webUrlRoot())
        .isEqualTo("https://airbyte.internal:8443");
    assertThat(bearer().apiRoot("https://example.com/airbyte/api/public/v1").build().webUrlRoot())
        .isEqualTo("https://example.com/airbyte");
    assertThat(bearer().apiRoot("https://example.com/custom/public").webUrlRoot("https://ui.example.com/").build()
        .webUrlRoot()).isEqualTo("https://ui.example.com");
  }

  @Test
  void bothCredentialKindsAreRejected() { // C5, C7
    assertThatThrownBy(() -> bearer().clientCredentials("id", Secret.of("secret")).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Cannot use both client credentials and a bearer token: provide either a client ID and secret,"
            + " or a bearer token.");
  }

  @Test
  void halfOfTheClientCredentialsIsRejected() { // C6
    assertThatThrownBy(() -> CloudWorkspace.builder().workspaceId(WS).clientId("id").build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Client ID and client secret are both required (only the client ID was given); or use a"
            + " bearer token.");
  }

  @Test
  void everyProblemIsReportedAtOnce() { // C3
    assertThatThrownBy(() -> CloudWorkspace.builder().build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Workspace ID is required: call workspaceId(…). No Airbyte credentials: call"
            + " clientCredentials(id, secret) or bearerToken(token).");
  }

  @Test
  void fromEnvironmentReadsTheLongNames() { // C1, C2
    CloudWorkspace workspace = CloudWorkspace.fromEnvironment(Map.of(
        "AIRBYTE_CLOUD_BEARER_TOKEN", "test-bearer-token", "AIRBYTE_CLOUD_WORKSPACE_ID", "test-workspace-id"));

    assertThat(workspace.workspaceId()).isEqualTo("test-workspace-id");
    assertThat(workspace.toString()).contains("auth=bearer token").doesNotContain("test-bearer-token");
  }

  @Test
  void fromEnvironmentPrefersTheShortNamesAndReadsRoots() {
    CloudWorkspace workspace = CloudWorkspace.fromEnvironment(Map.of(
        "AIRBYTE_WORKSPACE_ID", "short", "AIRBYTE_CLOUD_WORKSPACE_ID", "long",
        "AIRBYTE_CLIENT_ID", "id", "AIRBYTE_CLIENT_SECRET", "s3cr3t",
        "AIRBYTE_API_ROOT", "http://localhost:8000/api/public/v1",
        "AIRBYTE_CONFIG_API_ROOT", "http://localhost:8000/custom/v1"));

    assertThat(workspace.workspaceId()).isEqualTo("short");
    assertThat(workspace.apiRoot()).isEqualTo("http://localhost:8000/api/public/v1");
    assertThat(workspace.configApiRoot()).isEqualTo("http://localhost:8000/custom/v1");
    assertThat(workspace.toString()).contains("client credentials (id, Secret[****])").doesNotContain("s3cr3t");
  }

  @Test
  void fromEnvironmentExplainsWhichVariablesAreMissing() { // C4
    assertThatThrownBy(() -> CloudWorkspace.fromEnvironment(Map.of()))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Workspace ID is required: set AIRBYTE_WORKSPACE_ID (or AIRBYTE_CLOUD_WORKSPACE_ID)."
            + " No Airbyte credentials found: set AIRBYTE_BEARER_TOKEN, or both AIRBYTE_CLIENT_ID and"
            + " AIRBYTE_CLIENT_SECRET (or their AIRBYTE_CLOUD_* names).");
  }

  @Test
  void explicitCredentialsReplaceThoseOfTheEnvironment() { // C8
    CloudWorkspace workspace = CloudWorkspace.builderFromEnvironment(Map.of("AIRBYTE_WORKSPACE_ID", WS,
        "AIRBYTE_CLIENT_ID", "env-id", "AIRBYTE_CLIENT_SECRET", "env-secret"))
        .clientCredentials("id", Secret.of("secret")).build();

    assertThat(workspace.toString()).contains("client credentials (id, Secret[****])");
  }

  @Test
  void newBuilderMakesAVariant() {
    CloudWorkspace original = bearer().apiRoot("http://localhost:8000/api/public/v1").build();

    CloudWorkspace other = original.newBuilder().workspaceId("other").build();

    assertThat(other.workspaceId()).isEqualTo("other");
    assertThat(other.apiRoot()).isEqualTo(original.apiRoot());
  }

  @Test
  void secretsAreMasked() {
    Secret secret = Secret.of("hunter2");

    assertThat(secret.toString()).isEqualTo("Secret[****]");
    assertThat(secret.reveal()).isEqualTo("hunter2");
    assertThat(secret).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("hunter3"));
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(AirbyteInputException.class);
  }
}
