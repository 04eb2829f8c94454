package io.github.airbytekit.connections.internal.restore;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.airbytekit.connections.AirbyteInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okio.Okio;

/**
 * A restore's mapping file: one JSON object from snapshot connection id or name to target connection id. Every
 * problem names the file and the JSON path; a file with a problem maps nothing.
 */
public final class MappingFile {
  private MappingFile() {}

  /** Reads {@code file}; see the class comment. */
  public static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AirbyteInputException("Cannot read the mapping file " + file + ": no such file.");
    }
    try (JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(file)))) {
      Map<String, String> mapping = new LinkedHashMap<>();
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw problem(file, "$", "expected an object {\"<snapshot connection id or name>\": \"<target"
            + " connection id>\"}, was " + token(reader));
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String key = reader.nextName();
        String path = reader.getPath();
        if (reader.peek() != JsonReader.Token.STRING) {
          throw problem(file, path, "expected a target connection id (a string), was " + token(reader));
        }
        String target = reader.nextString().trim();
        if (key.isBlank()) {
          throw problem(file, path, "the snapshot connection id or name must not be blank");
        }
        if (!isUuid(target)) {
          throw problem(file, path, "'" + target + "' is not a connection id (a UUID)");
        }
        if (mapping.put(key.trim(), target) != null) {
          throw problem(file, path, "'" + key.trim() + "' is mapped twice");
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw problem(file, "$", "more than one JSON value");
      }
      return mapping;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new AirbyteInputException("Cannot read the mapping file " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new AirbyteInputException("Cannot read the mapping file " + file + ": " + e, e);
    }
  }

  private static String token(JsonReader reader) throws IOException {
    return reader.peek().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return text.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static AirbyteInputException problem(Path file, String path, String what) {
    return new AirbyteInputException("Mapping file " + file + " at " + path + ": " + what + ". Nothing was"
        + " restored.");
  }
}
