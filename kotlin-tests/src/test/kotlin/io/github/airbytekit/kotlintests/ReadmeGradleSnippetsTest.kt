package io.github.airbytekit.kotlintests

import javax.xml.parsers.DocumentBuilderFactory
import kotlin.io.path.readLines
import kotlin.io.path.readText
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.w3c.dom.Element
import org.xml.sax.InputSource

/**
 * Every Maven dependency snippet of the READMEs is followed by its Gradle (Kotlin DSL) twin, and the two declare
 * the same airbytekit artifacts in the same scopes, the BOM at the project version, all managed by the BOM.
 */
class ReadmeGradleSnippetsTest {
    private val root = SourceTree.moduleDir.parent
    private val readmes = listOf("README.md", "connections/README.md", "testkit/README.md")
    private val gradleLine = Regex("""^\s*(implementation|testImplementation)\((platform\()?"io\.github\.airbytekit:([a-z-]+)(?::([^"]+))?"\)?\)""")

    private class Block(val language: String, val text: String)

    /** Dependency = artifactId → "compile" or "test"; the BOM as "bom:VERSION". */
    private data class Declared(val artifact: String, val scope: String)

    private fun blocks(readme: String): List<Block> {
        val lines = root.resolve(readme).readLines()
        val blocks = mutableListOf<Block>()
        var i = 0
        while (i < lines.size) {
            if (lines[i].startsWith("```") && lines[i].length > 3) {
                val end = (i + 1 until lines.size).first { lines[it].trimEnd() == "```" }
                blocks += Block(lines[i].removePrefix("```").trim(), lines.subList(i + 1, end).joinToString("\n"))
                i = end
            }
            i++
        }
        return blocks
    }

    private fun maven(xml: String): Set<Declared> {
        val document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(InputSource("<snippet>$xml</snippet>".reader())).documentElement
        val dependencies = document.getElementsByTagName("dependency")
        return (0 until dependencies.length).map { dependencies.item(it) as Element }
            .filter { it.text("groupId") == "io.github.airbytekit" }
            .map { dependency ->
                val artifact = dependency.text("artifactId").orEmpty()
                when (dependency.text("scope")) {
                    "import" -> Declared(artifact, "bom:" + dependency.text("version"))
                    "test" -> Declared(artifact, "test")
                    else -> Declared(artifact, "compile")
                }
            }.toSet()
    }

    private fun gradle(kotlin: String): Set<Declared> =
        kotlin.lines().mapNotNull { gradleLine.find(it) }.map { match ->
            val (configuration, platform, artifact, version) = match.destructured
            when {
                platform.isNotEmpty() -> Declared(artifact, "bom:$version")
                configuration == "testImplementation" -> Declared(artifact, "test")
                else -> Declared(artifact, "compile")
            }
        }.toSet()

    private fun Element.text(name: String): String? {
        val children = getElementsByTagName(name)
        return if (children.length == 0) null else children.item(0).textContent.trim()
    }

    @Test
    fun `every Maven snippet has a Gradle Kotlin DSL twin declaring the same artifacts`() {
        val projectVersion = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(root.resolve("pom.xml").toFile()).documentElement.let { pom ->
                (0 until pom.childNodes.length).map { pom.childNodes.item(it) }
                    .filterIsInstance<Element>().single { it.tagName == "version" }.textContent.trim()
            }
        val managed = root.resolve("bom/pom.xml").readText().let { Regex("<artifactId>([a-z-]+)</artifactId>").findAll(it) }
            .map { it.groupValues[1] }.toSet()
        var pairs = 0
        for (readme in readmes) {
            val blocks = blocks(readme)
            blocks.withIndex().filter { (_, block) -> block.language == "xml" && "io.github.airbytekit" in block.text }
                .forEach { (index, block) ->
                    val twin = blocks.getOrNull(index + 1)
                    assertEquals("kotlin", twin?.language, "$readme: the Maven snippet #${index + 1} has no Gradle (```kotlin) block after it")
                    val declared = maven(block.text)
                    assertEquals(declared, gradle(twin?.text.orEmpty()), "$readme: Maven and Gradle snippets differ")
                    declared.filter { it.scope.startsWith("bom:") }
                        .forEach { assertEquals("bom:$projectVersion", it.scope, "$readme: the BOM's version") }
                    assertTrue(declared.all { it.artifact in managed || it.artifact == "airbytekit-bom" }, "$readme: $declared must be managed by the BOM")
                    pairs++
                }
        }
        assertTrue(pairs >= readmes.size, "found only $pairs Maven/Gradle snippet pairs")
    }
}
