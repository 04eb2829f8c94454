package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.CloudConnection
import io.github.airbytekit.domain.AirbyteJson
import io.github.airbytekit.domain.AirbyteStateMessage
import io.github.airbytekit.domain.AirbyteStateType
import io.github.airbytekit.domain.CatalogConverter
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog
import io.github.airbytekit.domain.ConnectionState
import io.github.airbytekit.domain.JsonForm
import io.github.airbytekit.domain.RawJson
import io.github.airbytekit.domain.StateConverter
import io.github.airbytekit.domain.StateType
import io.github.airbytekit.domain.StreamConfig
import io.github.airbytekit.domain.SyncCatalog
import io.github.airbytekit.domain.SyncCatalogEntry
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.kotlintests.Fixtures.ORDERS_CURSOR
import io.github.airbytekit.kotlintests.Fixtures.USERS_CURSOR
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.nio.file.Files
import java.nio.file.Path
import kotlin.jvm.optionals.getOrNull
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension
import org.junit.jupiter.api.io.TempDir

class StateAndCatalogTest {
    companion object {
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create()
    }

    private lateinit var connection: CloudConnection

    @BeforeEach
    fun seed() {
        Fixtures.seedConnection(airbyte.server())
        connection = Fixtures.workspace(airbyte.server()).getConnection(CONNECTION_ID)
    }

    @Test
    fun `state is backed up to a file and restored from it`(@TempDir dir: Path) {
        val backupFile = dir.resolve("nightly-state.json")

        // readme:kotlin-state-backup start
        // Back up: Airbyte's own (Config API) JSON, byte for byte.
        Files.writeString(backupFile, connection.dumpRawStateJson(JsonForm.CONFIG_API))

        // … a sync or a manual edit changes the state …
        connection.setStreamState("users", "public", RawJson.of("""{"cursor":"1970-01-01T00:00:00Z"}"""))

        // Restore: JSON of either form (Config API or protocol messages), detected strictly.
        val restored: ConnectionState = connection.importRawStateJson(Files.readString(backupFile))
        // readme:kotlin-state-backup end

        assertEquals(StateType.STREAM, restored.stateType)
        assertEquals(USERS_CURSOR, connection.getStreamState("users", "public").getOrNull())
        assertEquals(ORDERS_CURSOR, connection.getStreamState("orders", "public").getOrNull())
    }

    @Test
    fun `state dumps in both forms and imports from both forms`() {
        val config: ConnectionState = connection.dumpRawConnectionState()
        val messages: List<AirbyteStateMessage> = connection.dumpRawState()
        val configJson: String = connection.dumpRawStateJson(JsonForm.CONFIG_API)
        val protocolJson: String = connection.dumpRawStateJson(JsonForm.PROTOCOL)

        assertEquals(CONNECTION_ID, config.connectionId)
        assertEquals(2, messages.size)
        assertTrue(messages.all { it.type == AirbyteStateType.STREAM })
        val firstStream = messages.first().stream
        assertNotNull(firstStream) // smart cast: a STREAM message has a stream
        assertEquals("users", firstStream.streamDescriptor.name)
        assertEquals(USERS_CURSOR, firstStream.streamState)
        assertEquals(JsonForm.CONFIG_API, AirbyteJson.detectStateForm(configJson))
        assertEquals(JsonForm.PROTOCOL, AirbyteJson.detectStateForm(protocolJson))
        assertEquals(messages, StateConverter.toProtocol(config))

        // Import every form; Airbyte stores the same state each time.
        val fromMessages = connection.importRawState(messages)
        val fromConfig = connection.importRawState(config)
        val fromProtocolJson = connection.importRawStateJson(protocolJson)
        val fromConfigJson = connection.importRawStateJson(configJson)
        for (stored in listOf(fromMessages, fromConfig, fromProtocolJson, fromConfigJson)) {
            assertEquals(config.streams(), stored.streams())
        }
        // The domain reads either form too, without a connection.
        assertEquals(config.streams(), AirbyteJson.readStateOfAnyForm(protocolJson, CONNECTION_ID).streams())
    }

    @Test
    fun `one stream's cursor is edited and the others are kept`() {
        // readme:kotlin-cursor-edit start
        val before: RawJson? = connection.getStreamState("users", "public").getOrNull() // null: no such stream
        connection.setStreamState("users", "public", RawJson.of("""{"cursor":"2024-06-01T00:00:00Z"}"""))
        // readme:kotlin-cursor-edit end

        assertEquals(USERS_CURSOR, before)
        assertEquals(RawJson.of("""{"cursor":"2024-06-01T00:00:00Z"}"""), connection.getStreamState("users", "public").getOrNull())
        assertEquals(ORDERS_CURSOR, connection.getStreamState("orders", "public").getOrNull())
        assertNull(connection.getStreamState("invoices").getOrNull())

        val report = connection.setStreamStateVerified("orders", "public", RawJson.of("""{"cursor":2000}"""))
        assertTrue(report.isConsistent)
        assertEquals(emptyList(), report.changedStreams) // nobody else wrote in between
        assertEquals(RawJson.of("""{"cursor":2000}"""), report.reread.findStream("orders", "public").getOrNull()?.streamState)
        assertTrue(!report.isSharedStateChanged)
    }

    @Test
    fun `the catalog is snapshotted in both forms and restored`() {
        // readme:kotlin-catalog-snapshot start
        val snapshot: String? = connection.dumpRawCatalogJson(JsonForm.PROTOCOL).getOrNull() // null: no catalog yet
        // … streams get deselected or reconfigured …
        if (snapshot != null) {
            connection.importRawCatalogJson(snapshot) // either form; Airbyte's reset is skipped
        }
        // readme:kotlin-catalog-snapshot end

        assertNotNull(snapshot)
        val configured: ConfiguredAirbyteCatalog? = connection.dumpRawCatalog().getOrNull()
        val sync: SyncCatalog? = connection.dumpRawSyncCatalog().getOrNull()
        assertNotNull(configured)
        assertNotNull(sync)
        assertEquals(3, sync.streams.size) // deselected streams are kept in the Config API form
        assertEquals(JsonForm.CONFIG_API, AirbyteJson.detectCatalogForm(connection.dumpRawCatalogJson(JsonForm.CONFIG_API).orElse("")))
        assertEquals(listOf("users", "orders"), CatalogConverter.toConnectorCatalog(sync).streams.map { it.stream.name })
        assertEquals(sync.streams.map { it.stream.name }, connection.importRawCatalog(configured).streams.map { it.stream.name })
    }

    @Test
    fun `one stream's cursor field is changed in the catalog`() {
        val catalog = connection.dumpRawSyncCatalog().getOrNull()
        assertNotNull(catalog)

        val edited = SyncCatalog.builder()
            .addAllStreams(
                catalog.streams.map { entry ->
                    if (entry.stream.name != "users") {
                        entry
                    } else {
                        SyncCatalogEntry.builder()
                            .stream(entry.stream)
                            .config(copyWithCursor(entry.config, listOf("created_at")))
                            .build()
                    }
                },
            )
            .build()
        val stored = connection.importRawCatalog(edited)

        val users = stored.streams.single { it.stream.name == "users" }
        assertEquals(listOf("created_at"), users.config.cursorField)
        assertEquals(listOf(listOf("id")), users.config.primaryKey)
        assertEquals(true, users.config.isSelected)
    }

    /** The same stream configuration with another cursor field (Kotlin sees nullable getters as `T?`). */
    private fun copyWithCursor(config: StreamConfig, cursorField: List<String>): StreamConfig {
        val builder = StreamConfig.builder().cursorField(cursorField)
        config.syncMode?.let { builder.syncMode(it) }
        config.destinationSyncMode?.let { builder.destinationSyncMode(it) }
        config.primaryKey?.let { builder.primaryKey(it) }
        config.isSelected?.let { builder.selected(it) }
        builder.putAllAdditionalProperties(config.additionalProperties)
        return builder.build()
    }
}
