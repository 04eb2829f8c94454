package io.github.airbytekit.kotlintests

import javax.xml.parsers.DocumentBuilderFactory
import kotlin.io.path.isRegularFile
import kotlin.io.path.readText
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.w3c.dom.Element

/**
 * What a repository like Maven Central asks of a release, kept true in every build: the license file, the POM
 * metadata every module inherits, sources and Javadoc jars for each published module, the runnable CLI jar as an
 * attached artifact.
 */
class ReleaseMetadataTest {
    private val root = SourceTree.moduleDir.parent

    private fun pom(path: String): Element =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve(path).toFile()).documentElement

    private fun Element.child(name: String): Element? =
        (0 until childNodes.length).map { childNodes.item(it) }.filterIsInstance<Element>().firstOrNull { it.tagName == name }

    private fun Element.path(vararg names: String): String? =
        names.fold(this as Element?) { element, name -> element?.child(name) }?.textContent?.trim()

    @Test
    fun `the repository has the Apache 2 license and the root POM says so, with url, scm and developers`() {
        assertTrue(root.resolve("LICENSE").isRegularFile())
        assertTrue("Apache License" in root.resolve("LICENSE").readText() && "Version 2.0" in root.resolve("LICENSE").readText())
        val parent = pom("pom.xml")

        assertEquals("Apache-2.0", parent.path("licenses", "license", "name"))
        assertNotNull(parent.path("url"))
        assertNotNull(parent.path("scm", "url"))
        assertNotNull(parent.path("scm", "connection"))
        assertNotNull(parent.path("developers", "developer", "name"))
    }

    @Test
    fun `every published module builds sources and Javadoc jars and inherits the metadata`() {
        val parent = pom("pom.xml")
        val plugins = parent.child("build")?.child("plugins")?.let { plugins ->
            (0 until plugins.childNodes.length).map { plugins.childNodes.item(it) }.filterIsInstance<Element>()
                .mapNotNull { it.path("artifactId") }
        }.orEmpty()
        assertTrue(plugins.containsAll(listOf("maven-source-plugin", "maven-javadoc-plugin")), plugins.toString())
        val modules = parent.child("modules")?.let { m ->
            (0 until m.childNodes.length).map { m.childNodes.item(it) }.filterIsInstance<Element>().map { it.textContent.trim() }
        }.orEmpty()
        val published = modules.filter { pom("$it/pom.xml").path("properties", "maven.deploy.skip") != "true" }

        assertTrue(published.containsAll(listOf("domain", "api-client", "connections", "testkit", "cli", "bom")), published.toString())
        for (module in published) {
            val properties = pom("$module/pom.xml").child("properties")
            assertEquals(null, properties?.path("maven.javadoc.skip"), "$module skips its Javadoc jar")
            assertEquals(null, properties?.path("maven.source.skip"), "$module skips its sources jar")
            assertEquals("airbytekit-parent", pom("$module/pom.xml").path("parent", "artifactId"), "$module must inherit the metadata")
            assertNotNull(pom("$module/pom.xml").path("description"), "$module has no description")
        }
    }

    @Test
    fun `the runnable CLI jar is attached with the classifier all`() {
        val cli = root.resolve("cli/pom.xml").readText()

        assertTrue(Regex("""<id>attach-runnable-jar</id>[\s\S]*?<classifier>all</classifier>""").containsMatchIn(cli))
    }
}
