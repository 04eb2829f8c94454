package io.github.airbytekit.kotlintests

import java.nio.file.Files
import kotlin.io.path.readLines
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import kotlin.test.fail
import org.junit.jupiter.api.Test

/**
 * Every README snippet marked `<!-- snippet: NAME -->` is the region `// readme:NAME` of a test in this
 * module, byte for byte (after removing the region's indentation), so the examples compile and run.
 * Regions not (yet) used by the README are fine. A README without snippets, or with a marker this test does not
 * recognise, fails: a broken marker format must not silently turn the check off.
 */
class ReadmeSnippetsTest {
    private val snippetMarker = Regex("""^<!-- snippet: ([a-z0-9-]+) -->\s*$""")
    private val looseMarker = Regex("""<!--\s*snippet""", RegexOption.IGNORE_CASE)

    @Test
    fun `every region is well formed and has a unique name`() {
        val regions = SourceTree.regions()
        assertTrue(regions.keys.containsAll(listOf("kotlin-workspace", "kotlin-sync-wait", "java-testkit")), regions.keys.toString())
        regions.values.forEach { assertTrue(it.text.isNotBlank(), "region ${it.name} in ${it.file} is empty") }
    }

    @Test
    fun `every marked README snippet matches its test region`() {
        assertTrue(Files.isRegularFile(SourceTree.readme), "no README at ${SourceTree.readme}")
        val regions = SourceTree.regions()
        val snippets = readmeSnippets()
        assertTrue(snippets.isNotEmpty(), "${SourceTree.readme} has no '<!-- snippet: NAME -->' markers: is the format broken?")

        for ((name, text) in snippets) {
            val region = regions[name] ?: fail("README snippet '$name' has no region // readme:$name start/end in kotlin-tests")
            assertEquals(region.text, text, "README snippet '$name' differs from ${region.citation}")
        }
    }

    @Test
    fun `every snippet marker of the README is one this test reads`() {
        val unread = SourceTree.readme.readLines().withIndex()
            .filter { (_, line) -> looseMarker.containsMatchIn(line) && !snippetMarker.matches(line) }
            .map { (index, line) -> "line ${index + 1}: $line" }
        assertEquals(emptyList(), unread, "snippet markers that would be skipped silently")
    }

    /** name → fenced block content, for each `<!-- snippet: NAME -->` followed by a fence. */
    private fun readmeSnippets(): Map<String, String> {
        val lines = SourceTree.readme.readLines()
        val snippets = linkedMapOf<String, String>()
        var i = 0
        while (i < lines.size) {
            val name = snippetMarker.matchEntire(lines[i])?.groupValues?.get(1)
            i++
            if (name == null) continue
            while (i < lines.size && lines[i].isBlank()) i++
            check(i < lines.size && lines[i].startsWith("```")) { "README: snippet marker '$name' is not followed by a fenced block" }
            val end = (i + 1 until lines.size).firstOrNull { lines[it].trimEnd() == "```" }
                ?: error("README: the fenced block of snippet '$name' is not closed")
            check(snippets.put(name, lines.subList(i + 1, end).joinToString("\n")) == null) { "README: snippet '$name' appears twice" }
            i = end + 1
        }
        return snippets
    }
}
