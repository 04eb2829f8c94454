package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allow-list: narrow, exact, reasoned. */
class AllowListTest {

  @Test
  void builtInEntriesAreNarrowAndExplained() {
    List<AllowList.Entry> entries = AllowList.load(AllowList.BUILT_IN).entries();
    assertThat(entries).isNotEmpty().allSatisfy(e -> {
      assertThat(e.where()).contains(" → ");
      assertThat(e.reason()).hasSizeGreaterThan(20);
    });
  }

  @Test
  void anEntryMatchesOnlyItsApiKindAndWhere() {
    Finding finding = new Finding("public", Severity.BREAKING, FindingKind.FIELD_MISSING, "POST /x → request → X.a", "gone", null);
    AllowList list = AllowList.of(List.of(new AllowList.Entry("public", FindingKind.FIELD_MISSING, "POST /x → request → X.a", "why")));
    assertThat(list.apply(List.of(finding), Set.of("public"))).singleElement()
        .satisfies(f -> {
          assertThat(f.allowedBecause()).isEqualTo("why");
          assertThat(f.isBreaking()).isFalse();
        });
    Finding otherKind = new Finding("public", Severity.BREAKING, FindingKind.TYPE_CHANGED, "POST /x → request → X.a", "t", null);
    Finding otherApi = new Finding("config", Severity.BREAKING, FindingKind.FIELD_MISSING, "POST /x → request → X.a", "t", null);
    assertThat(list.apply(List.of(otherKind, otherApi), Set.of("public", "config")))
        .filteredOn(Finding::isBreaking).hasSize(2);
  }

  @Test
  void incompleteEntriesAreRejectedWithTheirIndex(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("allow.yaml"),
        "allow:\n  - {api: public, kind: FIELD_MISSING, where: 'GET /a'}\n");
    assertThatThrownBy(() -> AllowList.load(file.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("allow[0].reason is missing");
    Path badKind = Files.writeString(dir.resolve("kind.yaml"),
        "allow:\n  - {api: public, kind: GONE, where: 'GET /a', reason: r}\n");
    assertThatThrownBy(() -> AllowList.load(badKind.toString()))
        .hasMessageContaining("allow[0].kind 'GONE' is not a finding kind");
  }
}
