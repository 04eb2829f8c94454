package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Logged URLs carry no credentials. */
class LogsTest {
  @Test
  void credentialLikeQueryValuesAndUserInfoAreMasked() {
    HttpUrl url = HttpUrl.get("https://me:pw@api.example/v1/jobs?access_token=abc&client_secret=s3&limit=5&apiKey=k");

    assertThat(Logs.redact(url))
        .isEqualTo("https://api.example/v1/jobs?access_token=****&client_secret=****&limit=5&apiKey=****");
  }

  @Test
  void aUrlWithoutCredentialsIsUnchanged() {
    assertThat(Logs.redact(HttpUrl.get("https://api.example/v1/connections/c1?offset=0")))
        .isEqualTo("https://api.example/v1/connections/c1?offset=0");
  }
}
