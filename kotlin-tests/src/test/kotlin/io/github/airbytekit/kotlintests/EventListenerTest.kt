package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.AirbyteEventListener
import io.github.airbytekit.connections.SyncProgress
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.time.Duration
import java.util.Collections
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** A Kotlin listener overrides only what it counts; nullable parameters are `T?`. */
class EventListenerTest {
    companion object {
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create()
    }

    @Test
    fun `a kotlin object receives calls, token mints and sync progress`() {
        Fixtures.seedConnection(airbyte.server())
        val events = Collections.synchronizedList(mutableListOf<String>())
        val listener = object : AirbyteEventListener {
            override fun callEnd(method: String, url: String, statusCode: Int, took: Duration) {
                events += "$method $statusCode"
            }

            override fun tokenMinted(lifetime: Duration?) {
                events += "token"
            }

            override fun syncProgress(connectionId: String, progress: SyncProgress) {
                events += "progress ${progress.status.wireValue()}"
            }
        }

        Fixtures.workspaceBuilder(airbyte.server()).eventListener(listener).build().use { workspace ->
            workspace.getConnection(CONNECTION_ID).runSync()
        }

        assertTrue("token" in events, events.toString())
        assertTrue("GET 200" in events, events.toString())
        assertTrue(events.any { it.startsWith("progress ") }, events.toString())
    }
}
