package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.AirbyteApiException
import io.github.airbytekit.connections.AirbyteAuthException
import io.github.airbytekit.connections.AirbyteInputException
import io.github.airbytekit.connections.AirbyteNotFoundException
import io.github.airbytekit.connections.AirbyteRateLimitException
import io.github.airbytekit.connections.AirbyteSyncException
import io.github.airbytekit.connections.AirbyteTransportException
import io.github.airbytekit.connections.CloudConnection
import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.ConnectionSyncActiveException
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.RetryPolicy
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.connections.SyncAlreadyRunningException
import io.github.airbytekit.connections.SyncFailedException
import io.github.airbytekit.connections.SyncOptions
import io.github.airbytekit.connections.SyncResult
import io.github.airbytekit.connections.SyncTimeoutException
import io.github.airbytekit.connections.WaitOptions
import io.github.airbytekit.connections.WorkspaceMismatchException
import io.github.airbytekit.domain.AirbyteDataException
import io.github.airbytekit.domain.AirbyteException
import io.github.airbytekit.domain.RawJson
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.kotlintests.Fixtures.OTHER_WORKSPACE_ID
import io.github.airbytekit.testkit.FakeAirbyteServer
import io.github.airbytekit.testkit.FakeJobStatus
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.time.Duration
import kotlin.jvm.optionals.getOrNull
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.test.fail
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** Every exception type of the library, caught the ways Kotlin code catches them. */
class ExceptionsTest {
    companion object {
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create()

        private const val UNKNOWN_ID = "00000000-0000-4000-8000-0000000000ff"
        private const val FOREIGN_CONNECTION_ID = "0c0c0c0c-0000-4000-8000-00000000f0f0"
    }

    private lateinit var server: FakeAirbyteServer
    private lateinit var connection: CloudConnection

    @BeforeEach
    fun seed() {
        server = airbyte.server()
        Fixtures.seedConnection(server)
        connection = Fixtures.workspace(server).getConnection(CONNECTION_ID)
    }

    private fun noRetries(): CloudWorkspace = Fixtures.workspaceBuilder(server).retryPolicy(RetryPolicy.none()).build()

    @Test
    fun `invalid settings are one AirbyteInputException listing every problem`() {
        val e = assertFailsWith<AirbyteInputException> { CloudWorkspace.builder().build() }
        assertTrue("Workspace ID" in e.message.orEmpty(), e.message)
        assertTrue("credentials" in e.message.orEmpty(), e.message)
        // Safe mode refuses to delete a connection whose name lacks the word delete-me.
        val refused = runCatching { connection.permanentlyDelete() }.exceptionOrNull()
        assertIs<AirbyteInputException>(refused)
        assertEquals(0, server.requests().matching("DELETE /api/public/v1/connections/*").count())
    }

    @Test
    fun `bad credentials are an AirbyteAuthException`() {
        val workspace = Fixtures.workspaceBuilder(server).clientCredentials(server.clientId(), Secret.of("wrong")).build()

        val e = assertFailsWith<AirbyteAuthException> { workspace.getConnection(CONNECTION_ID).checkIsValid() }

        assertEquals(401, e.statusCode())
        assertTrue("wrong" !in e.toString(), "the secret never appears in messages")
    }

    @Test
    fun `an unknown connection is AirbyteNotFoundException and runCatching gets it as a value`() {
        val result: Result<String> = runCatching { Fixtures.workspace(server).getConnection(UNKNOWN_ID).name() }

        val e = result.exceptionOrNull()
        assertIs<AirbyteNotFoundException>(e)
        assertEquals(404, e.statusCode()) // smart cast after assertIs
        assertEquals("GET", e.method())
        assertTrue(e.url().endsWith("/connections/$UNKNOWN_ID"), e.url())
        assertEquals("unknown", result.getOrElse { "unknown" })
    }

    @Test
    fun `a connection of another workspace is a WorkspaceMismatchException`() {
        server.seed().workspace(OTHER_WORKSPACE_ID, "elsewhere").connection(FOREIGN_CONNECTION_ID)
        val foreign = Fixtures.workspace(server).getConnection(FOREIGN_CONNECTION_ID)

        try {
            foreign.checkIsValid()
            fail("expected WorkspaceMismatchException")
        } catch (e: WorkspaceMismatchException) {
            assertEquals(server.workspaceId(), e.expectedWorkspaceId())
            assertEquals(OTHER_WORKSPACE_ID, e.actualWorkspaceId())
            assertEquals("connection", e.resourceType().lowercase())
        }
    }

    @Test
    fun `429 after the retries is an AirbyteRateLimitException and 503 an AirbyteApiException`() {
        server.faults().on("GET /api/public/v1/connections/*").times(1).tooManyRequests(Duration.ofSeconds(1))
        server.faults().on("GET /api/public/v1/connections/*").times(1).respond(503)

        val rateLimited = runCatching { noRetries().getConnection(CONNECTION_ID).checkIsValid() }.exceptionOrNull()
        val unavailable = runCatching { noRetries().getConnection(CONNECTION_ID).checkIsValid() }.exceptionOrNull()

        assertIs<AirbyteRateLimitException>(rateLimited)
        assertEquals(429, rateLimited.statusCode())
        assertIs<AirbyteApiException>(unavailable)
        assertEquals(503, unavailable.statusCode())
    }

    @Test
    fun `a dropped connection is an AirbyteTransportException`() {
        server.faults().on("GET /api/public/v1/connections/*").times(1).dropConnection()

        val e = assertFailsWith<AirbyteTransportException> { noRetries().getConnection(CONNECTION_ID).checkIsValid() }

        assertEquals("GET", e.method())
        assertNotNull(e.cause)
    }

    @Test
    fun `a failed sync is a SyncFailedException and a slow one a SyncTimeoutException`() {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED)
        val failed = assertFailsWith<SyncFailedException> { connection.runSync() }
        assertEquals(JobStatus.FAILED, failed.status())
        assertEquals(CONNECTION_ID, failed.connectionId())

        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING)
        val timedOut = assertFailsWith<SyncTimeoutException> {
            connection.runSync(
                SyncOptions.builder()
                    .waitOptions(WaitOptions.builder().timeout(Duration.ofMillis(200)).cancelOnTimeout(true).build())
                    .build(),
            )
        }
        assertTrue(timedOut.cancelled())
        assertEquals(Duration.ofMillis(200), timedOut.timeout())
    }

    @Test
    fun `a second sync is a SyncAlreadyRunningException and a state write during it a ConnectionSyncActiveException`() {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING)
        val running: SyncResult = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())

        val second = assertFailsWith<SyncAlreadyRunningException> { connection.runSync() }
        assertEquals(409, second.statusCode())
        assertEquals(running.jobId(), second.runningJob().getOrNull()?.jobId())

        val write = runCatching { connection.setStreamState("users", "public", RawJson.of("{}")) }
        val locked = write.exceptionOrNull()
        assertIs<ConnectionSyncActiveException>(locked)
        assertEquals(CONNECTION_ID, locked.connectionId())
        assertEquals(423, locked.statusCode())
    }

    @Test
    fun `malformed state JSON is an AirbyteDataException naming the JSON path`() {
        val e = assertFailsWith<AirbyteDataException> { connection.importRawStateJson("""{"stateType":"stream","streamState":[{}]}""") }
        val path: String? = e.jsonPath()
        assertNotNull(path)
        assertTrue(e.message.orEmpty().startsWith(path), e.message)
        assertEquals(0, server.requests().matching("POST /api/v1/state/create_or_update_safe").count())
    }

    @Test
    fun `one when over the hierarchy tells every failure apart`() {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.CANCELLED)

        // readme:kotlin-errors start
        val outcome = try {
            "synced ${connection.runSync().recordsSynced()} records"
        } catch (e: AirbyteException) {
            when (e) {
                is AirbyteSyncException -> "job ${e.jobId()} ended ${e.status()}; logs: ${e.jobUrl()}"
                is AirbyteRateLimitException -> "rate limited, try later"
                is AirbyteApiException -> "HTTP ${e.statusCode()} from ${e.method()} ${e.url()}"
                is AirbyteTransportException -> "network: ${e.message}"
                else -> throw e
            }
        }
        // readme:kotlin-errors end

        assertTrue(outcome.startsWith("job 1 ended cancelled; logs: "), outcome)
        assertNull(runCatching { connection.checkIsValid() }.exceptionOrNull())
    }
}
