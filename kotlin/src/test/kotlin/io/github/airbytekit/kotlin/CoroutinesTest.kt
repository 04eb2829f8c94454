package io.github.airbytekit.kotlin

import io.github.airbytekit.connections.CloudConnection
import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.PollPolicy
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.connections.SyncFailedException
import io.github.airbytekit.connections.SyncOptions
import io.github.airbytekit.testkit.FakeAirbyteServer
import io.github.airbytekit.testkit.FakeJobStatus
import java.time.Duration
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

/** The coroutine variants on the testkit's fake; polls are 1 ms apart, so no test waits noticeably. */
class CoroutinesTest {
    private lateinit var server: FakeAirbyteServer
    private lateinit var workspace: CloudWorkspace
    private lateinit var connection: CloudConnection

    @BeforeEach
    fun setUp() {
        server = FakeAirbyteServer.start()
        server.seed().connection(CONNECTION_ID)
        val fast = Duration.ofMillis(1)
        workspace = CloudWorkspace.builder()
            .workspaceId(server.workspaceId())
            .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
            .apiRoot(server.apiRoot())
            .pollPolicy(PollPolicy.builder().initialInterval(fast).maxInterval(fast).build())
            .build()
        connection = workspace.getConnection(CONNECTION_ID)
    }

    @AfterEach
    fun tearDown() {
        workspace.close()
        server.close()
    }

    @Test
    fun `runSyncAndAwait suspends until the sync is final`() = runBlocking {
        val result = connection.runSyncAndAwait()

        assertEquals(JobStatus.SUCCEEDED, result.status())
        assertEquals(1000L, result.recordsSynced())
    }

    @Test
    fun `a failed sync throws SyncFailedException from runSyncAndAwait`() = runBlocking {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED)

        val failure = assertFailsWith<SyncFailedException> { connection.runSyncAndAwait() }

        assertEquals(JobStatus.FAILED, failure.status())
    }

    @Test
    fun `awaitCompletion returns the final status of a started job`() = runBlocking {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.CANCELLED)
        val result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())

        assertEquals(JobStatus.CANCELLED, result.awaitCompletion())
    }

    @Test
    fun `progress emits every observation and completes once the job is final`() = runBlocking {
        val result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())

        val statuses = result.progress().map { it.status }.toList()

        assertEquals(listOf(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.SUCCEEDED), statuses)
    }

    @Test
    fun `a collector that stops early stops the wait and leaves the job running`() = runBlocking {
        server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING)
        val result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build())

        val statuses = result.progress().take(2).map { it.status }.toList()

        assertEquals(listOf(JobStatus.PENDING, JobStatus.RUNNING), statuses)
        assertEquals(0, server.requests().matching("DELETE /api/public/v1/jobs/1").count())
        assertEquals(FakeJobStatus.RUNNING, server.jobs().get(1).orElseThrow().status())
    }

    private companion object {
        const val CONNECTION_ID = "0c0c0c0c-0000-4000-8000-000000000001"
    }
}
