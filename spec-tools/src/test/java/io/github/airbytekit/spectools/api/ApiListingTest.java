package io.github.airbytekit.spectools.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.spectools.api.sample.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiListingTest {
  private static String sampleListing() throws Exception {
    Path classes = Paths.get(Sample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ApiListing.of(classes, Set.of(Sample.class.getPackageName())).render(Sample.class.getClassLoader());
  }

  @Test
  void aListingShowsAccessibleTypesAndMembersWithTheirNullness() throws Exception {
    assertThat(sampleListing()).isEqualTo(""
        + "public final class io.github.airbytekit.spectools.api.sample.Sample implements"
        + " java.lang.Comparable<io.github.airbytekit.spectools.api.sample.Sample> {\n"
        + "  public static final java.lang.String CONSTANT\n"
        + "  public <init>()\n"
        + "  public int compareTo(io.github.airbytekit.spectools.api.sample.Sample)\n"
        + "  protected <T extends java.lang.Number> T first(T[])\n"
        + "  public java.lang.String inherited()\n"
        + "  public @Nullable java.lang.String maybe(java.util.List<@Nullable java.lang.String>, java.lang.String...)\n"
        + "  @Deprecated public void old()\n"
        + "}\n"
        + "\n"
        + "public interface io.github.airbytekit.spectools.api.sample.Sample.Listener {\n"
        + "  public void on(java.lang.String @Nullable[])\n"
        + "}\n");
  }

  @Test
  void aDifferenceNamesTheLinesAndHowToAcceptThem(@TempDir Path dir) throws Exception {
    Path committed = dir.resolve("sample.api");
    String listing = sampleListing();
    Files.writeString(committed, listing.replace("  public java.lang.String inherited()\n", "")
        .replace("public void old()", "public void older()"));

    assertThatThrownBy(() -> ApiListingCheck.assertUpToDate(listing, committed))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Comparable<io.github.airbytekit.spectools.api.sample.Sample> :: @Deprecated public"
            + " void older()\n+ ")
        .hasMessageContaining("+ public final class io.github.airbytekit.spectools.api.sample.Sample implements"
            + " java.lang.Comparable<io.github.airbytekit.spectools.api.sample.Sample> :: public java.lang.String"
            + " inherited()")
        .hasMessageContaining("-Dairbytekit.updateApi=true");
  }

  @Test
  void theUpdatePropertyWritesTheListing(@TempDir Path dir) throws Exception {
    Path committed = dir.resolve("api/sample.api");
    String listing = sampleListing();
    System.setProperty(ApiListingCheck.UPDATE, "true");
    try {
      ApiListingCheck.assertUpToDate(listing, committed);
    } finally {
      System.clearProperty(ApiListingCheck.UPDATE);
    }

    assertThat(Files.readString(committed)).isEqualTo(listing);
    ApiListingCheck.assertUpToDate(listing, committed);
  }

  @Test
  void aModuleListsWhatItsDescriptorExportsToEveryone() throws Exception {
    Path classes = Paths.get(Sample.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThatThrownBy(() -> ApiListing.ofModule(classes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No module descriptor in ");
  }
}
