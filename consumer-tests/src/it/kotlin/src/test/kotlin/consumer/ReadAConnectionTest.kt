package consumer

import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.PollPolicy
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.testkit.FakeAirbyteServer
import io.github.airbytekit.testkit.FakeJobStatus
import io.github.airbytekit.testkit.junit5.FakeAirbyteTest
import java.time.Duration
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** The Kotlin consumer's test: kotlin-test on JUnit 5, the testkit's extension, a connection read and synced. */
@FakeAirbyteTest
class ReadAConnectionTest {
    private val connectionId = "9924bcd0-99be-453d-ba47-c2c9766f7da5"

    @Test
    fun `a connection is read and synced from Kotlin`(server: FakeAirbyteServer) {
        server.seed().connection(connectionId) { it.name("pg → bq") }
        server.jobs().script(connectionId, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED)
        val workspace = CloudWorkspace.builder()
            .workspaceId(server.workspaceId())
            .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
            .apiRoot(server.apiRoot())
            .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).build())
            .build()

        val connection = workspace.getConnection(connectionId)
        val result = connection.runSync(Duration.ofMinutes(1))

        assertEquals("pg → bq", connection.name())
        assertTrue(result.recordsSynced() >= 0)
        assertTrue(okhttp3.OkHttp.VERSION.startsWith("4.12."), okhttp3.OkHttp.VERSION)
    }
}
