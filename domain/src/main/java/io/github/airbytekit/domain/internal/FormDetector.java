package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.domain.JsonForm;
import java.io.IOException;

/** Strict form detection by a look-ahead scan of a document's keys; values are skipped, never built. */
public final class FormDetector {
  private FormDetector() {}

  /** What a state document is. */
  public enum StateShape {
    CONFIG_OBJECT,
    PROTOCOL_OBJECT,
    PROTOCOL_ARRAY
  }

  public static JsonForm stateForm(ByteIn reader) throws IOException {
    return stateShape(reader) == StateShape.CONFIG_OBJECT ? JsonForm.CONFIG_API : JsonForm.PROTOCOL;
  }

  public static StateShape stateShape(ByteIn reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          throw Reads.wrongType(reader, "a protocol state message (an object with type STREAM, GLOBAL or LEGACY)");
        }
        String path = reader.getPath();
        reader.beginObject();
        boolean typed = false;
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (name.equals("type")) {
            String type = reader.peek() == JsonReader.Token.STRING ? reader.nextString() : null;
            if (type == null || !(type.equals("STREAM") || type.equals("GLOBAL") || type.equals("LEGACY"))) {
              throw Reads.error(path + ".type", "must be STREAM, GLOBAL or LEGACY in a list of protocol state messages");
            }
            typed = true;
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        if (!typed) {
          throw Reads.error(path + ".type", "is required: every item of a state list must be a protocol state message"
              + " with type STREAM, GLOBAL or LEGACY");
        }
      }
      reader.endArray();
      return StateShape.PROTOCOL_ARRAY;
    }
    if (token != JsonReader.Token.BEGIN_OBJECT) {
      throw Reads.wrongType(reader, "an object (Config API state or a protocol message) or an array of messages");
    }
    reader.beginObject();
    boolean stateType = false;
    boolean type = false;
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("stateType")) {
        stateType = true;
      } else if (name.equals("type")) {
        type = true;
      }
      reader.skipValue();
    }
    if (stateType && type) {
      throw Reads.error("$", "is ambiguous: it has both stateType (Config API state) and type (protocol state message)");
    }
    if (stateType) {
      return StateShape.CONFIG_OBJECT;
    }
    if (type) {
      return StateShape.PROTOCOL_OBJECT;
    }
    throw Reads.error("$", "is neither Config API state (no stateType) nor a protocol state message (no type)");
  }

  public static JsonForm catalogForm(ByteIn reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw Reads.wrongType(reader, "an object");
    }
    reader.beginObject();
    JsonForm form = null;
    String firstPath = null;
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!name.equals("streams") || reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        reader.skipValue();
        continue;
      }
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          throw Reads.wrongType(reader, "an object");
        }
        String path = reader.getPath();
        JsonForm entry = entryForm(reader, path);
        if (form == null) {
          form = entry;
          firstPath = path;
        } else if (form != entry) {
          throw Reads.error(path, "is in " + describe(entry) + " but " + firstPath + " is in " + describe(form));
        }
      }
      reader.endArray();
    }
    reader.endObject();
    return form == null ? JsonForm.CONFIG_API : form;
  }

  private static JsonForm entryForm(ByteIn reader, String path) throws IOException {
    reader.beginObject();
    boolean config = false;
    boolean protocol = false;
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("config")) {
        config = true;
      } else if (name.equals("sync_mode") || name.equals("destination_sync_mode")) {
        protocol = true;
      }
      reader.skipValue();
    }
    reader.endObject();
    if (config && protocol) {
      throw Reads.error(path, "is ambiguous: it has both config (Config API form) and sync_mode or"
          + " destination_sync_mode (protocol form)");
    }
    if (!config && !protocol) {
      throw Reads.error(path, "is neither a Config API entry (no config) nor a protocol stream (no sync_mode or"
          + " destination_sync_mode)");
    }
    return config ? JsonForm.CONFIG_API : JsonForm.PROTOCOL;
  }

  private static String describe(JsonForm form) {
    return form == JsonForm.CONFIG_API ? "Config API form" : "protocol form";
  }
}
