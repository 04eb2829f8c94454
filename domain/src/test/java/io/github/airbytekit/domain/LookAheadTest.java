package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.internal.ByteIn;
import io.github.airbytekit.domain.internal.FormDetector;
import io.github.airbytekit.domain.internal.JsonSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The form look-ahead of {@code read…OfAnyForm} skips values by their brackets alone (the read that follows
 * validates the document, once): on well-formed JSON it finds the same ends as the validating scan, and a damaged
 * document fails with exactly the error the validating look-ahead gave.
 */
class LookAheadTest {
  private static final byte[] DAMAGE = "{}[]\",:\\1ex \u0000".getBytes(StandardCharsets.UTF_8);

  @Provide
  Arbitrary<Gen> gen() {
    return Arbitraries.randomValue(random -> new Gen(new Random(random.nextLong())));
  }

  @Property(tries = 500)
  void bracketsAloneFindTheEndOfEveryWellFormedValue(@ForAll("gen") Gen g) {
    String blob = g.blob().toJson();
    for (String text : List.of(blob, " \n\t" + blob + " ,1]", blob + "}")) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      assertThat(JsonSyntax.endOfValueByBrackets(b, 0)).as(text).isEqualTo(JsonSyntax.endOfValue(b, 0));
    }
  }

  @Test
  void bracketsInsideStringsAndEscapedQuotesDoNotCountAndAnUnfinishedValueEndsNowhere() {
    for (String text : List.of("{\"a]\":\"}\\\"[\"}", "[\"\\\\\",[{}]]", "\"x\\\"y\"", "-1.5e3", "true")) {
      byte[] b = (text + ",").getBytes(StandardCharsets.UTF_8);
      assertThat(JsonSyntax.endOfValueByBrackets(b, 0)).as(text).isEqualTo(text.length());
    }
    for (String text : List.of("{\"a\":[1,2}", "\"abc", "\"ab\\", "[[]", " ")) {
      assertThat(JsonSyntax.endOfValueByBrackets(text.getBytes(StandardCharsets.UTF_8), 0)).as(text).isEqualTo(-1);
    }
  }

  @Property(tries = 400)
  void aDamagedStateFailsOrReadsExactlyAsWithTheValidatingLookAhead(
      @ForAll("gen") Gen g, @ForAll @IntRange(max = 1_000_000) int where, @ForAll @IntRange(max = 2) int how,
      @ForAll @IntRange(max = 12) int what) {
    String text = how % 2 == what % 2
        ? AirbyteJson.connectionState().write(g.anyState())
        : AirbyteJson.stateMessages().write(g.convertibleMessages());
    byte[] damaged = damage(text.getBytes(StandardCharsets.UTF_8), where, how, what);

    assertThat(outcome(() -> AirbyteJson.readStateOfAnyForm(damaged, null)))
        .isEqualTo(outcome(() -> validatingLookAheadThenRead(damaged)));
  }

  @Property(tries = 300)
  void aDamagedCatalogFailsOrReadsExactlyAsWithTheValidatingLookAhead(
      @ForAll("gen") Gen g, @ForAll @IntRange(max = 1_000_000) int where, @ForAll @IntRange(max = 2) int how,
      @ForAll @IntRange(max = 12) int what) {
    String text = how % 2 == what % 2
        ? AirbyteJson.syncCatalog().write(g.syncCatalog(false))
        : AirbyteJson.configuredCatalog().write(g.configuredCatalog());
    byte[] damaged = damage(text.getBytes(StandardCharsets.UTF_8), where, how, what);

    assertThat(outcome(() -> AirbyteJson.readCatalogOfAnyForm(damaged)))
        .isEqualTo(outcome(() -> {
          JsonForm form = FormDetector.catalogForm(new ByteIn(damaged));
          return form == JsonForm.PROTOCOL ? CatalogConverter.fromProtocol(AirbyteJson.configuredCatalog().read(damaged))
              : AirbyteJson.syncCatalog().read(damaged);
        }));
  }

  /** What readStateOfAnyForm did before the look-ahead trusted brackets: a validating scan, then the read. */
  private static ConnectionState validatingLookAheadThenRead(byte[] doc) throws IOException {
    switch (FormDetector.stateShape(new ByteIn(doc))) {
      case CONFIG_OBJECT:
        return AirbyteJson.connectionState().read(doc);
      case PROTOCOL_OBJECT:
        return StateConverter.fromProtocol(List.of(AirbyteJson.stateMessage().read(doc)), null);
      default:
        return StateConverter.fromProtocol(AirbyteJson.stateMessages().read(doc), null);
    }
  }

  /** Replaces (how 0), deletes (1) or inserts (2) one byte. */
  private static byte[] damage(byte[] doc, int where, int how, int what) {
    int at = where % doc.length;
    byte c = DAMAGE[what % DAMAGE.length];
    if (how == 0) {
      byte[] copy = doc.clone();
      copy[at] = c;
      return copy;
    }
    byte[] copy = new byte[doc.length + (how == 1 ? -1 : 1)];
    System.arraycopy(doc, 0, copy, 0, at);
    if (how == 1) {
      System.arraycopy(doc, at + 1, copy, at, doc.length - at - 1);
    } else {
      copy[at] = c;
      System.arraycopy(doc, at, copy, at + 1, doc.length - at);
    }
    return copy;
  }

  private interface Read {
    Object read() throws IOException;
  }

  /** The value read, or the message of the failure. */
  private static Object outcome(Read read) {
    try {
      return read.read();
    } catch (AirbyteDataException e) {
      return "failure: " + e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
