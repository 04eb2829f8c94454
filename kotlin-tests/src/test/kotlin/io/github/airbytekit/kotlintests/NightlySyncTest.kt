package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.CloudWorkspace
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.PollPolicy
import io.github.airbytekit.connections.Secret
import io.github.airbytekit.testkit.FakeAirbyteServer
import io.github.airbytekit.testkit.junit5.FakeAirbyteTest
import java.time.Duration
import kotlin.test.assertEquals
import org.junit.jupiter.api.Test

// readme:kotlin-testkit start
@FakeAirbyteTest // one fake Airbyte per class, reset before each test, injected as a parameter
class NightlySyncTest {
    private val connectionId = "9924bcd0-99be-453d-ba47-c2c9766f7da5"

    @Test
    fun `the nightly sync survives a flaky status poll`(airbyte: FakeAirbyteServer) {
        airbyte.seed().connection(connectionId) { it.name("nightly") }
        airbyte.faults().on("GET /api/public/v1/jobs/*").times(1).respond(503) // retried by the client
        val workspace = CloudWorkspace.builder()
            .workspaceId(airbyte.workspaceId())
            .clientCredentials(airbyte.clientId(), Secret.of(airbyte.clientSecret()))
            .apiRoot(airbyte.apiRoot())
            .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).build())
            .build()

        val result = workspace.getConnection(connectionId).runSync()

        assertEquals(JobStatus.SUCCEEDED, result.status())
        assertEquals(1, airbyte.requests().syncsTriggeredFor(connectionId))
    }
}
// readme:kotlin-testkit end
