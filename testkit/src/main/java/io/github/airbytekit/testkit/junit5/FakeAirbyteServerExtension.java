package io.github.airbytekit.testkit.junit5;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension owning a {@link FakeAirbyteServer}: one server per test class (or per test
 * when registered on an instance field), reset before each test, closed by JUnit through the
 * extension context store. Parameters of type {@code FakeAirbyteServer} are injected.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeAirbyteServerExtension airbyte =
 *     FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());
 *
 * @Test
 * void listsConnections() {
 *   var client = myClient(airbyte.server().apiRoot(), airbyte.server().clientId(), airbyte.server().clientSecret());
 * }
 * }</pre>
 *
 * <p>Tests of one class share the server, so run them sequentially (the JUnit default).
 */
public final class FakeAirbyteServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeAirbyteServerExtension.class);

  private final FakeAirbyteServer.Builder builder;
  private volatile @Nullable FakeAirbyteServer current;

  /**
   * Used by {@code @ExtendWith} and {@link FakeAirbyteTest}: default options.
   */
  public FakeAirbyteServerExtension() {
    this(FakeAirbyteServer.builder());
  }

  private FakeAirbyteServerExtension(FakeAirbyteServer.Builder builder) {
    this.builder = builder;
  }

  /**
   * Returns an extension with default options, for {@code @RegisterExtension}.
   *
   * @return a new extension
   */
  public static FakeAirbyteServerExtension create() {
    return new FakeAirbyteServerExtension();
  }

  /**
   * Returns an extension whose servers are built by {@code builder} (its initial seeds are
   * re-applied at every reset).
   *
   * @param builder the options of the servers to start
   * @return a new extension
   */
  public static FakeAirbyteServerExtension create(FakeAirbyteServer.Builder builder) {
    return new FakeAirbyteServerExtension(Objects.requireNonNull(builder, "builder == null"));
  }

  /**
   * Returns the running server.
   *
   * @throws IllegalStateException outside a test of the class that registered this extension
   * @return the running server
   */
  public FakeAirbyteServer server() {
    FakeAirbyteServer server = current;
    if (server == null) {
      throw new IllegalStateException("the fake Airbyte server runs only while the tests run");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    current = serverFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeAirbyteServer server = lookup(context);
    if (server == null) {
      // Registered on an instance field: beforeAll did not run, so the server lives per test.
      server = serverFor(context);
    } else {
      server.reset();
    }
    current = server;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    current = null;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.getParameter().getType() == FakeAirbyteServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    FakeAirbyteServer server = lookup(context);
    return server != null ? server : serverFor(context);
  }

  private @Nullable FakeAirbyteServer lookup(ExtensionContext context) {
    ServerResource resource = context.getStore(NAMESPACE).get(key(), ServerResource.class);
    return resource == null ? null : resource.server;
  }

  private FakeAirbyteServer serverFor(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key(), k -> new ServerResource(builder.build()), ServerResource.class)
        .server;
  }

  private String key() {
    // One server per extension instance, so two registered extensions get two servers.
    return "server@" + System.identityHashCode(this);
  }

  /**
   * Lets JUnit close the server when the owning context ends: JUnit 5.13+ closes AutoCloseable
   * values, older versions CloseableResource ones.
   */
  @SuppressWarnings("deprecation")
  private static final class ServerResource
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final FakeAirbyteServer server;

    ServerResource(FakeAirbyteServer server) {
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
