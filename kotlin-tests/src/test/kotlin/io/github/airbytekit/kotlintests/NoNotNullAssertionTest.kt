package io.github.airbytekit.kotlintests

import kotlin.io.path.extension
import kotlin.io.path.readLines
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test

/**
 * The build fails if any Kotlin file of this module uses the not-null assertion operator: with
 * strict JSpecify checking the library's types must be usable without it.
 */
class NoNotNullAssertionTest {
    private val operator = "!".repeat(2) // spelled so that this file does not contain it

    @Test
    fun `no Kotlin source of this module uses the not-null assertion operator`() {
        val kotlinFiles = SourceTree.sources().filter { it.extension == "kt" }
        assertTrue(kotlinFiles.size >= 5, "expected this module's Kotlin tests under ${SourceTree.moduleDir}, found $kotlinFiles")

        val offenders = kotlinFiles.flatMap { file ->
            file.readLines().mapIndexedNotNull { index, line -> if (operator in line) "$file:${index + 1}: ${line.trim()}" else null }
        }

        assertEquals(emptyList(), offenders, "'$operator' is not allowed in kotlin-tests")
    }
}
