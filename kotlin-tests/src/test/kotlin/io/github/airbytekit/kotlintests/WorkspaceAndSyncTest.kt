package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.ConnectionStatus
import io.github.airbytekit.connections.JobFailure
import io.github.airbytekit.connections.JobQuery
import io.github.airbytekit.connections.JobRequest
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.JobType
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.connections.StreamSyncStats
import io.github.airbytekit.connections.SyncOptions
import io.github.airbytekit.connections.SyncResult
import io.github.airbytekit.connections.WaitOptions
import io.github.airbytekit.domain.StreamId
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.testkit.FakeJobStatus
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.time.Duration
import kotlin.jvm.optionals.getOrNull
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

class WorkspaceAndSyncTest {
    companion object {
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create()
    }

    @BeforeEach
    fun seed() {
        Fixtures.seedConnection(airbyte.server())
    }

    @Test
    fun `a workspace built from credentials reads a connection's details as Kotlin properties`() {
        val server = airbyte.server()
        val workspaceId = server.workspaceId()
        val clientId = server.clientId()
        val clientSecret = server.clientSecret()
        val apiRoot = server.apiRoot()
        val connectionId = CONNECTION_ID

        // readme:kotlin-workspace start
        val workspace = CloudWorkspace.builder()
            .workspaceId(workspaceId)
            .clientCredentials(clientId, Secret.of(clientSecret))
            .apiRoot(apiRoot) // default https://api.airbyte.com/v1 (Airbyte Cloud)
            .build()

        val connection = workspace.getConnection(connectionId)
        val name: String = connection.name()
        val cron: String? = connection.schedule().cronExpression
        val streams: List<String> = connection.streamNames()
        // readme:kotlin-workspace end

        assertEquals("nightly", name)
        assertNull(cron)
        assertEquals("manual", connection.schedule().type)
        assertEquals(listOf("users", "orders"), streams)
        assertEquals("raw_", connection.tablePrefix())
        assertEquals(ConnectionStatus.ACTIVE, connection.status())
        assertTrue(connection.isEnabled())
        assertEquals("Postgres", connection.source().name())
        assertEquals("postgres", connection.source().sourceType())
        assertEquals(server.workspaceId(), connection.workspaceId())
        assertTrue(workspace.listConnections().any { it.connectionId() == connectionId })
    }

    @Test
    fun `a stream reset reads per-stream results and failures as Kotlin properties`() {
        val connection = Fixtures.workspace(airbyte.server()).getConnection(CONNECTION_ID)

        val reset: SyncResult = connection.runJob(
            JobRequest.builder().jobType(JobType.RESET).addStreams(StreamId.of("users", "public")).build()
        )
        val streams: List<StreamSyncStats> = reset.streamStats()
        val namespace: String? = streams.single().stream.namespace
        val failure: JobFailure? = reset.failures().firstOrNull()

        assertEquals(JobType.RESET, reset.jobType())
        assertEquals("public", namespace)
        assertTrue(streams.single().recordsCommitted > 0)
        assertNull(failure?.stream)
    }

    @Test
    fun `a sync runs and is waited for`() {
        val connection = Fixtures.workspace(airbyte.server()).getConnection(CONNECTION_ID)

        // readme:kotlin-sync-wait start
        val result: SyncResult = connection.runSync(Duration.ofMinutes(30)) // throws SyncFailedException / SyncTimeoutException
        val records: Long = result.recordsSynced()
        val took: Duration? = result.duration() // null while the job has not ended
        // readme:kotlin-sync-wait end

        assertEquals(JobStatus.SUCCEEDED, result.status())
        assertTrue(result.isComplete())
        assertEquals(1000L, records)
        assertNotNull(took)
        assertEquals(1, airbyte.server().requests().syncsTriggeredFor(CONNECTION_ID))
    }

    @Test
    fun `a sync started without waiting is waited for later with a progress listener`() {
        val connection = Fixtures.workspace(airbyte.server()).getConnection(CONNECTION_ID)
        val seen = mutableListOf<JobStatus>()

        val started = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())
        assertEquals(1L, started.jobId())
        val finalStatus = started.waitForCompletion(
            WaitOptions.builder()
                .timeout(Duration.ofSeconds(30))
                .progressListener { progress -> seen += progress.status }
                .build(),
        )

        assertEquals(JobStatus.SUCCEEDED, finalStatus)
        assertEquals(JobStatus.SUCCEEDED, started.status())
        assertTrue(finalStatus.isFinal)
        assertEquals(JobStatus.SUCCEEDED, seen.last())
    }

    @Test
    fun `job history reads newest first with Kotlin collection operations`() {
        val server = airbyte.server()
        server.seed()
            .job(CONNECTION_ID, FakeJobStatus.SUCCEEDED)
            .job(CONNECTION_ID, FakeJobStatus.FAILED)
            .job(CONNECTION_ID, FakeJobStatus.SUCCEEDED)
        val connection = Fixtures.workspace(server).getConnection(CONNECTION_ID)

        // readme:kotlin-history start
        val history: List<SyncResult> = connection.getPreviousSyncLogs(JobQuery.builder().limit(10).jobType(JobType.SYNC).build())
        val failures = history.filter { it.status().isFailure }.map { it.jobId() }
        val newest: SyncResult? = connection.getSyncResult().getOrNull()
        // readme:kotlin-history end

        assertEquals(3, history.size)
        assertEquals(1, failures.size)
        assertEquals(history.first().jobId(), newest?.jobId())
        assertTrue(history.map { it.startTime() }.zipWithNext().all { (a, b) -> !a.isBefore(b) })
        assertEquals(history.first().jobId(), connection.getSyncResult(history.first().jobId()).jobId())
    }
}
