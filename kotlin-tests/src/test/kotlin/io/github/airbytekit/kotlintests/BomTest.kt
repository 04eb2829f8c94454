package io.github.airbytekit.kotlintests

import java.nio.file.Path
import javax.xml.parsers.DocumentBuilderFactory
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.w3c.dom.Element

/** The BOM lists exactly the published modules of the reactor, at the project's version. */
class BomTest {
    private val root: Path = SourceTree.moduleDir.parent

    private fun pom(path: Path): Element =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile()).documentElement

    private fun Element.children(name: String): List<Element> =
        (0 until childNodes.length).map { childNodes.item(it) }.filterIsInstance<Element>().filter { it.tagName == name }

    private fun Element.child(name: String): Element? = children(name).firstOrNull()

    private fun Element.text(name: String): String? = child(name)?.textContent?.trim()

    @Test
    fun `the BOM manages every published module at the project version and imports OkHttp's BOM`() {
        val modules = pom(root.resolve("pom.xml")).child("modules")?.children("module").orEmpty().map { it.textContent.trim() }
        val published = modules.filter { it != "bom" }.mapNotNull { module ->
            val pom = pom(root.resolve(module).resolve("pom.xml"))
            val skipped = pom.child("properties")?.text("maven.deploy.skip") == "true"
            if (skipped) null else pom.text("artifactId")
        }

        val managed = pom(root.resolve("bom/pom.xml")).child("dependencyManagement")?.child("dependencies")
            ?.children("dependency").orEmpty()
        val own = managed.filter { it.text("groupId") == "io.github.airbytekit" }

        assertEquals(published.sorted(), own.mapNotNull { it.text("artifactId") }.sorted())
        own.forEach { assertEquals("\${project.version}", it.text("version"), it.text("artifactId")) }
        val okhttp = managed.single { it.text("artifactId") == "okhttp-bom" }
        assertEquals(listOf("\${okhttp.version}", "pom", "import"), listOf(okhttp.text("version"), okhttp.text("type"), okhttp.text("scope")))
    }

    @Test
    fun `the README's Maven coordinates import this BOM at the project version and use managed artifacts`() {
        val coordinates = pom(SourceTree.moduleDir.resolve("src/test/resources/readme/maven-coordinates.xml"))
        val projectVersion = pom(root.resolve("pom.xml")).text("version")
        val bom = coordinates.child("dependencyManagement")?.child("dependencies")?.children("dependency").orEmpty().single()
        val used = coordinates.child("dependencies")?.children("dependency").orEmpty().mapNotNull { it.text("artifactId") }
        val managed = pom(root.resolve("bom/pom.xml")).child("dependencyManagement")?.child("dependencies")
            ?.children("dependency").orEmpty().mapNotNull { it.text("artifactId") }

        assertEquals("airbytekit-bom", bom.text("artifactId"))
        assertEquals(projectVersion, bom.text("version"), "update the README's BOM version with the project version")
        assertTrue(used.isNotEmpty() && managed.containsAll(used), "$used must all be managed by the BOM ($managed)")
        assertTrue("maven-bom" in SourceTree.regions())
    }
}
