package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.SeedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in {@code demo} data set and its well-known ids: one workspace (the default), three
 * sources, one destination and four connections covering each kind of saved state.
 *
 * <ul>
 *   <li>{@link #STREAM_CONNECTION_ID}: Stripe to BigQuery, per-stream state ({@code stateType
 *       stream}), daily cron, two succeeded syncs.
 *   <li>{@link #GLOBAL_CONNECTION_ID}: Postgres CDC to BigQuery, global state with a CDC-style
 *       {@code shared_state} (LSN), hourly cron, one succeeded and one failed sync.
 *   <li>{@link #LEGACY_CONNECTION_ID}: MySQL to BigQuery with a legacy state blob, basic schedule.
 *   <li>{@link #NEVER_SYNCED_CONNECTION_ID}: Faker to BigQuery, manual, no state, no jobs.
 * </ul>
 *
 * <pre>{@code
 * server.seedDemo();
 * server.jobs().script(DemoSeed.STREAM_CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
 * }</pre>
 */
public final class DemoSeed {
  /** The default workspace, also used when no demo is seeded. */
  public static final String WORKSPACE_ID = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  /** Source {@code Stripe} (type {@code stripe}). */
  public static final String STRIPE_SOURCE_ID = "8c1f2e3d-4b5a-4c6d-9e7f-0a1b2c3d4e51";

  /** Source {@code Shop Postgres} (type {@code postgres}, CDC). */
  public static final String POSTGRES_SOURCE_ID = "8c1f2e3d-4b5a-4c6d-9e7f-0a1b2c3d4e52";

  /** Source {@code Legacy MySQL} (type {@code mysql}). */
  public static final String MYSQL_SOURCE_ID = "8c1f2e3d-4b5a-4c6d-9e7f-0a1b2c3d4e53";

  /** Source {@code Sample Data} (type {@code faker}). */
  public static final String FAKER_SOURCE_ID = "8c1f2e3d-4b5a-4c6d-9e7f-0a1b2c3d4e54";

  /** Destination {@code Warehouse} (type {@code bigquery}). */
  public static final String BIGQUERY_DESTINATION_ID = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f71";

  /** Connection with per-stream state (streams {@code charges}, {@code customers}). */
  public static final String STREAM_CONNECTION_ID = "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a41";

  /** Connection with global (CDC) state: {@code shared_state} plus {@code public.orders}, {@code public.customers}. */
  public static final String GLOBAL_CONNECTION_ID = "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a42";

  /** Connection with a legacy state blob. */
  public static final String LEGACY_CONNECTION_ID = "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a43";

  /** Connection that never ran: state {@code not_set}, no jobs. */
  public static final String NEVER_SYNCED_CONNECTION_ID = "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a44";

  private DemoSeed() {}

  static void apply(Seeder seeder) {
    SeedFile.applyJson(json(), seeder);
  }

  /**
   * The demo seed as a seed-file JSON document (the format {@link FakeAirbyteServer#seedFrom} reads).
   *
   * @return the seed document
   */
  public static String json() {
    try (InputStream in = DemoSeed.class.getResourceAsStream("demo-seed.json")) {
      if (in == null) {
        throw new IllegalStateException("demo-seed.json is missing from the testkit jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
