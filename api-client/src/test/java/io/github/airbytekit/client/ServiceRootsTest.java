package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ServiceRootsTest {

  private final OkHttpClient client = new OkHttpClient();

  @Test
  void publicRootIsUsedAsWrittenWithATrailingSlash() {
    assertThat(PublicApiServices.create("https://api.airbyte.com/v1", client).baseUrl())
        .hasToString("https://api.airbyte.com/v1/");
    assertThat(PublicApiServices.create("http://airbyte.local:8000/api/public/v1/", client).baseUrl())
        .hasToString("http://airbyte.local:8000/api/public/v1/");
  }

  @Test
  void configRootDropsItsV1SegmentBecauseGeneratedPathsStartWithV1() {
    assertThat(ConfigApiServices.create("https://cloud.airbyte.com/api/v1", client).baseUrl())
        .hasToString("https://cloud.airbyte.com/api/");
    assertThat(ConfigApiServices.create("http://airbyte.local/api/v1/", client).baseUrl())
        .hasToString("http://airbyte.local/api/");
  }

  @Test
  void configRootWithoutV1IsRejectedWithAnExample() {
    assertThatThrownBy(() -> ConfigApiServices.create("https://cloud.airbyte.com/api", client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Config API root must end in /v1, like https://cloud.airbyte.com/api/v1, but was "
            + "https://cloud.airbyte.com/api");
  }

  @Test
  void rootThatIsNotAnHttpUrlIsRejected() {
    assertThatThrownBy(() -> PublicApiServices.create("api.airbyte.com/v1", client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("public API root is not an http(s) URL: api.airbyte.com/v1");
  }

  @Test
  void credentialsInARootNeverReachTheMessage() {
    assertThatThrownBy(() -> ConfigApiServices.create("https://user:hunter2@cloud.airbyte.com/api", client))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("hunter2");
  }
}
