package io.github.airbytekit.testkit.internal.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.RawJson;
import org.junit.jupiter.api.Test;

/** Which configuration properties the fake serves masked, as Airbyte masks a connector's declared secrets. */
class SecretMaskTest {
  @Test
  void namesThatLookLikeSecretsAreMaskedInAnyCaseStyle() {
    assertThat(SecretMask.isSecret("password")).isTrue();
    assertThat(SecretMask.isSecret("tunnel_user_password")).isTrue();
    assertThat(SecretMask.isSecret("client_secret")).isTrue();
    assertThat(SecretMask.isSecret("access_token")).isTrue();
    assertThat(SecretMask.isSecret("apiKey")).isTrue();
    assertThat(SecretMask.isSecret("api-key")).isTrue();
    assertThat(SecretMask.isSecret("aws_secret_access_key")).isTrue();
    assertThat(SecretMask.isSecret("accessKeyId")).isTrue();
    assertThat(SecretMask.isSecret("private_key")).isTrue();
    assertThat(SecretMask.isSecret("credentials_json")).isTrue();
    assertThat(SecretMask.isSecret("host")).isFalse();
    assertThat(SecretMask.isSecret("auth_type")).isFalse();
    assertThat(SecretMask.isSecret("client_id")).isFalse();
  }

  @Test
  void onlyStringValuesAreMaskedAtAnyDepthIncludingArrays() {
    RawJson configuration = RawJson.of("{\"token\":null,\"secret_count\":3,\"hosts\":[{\"name\":\"a\",\"password\":\"p\"}],"
        + "\"credentials\":{\"auth_type\":\"Client\",\"client_secret\":\"s\"}}");

    assertThat(SecretMask.mask(configuration).toJson()).isEqualTo("{\"token\":null,\"secret_count\":3,"
        + "\"hosts\":[{\"name\":\"a\",\"password\":\"**********\"}],"
        + "\"credentials\":{\"auth_type\":\"Client\",\"client_secret\":\"**********\"}}");
    assertThat(configuration.toJson()).contains("\"password\":\"p\"");
  }
}
