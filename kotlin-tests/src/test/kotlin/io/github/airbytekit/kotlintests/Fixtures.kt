package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.PollPolicy
import io.github.airbytekit.connections.RetryPolicy
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.domain.CatalogStream
import io.github.airbytekit.domain.ConnectionState
import io.github.airbytekit.domain.DestinationSyncMode
import io.github.airbytekit.domain.RawJson
import io.github.airbytekit.domain.StateType
import io.github.airbytekit.domain.StreamConfig
import io.github.airbytekit.domain.StreamDescriptor
import io.github.airbytekit.domain.StreamState
import io.github.airbytekit.domain.SyncCatalog
import io.github.airbytekit.domain.SyncCatalogEntry
import io.github.airbytekit.domain.SyncMode
import io.github.airbytekit.testkit.FakeAirbyteServer
import java.time.Duration

/** Ids and builders shared by the Kotlin tests; everything here is plain public API. */
internal object Fixtures {
    const val CONNECTION_ID = "0c0c0c0c-0000-4000-8000-00000000c071"
    const val SOURCE_ID = "50505050-0000-4000-8000-00000000c071"
    const val DESTINATION_ID = "de5de5de-0000-4000-8000-00000000c071"
    const val OTHER_WORKSPACE_ID = "0ddba11a-0000-4000-8000-00000000c071"

    @JvmField val USERS_CURSOR: RawJson = RawJson.of("""{"cursor":"2024-05-01T00:00:00Z"}""")
    @JvmField val ORDERS_CURSOR: RawJson = RawJson.of("""{"cursor":1042}""")

    /** Polls and retries in milliseconds, so the fake's jobs finish fast. */
    val FAST_POLLS: PollPolicy =
        PollPolicy.builder().initialInterval(Duration.ofMillis(10)).maxInterval(Duration.ofMillis(40)).build()
    val FAST_RETRIES: RetryPolicy =
        RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20)).build()

    fun workspaceBuilder(airbyte: FakeAirbyteServer): CloudWorkspace.Builder =
        CloudWorkspace.builder()
            .workspaceId(airbyte.workspaceId())
            .clientCredentials(airbyte.clientId(), Secret.of(airbyte.clientSecret()))
            .apiRoot(airbyte.apiRoot())
            .configApiRoot(airbyte.configApiRoot())
            .pollPolicy(FAST_POLLS)
            .retryPolicy(FAST_RETRIES)

    fun workspace(airbyte: FakeAirbyteServer): CloudWorkspace = workspaceBuilder(airbyte).build()

    /** users (public, incremental) and orders (public, full refresh) selected; events not selected. */
    @JvmStatic fun catalog(): SyncCatalog =
        SyncCatalog.builder()
            .addStreams(entry("users", "public", SyncMode.INCREMENTAL, DestinationSyncMode.APPEND_DEDUP, selected = true))
            .addStreams(entry("orders", "public", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE, selected = true))
            .addStreams(entry("events", null, SyncMode.FULL_REFRESH, DestinationSyncMode.APPEND, selected = false))
            .build()

    private fun entry(
        name: String,
        namespace: String?,
        syncMode: SyncMode,
        destinationSyncMode: DestinationSyncMode,
        selected: Boolean,
    ): SyncCatalogEntry {
        val config = StreamConfig.builder().syncMode(syncMode).destinationSyncMode(destinationSyncMode).selected(selected)
        if (syncMode == SyncMode.INCREMENTAL) {
            config.cursorField(listOf("updated_at")).primaryKey(listOf(listOf("id")))
        }
        return SyncCatalogEntry.builder()
            .stream(
                CatalogStream.builder()
                    .name(name)
                    .namespace(namespace)
                    .jsonSchema(RawJson.of("""{"type":"object"}"""))
                    .supportedSyncModes(listOf(SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL))
                    .build(),
            )
            .config(config.build())
            .build()
    }

    /** A per-stream state of this connection: users and orders each with a cursor. */
    @JvmStatic fun streamState(): ConnectionState =
        ConnectionState.builder()
            .stateType(StateType.STREAM)
            .connectionId(CONNECTION_ID)
            .streamState(
                listOf(
                    StreamState.builder().streamDescriptor(StreamDescriptor.of("users", "public")).streamState(USERS_CURSOR).build(),
                    StreamState.builder().streamDescriptor(StreamDescriptor.of("orders", "public")).streamState(ORDERS_CURSOR).build(),
                ),
            )
            .build()

    /** Seeds the standard connection "nightly" with a catalog and a per-stream state. */
    fun seedConnection(airbyte: FakeAirbyteServer) {
        airbyte.seed()
            .source(SOURCE_ID, "Postgres", "postgres")
            .destination(DESTINATION_ID, "BigQuery", "bigquery")
            .connection(CONNECTION_ID) { c -> c.name("nightly").prefix("raw_").syncCatalog(catalog()).state(streamState()) }
    }
}
