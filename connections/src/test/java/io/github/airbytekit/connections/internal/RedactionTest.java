package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Texts and logged URLs carry no credentials. */
class RedactionTest {
  @Test
  void credentialLikeQueryValuesAndUserInfoAreMasked() {
    HttpUrl url = HttpUrl.get("https://me:pw@api.example/v1/jobs?access_token=abc&client_secret=s3&limit=5&apiKey=k");

    assertThat(Redaction.url(url))
        .isEqualTo("https://api.example/v1/jobs?access_token=****&client_secret=****&limit=5&apiKey=****");
  }

  @Test
  void aUrlWithoutCredentialsIsUnchanged() {
    assertThat(Redaction.url(HttpUrl.get("https://api.example/v1/connections/c1?offset=0")))
        .isEqualTo("https://api.example/v1/connections/c1?offset=0");
  }

  @Test
  void knownSecretsAreMaskedWholeLongestFirstAndShortOnesAreIgnored() {
    Redaction redaction = Redaction.of("s3cr3t", "s3cr3t-and-more", "abc", null);

    assertThat(redaction.scrub("s3cr3t-and-more then s3cr3t, abc"))
        .isEqualTo("**** then ****, abc");
  }

  @Test
  void whatLooksLikeACredentialIsMaskedWithoutBeingKnown() {
    Redaction redaction = new Redaction();

    assertThat(redaction.scrub("{\"client_secret\":\"xyz123\",\"name\":\"n\"} Authorization: Bearer eyJhbGciOi"
        + " access_token=t0k3n&limit=5"))
        .isEqualTo("{\"client_secret\":\"****\",\"name\":\"n\"} Authorization: **** access_token=****&limit=5");
    assertThat(redaction.scrub("sent with bearer eyJhbGciOi.payload")).isEqualTo("sent with bearer ****");
    assertThat(redaction.scrubNullable(null)).isNull();
  }

  @Test
  void ourOwnWordingKeepsCredentialNamesAndLosesOnlyTheKnownSecrets() {
    Redaction redaction = Redaction.of("some-bearer-token");

    assertThat(redaction.maskKnown("use either a bearer token or client_secret=, not both: some-bearer-token"))
        .isEqualTo("use either a bearer token or client_secret=, not both: ****");
  }

  @Test
  void secretsAddedLaterAreMaskedFromThenOn() {
    Redaction redaction = new Redaction();
    assertThat(redaction.scrub("minted-token-1")).isEqualTo("minted-token-1");

    redaction.add("minted-token-1");

    assertThat(redaction.scrub("minted-token-1")).isEqualTo("****");
  }
}
