package io.github.airbytekit.kotlintests

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import kotlin.io.path.extension
import kotlin.io.path.isRegularFile
import kotlin.io.path.readLines

/** This module's test sources and the repository root, as set by surefire (see the pom). */
internal object SourceTree {
    val moduleDir: Path = Paths.get(System.getProperty("airbytekit.kotlintests.dir") ?: ".").toAbsolutePath().normalize()
    val readme: Path = Paths.get(System.getProperty("airbytekit.readme") ?: "../README.md").toAbsolutePath().normalize()

    /** Every .kt, .java and .xml file under src/ of this module. */
    fun sources(): List<Path> =
        Files.walk(moduleDir.resolve("src")).use { paths ->
            paths.filter { it.isRegularFile() && it.extension in setOf("kt", "java", "xml") }.sorted().toList()
        }

    // `// readme:NAME start` in code, `<!-- readme:NAME start -->` in XML.
    private val marker = Regex("""^(\s*)(?://|<!--) readme:([a-z0-9-]+) (start|end)(?: -->)?\s*$""")

    /**
     * The regions marked `// readme:NAME start` … `// readme:NAME end` (or XML comments), by name: the lines in between,
     * with the start marker's indentation removed, joined with '\n'.
     */
    fun regions(): Map<String, Region> {
        val regions = linkedMapOf<String, Region>()
        for (file in sources()) {
            val lines = file.readLines()
            var open: Triple<String, String, Int>? = null // name, indentation, first line index
            lines.forEachIndexed { index, line ->
                val match = marker.matchEntire(line) ?: return@forEachIndexed
                val (indent, name, kind) = match.destructured
                val current = open
                if (kind == "start") {
                    check(current == null) { "$file:${index + 1}: region $name starts inside region ${current?.first}" }
                    open = Triple(name, indent, index + 1)
                } else {
                    check(current != null && current.first == name) { "$file:${index + 1}: end of $name without its start" }
                    val body = lines.subList(current.third, index).map { dedent(it, current.second, file, name) }
                    check(regions.put(name, Region(name, file, body.joinToString("\n"))) == null) {
                        "region $name is marked twice"
                    }
                    open = null
                }
            }
            check(open == null) { "$file: region ${open?.first} has no end marker" }
        }
        return regions
    }

    private fun dedent(line: String, indent: String, file: Path, name: String): String = when {
        line.isBlank() -> ""
        line.startsWith(indent) -> line.substring(indent.length)
        else -> error("$file: a line of region $name is indented less than its start marker: '$line'")
    }

    class Region(val name: String, val file: Path, val text: String) {
        /** The file as the README cites it: path from the repository root. */
        val citation: String get() = moduleDir.parent.relativize(file).toString().replace('\\', '/')
    }
}
