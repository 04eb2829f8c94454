package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.airbytekit.domain.AirbyteDataException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for HTTP bodies: the domain values of a document (the whole document, or members of its top-level
 * object) read by the byte reader before Moshi sees the document, so that Moshi never scans their bytes.
 *
 * <p>The api-client's response converter makes a {@link Plan} once per endpoint, reads each body with it, hands
 * Moshi the {@link #remainder()} (each value read here, and each top-level property the type does not have,
 * replaced by a {@code 0}) and puts this object on Moshi's
 * reader as a tag: the domain adapter then returns the value read here for the path of the placeholder. Paths in
 * errors are the same as on Moshi's path ({@code $.syncCatalog.streams[3].config.syncMode}).
 */
public final class PreRead {
  private static final byte[] PLACEHOLDER = {'0'};

  private final byte[] remainder;
  private final Map<String, Object> values;

  private PreRead(byte[] remainder, Map<String, Object> values) {
    this.remainder = remainder;
    this.values = values;
  }

  /** The document for Moshi: the original bytes with every value read here replaced by {@code 0}. */
  public byte[] remainder() {
    return remainder;
  }

  /** The value read here for the Moshi path {@code path}, or null if that value was not read here. */
  @Nullable Object valueAt(String path) {
    return values.get(path);
  }

  /** What to read with the byte reader: the document itself or some of its top-level members. */
  public static final class Plan {
    private final Reads.@Nullable Item<?> root;
    private final Map<String, Reads.Item<?>> members;
    private final Set<String> known;

    private Plan(Reads.@Nullable Item<?> root, Map<String, Reads.Item<?>> members, Set<String> known) {
      this.root = root;
      this.members = members;
      this.known = known;
    }

    /**
     * The plan for a document of one type: {@code document} is the Moshi adapter of the document's type,
     * {@code members} those of all its top-level properties by wire name. Top-level properties the type does not
     * have are cut out too (Moshi would skip them, with its nesting limit of 255).
     *
     * @return the plan, or null if no adapter among them is a domain adapter (nothing to gain)
     */
    public static @Nullable Plan of(JsonAdapter<?> document, Map<String, JsonAdapter<?>> members) {
      Reads.Item<?> root = itemOf(document);
      Map<String, Reads.Item<?>> items = new HashMap<>();
      if (root == null) {
        members.forEach((name, adapter) -> {
          Reads.Item<?> item = itemOf(adapter);
          if (item != null) {
            items.put(name, item);
          }
        });
        if (items.isEmpty()) {
          return null;
        }
      }
      return new Plan(root, Map.copyOf(items), Set.copyOf(members.keySet()));
    }

    private static Reads.@Nullable Item<?> itemOf(JsonAdapter<?> adapter) {
      return adapter instanceof DomainAdapterFactory.Adapter ? ((DomainAdapterFactory.Adapter<?>) adapter).reader
          : null;
    }

    /**
     * Reads the planned values of {@code document}.
     *
     * @return the values and the remainder, or null when the document does not fit the plan (malformed, not an
     *     object, a repeated member, a value the domain refuses): the caller then parses it on Moshi's path, which
     *     reports the problem as it always has
     */
    public @Nullable PreRead read(byte[] document) {
      ByteIn in = new ByteIn(document);
      try {
        return root != null ? readRoot(in) : readMembers(in, document);
      } catch (AirbyteDataException e) {
        return null;
      } catch (IOException e) {
        throw new AssertionError(e); // ByteIn reads memory
      }
    }

    private @Nullable PreRead readRoot(ByteIn in) throws IOException {
      if (in.peek() == JsonReader.Token.NULL) {
        return null;
      }
      Object value = root.read(in);
      in.peek(); // only whitespace may follow
      return new PreRead(PLACEHOLDER, Map.of("$", value));
    }

    private @Nullable PreRead readMembers(ByteIn in, byte[] document) throws IOException {
      if (in.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      int[] cuts = new int[8]; // start and end offsets of the values read here
      int cut = 0;
      int removed = 0;
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        Reads.Item<?> item = members.get(name);
        boolean unknown = !known.contains(name);
        if ((item == null && !unknown) || in.peek() == JsonReader.Token.NULL) {
          in.skipValue();
          continue;
        }
        int start = in.offset();
        if (unknown) {
          in.skipValue();
        } else if (values.put("$." + name, item.read(in)) != null) {
          return null; // a repeated member: Moshi's rule applies
        }
        if (cut == cuts.length) {
          cuts = java.util.Arrays.copyOf(cuts, cut * 2);
        }
        cuts[cut++] = start;
        cuts[cut++] = in.offset();
        removed += in.offset() - start - PLACEHOLDER.length;
      }
      in.endObject();
      in.peek(); // only whitespace may follow
      if (cut == 0) {
        return null;
      }
      return new PreRead(cutOut(document, cuts, cut, removed), values);
    }

    private static byte[] cutOut(byte[] document, int[] cuts, int count, int removed) {
      byte[] out = new byte[document.length - removed];
      int from = 0;
      int to = 0;
      for (int i = 0; i < count; i += 2) {
        int length = cuts[i] - from;
        System.arraycopy(document, from, out, to, length);
        to += length;
        out[to++] = PLACEHOLDER[0];
        from = cuts[i + 1];
      }
      System.arraycopy(document, from, out, to, document.length - from);
      return out;
    }
  }
}
