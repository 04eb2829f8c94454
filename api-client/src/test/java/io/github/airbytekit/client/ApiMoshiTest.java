package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiMoshiTest {

  @Test
  void javaValueTypesRoundTrip() throws Exception {
    assertRoundTrip(UUID.class, "\"9924bcd0-99be-453d-ba47-c2c9766f7da5\"");
    assertRoundTrip(OffsetDateTime.class, "\"2026-11-25T10:15:30+01:00\"");
    assertRoundTrip(LocalDate.class, "\"2026-12-31\"");
    assertRoundTrip(URI.class, "\"https://docs.airbyte.com/x?y=1\"");
    assertRoundTrip(BigDecimal.class, "12345678901234567890.000000000000000000001");
  }

  @Test
  void dateTimesAlwaysCarrySeconds() {
    String json = ApiMoshi.moshi().adapter(OffsetDateTime.class)
        .toJson(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(json).isEqualTo("\"2026-01-01T00:00:00Z\"");
  }

  @Test
  void malformedUuidNamesThePath() {
    JsonAdapter<JobResponse> adapter = ApiMoshi.moshi().adapter(JobResponse.class);
    assertThatThrownBy(() -> adapter.fromJson("{\"connectionId\":\"not-a-uuid\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a UUID but was \"not-a-uuid\" at path $.connectionId");
  }

  @Test
  void anUnknownEnumValueIsReadAsAnOpenValueAndWrittenBackUnchanged() throws Exception {
    JobResponse job = ApiMoshi.moshi().adapter(JobResponse.class)
        .fromJson("{\"jobId\":1,\"status\":\"waiting_for_quota\",\"jobType\":\"sync\","
            + "\"startTime\":\"2026-11-25T10:15:30Z\",\"connectionId\":\"9924bcd0-99be-453d-ba47-c2c9766f7da5\"}");

    assertThat(job.getStatus().isKnown()).isFalse();
    assertThat(job.getStatus().wireValue()).isEqualTo("waiting_for_quota");
    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.of("waiting_for_quota"));
    assertThat(job.getJobType()).isSameAs(JobTypeEnum.SYNC);
    assertThat(ApiMoshi.moshi().adapter(JobResponse.class).toJson(job)).contains("\"status\":\"waiting_for_quota\"");
  }

  @Test
  void standaloneEnumsAreOpenToo() throws Exception {
    JsonAdapter<List<JobStatusEnum>> adapter =
        ApiMoshi.moshi().adapter(Types.newParameterizedType(List.class, JobStatusEnum.class));

    List<JobStatusEnum> read = adapter.fromJson("[\"queued\",\"incomplete\",\"brand_new\"]");
    assertThat(read).containsExactly(JobStatusEnum.QUEUED, JobStatusEnum.INCOMPLETE, JobStatusEnum.of("brand_new"));
    assertThat(adapter.toJson(read)).isEqualTo("[\"queued\",\"incomplete\",\"brand_new\"]");
  }

  @Test
  void generatedEnumsAreOpenValuesWithCanonicalConstants() {
    assertThat(JobStatusEnum.of("queued")).isSameAs(JobStatusEnum.QUEUED);
    assertThat(JobStatusEnum.of("Queued").isKnown()).isFalse();
    assertThat(JobStatusEnum.of("Queued").wireValue()).isEqualTo("Queued");
    assertThat(JobStatusEnum.of("Queued")).hasToString("Queued");
    assertThat(JobStatusEnum.knownValues()).extracting(OpenValue::wireValue)
        .containsExactly("pending", "queued", "running", "incomplete", "failed", "succeeded", "cancelled");
    // Same wire value, other type: not equal.
    assertThat(JobStatusEnum.of("running")).isNotEqualTo(io.github.airbytekit.client.configapi.model.JobStatus.of("running"));
  }

  @Test
  void objectValuesAreReadAsExactRawJsonNotDoubles() throws Exception {
    Object value = ApiMoshi.moshi().adapter(Object.class).fromJson("{\"port\":5432,\"n\":123456789012345678901}");

    assertThat(value).isInstanceOf(RawJson.class);
    assertThat(((RawJson) value).toJson()).isEqualTo("{\"port\":5432,\"n\":123456789012345678901}");
  }

  @Test
  void modelsHaveValueEqualityAndReadableToString() {
    JobResponse a = new JobResponse().jobId(5L).status(JobStatusEnum.RUNNING);
    JobResponse b = new JobResponse().jobId(5L).status(JobStatusEnum.of("running"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).hasToString("JobResponse{jobId=5, status=running}");
    assertThat(a).isNotEqualTo(new JobResponse().jobId(6L));
  }

  private static <T> void assertRoundTrip(Class<T> type, String json) throws Exception {
    JsonAdapter<T> adapter = ApiMoshi.moshi().adapter(type);
    assertThat(adapter.toJson(adapter.fromJson(json))).isEqualTo(json);
  }
}
