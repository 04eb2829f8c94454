package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles of the version fixtures: what each version guarantees, under our schema and operation names. */
class ProfileGeneratorTest {
  private static final SortedMap<String, String> FILES = VersionFixtures.generate();

  @SuppressWarnings("unchecked") // the parsed JSON is a tree of plain maps and lists
  private static Map<String, Object> schema(String version, String name) {
    Map<String, Object> schemas = (Map<String, Object>) VersionFixtures.parse(FILES.get("airbyte-" + version + ".json"))
        .get("schemas");
    return (Map<String, Object>) ((Map<String, Object>) schemas.get("public")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> operation(String version, String id) {
    Map<String, Object> operations = (Map<String, Object>) VersionFixtures.parse(FILES.get("airbyte-" + version + ".json"))
        .get("operations");
    return (Map<String, Object>) ((Map<String, Object>) operations.get("public")).get(id);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> property(String version, String schema, String property) {
    return (Map<String, Object>) ((Map<String, Object>) schema(version, schema).get("properties")).get(property);
  }

  @Test
  void onePerVersionPlusTheIndex() {
    assertThat(FILES.keySet())
        .containsExactly("airbyte-1.10.0.json", "airbyte-1.2.0.json", "airbyte-latest.json", "versions.json");
  }

  @Test
  void aPropertyTheVersionLacksIsMissingAndTheRequiredListHasOnlyPropertiesBothDeclare() {
    // upstream also requires 'legacy' (not ours) and 'ghost' (not a property at all)
    assertThat(schema("1.2.0", "Thing"))
        .containsEntry("required", List.of("id", "name", "status"))
        .containsEntry("missing", List.of("label"));
    assertThat((Map<String, Object>) schema("1.2.0", "Thing").get("properties")).doesNotContainKeys("label", "legacy");
    assertThat(schema("latest", "Thing")).doesNotContainKey("missing");
    assertThat(schema("1.10.0", "Thing")).containsEntry("required", List.of("id", "status"));
  }

  @Test
  void nestedSchemasAreRecordedUnderOurNamesWhateverUpstreamCallsThem() {
    // v1.2.0 names the thing UpThing and declares the owner inline
    assertThat(schema("1.2.0", "Owner"))
        .containsEntry("required", List.of("ownerId"))
        .containsEntry("missing", List.of("email"));
    assertThat(property("1.2.0", "Thing", "owner")).isEqualTo(Map.of("ref", "Owner"));
    assertThat(property("1.2.0", "ThingList", "data")).isEqualTo(Map.of("array", Map.of("ref", "Thing")));
  }

  @Test
  void arraysMapsAndFreeFormValuesKeepTheirShape() {
    assertThat(property("1.2.0", "Thing", "keys")).isEqualTo(Map.of("array", Map.of("array", Map.of("type", "string"))));
    assertThat(property("1.2.0", "Thing", "counts")).isEqualTo(Map.of("map", Map.of("type", "integer")));
    assertThat(property("1.2.0", "Thing", "settings")).isEqualTo(Map.of("free", true));
  }

  @Test
  void aScalarHasTheTypeTheVersionDeclares() {
    assertThat(property("1.2.0", "Thing", "size")).isEqualTo(Map.of("type", "integer"));
    assertThat(property("latest", "Thing", "size")).isEqualTo(Map.of("type", "string"));
  }

  @Test
  void aStringHasTheFormatBothTheVersionAndWeDeclareInLowerCase() {
    assertThat(property("latest", "Thing", "id")).isEqualTo(Map.of("type", "string", "format", "uuid"));
    assertThat(property("1.2.0", "Thing", "id")).isEqualTo(Map.of("type", "string", "format", "uuid")); // UUID upstream
    assertThat(property("1.2.0", "Thing", "name")).isEqualTo(Map.of("type", "string"));
  }

  @Test
  void anEnumListsTheVersionsValuesInItsOrderAndTheValuesWeAdded() {
    assertThat(schema("1.2.0", "Status")).isEqualTo(Map.of("enum", List.of("active", "paused"), "added", List.of("locked")));
    assertThat(schema("latest", "Status")).isEqualTo(Map.of("enum", List.of("active", "paused", "locked", "retired")));
  }

  @Test
  void aSchemaTheVersionDoesNotHaveAnywhereIsAbsent() {
    assertThat(schema("1.2.0", "Label")).isEqualTo(Map.of("absent", true));
    assertThat(schema("1.2.0", "Receipt")).isEqualTo(Map.of("absent", true)); // only its operation returns it
    assertThat(schema("latest", "Label")).isEqualTo(Map.of("required", List.of("text"),
        "properties", Map.of("text", Map.of("type", "string"))));
  }

  @Test
  void everyOperationOfOursIsListedAndTheOnesTheVersionLacksDoNotExist() {
    assertThat(operation("1.2.0", "archiveThing"))
        .containsOnlyKeys("method", "path", "exists", "request", "response")
        .containsEntry("method", "DELETE")
        .containsEntry("path", "/things/{thingId}")
        .containsEntry("exists", false)
        .containsEntry("request", null)
        .containsEntry("response", "Receipt");
    assertThat(operation("latest", "archiveThing")).containsEntry("exists", true);
    assertThat(operation("1.2.0", "createThing"))
        .containsEntry("exists", true).containsEntry("request", "ThingCreate").containsEntry("response", "Thing");
  }

  @Test
  void variantsPairByNameOrElseByTheFieldsTheyShare() {
    assertThat(schema("1.2.0", "Logs")).isEqualTo(Map.of("oneOf", List.of(Map.of("ref", "LogLines"), Map.of("ref", "LogEvents"))));
    // upstream's UpLines shares 'lines' with our LogLines but requires nothing
    assertThat(schema("1.2.0", "LogLines")).containsEntry("required", List.of());
    assertThat(schema("1.2.0", "LogEvents")).containsEntry("required", List.of("events"));
  }

  @Test
  void behaviourAndVersionFactsComeFromTheOverlay() {
    Map<String, Object> old = VersionFixtures.parse(FILES.get("airbyte-1.2.0.json"));
    assertThat(old)
        .containsEntry("version", "1.2.0")
        .containsEntry("released", "2024-01-02")
        .containsEntry("derivedFrom", "fixture v1.2.0")
        .containsEntry("behaviour", Map.of("jobListDefaultJobTypes", List.of("sync")));
    assertThat(VersionFixtures.parse(FILES.get("airbyte-latest.json")))
        .containsEntry("released", null)
        .containsEntry("behaviour", Map.of("jobListDefaultJobTypes", List.of("sync", "reset", "clear")));
  }

  @Test
  void theIndexListsTheVersionsInTheOverlaysOrder() {
    assertThat(VersionFixtures.parse(FILES.get("versions.json")).get("versions")).asList()
        .extracting(v -> ((Map<?, ?>) v).get("version") + " " + ((Map<?, ?>) v).get("file"))
        .containsExactly("1.2.0 airbyte-1.2.0.json", "1.10.0 airbyte-1.10.0.json", "latest airbyte-latest.json");
  }

  @Test
  void theOutputIsByteStableWithSortedKeysTwoSpaceIndentAndATrailingNewline() {
    assertThat(VersionFixtures.generate()).isEqualTo(FILES);
    String old = FILES.get("airbyte-1.2.0.json");
    assertThat(old)
        .startsWith("{\n  \"behaviour\": {\n    \"jobListDefaultJobTypes\": [\"sync\"]\n  },\n  \"derivedFrom\"")
        .contains("      \"Status\": {\n        \"added\": [\"locked\"],\n        \"enum\": [\"active\", \"paused\"]\n      },\n")
        .contains("      \"Label\": {\"absent\": true},\n")
        .endsWith("}\n")
        .doesNotContain("\t", "\r");
  }

  @Test
  void theOverlayMustGiveEveryBehaviourAValueForEveryVersion(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("behaviour.yaml"), Files.readString(VersionFixtures.overlay())
        .replace("    \"1.10.0\": [sync, reset]\n", ""));
    assertThatThrownBy(() -> BehaviourOverlay.load(overlay.toString()))
        .hasMessageContaining("behaviour jobListDefaultJobTypes has no value for version 1.10.0");
  }

  @Test
  void aVersionInTheDirectoryThatTheOverlayDoesNotListIsRefused(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("behaviour.yaml"), Files.readString(VersionFixtures.overlay())
        .replace("  - {version: \"1.10.0\", released: \"2024-06-01\", derivedFrom: \"fixture v1.10.0\"}\n", "")
        .replace("    \"1.10.0\": [sync, reset]\n", ""));
    assertThatThrownBy(() -> ProfileGenerator.generate(VersionFixtures.upstream(), BehaviourOverlay.load(overlay.toString()),
            Map.of("public", OpenApiDocument.load(VersionFixtures.ours().toString()))))
        .hasMessageContaining("has documents for 1.10.0, which")
        .hasMessageContaining("does not list");
  }

  @Test
  void writingReplacesChangedFilesDeletesStaleProfilesAndKeepsTheOverlay(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("behaviour.yaml"), "kept");
    Files.writeString(dir.resolve("airbyte-0.9.0.json"), "{}\n");
    Files.writeString(dir.resolve("airbyte-latest.json"), "{}\n");
    assertThat(ProfileGenerator.differences(FILES, dir)).containsExactly(
        "airbyte-1.10.0.json: missing",
        "airbyte-1.2.0.json: missing",
        "airbyte-latest.json: differs at line 1: committed `{}`, generated `{`",
        "versions.json: missing",
        "airbyte-0.9.0.json: no longer generated (stale)");

    assertThat(ProfileGenerator.write(FILES, dir)).contains("airbyte-0.9.0.json", "airbyte-latest.json");
    assertThat(ProfileGenerator.differences(FILES, dir)).isEmpty();
    assertThat(ProfileGenerator.write(FILES, dir)).isEmpty();
    assertThat(dir.resolve("airbyte-0.9.0.json")).doesNotExist();
    assertThat(dir.resolve("behaviour.yaml")).hasContent("kept");
  }
}
