package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenValueTest {

  @Test
  void knownWireValuesReturnTheCanonicalConstants() {
    assertThat(SyncMode.of("incremental")).isSameAs(SyncMode.INCREMENTAL);
    assertThat(StateType.of("not_set")).isSameAs(StateType.NOT_SET);
    assertThat(SyncMode.INCREMENTAL.isKnown()).isTrue();
  }

  @Test
  void anUnknownValueKeepsItsExactTextAndIsNotKnown() {
    SyncMode later = SyncMode.of("Resumable_Full ");

    assertThat(later.isKnown()).isFalse();
    assertThat(later.wireValue()).isEqualTo("Resumable_Full ");
    assertThat(later.toString()).isEqualTo("Resumable_Full ");
  }

  @Test
  void matchingIsExactAndCaseSensitive() {
    assertThat(SyncMode.of("INCREMENTAL").isKnown()).isFalse();
    assertThat(SyncMode.of("INCREMENTAL")).isNotEqualTo(SyncMode.INCREMENTAL);
  }

  @Test
  void valuesAreEqualByConcreteClassAndWireValue() {
    assertThat(SyncMode.of("x")).isEqualTo(SyncMode.of("x")).hasSameHashCodeAs(SyncMode.of("x"));
    assertThat(SyncMode.of("x")).isNotEqualTo(DestinationSyncMode.of("x"));
    // Same wire value in two types: equal text, different values.
    assertThat(StateType.of("global")).isNotEqualTo(AirbyteStateType.of("global"));
  }

  @Test
  void aSubclassNeedsOnlyTheProtectedConstructorAndLookup() {
    assertThat(Color.of("red")).isSameAs(Color.RED);
    assertThat(Color.of("mauve").isKnown()).isFalse();
    assertThat(Color.of("mauve")).isEqualTo(Color.of("mauve"));
  }

  @Test
  void nullWireValuesAreRefused() {
    assertThatThrownBy(() -> SyncMode.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void wireValueOfMapsNullToNull() {
    assertThat(OpenValue.wireValueOf(null)).isNull();
    assertThat(OpenValue.wireValueOf(DestinationSyncMode.APPEND_DEDUP)).isEqualTo("append_dedup");
  }

  /** The shape of an open value defined elsewhere (the generated api-client values look like this). */
  static final class Color extends OpenValue {
    static final Color RED = new Color("red", true);
    private static final List<Color> KNOWN = List.of(RED);

    private Color(String wireValue, boolean known) {
      super(wireValue, known);
    }

    static Color of(String wireValue) {
      return lookup(KNOWN, wireValue, v -> new Color(v, false));
    }
  }
}
