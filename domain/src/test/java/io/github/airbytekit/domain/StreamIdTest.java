package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamIdTest {

  @Test
  void aNullAndAnEmptyNamespaceAreTheSameStream() {
    assertThat(StreamId.of("users", null)).isEqualTo(StreamId.of("users", "")).hasSameHashCodeAs(StreamId.of("users", ""));
    assertThat(StreamId.of("users", "").getNamespace()).isNull();
  }

  @Test
  void namesAndNamespacesAreComparedExactly() {
    assertThat(StreamId.of("users", "public")).isNotEqualTo(StreamId.of("users", null));
    assertThat(StreamId.of("users", "public")).isNotEqualTo(StreamId.of("Users", "public"));
    assertThat(StreamId.of("users", "public")).isNotEqualTo(StreamId.of("users", "Public"));
    assertThat(Set.of(StreamId.of("a", "x"), StreamId.of("a", null))).hasSize(2);
  }

  @Test
  void theDisplayNameJoinsNamespaceAndNameWithADot() {
    assertThat(StreamId.of("users", "public").displayName()).isEqualTo("public.users");
    assertThat(StreamId.of("users", "").displayName()).isEqualTo("users");
    assertThat(StreamId.of("users", null)).hasToString("users");
  }

  @Test
  void everyStreamCarryingTypeUsesTheSameIdentity() {
    StreamId id = StreamId.of("users", null);
    StreamDescriptor emptyNamespace = StreamDescriptor.of("users", "");

    assertThat(emptyNamespace.id()).isEqualTo(id);
    assertThat(StreamState.builder().streamDescriptor(emptyNamespace).build().id()).isEqualTo(id);
    assertThat(AirbyteStreamState.builder().streamDescriptor(emptyNamespace).build().id()).isEqualTo(id);
    CatalogStream stream = CatalogStream.builder().name("users").namespace("").build();
    assertThat(stream.id()).isEqualTo(id);
    assertThat(SyncCatalogEntry.builder().stream(stream).config(StreamConfig.builder().namespace("dest").build())
        .build().id()).as("the destination namespace of the config is not the stream's").isEqualTo(id);
    assertThat(StreamConfiguration.of("users", "").id()).isEqualTo(id);
    AirbyteStream protocol = AirbyteStream.builder().name("users").build();
    assertThat(protocol.id()).isEqualTo(id);
    assertThat(ConfiguredAirbyteStream.builder().stream(protocol).build().id()).isEqualTo(id);
  }

  @Test
  void descriptorMatchingFollowsTheSameRule() {
    assertThat(StreamDescriptor.of("users", null).matches("users", "")).isTrue();
    assertThat(StreamDescriptor.of("users", "public").matches("users", null)).isFalse();
    // The descriptor keeps what it was given.
    assertThat(StreamDescriptor.of("users", "").getNamespace()).isEqualTo("");
  }
}
