package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.AirbyteApiException
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.SyncOptions
import io.github.airbytekit.domain.RawJson
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.testkit.FakeAirbyteServer
import io.github.airbytekit.testkit.FakeJob
import io.github.airbytekit.testkit.FakeJobStatus
import io.github.airbytekit.testkit.RecordedCall
import io.github.airbytekit.testkit.Seeder
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.time.Duration
import kotlin.jvm.optionals.getOrNull
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** The testkit's seeding, job, fault and journal API as Kotlin sees it. */
class TestkitTest {
    companion object {
        private const val SECOND_ID = "0c0c0c0c-0000-4000-8000-00000000c072"

        // Initial seeds are re-applied at every reset, so each test starts from the same store.
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create(
            FakeAirbyteServer.builder()
                .tokenLifetime(Duration.ofMinutes(5))
                .initialSeed { seed: Seeder -> seed.connection(SECOND_ID) { it.name("second").cron("0 0 2 * * ?") } },
        )
    }

    @Test
    fun `seeding builds sources, destinations, connections and past jobs`() {
        val server = airbyte.server()
        server.seed()
            .source(Fixtures.SOURCE_ID, "Postgres", "postgres", RawJson.of("""{"host":"db","password":"hunter2"}"""))
            .destination(Fixtures.DESTINATION_ID, "BigQuery", "bigquery")
            .connection(CONNECTION_ID) { c ->
                c.name("nightly").prefix("raw_").status("inactive").syncCatalog(Fixtures.catalog()).state(Fixtures.streamState())
            }
            .job(CONNECTION_ID, FakeJobStatus.SUCCEEDED)
            .job(CONNECTION_ID, "reset", FakeJobStatus.FAILED)

        val workspace = Fixtures.workspace(server)
        val connection = workspace.getConnection(CONNECTION_ID)
        assertEquals("nightly", connection.name())
        assertTrue(!connection.isEnabled())
        assertEquals(Fixtures.SOURCE_ID, connection.sourceId())
        assertEquals(Fixtures.USERS_CURSOR, connection.getStreamState("users", "public").getOrNull())
        assertEquals(2, server.jobs().of(CONNECTION_ID).size)
        assertEquals("0 0 2 * * ?", workspace.getConnection(SECOND_ID).schedule().cronExpression)
        assertEquals(setOf("nightly", "second"), workspace.listConnections().map { it.name() }.toSet())
    }

    @Test
    fun `scripted jobs are held open, completed and failed from the test`() {
        val server = airbyte.server()
        server.jobs().script(SECOND_ID, FakeJobStatus.RUNNING)
        val connection = Fixtures.workspace(server).getConnection(SECOND_ID)

        val sync = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())
        val open: FakeJob = server.jobs().awaitOpenJob(SECOND_ID, Duration.ofSeconds(5))
        assertEquals(sync.jobId(), open.id())
        assertEquals(open, server.jobs().openJob(SECOND_ID).getOrNull())

        val done = server.jobs().complete(open.id(), 2048, 7)
        assertEquals(FakeJobStatus.SUCCEEDED, done.status())
        assertEquals(7L, done.rowsSynced())
        assertNull(server.jobs().openJob(SECOND_ID).getOrNull())
        assertEquals(JobStatus.SUCCEEDED, sync.waitForCompletion())
        assertEquals(7L, sync.recordsSynced())

        val next = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())
        val failed = server.jobs().fail(next.jobId(), "source crashed")
        assertEquals("source crashed", failed.failureReason())
        assertTrue(server.jobs().get(next.jobId()).map { it.status().isFinal }.orElse(false))
    }

    @Test
    fun `faults are served in order before the request is handled`() {
        val server = airbyte.server()
        val connection = Fixtures.workspace(server).getConnection(SECOND_ID)
        server.faults().on("POST /api/public/v1/jobs").times(1).respond(400) // 5xx would be re-checked by the client
        server.faults().on("GET /api/public/v1/jobs/*").times(2).tooManyRequests()
        server.faults().on("GET /api/public/v1/connections/*").times(1).delay(Duration.ofMillis(50))
        assertEquals(4, server.faults().armed()) // one per response still to be spoiled

        val e = assertFailsWith<AirbyteApiException> { connection.runSync() }
        assertEquals(400, e.statusCode())
        assertEquals(0, server.jobs().of(SECOND_ID).size, "a fault stops the request before any change")

        val result = connection.runSync() // the two 429 polls are retried
        assertEquals(JobStatus.SUCCEEDED, result.status())
        assertEquals("second", connection.name()) // served after the delay
        assertEquals(0, server.faults().armed())

        server.faults().on("* /api/**").dropConnection()
        server.faults().clear()
        assertEquals(0, server.faults().armed())
    }

    @Test
    fun `the journal records immutable calls with secrets masked`() {
        val server = airbyte.server()
        Fixtures.workspace(server).getConnection(SECOND_ID).checkIsValid()

        val calls: List<RecordedCall> = server.requests().await(2, Duration.ofSeconds(5))
        assertEquals(listOf("POST /api/public/v1/applications/token", "GET /api/public/v1/connections/$SECOND_ID"), calls.map { it.requestLine() })
        assertEquals(1, server.requests().tokensMinted())
        val get = server.requests().matching("GET /api/public/v1/connections/*").last().getOrNull()
        assertNotNull(get)
        assertEquals("Bearer **********", get.header("Authorization"))
        assertNull(get.queryParameter("includeDeleted"))
        assertEquals(200, get.responseStatus())
        assertTrue(server.clientSecret() !in server.requests().all().joinToString { it.body() })
        server.requests().matching("POST /api/public/v1/jobs").expectCount(0)
        val mismatch = assertFailsWith<AssertionError> { server.requests().matching("POST /api/public/v1/jobs").expectCount(1) }
        assertTrue(mismatch.message.orEmpty().isNotEmpty())
    }

    @Test
    fun `expired tokens are renewed by the client`() {
        val server = airbyte.server()
        val connection = Fixtures.workspace(server).getConnection(SECOND_ID)
        connection.checkIsValid()

        server.expireTokens()
        assertTrue(connection.isEnabled())

        assertEquals(2, server.requests().tokensMinted())
    }
}
