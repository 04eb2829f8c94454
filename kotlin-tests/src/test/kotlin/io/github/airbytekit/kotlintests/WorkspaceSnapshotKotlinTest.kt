package io.github.airbytekit.kotlintests

import io.github.airbytekit.connections.SnapshotConnectionDiff
import io.github.airbytekit.connections.SnapshotDiff
import io.github.airbytekit.connections.SnapshotOptions
import io.github.airbytekit.kotlintests.Fixtures.CONNECTION_ID
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension
import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension
import org.junit.jupiter.api.io.TempDir

class WorkspaceSnapshotKotlinTest {
    companion object {
        @JvmField
        @RegisterExtension
        val airbyte: FakeAirbyteServerExtension = FakeAirbyteServerExtension.create()
    }

    @TempDir
    lateinit var backup: Path

    @BeforeEach
    fun seed() {
        Fixtures.seedConnection(airbyte.server())
    }

    @Test
    fun `a snapshot compares with the live workspace as Kotlin properties`() {
        val workspace = Fixtures.workspace(airbyte.server())
        workspace.snapshot(backup)
        workspace.getConnection(CONNECTION_ID).rename("renamed")

        val diff: SnapshotDiff = workspace.diffSnapshot(backup, SnapshotOptions.builder().concurrency(2).build())

        val changed: SnapshotConnectionDiff = diff.changed().single()
        assertEquals(SnapshotDiff.Change.CHANGED, changed.change)
        assertEquals(listOf("name"), changed.settings)
        val error: String? = changed.error
        assertNull(error)
        assertTrue(diff.unreadable().isEmpty())
    }
}
